// Nothing leaks: a million lookups, good and bad, leave the resident set where it was.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const LIMIT = 16 * 1024 * 1024;

test('a million lookups grow the resident set by less than 16 MB after GC', () => {
  const probe = fileURLToPath(new URL('./memory-probe.mjs', import.meta.url));
  const { lookups, answered, growth } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', probe], { encoding: 'utf8' }));
  assert.equal(lookups, 1_000_000);
  assert.ok(answered > 0);
  assert.ok(growth < LIMIT, `grew ${(growth / 2 ** 20).toFixed(1)} MB`);
});
