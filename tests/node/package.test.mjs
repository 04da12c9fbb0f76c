// The package's own promises: one version everywhere, the JS build's data equal to the addon's,
// a manifest that ships what users need, and a platform package for every napi target.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { backend, version } from 'httpcodes';


const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');
const manifest = JSON.parse(read('node/package.json'));

test('version is the crate version, and the npm package carries it too', () => {
  const workspace = read('Cargo.toml').match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/);
  assert.ok(workspace, 'Cargo.toml declares [workspace.package] version');
  assert.equal(version, workspace[1]);
  assert.equal(manifest.version, version);
});

test(
  "generated/table.js, the JS build's data, is exactly the table the addon hands over",
  { skip: backend !== 'native' && 'the addon is hidden in this run; the other run checks it' },
  () => {
    const { table: fromAddon } = require('../../node/loader.js')();
    assert.deepEqual(require('../../node/generated/table.js'), fromAddon);
  },
);

test('the manifest: exports map and its conditions, no side effects, engines, files', () => {
  const root = manifest.exports['.'];
  assert.equal(root.require.default, './index.js');
  assert.equal(root.import.default, './index.mjs');
  for (const condition of ['browser', 'worker', 'deno']) {
    assert.equal(root[condition].default, './generated/js.mjs', condition);
    assert.ok(root[condition].types, condition);
  }
  // Conditions are tried in order: the runtime ones must come before `import` and `require`.
  const order = Object.keys(root);
  assert.ok(order.indexOf('browser') < order.indexOf('import') && order.indexOf('deno') < order.indexOf('import'));
  assert.ok(root.require.types && root.import.types);
  assert.equal(manifest.sideEffects, false);
  assert.ok(manifest.engines.node);
  for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'api.js', 'loader.js', 'generated/']) {
    assert.ok(manifest.files.includes(file), file);
  }
  assert.ok(!manifest.files.some((file) => file.includes('src') || file.includes('Cargo') || file.includes('npm')));
});

// The release's npm platform packages, by `${process.platform}-${process.arch}`: generated from
// tools/dev/targets.toml, which `tools/dev targets --check` (make lint) holds node/npm/ to.
const PLATFORMS = require('../../node/generated/platforms.js');

test('the platform packages: linux x64/arm64 gnu/musl, darwin x64/arm64, win32 x64 gnu', () => {
  assert.equal(manifest.napi.binaryName, 'httpcodes');
  assert.deepEqual(Object.values(PLATFORMS).flat().sort(), [
    'darwin-arm64',
    'darwin-x64',
    'linux-arm64-gnu',
    'linux-arm64-musl',
    'linux-x64-gnu',
    'linux-x64-musl',
    'win32-x64-gnu',
  ]);
});

test('each platform package: name, version, os, cpu, libc, main', () => {
  for (const [machine, names] of Object.entries(PLATFORMS)) {
    const [platform, cpu] = machine.split('-');
    for (const name of names) {
      const pkg = JSON.parse(read(`node/npm/${name}/package.json`));
      assert.equal(pkg.name, `httpcodes-${name}`);
      assert.equal(pkg.version, manifest.version, name);
      assert.deepEqual(pkg.os, [platform]);
      assert.deepEqual(pkg.cpu, [cpu]);
      if (platform === 'linux') assert.deepEqual(pkg.libc, [name.endsWith('-musl') ? 'musl' : 'glibc'], name);
      assert.equal(pkg.main, `httpcodes.${name}.node`);
      assert.deepEqual(pkg.files, [pkg.main]);
      assert.equal(pkg.license, manifest.license);
    }
  }
});
