// The package's own promises: one version everywhere, generated files current, a manifest that
// ships what users need.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { version } from 'httpcodes';

import { render } from '../../node/scripts/generate.mjs';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');

test('version is the crate version, and the npm package carries it too', () => {
  const workspace = read('Cargo.toml').match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/);
  assert.ok(workspace, 'Cargo.toml declares [workspace.package] version');
  assert.equal(version, workspace[1]);
  assert.equal(JSON.parse(read('node/package.json')).version, version);
});

test('generated files are what the addon says today (run `npm run generate` in node/)', () => {
  for (const [path, text] of Object.entries(render())) {
    assert.equal(read(`node/${path}`), text, path);
  }
});

test('the manifest: exports map, no side effects, engines, files, binary name', () => {
  const manifest = JSON.parse(read('node/package.json'));
  const root = manifest.exports['.'];
  assert.equal(root.require.default, './index.js');
  assert.equal(root.import.default, './index.mjs');
  assert.ok(root.require.types && root.import.types);
  assert.equal(manifest.sideEffects, false);
  assert.ok(manifest.engines.node);
  assert.equal(manifest.napi.binaryName, 'httpcodes');
  for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'generated/']) {
    assert.ok(manifest.files.includes(file), file);
  }
  assert.ok(!manifest.files.some((file) => file.includes('src') || file.includes('Cargo')));
});
