// The types, under `tsc --strict` with every module setting a user may have: nodenext, node16,
// bundler, and commonjs with and without esModuleInterop. Correct use compiles, every misuse
// marked `@ts-expect-error` in types/ is rejected, and the CommonJS emits of
// types/default-import.ts run and see what `require('httpcodes')` gives.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import * as httpcodes from 'httpcodes';

const run = promisify(execFile);
const tsc = fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url));
const modules = fileURLToPath(new URL('./node_modules', import.meta.url));
const project = (name) => fileURLToPath(new URL(`./types/${name}`, import.meta.url));

/** tsc on `config`; its stdout when it fails. */
async function check(config, ...args) {
  try {
    await run(process.execPath, [tsc, '-p', project(config), ...args]);
  } catch (error) {
    assert.fail(`tsc -p types/${config} failed:\n${error.stdout}${error.stderr}`);
  }
}

for (const [style, config] of [
  ['nodenext', 'tsconfig.nodenext.json'],
  ['node16', 'tsconfig.json'],
  ['bundler', 'tsconfig.bundler.json'],
]) {
  test(`tsc --module ${style} accepts correct use and rejects misuse`, () => check(config));
}

for (const [style, config] of [
  ['commonjs', 'tsconfig.commonjs.json'],
  ['commonjs with esModuleInterop', 'tsconfig.commonjs-interop.json'],
]) {
  test(`tsc --module ${style}: types check, and the emitted default import runs`, async () => {
    const out = mkdtempSync(join(tmpdir(), 'httpcodes-tsc-'));
    try {
      await check(config, '--outDir', out);
      const { stdout } = await run(process.execPath, [join(out, 'default-import.js')], {
        env: { ...process.env, NODE_PATH: modules },
      });
      assert.deepEqual(JSON.parse(stdout), {
        notFound: 404,
        phrase: 'Not Found',
        legacy: 404,
        fromDefault: 404,
        text: 'Not Found, OK',
        code: 404,
        backend: httpcodes.backend,
        same: true,
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}
