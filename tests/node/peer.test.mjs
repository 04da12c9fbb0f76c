// httpcodes against http-status-codes, the package it replaces, installed at the exact version
// tests/node/package.json pins. Every export the peer has is read at run time, under `require`,
// the default import and `import * as`, and compared with ours: each key, its type and value,
// the same objects where the peer shares one, and what each function answers or throws for every
// code and phrase either package knows, plus inputs that neither knows.
//
// The only differences allowed are those listed in tests/compat/http-status-codes.json, each with
// its reason in the spec. An unlisted difference fails, naming it as an entry to add; a listed
// one that no longer exists fails too, so the list cannot go stale.
//
// Where ours has more than the peer: at the top of the module (our own functions, the legacy
// constants as named ES exports) that is the contract's superset and not compared. Inside any
// other object (`StatusCodes`, `ReasonPhrases`, …), and in what a function answers, ours may add
// only what the spec adds, and exactly that: the codes the peer lacks, with the vectors' names
// and phrases (spec/codes.md), and the alias names (spec/API.md §1), where the peer has nothing
// (a missing key, or its "does not exist" error). Any other extra is a difference like a missing
// key.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import oursDefault, * as oursNamespace from 'httpcodes';
import peerDefault, * as peerNamespace from 'http-status-codes';

import { differences } from './peer-differences.mjs';
import { readVectors, statuses } from './vectors.mjs';

const require = createRequire(import.meta.url);
const PEER = 'http-status-codes';
const LIST_FILE = 'tests/compat/http-status-codes.json';
const list = JSON.parse(readFileSync(new URL(`../../${LIST_FILE}`, import.meta.url), 'utf8'));

/** The import styles compared, in order; an object reached again by a later one is compared once. */
const STYLES = [
  ['require', require(PEER), require('httpcodes')],
  ['import default', peerDefault, oursDefault],
  ['import *', peerNamespace, oursNamespace],
];
const OUR_MODULES = new Set(STYLES.map(([, , ours]) => ours));

// ── What ours adds to the peer, by the spec ─────────────────────────────────────────────────

const peerCodes = new Set(Object.values(require(PEER).StatusCodes).filter((value) => typeof value === 'number'));
const statusOfCode = new Map(statuses().map((row) => [row.code, row]));
/** The vectors' statuses whose codes the peer does not know (208, 226, …). */
const ADDED_STATUSES = statuses().filter(({ code }) => !peerCodes.has(code));
/** The alias names, each with its status's row. */
const ALIAS_NAMES = readVectors('alias_names').map(({ name, code }) => ({ name, status: statusOfCode.get(Number(code)) }));

/**
 * What ours must hold at each key the spec adds, by the key's last member (`NAME` or `[code]`)
 * and the object that holds it: NAME → code in `StatusCodes` (code → NAME for an added code),
 * NAME → phrase in `ReasonPhrases`.
 */
const ADDED_KEYS = new Map([
  ...ADDED_STATUSES.flatMap((row) => [
    [`StatusCodes.${row.name}`, row.code],
    [`StatusCodes[${row.code}]`, row.name],
    [`ReasonPhrases.${row.name}`, row.phrase],
  ]),
  ...ALIAS_NAMES.flatMap(({ name, status }) => [
    [`StatusCodes.${name}`, status.code],
    [`ReasonPhrases.${name}`, status.phrase],
  ]),
]);

/** What ours must answer for each call the spec adds: `fn(input)` → its answer. */
const ADDED_CALLS = new Map(
  ADDED_STATUSES.flatMap((row) => [
    [`getReasonPhrase(${JSON.stringify(row.code)})`, row.phrase],
    [`getReasonPhrase(${JSON.stringify(String(row.code))})`, row.phrase],
    [`getStatusCode(${JSON.stringify(row.phrase)})`, row.code],
  ]),
);

/** `StatusCodes.FOUND` for an export `StatusCodes.FOUND`, `default.StatusCodes.FOUND`, …. */
const lastTwo = (path) => path.match(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])$/)?.[0];

/**
 * Whether `entry` is one of the spec's additions: where the peer has nothing (a missing key or
 * its "does not exist" error), ours has exactly the value the vectors give.
 */
function isAddition({ export: path, input, peer, httpcodes: ours }) {
  const peerHasNothing =
    peer.type === 'absent' || (peer.type === 'throws' && peer.error === 'Error' && / does not exist: /.test(peer.message));
  if (!peerHasNothing || !('value' in ours)) return false;
  const key = input === undefined ? lastTwo(path) : `${path.split('.').pop()}(${JSON.stringify(input)})`;
  const added = input === undefined ? ADDED_KEYS : ADDED_CALLS;
  return added.has(key) && added.get(key) === ours.value;
}

/** The fields that say which difference an entry is: all but its reason. */
const identity = ({ via, export: path, input, peer, httpcodes }) => JSON.stringify({ via, export: path, input, peer, httpcodes });

const compared = differences(STYLES, OUR_MODULES);
const additions = compared.filter(isAddition);
const found = compared.filter((entry) => !isAddition(entry));
const foundKeys = new Set(found.map(identity));
const listedKeys = new Set(list.differences.map(identity));

test('the installed peer is the pinned version', () => {
  const pinned = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).devDependencies[PEER];
  assert.match(pinned, /^\d+\.\d+\.\d+$/, 'an exact version');
  assert.equal(require(`${PEER}/package.json`).version, pinned);
  assert.equal(list.peer, `${PEER}@${pinned}`);
});

test('the comparison finds a changed value, a missing key and an extra one, and no addition at the top', () => {
  const peer = require(PEER);
  // A copy of the peer with one code changed and one added, an addition of its own at the top,
  // and no `__esModule` (a spread copies only enumerable keys).
  const copy = { ...peer, StatusCodes: { ...peer.StatusCodes, NOT_FOUND: 405, EXTRA: 1 }, extra: 1 };
  const seen = differences([['require', peer, copy]], new Set([copy])).map(({ export: path, peer, httpcodes }) => ({ path, peer, httpcodes }));
  assert.deepEqual(new Set(seen.map((entry) => JSON.stringify(entry))), new Set([
    { path: '__esModule', peer: { type: 'boolean', value: true }, httpcodes: { type: 'absent' } },
    { path: 'StatusCodes.NOT_FOUND', peer: { type: 'number', value: 404 }, httpcodes: { type: 'number', value: 405 } },
    { path: 'StatusCodes.EXTRA', peer: { type: 'absent' }, httpcodes: { type: 'number', value: 1 } },
  ].map((entry) => JSON.stringify(entry))));
  assert.deepEqual(differences([['require', peer, peer]], new Set([peer])), []);
});

test('every export of the peer exists on ours, with the same codes', () => {
  for (const [style, peer, ours] of STYLES) {
    for (const key of Reflect.ownKeys(peer)) {
      // An ES module has no CommonJS interop flag: a listed difference, with its reason.
      if (style === 'import *' && key === '__esModule') continue;
      assert.ok(Reflect.has(ours, key), `${style}: ${String(key)}`);
      if (typeof peer[key] === 'number') assert.equal(ours[key], peer[key], `${style}: ${String(key)}`);
    }
    for (const [key, value] of Object.entries(peer.StatusCodes ?? {})) {
      assert.equal(ours.StatusCodes[key], value, `${style}: StatusCodes[${JSON.stringify(key)}]`);
    }
    for (const key of Object.keys(peer.ReasonPhrases ?? {})) {
      assert.equal(typeof ours.ReasonPhrases[key], 'string', `${style}: ReasonPhrases.${key}`);
    }
    for (const [key, value] of Object.entries(peer.default ?? {})) {
      if (typeof value === 'number') assert.equal(ours.default[key], value, `${style}: default.${key}`);
      else assert.equal(typeof ours.default[key], typeof value, `${style}: default.${key}`);
    }
  }
  // The two codes http-status-codes 2.3.0 has that the seed did not list.
  assert.equal(oursDefault.StatusCodes.EARLY_HINTS, 103);
  assert.equal(oursDefault.StatusCodes.UPGRADE_REQUIRED, 426);
});

test('what ours adds to the peer is exactly the codes it lacks and the alias names, as the vectors give them', () => {
  // The registry codes http-status-codes 2.3.0 lacks are among them; a code the table gains
  // later is one more.
  const added = new Set(ADDED_STATUSES.map(({ code }) => code));
  for (const code of [208, 226, 425, 506, 508, 510]) {
    assert.ok(added.has(code), `${code}: a registry code http-status-codes 2.3.0 lacks`);
  }
  assert.ok(ALIAS_NAMES.length > 0 && ALIAS_NAMES.every(({ status }) => status !== undefined));
  const keys = additions.filter(({ input }) => input === undefined).map(({ export: path }) => lastTwo(path));
  assert.deepEqual(new Set(keys), new Set(ADDED_KEYS.keys()));
  assert.equal(keys.length, ADDED_KEYS.size, 'each added key found once');
  const calls = additions
    .filter(({ input }) => input !== undefined)
    .map(({ export: path, input }) => `${path.split('.').pop()}(${JSON.stringify(input)})`);
  assert.deepEqual(new Set(calls), new Set(ADDED_CALLS.keys()));
  assert.equal(calls.length, ADDED_CALLS.size, 'each added call found once');
});

test(`each difference in ${LIST_FILE} says where, what each package has, and why`, () => {
  const styles = STYLES.map(([style]) => style);
  const fields = ['via', 'export', 'input', 'peer', 'httpcodes', 'reason'];
  for (const entry of list.differences) {
    const label = JSON.stringify(entry);
    assert.deepEqual(Object.keys(entry).filter((key) => !fields.includes(key)), [], `only ${fields.join(', ')}: ${label}`);
    assert.ok(styles.includes(entry.via), `via is one of ${styles.join(', ')}: ${label}`);
    assert.equal(typeof entry.export, 'string', label);
    assert.equal(typeof entry.peer?.type, 'string', label);
    assert.equal(typeof entry.httpcodes?.type, 'string', label);
    assert.match(entry.reason ?? '', /\bspec\/(status-codes\.txt|API\.md)\b/, `the reason cites the spec: ${label}`);
  }
  assert.equal(listedKeys.size, list.differences.length, 'no difference is listed twice');
});

test(`every difference from the peer is listed in ${LIST_FILE}`, () => {
  const unlisted = found.filter((entry) => !listedKeys.has(identity(entry)));
  const entries = unlisted.map((entry) => JSON.stringify({ ...entry, reason: '' })).join(',\n');
  assert.deepEqual(unlisted, [], `list each with its reason in the spec, or make httpcodes answer as the peer:\n${entries}`);
});

test(`every difference listed in ${LIST_FILE} still exists`, () => {
  const gone = list.differences.filter((entry) => !foundKeys.has(identity(entry)));
  assert.deepEqual(gone, [], 'remove each from the list: httpcodes and the peer agree there now, or differ otherwise');
});
