// Property-based differential fuzzing of the Node door with fast-check, for a fixed time:
//   node fuzz/node/property.mjs SECONDS CRASH_DIR [SEED]
// HTTPCODES_FUZZ_EXCLUDE=name,… leaves those EXOTICS out: only to look past a known finding
// (fuzz/findings/) until it is fixed.
// Each generated value goes to every export of both builds (checks.mjs); a failure writes a
// reproducer (CRASH_DIR/<time>.json: the seed, fast-check's path, the value) and exits 1.
// The last line is the summary `tools/dev fuzz` prints.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';

import { CODES, EXOTICS, NAME_LIST, PHRASES, check, checkTables, encode, loadBuilds } from './checks.mjs';

const [seconds, crashDir, seedText] = process.argv.slice(2);
if (!seconds || !crashDir) {
  console.error('usage: property.mjs SECONDS CRASH_DIR [SEED]');
  process.exit(2);
}

// ── Values ───────────────────────────────────────────────────────────────────────────────
// Each arbitrary makes a spec: `{ value }`, or `{ exotic }` naming a maker in EXOTICS.

const excluded = (process.env.HTTPCODES_FUZZ_EXCLUDE ?? '').split(',').filter(Boolean);
const exotics = Object.keys(EXOTICS).filter((name) => !excluded.includes(name));
if (excluded.length > 0) console.error(`leaving out ${excluded.join(', ')} (HTTPCODES_FUZZ_EXCLUDE)`);

const plain = (arbitrary) => arbitrary.map((value) => ({ value }));

const spaces = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\f', '\r', '\v', '\u00a0', '\u3000', '\u0085', '\0'),
  maxLength: 3,
});
const lookAlikes = fc.constantFrom('\u212a', 'K', '\u017f', '-', '_', ' ', "'", '\ud800', '\udc00', '\u00e9', 'I');

/** A phrase, alias, NAME or code, its case flipped by a mask, maybe one unit swapped, padded. */
const nearKey = fc
  .tuple(
    fc.constantFrom(...PHRASES, ...NAME_LIST, ...CODES.map(String)),
    fc.nat(),
    fc.option(fc.tuple(fc.nat(), lookAlikes)),
    spaces,
    spaces,
  )
  .map(([key, mask, swap, before, after]) => {
    let text = [...key]
      .map((c, i) => ((mask >> i % 30) & 1 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c))
      .join('');
    if (swap) {
      const at = swap[0] % (text.length + 1);
      text = text.slice(0, at) + swap[1] + text.slice(at + 1);
    }
    return before + text + after;
  });

const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 40 });

/** Very long strings: a key inside up to 200,000 spaces, or a repeated unit. */
const longText = fc
  .tuple(fc.constantFrom(...PHRASES, 'x', '\ud800'), fc.integer({ min: 1000, max: 200_000 }), fc.boolean())
  .map(([key, length, around]) => (around ? ' '.repeat(length) + key + '\t'.repeat(length % 7) : key.repeat(length)));

const numbers = fc.oneof(
  fc.constantFrom(...CODES),
  fc.integer({ min: -1000, max: 1100 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, NaN, Infinity, -Infinity, 404.5, 2 ** 16 + 404, 2 ** 32 + 404, -(2 ** 32) + 404, 1e21, 2 ** 53),
  fc.tuple(fc.constantFrom(...CODES), fc.double({ min: -1, max: 1, noNaN: true })).map(([c, d]) => c + d),
);

// Weighted so the slow very long strings stay a small share of the cases.
const values = fc.oneof(
  { arbitrary: plain(numbers), weight: 8 },
  { arbitrary: plain(nearKey), weight: 8 },
  { arbitrary: plain(anyUnits), weight: 6 },
  { arbitrary: plain(fc.string({ unit: 'binary', maxLength: 40 })), weight: 4 },
  { arbitrary: plain(longText), weight: 1 },
  { arbitrary: plain(fc.oneof(fc.bigInt(), fc.constantFrom(404n, -1n, 0n))), weight: 2 },
  { arbitrary: plain(fc.constantFrom(true, false, null, undefined)), weight: 2 },
  { arbitrary: fc.constantFrom(...exotics).map((exotic) => ({ exotic })), weight: 4 },
);

// ── The run ──────────────────────────────────────────────────────────────────────────────

const builds = await loadBuilds('native');
checkTables(builds);
const make = (spec) => () => (spec.exotic === undefined ? spec.value : EXOTICS[spec.exotic]());
let cases = 0;
const started = Date.now();
const seed = seedText === undefined ? Date.now() ^ (Math.random() * 2 ** 31) : Number(seedText);
const details = fc.check(
  fc.property(values, (spec) => {
    cases += 1;
    check(builds, make(spec));
  }),
  { seed, numRuns: 2 ** 31 - 1, interruptAfterTimeLimit: Number(seconds) * 1000 },
);
const elapsed = Math.round((Date.now() - started) / 1000);
let failures = 0;
if (details.failed) {
  failures = 1;
  const spec = details.counterexample?.[0];
  const file = join(crashDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(crashDir, { recursive: true });
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const reproducer = {
    value: spec && encode(spec.value, spec.exotic),
    error,
    seed: details.seed,
    path: details.counterexamplePath,
  };
  writeFileSync(file, `${JSON.stringify(reproducer, null, 2)}\n`);
  console.error(`mismatch: ${error}\nreproducer: ${file}`);
}
console.log(`${cases} cases in ${elapsed} s, ${failures} failures (seed ${seed})`);
process.exit(failures ? 1 : 0);
