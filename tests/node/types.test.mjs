// The types: under `tsc --strict --module node16`, correct use compiles (ESM and CommonJS), and
// every misuse marked `@ts-expect-error` in types/ is rejected.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const tsc = fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url));
const project = fileURLToPath(new URL('./types/tsconfig.json', import.meta.url));

test('tsc --strict --module node16 accepts correct use and rejects misuse', () => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  assert.equal(status, 0, `tsc failed:\n${stdout}${stderr}`);
});
