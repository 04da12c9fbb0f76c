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
// constants as named ES exports) that is the contract's superset and not compared; inside any
// other object (`StatusCodes`, `ReasonPhrases`, …) an extra key is a difference like a missing one.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import oursDefault, * as oursNamespace from 'httpcodes';
import peerDefault, * as peerNamespace from 'http-status-codes';

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

/** Inputs that neither package knows (near misses of a code or phrase, inherited keys), for every function. */
const UNKNOWN_INPUTS = [
  0, -1, 999, 9999999, 404.5,
  '', '999', '0404', ' 404', '404 ', '404.0', '+404', '4e2', '0x194',
  'blah blah', 'not found', ' Not Found ', 'NOT_FOUND',
  'toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf',
];

/** What one value is, as a JSON value: its type, and its value where it has one. */
function observe(value) {
  if (value === null) return { type: 'null' };
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return { type: typeof value, value };
    case 'function':
      return { type: 'function', name: value.name, length: value.length };
    default:
      return { type: typeof value };
  }
}

/** What a call does: the value it returns, or the error it throws. */
function observeCall(fn, input) {
  try {
    return observe(fn(input));
  } catch (error) {
    return { type: 'throws', error: error?.constructor?.name, message: error?.message };
  }
}

/** `path.key`, `path[404]`, `path["key"]` or `path[Symbol.toStringTag]`; `key` alone at the top. */
function member(path, key) {
  if (typeof key === 'symbol') return `${path}[${key.description}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  if (String(Number(key)) === key) return `${path}[${key}]`;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * The differences between the peer and ours, one `{ via, export, input?, peer, httpcodes }` each.
 * `styles` holds `[style, peer, ours]` per import style; `ourModules` are ours' module objects,
 * whose extra keys are additions rather than differences.
 */
function differences(styles, ourModules) {
  const found = [];
  const comparedPairs = new Map(); // peer object → the ours objects already compared with it
  const firstPath = new Map(); // peer object → [path where first seen, ours value there]
  const functions = [];
  const primitives = new Set();
  let via = '';

  const record = (path, peer, ours, input) =>
    found.push({ via, export: path || '(the module)', ...(input === undefined ? {} : { input }), peer, httpcodes: ours });

  /** Marks the pair compared; false when it already was. */
  const firstTime = (peer, ours) => {
    const seen = comparedPairs.get(peer) ?? new Set();
    comparedPairs.set(peer, seen);
    if (seen.has(ours)) return false;
    seen.add(ours);
    return true;
  };

  const collect = (value) => {
    if (typeof value === 'number' || typeof value === 'string') primitives.add(value);
  };

  const compare = (path, peer, ours) => {
    const [p, o] = [observe(peer), observe(ours)];
    const objectLike = (kind) => kind.type === 'object' || kind.type === 'function';
    if (objectLike(p)) {
      const first = firstPath.get(peer);
      if (first === undefined) firstPath.set(peer, [path, ours]);
      else if (first[1] !== ours) {
        // The peer exports one object under two names; ours must too.
        record(path, { ...p, sameAs: first[0] }, { ...o, sameAs: null });
      }
    }
    if (p.type === 'object' && o.type === 'object') {
      if (firstTime(peer, ours)) compareKeys(path, peer, ours);
      return;
    }
    if (!assertEqual(p, o)) record(path, p, o);
    if (p.type === 'function' && o.type === 'function' && firstTime(peer, ours)) functions.push([via, path, peer, ours]);
  };

  const compareKeys = (path, peer, ours) => {
    const keys = new Set(Reflect.ownKeys(peer));
    if (!ourModules.has(ours)) for (const key of Reflect.ownKeys(ours)) keys.add(key);
    for (const key of keys) {
      const where = member(path, key);
      const [p, o] = [Object.getOwnPropertyDescriptor(peer, key), Object.getOwnPropertyDescriptor(ours, key)];
      for (const [side, has] of [[peer, p], [ours, o]]) if (has !== undefined) collect(side[key]);
      if (p === undefined || o === undefined) {
        record(where, p === undefined ? { type: 'absent' } : observe(peer[key]), o === undefined ? { type: 'absent' } : observe(ours[key]));
        continue;
      }
      if (p.enumerable !== o.enumerable) {
        record(where, { type: observe(peer[key]).type, enumerable: p.enumerable }, { type: observe(ours[key]).type, enumerable: o.enumerable });
      }
      compare(where, peer[key], ours[key]);
    }
  };

  for (const [style, peer, ours] of styles) {
    via = style;
    compare('', peer, ours);
  }

  // Every function, on every code and phrase either package exports and the unknown inputs, of
  // the types the peer's function answers for (a number where a phrase belongs is not compared).
  const inputs = [...primitives].filter((value) => typeof value === 'number' || typeof value === 'string');
  for (const value of [...inputs]) if (typeof value === 'number') inputs.push(String(value));
  inputs.push(...UNKNOWN_INPUTS);
  const candidates = [...new Set(inputs)];
  for (const [style, path, peer, ours] of functions) {
    via = style;
    const answered = new Set(candidates.filter((input) => observeCall(peer, input).type !== 'throws').map((input) => typeof input));
    for (const input of candidates) {
      if (answered.size > 0 && !answered.has(typeof input)) continue;
      const [p, o] = [observeCall(peer, input), observeCall(ours, input)];
      if (!assertEqual(p, o)) record(path, p, o, input);
    }
  }
  return found;
}

function assertEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

/** The fields that say which difference an entry is: all but its reason. */
const identity = ({ via, export: path, input, peer, httpcodes }) => JSON.stringify({ via, export: path, input, peer, httpcodes });

const found = differences(STYLES, OUR_MODULES);
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
