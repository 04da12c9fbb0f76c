// The Node door's fuzz checks: one value → every export of httpcodes, in the addon build
// (`require('httpcodes')`) and the pure-JS build (node/generated/js.mjs), each answer compared
// with the oracle and with the other build.
//
// The oracle is the shared vectors (tests/vectors, through tests/node/vectors.mjs) with the
// contract's rules written the plain way (spec/API.md): reverse lookup is a scan of phrases and
// aliases, ASCII case-insensitive, ASCII whitespace trimmed; a number is a code only when it is
// exactly a listed integer; classes and range flags go by range. Only documented errors may come
// out: `TypeError` for a wrong type, and `Error` from getReasonPhrase / getStatusCode for an
// unknown. Messages are only checked to be bounded (their wording is the excerpt rule's).
//
// Exotic values (Proxies, objects that throw) come from EXOTICS by name, so a failing value can
// be written to a reproducer file and read back (encode / decode).

import { classes, headerFields, readVectors, statuses } from '../../tests/node/vectors.mjs';

const STATUSES = new Map(statuses().map((row) => [row.code, row]));
const FACTS = new Map(readVectors('facts').map((row) => [Number(row.code), row]));
const ALIAS_NAMES = readVectors('alias_names').map((row) => [row.name, Number(row.code)]);
// Each NAME, then each alias name (`FOUND`), with its code.
const NAMES = new Map([...statuses().map((row) => [row.name, row.code]), ...ALIAS_NAMES]);
const KEYS = new Map([
  ...statuses().map((row) => [row.phrase.toLowerCase(), row.code]),
  ...readVectors('aliases').map((row) => [row.alias.toLowerCase(), Number(row.code)]),
]);
const CLASSES = classes();
const RANGE_FLAGS = {
  isInformational: [1],
  isSuccess: [2],
  isRedirection: [3],
  isClientError: [4],
  isServerError: [5],
  isError: [4, 5],
};
const LISTED_FLAGS = {
  isRedirect: 'is_redirect',
  isEmptyBody: 'is_empty_body',
  isRetry: 'is_retry',
  isCacheableByDefault: 'is_cacheable_by_default',
};
// Each listed code's header fields as the records httpcodes gives, in the RFC's order.
const FIELDS = new Map([...STATUSES.keys()].map((code) => [code, []]));
for (const { code, ...field } of headerFields()) FIELDS.get(code).push(field);
// The code with the most header fields: what `missingFields` is asked of a name.
const MOST_FIELDS = [...FIELDS.keys()].reduce((most, code) => (FIELDS.get(code).length > FIELDS.get(most).length ? code : most));
// The arguments of a call that takes more than the value: missingFields(code, [value]).
const ARGUMENTS = { missingFields: (value) => [MOST_FIELDS, [value]] };
const LONGEST_MESSAGE = 1000;

export const PHRASES = [...statuses().map((row) => row.phrase), ...readVectors('aliases').map((row) => row.alias)];
export const NAME_LIST = [...NAMES.keys()];
export const CODES = [...STATUSES.keys()];

/** A value that throws whenever anything is asked of it. */
function refuse() {
  throw new RangeError('refused by the fuzz input');
}
const everyTrap = Object.fromEntries(
  ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'apply', 'construct'].map((t) => [
    t,
    refuse,
  ]),
);

/** Values no generator of plain data makes, by name. */
export const EXOTICS = {
  symbol: () => Symbol('404'),
  emptyObject: () => ({}),
  nullPrototype: () => Object.create(null),
  array: () => [404],
  boxedNumber: () => new Number(404),
  boxedString: () => new String('Not Found'),
  throwingValueOf: () => ({ valueOf: refuse, toString: refuse, [Symbol.toPrimitive]: refuse }),
  throwingGetter: () => Object.defineProperty({}, 'code', { get: refuse, enumerable: true }),
  proxyObject: () => new Proxy({}, everyTrap),
  proxyArray: () => new Proxy([404], everyTrap),
  proxyFunction: () => new Proxy(() => 404, everyTrap),
  revokedProxy: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  func: () => function notFound() {},
  date: () => new Date(404),
  regexp: () => /Not Found/,
};

/** A reproducer's JSON form of a value, and back. */
export function encode(value, exotic) {
  if (exotic !== undefined) return { type: 'exotic', value: exotic };
  switch (typeof value) {
    case 'string':
      return { type: 'string', value: [...Array(value.length).keys()].map((i) => value.charCodeAt(i)) };
    case 'number':
      return { type: 'number', value: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { type: 'bigint', value: String(value) };
    default:
      return { type: typeof value, value: value === null ? 'null' : String(value) };
  }
}

export function decode({ type, value }) {
  switch (type) {
    case 'exotic':
      return EXOTICS[value]();
    case 'string':
      return String.fromCharCode(...value);
    case 'number':
      return Number(value);
    case 'bigint':
      return BigInt(value);
    case 'boolean':
      return value === 'true';
    case 'object':
      return null;
    case 'undefined':
      return undefined;
    default:
      throw new Error(`a reproducer of unknown type ${type}`);
  }
}

export class Mismatch extends Error {}

function outcome(call) {
  try {
    return { answer: call() };
  } catch (error) {
    return { error };
  }
}

/** What one call gave, as plain data the builds and the oracle can be compared on. */
function plain(result) {
  if ('error' in result) {
    const { error } = result;
    const message = error instanceof Error ? error.message : String(error);
    if (message.length > LONGEST_MESSAGE) return { error: 'a message too long', length: message.length };
    return { error: error instanceof Error ? error.constructor.name : typeof error };
  }
  return { answer: normalize(result.answer) };
}

/** An object's own enumerable properties, deeply, keys sorted: what JSON compares. */
function normalize(value) {
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, normalize(value[key])]),
  );
}

function classRow(code) {
  const row = Number.isInteger(code) ? CLASSES.find((c) => code >= c.low && code <= c.high) : undefined;
  return row && { label: row.class, range: row.range, description: row.description };
}

function statusRecord(code) {
  const row = STATUSES.get(code);
  const facts = FACTS.get(code);
  return (
    row && {
      code,
      phrase: row.phrase,
      name: row.name,
      text: `${code} ${row.phrase}`,
      class: classRow(code),
      registeredPhrase: facts.registered_phrase === 'none' ? null : facts.registered_phrase,
      reference: facts.reference === 'none' ? null : facts.reference,
      description: facts.description,
      headerFields: FIELDS.get(code),
    }
  );
}

/** The contract's reverse lookup, by the vectors. */
export function expectedCodeOf(text) {
  const key = text.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
  return /^[\x00-\x7f]*$/.test(key) ? KEYS.get(key.toLowerCase()) : undefined;
}

const WRONG_TYPE = { error: 'TypeError' };
const UNKNOWN = { error: 'Error' };

/** Every call of the surface on `value`, with what the oracle expects of it. */
function calls(value) {
  const isNumber = typeof value === 'number';
  const isString = typeof value === 'string';
  // A listed code exactly: no rounding, no wrapping, and not -0.
  const code = isNumber && STATUSES.has(value) && !Object.is(value, -0) ? value : undefined;
  const row = STATUSES.get(code);
  const facts = FACTS.get(code);
  const byNumber = (answer) => (isNumber ? { answer } : WRONG_TYPE);
  const byString = (answer) => (isString ? { answer } : WRONG_TYPE);
  const found = isString ? expectedCodeOf(value) : undefined;
  const named = isString ? NAMES.get(value) : undefined;
  const decimal = isString && /^[0-9]+$/.test(value) && String(Number(value)) === value ? Number(value) : undefined;
  let phrase;
  if (isNumber) phrase = row ? { answer: row.phrase } : UNKNOWN;
  else if (isString) phrase = STATUSES.has(decimal) ? { answer: STATUSES.get(decimal).phrase } : UNKNOWN;
  else phrase = WRONG_TYPE;
  const digit = isNumber && Number.isInteger(value) && value >= 100 && value <= 599 ? Math.floor(value / 100) : 0;
  const flags = Object.fromEntries([
    ...Object.entries(RANGE_FLAGS).map(([name, digits]) => [name, byNumber(digits.includes(digit))]),
    ...Object.entries(LISTED_FLAGS).map(([name, flag]) => [name, byNumber(row !== undefined && row.flags.includes(flag))]),
  ]);
  return {
    reasonPhrase: byNumber(row?.phrase),
    registeredPhrase: byNumber(facts?.registered_phrase === 'none' ? undefined : facts?.registered_phrase),
    referenceOf: byNumber(facts?.reference === 'none' ? undefined : facts?.reference),
    descriptionOf: byNumber(facts?.description),
    nameOf: byNumber(row?.name),
    classOf: isNumber ? { answer: normalize(digit ? classRow(value) : undefined) } : WRONG_TYPE,
    ...flags,
    headerFields: isNumber ? { answer: normalize(FIELDS.get(code)) } : WRONG_TYPE,
    missingFields: byString(normalize(isString ? missingFrom(value) : undefined)),
    codeOf: byString(found),
    statusOf: isString ? { answer: normalize(named === undefined ? undefined : statusRecord(named)) } : WRONG_TYPE,
    getStatusCode: isString ? (found === undefined ? UNKNOWN : { answer: found }) : WRONG_TYPE,
    getReasonPhrase: phrase,
    getStatusText: phrase,
  };
}

/** The fields of MOST_FIELDS that the one name `name` leaves missing: it names a field only when ASCII case-insensitively equal. */
function missingFrom(name) {
  const folded = /^[\x00-\x7f]*$/.test(name) ? name.toLowerCase() : undefined;
  return FIELDS.get(MOST_FIELDS).filter((field) => field.name.toLowerCase() !== folded);
}

function same(a, b) {
  return JSON.stringify(a, (_, v) => (v === undefined ? '<undefined>' : v)) ===
    JSON.stringify(b, (_, v) => (v === undefined ? '<undefined>' : v));
}

/**
 * Calls every export of each build in `builds` ({ name: module }) with the value `make()` makes
 * (made afresh for each call, so no call sees what another did to it); throws `Mismatch` when an
 * answer differs from the oracle's or between the builds.
 */
export function check(builds, make) {
  for (const [fn, expected] of Object.entries(calls(make()))) {
    for (const [build, httpcodes] of Object.entries(builds)) {
      const got = plain(outcome(() => httpcodes[fn](...(ARGUMENTS[fn]?.(make()) ?? [make()]))));
      if (!same(got, expected)) {
        throw new Mismatch(`${build} ${fn}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      }
    }
  }
}

/** The surface that holds data, not functions: the same in both builds, and as the vectors say. */
export function checkTables(builds) {
  for (const [build, httpcodes] of Object.entries(builds)) {
    const all = httpcodes.all().map(normalize);
    const expected = [...STATUSES.keys()].map((code) => normalize(statusRecord(code)));
    if (!same(all, expected)) throw new Mismatch(`${build} all() differs from the vectors`);
    for (const { code, name, phrase } of STATUSES.values()) {
      const table = [httpcodes.StatusCodes[name], httpcodes.StatusCodes[code], httpcodes.ReasonPhrases[name]];
      if (!same(table, [code, name, phrase])) throw new Mismatch(`${build} tables of ${code}`);
    }
    for (const [name, code] of ALIAS_NAMES) {
      const table = [httpcodes.StatusCodes[name], httpcodes.ReasonPhrases[name]];
      if (!same(table, [code, STATUSES.get(code).phrase])) throw new Mismatch(`${build} tables of ${name}`);
    }
  }
}

/**
 * The two builds: `require('httpcodes')` as the package resolves it (the addon, unless addons
 * are hidden) and the pure-JS build. `addon` is its backend's check: 'native' when fuzzing.
 */
export async function loadBuilds(expectBackend) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const addon = require('../../node/index.js');
  const js = (await import('../../node/generated/js.mjs')).default;
  if (expectBackend !== undefined && addon.backend !== expectBackend) {
    throw new Error(`require('httpcodes') answers from '${addon.backend}', not '${expectBackend}'`);
  }
  if (js.backend !== 'js') throw new Error('node/generated/js.mjs is not the pure-JS build');
  return { [addon.backend === 'native' ? 'addon' : 'index.js']: addon, js };
}

/** The values one corpus file stands for: its bytes as Latin-1 and UTF-8 text, and as numbers. */
export function valuesOfBytes(bytes) {
  const latin1 = bytes.toString('latin1');
  const utf8 = new TextDecoder().decode(bytes);
  const wide = Buffer.alloc(8);
  bytes.copy(wide, 0, 0, Math.min(8, bytes.length));
  const values = [latin1, utf8, Number(latin1.trim()), wide.readInt32LE(0), wide.readUInt16LE(0)];
  values.push(Number(wide.readBigInt64LE(0)), wide.readBigInt64LE(0));
  return [...new Set(values)];
}
