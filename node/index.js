'use strict';
// httpcodes for Node: HTTP status codes answered from the Rust core's one table.
//
// The addon hands over core's whole table once, here at load; every lookup after that is
// answered in JavaScript, because a napi call costs about thirty property reads. The layer is
// one file on purpose: each extra module would add about a quarter of a millisecond to a cold
// `require('httpcodes')`.
//
// Sections: the addon · errors · the table · code → answer · text → answer ·
// the http-status-codes surface · exports.

// ── The addon ─────────────────────────────────────────────────────────────────────────────

/** The file name endings `napi build --platform` gives this platform, the likeliest first. */
function addonTargets() {
  const { platform, arch } = process;
  if (platform === 'linux') return [`linux-${arch}-gnu`, `linux-${arch}-musl`];
  if (platform === 'win32') return [`win32-${arch}-msvc`, `win32-${arch}-gnu`];
  return [`${platform}-${arch}`];
}

/** @returns {typeof import('./binding')} */
function loadAddon() {
  const failures = [];
  for (const target of addonTargets()) {
    try {
      return require(`./httpcodes.${target}.node`);
    } catch (error) {
      failures.push(`${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(`httpcodes: no addon loads here; run \`npm run build\` in the package.\n${failures.join('\n')}`);
}

// ── Errors: each names the offending value, cut to 50 characters ─────────────────────────

const SHOWN = 50;

function cut(text) {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/** How a value of any type reads in a message: `'404'`, `404n`, `{}`, `Symbol(x)`, `null`. */
function describe(value) {
  // Loaded here, not at the top: error paths should not slow down `require('httpcodes')`.
  const { inspect } = require('node:util');
  return cut(inspect(value, { depth: 0, maxArrayLength: 5, maxStringLength: SHOWN, breakLength: Infinity }));
}

/** A `TypeError` for a call of `fn` with `value` where `expected` belongs. */
function wrongType(fn, expected, value) {
  return new TypeError(`${fn}() expects ${expected}, got ${describe(value)}`);
}

// ── The table, as the addon hands it over ─────────────────────────────────────────────────

const table = loadAddon().table();

/** What every status record inherits: `String(status)` is the text form, `404 Not Found`. */
const statusPrototype = Object.freeze({
  toString() {
    return this.text;
  },
});

const classes = Object.freeze(table.classes.map((row) => Object.freeze({ ...row })));

const statuses = Object.freeze(
  table.statuses.map(({ code, phrase, name, text, classNumber }) =>
    Object.freeze({ __proto__: statusPrototype, code, phrase, name, text, class: classes[classNumber - 1] }),
  ),
);

// Per-code facts are typed arrays indexed by code (0–999). Reading one at any other number —
// 404.5, NaN, -404, 2 ** 32 + 404, 1e21 — gives `undefined` and never consults a prototype, and
// `| 0` turns that into 0, the "none" slot of the lists below. So no number is ever rounded or
// wrapped into a listed code, and JavaScript repeats none of core's range checks.
const { statusOfCode, classOfCode, predicatesOfCode } = table;
const phraseByNumber = [undefined, ...statuses.map((status) => status.phrase)];
const nameByNumber = [undefined, ...statuses.map((status) => status.name)];
const classByNumber = [undefined, ...classes];

/** The bit of the predicate the addon calls `name` in `predicatesOfCode`. */
function predicateBit(name) {
  const position = table.predicateNames.indexOf(name);
  if (position < 0) throw new Error(`httpcodes: the addon has no predicate ${name}`);
  return 1 << position;
}

// ── Code → answer ─────────────────────────────────────────────────────────────────────────

/** The reason phrase of `code`, e.g. `Not Found` for 404, or `undefined`. */
function reasonPhrase(code) {
  if (typeof code !== 'number') throw wrongType('reasonPhrase', 'a number', code);
  return phraseByNumber[statusOfCode[code] | 0];
}

/** The NAME of `code`, e.g. `NOT_FOUND` for 404, or `undefined`. */
function nameOf(code) {
  if (typeof code !== 'number') throw wrongType('nameOf', 'a number', code);
  return nameByNumber[statusOfCode[code] | 0];
}

/** The class of any code from 100 to 599, listed or not, or `undefined`. */
function classOf(code) {
  if (typeof code !== 'number') throw wrongType('classOf', 'a number', code);
  return classByNumber[classOfCode[code] | 0];
}

/** A function named `name` that answers the addon's predicate of that name for a code. */
function predicate(name) {
  const bit = predicateBit(name);
  return {
    [name](code) {
      if (typeof code !== 'number') throw wrongType(name, 'a number', code);
      return (predicatesOfCode[code] & bit) !== 0;
    },
  }[name];
}

/** Every listed status, in ascending code order. */
function all() {
  return statuses;
}

/** The five classes of codes, in ascending order. */
function allClasses() {
  return classes;
}

// ── Text → answer ─────────────────────────────────────────────────────────────────────────
// A phrase matches like core's `code_of`: ASCII case-insensitive, core's ASCII whitespace
// (space, \t, \n, \f, \r — narrower than `trim()`) ignored around it, aliases accepted, and no
// Unicode folding (`toLowerCase()` would turn the Kelvin sign into `k`). Two paths, neither
// allocating:
//   1. the text exactly as a phrase is written, lower-cased or upper-cased: one property read;
//   2. anything else: a hash of the trimmed text's length and first, middle and last units,
//      ASCII-folded, picks the candidates it can be, compared unit by unit, ASCII-folded.

const SLOT_BITS = 10;

function slotOf(text, start, end) {
  const length = end - start;
  let hash = Math.imul(length, 0x9e3779b1);
  hash = Math.imul(hash ^ (text.charCodeAt(start) | 0x20), 0x85ebca6b);
  hash = Math.imul(hash ^ (text.charCodeAt(start + (length >> 1)) | 0x20), 0xc2b2ae35);
  hash = Math.imul(hash ^ (text.charCodeAt(end - 1) | 0x20), 0x27d4eb2f);
  return hash >>> (32 - SLOT_BITS);
}

// Built on the first text lookup, not at load, so that `require('httpcodes')` stays cheap.
/** Each phrase and alias as written, lower-cased and upper-cased → its code. */
let codeOfExact;
/** Per slot, the first candidate's position in `keys` plus one (0: none). */
let firstInSlot;
/** Per candidate, the next one in its slot, plus one. */
let nextInSlot;
/** Each phrase and alias, lower-cased, and its code. */
let keys;
let keyCodes;
let shortestKey;
let longestKey;

function buildReverseLookup() {
  // A prototype-less object inherits no key (`toString`, `__proto__`), and V8 finds an
  // interned key in it as fast as in a Map.
  const exact = Object.create(null);
  firstInSlot = new Uint16Array(1 << SLOT_BITS);
  nextInSlot = [];
  keys = [];
  keyCodes = [];
  shortestKey = Infinity;
  longestKey = 0;
  const rows = [...statuses, ...table.aliases];
  for (let i = 0; i < rows.length; i += 1) {
    const { phrase, code } = rows[i];
    // On ASCII text `toLowerCase()` and `toUpperCase()` change exactly the ASCII letters, as
    // core's folding does.
    if (!/^[\x00-\x7f]*$/.test(phrase)) throw new Error(`httpcodes: the addon's phrase ${phrase} is not ASCII`);
    const lowered = phrase.toLowerCase();
    exact[phrase] = code;
    exact[lowered] = code;
    exact[phrase.toUpperCase()] = code;
    const slot = slotOf(lowered, 0, lowered.length);
    nextInSlot.push(firstInSlot[slot]);
    keys.push(lowered);
    keyCodes.push(code);
    firstInSlot[slot] = keys.length;
    shortestKey = Math.min(shortestKey, lowered.length);
    longestKey = Math.max(longestKey, lowered.length);
  }
  codeOfExact = exact;
}

/** Whether a UTF-16 unit is whitespace for Rust's `trim_ascii`: space, \t, \n, \f or \r. */
function isAsciiSpace(unit) {
  return unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d;
}

/** Whether `text[start, start + key.length)` is `key` (lower case), ASCII case-insensitive. */
function equalsFolded(text, start, key) {
  for (let i = 0; i < key.length; i += 1) {
    let unit = text.charCodeAt(start + i);
    if (unit >= 0x41 && unit <= 0x5a) unit += 0x20; // only A–Z: the Kelvin sign stays itself
    if (unit !== key.charCodeAt(i)) return false;
  }
  return true;
}

/** The second path: trim, hash, compare. */
function codeOfFolded(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end -= 1;
  const length = end - start;
  if (length < shortestKey || length > longestKey) return undefined;
  for (let i = firstInSlot[slotOf(text, start, end)]; i !== 0; i = nextInSlot[i - 1]) {
    const key = keys[i - 1];
    if (key.length === length && equalsFolded(text, start, key)) return keyCodes[i - 1];
  }
  return undefined;
}

/** The code whose phrase or alias is `phrase`, e.g. 413 for ` payload too large `, or `undefined`. */
function codeOf(phrase) {
  if (typeof phrase !== 'string') throw wrongType('codeOf', 'a string', phrase);
  if (codeOfExact === undefined) buildReverseLookup();
  const code = codeOfExact[phrase];
  return code === undefined ? codeOfFolded(phrase) : code;
}

const statusOfName = new Map(statuses.map((status) => [status.name, status]));

/** The status whose NAME is exactly `name`, e.g. `NOT_FOUND`, or `undefined`. */
function statusOf(name) {
  if (typeof name !== 'string') throw wrongType('statusOf', 'a string', name);
  return statusOfName.get(name);
}

// ── The http-status-codes 2.3.0 surface ───────────────────────────────────────────────────

/** NAME → code and code → NAME, the two ways a TypeScript numeric enum maps. */
const StatusCodes = {};
/** NAME → phrase. */
const ReasonPhrases = {};
/** NAME → code: the legacy constants, each exported on its own as well. */
const legacyCodes = {};
for (const { code, name, phrase } of statuses) {
  StatusCodes[name] = code;
  StatusCodes[code] = name;
  ReasonPhrases[name] = phrase;
  legacyCodes[name] = code;
}
Object.freeze(StatusCodes);
Object.freeze(ReasonPhrases);

const phraseOfDecimal = new Map(statuses.map(({ code, phrase }) => [String(code), phrase]));

/** The reason phrase of a number or its decimal string; throws `Error` when there is none. */
function getReasonPhrase(statusCode) {
  let phrase;
  if (typeof statusCode === 'number') phrase = phraseByNumber[statusOfCode[statusCode] | 0];
  else if (typeof statusCode === 'string') phrase = phraseOfDecimal.get(statusCode);
  else throw wrongType('getReasonPhrase', 'a number or a numeric string', statusCode);
  if (phrase === undefined) throw new Error(`Status code does not exist: ${cut(String(statusCode))}`);
  return phrase;
}

/**
 * The code of a phrase, matched as `codeOf` matches: a superset of http-status-codes' exact
 * match, so its own spellings (`I'm a teapot`) keep working. Throws `Error` when there is none.
 */
function getStatusCode(reasonPhrase) {
  if (typeof reasonPhrase !== 'string') throw wrongType('getStatusCode', 'a string', reasonPhrase);
  const code = codeOf(reasonPhrase);
  if (code === undefined) throw new Error(`Reason phrase does not exist: ${cut(reasonPhrase)}`);
  return code;
}

// ── Exports ───────────────────────────────────────────────────────────────────────────────

module.exports = {
  // Our own surface: unknown answers are `undefined`, wrong types a `TypeError`.
  reasonPhrase,
  codeOf,
  nameOf,
  statusOf,
  classOf,
  isInformational: predicate('isInformational'),
  isSuccess: predicate('isSuccess'),
  isRedirection: predicate('isRedirection'),
  isClientError: predicate('isClientError'),
  isServerError: predicate('isServerError'),
  isError: predicate('isError'),
  isRedirect: predicate('isRedirect'),
  isEmptyBody: predicate('isEmptyBody'),
  isRetry: predicate('isRetry'),
  all,
  classes: allClasses,
  version: table.version,
  // http-status-codes 2.3.0's surface: `getStatusText` is its deprecated name for getReasonPhrase.
  StatusCodes,
  ReasonPhrases,
  getReasonPhrase,
  getStatusCode,
  getStatusText: getReasonPhrase,
  ...legacyCodes,
  default: Object.freeze({ ...legacyCodes, getStatusCode, getStatusText: getReasonPhrase }),
};

// Tells TypeScript's and bundlers' CommonJS interop that `default` is the default export.
Object.defineProperty(module.exports, '__esModule', { value: true });
