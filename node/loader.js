'use strict';
// Finds core's table, in the order napi-rs' generated loader looks for an addon: a file built in
// this directory (`npm run build`), then the prebuilt platform package (`httpcodes-<platform>`,
// an optional dependency npm installs only where its `os`, `cpu` and `libc` match), and, where
// no addon loads (an unsupported platform, a runtime without Node-API), the pure-JS build of the
// same table, generated from the addon (generated/table.js). napi-rs detects musl before it
// tries; here gnu is simply tried before musl, since a failed `require` costs less than reading
// /usr/bin/ldd, and a platform package is only present where npm found its libc.
//
// NAPI_RS_NATIVE_LIBRARY_PATH names an addon file to load instead, as in napi-rs' loader.

const PLATFORMS = require('./generated/platforms.js');

/**
 * The platform names of this machine's addon, the likeliest first: the release's packages for it
 * (generated/platforms.js, from the release's target table) and, on Windows, the name napi-rs
 * gives a contributor's own MSVC build (`npm run build`), which is never published.
 */
function platforms() {
  const machine = `${process.platform}-${process.arch}`;
  const published = Object.hasOwn(PLATFORMS, machine) ? PLATFORMS[machine] : [];
  return process.platform === 'win32' ? [`${machine}-msvc`, ...published] : published;
}

/** The addon of the platform package `name`, refused when its version is not ours. */
function requirePlatformPackage(name) {
  const addon = require(name);
  const theirs = require(`${name}/package.json`).version;
  const ours = require('./package.json').version;
  if (theirs !== ours) throw new Error(`${name} is version ${theirs}; httpcodes ${ours} needs the same version`);
  return addon;
}

/** Each way to load an addon, in order: [what it is, how to load it]. */
function candidates() {
  const override = process.env.NAPI_RS_NATIVE_LIBRARY_PATH;
  if (override) return [[override, () => require(override)]];
  return platforms().flatMap((platform) => [
    [`./httpcodes.${platform}.node`, () => require(`./httpcodes.${platform}.node`)],
    ...(platform.endsWith('-msvc')
      ? []
      : [[`httpcodes-${platform}`, () => requirePlatformPackage(`httpcodes-${platform}`)]]),
  ]);
}

/**
 * Core's table and where it came from. The addon hands the table over as JSON text, in one call;
 * generated/table.js holds the same values as a module. `failures` lists why each addon did not
 * load, for a caller (the packing check) that must know.
 * @returns {{ table: import('./api.js').Table, backend: 'native' | 'js', failures: string[] }}
 */
function loadTable() {
  const failures = [];
  for (const [what, load] of candidates()) {
    try {
      return { table: JSON.parse(load().table()), backend: 'native', failures };
    } catch (error) {
      failures.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return { table: require('./generated/table.js'), backend: 'js', failures };
}

module.exports = loadTable;
