// How the peer and ours differ, observed without running either's code more than a caller
// would: every key each exports, in every import style, and every function's answer or error on
// every code and phrase either knows and on inputs neither knows. peer.test.mjs judges the list.

import assert from 'node:assert/strict';

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
export function differences(styles, ourModules) {
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
  compareCalls(functions, primitives, (style, path, peer, ours, input) => {
    via = style;
    record(path, peer, ours, input);
  });
  return found;
}

/**
 * Every function, on every code and phrase either package exports and the unknown inputs, of
 * the types the peer's function answers for (a number where a phrase belongs is not compared):
 * each call whose outcome differs, to `record(style, path, peer, ours, input)`.
 */
function compareCalls(functions, primitives, record) {
  const inputs = [...primitives].filter((value) => typeof value === 'number' || typeof value === 'string');
  for (const value of [...inputs]) if (typeof value === 'number') inputs.push(String(value));
  inputs.push(...UNKNOWN_INPUTS);
  const candidates = [...new Set(inputs)];
  for (const [style, path, peer, ours] of functions) {
    const answered = new Set(candidates.filter((input) => observeCall(peer, input).type !== 'throws').map((input) => typeof input));
    for (const input of candidates) {
      if (answered.size > 0 && !answered.has(typeof input)) continue;
      const [p, o] = [observeCall(peer, input), observeCall(ours, input)];
      if (!assertEqual(p, o)) record(style, path, p, o, input);
    }
  }
}

function assertEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
