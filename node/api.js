'use strict';
// The whole surface of httpcodes, answered in JavaScript from one table that core computed.
//
// `createHttpcodes(table, backend)` is shared by both builds: index.js passes the table the addon
// hands over (or generated/table.js when no addon loads), and generated/js.mjs, the pure-JS
// build for browsers, Deno, Bun and workers, embeds this file verbatim. So it uses no `require`
// and no Node API, and both builds write the same error messages.
//
// Sections: errors · the table · code → answer · text → answer · the http-status-codes
// surface · exports.

/**
 * Core's table, as the addon's `table()` hands it over (JSON text, parsed by loader.js) and as
 * generated/table.js holds it: plain values, each list of numbers a plain list.
 * node/table/src/table.rs writes it, and says what each field is.
 * @typedef {{
 *   version: string,
 *   statuses: { code: number, phrase: string, name: string, text: string, classDigit: number,
 *     registeredPhrase: string, reference: string | null, description: string }[],
 *   aliasNames: { name: string, code: number }[],
 *   classes: { label: string, range: string, description: string }[],
 *   reverse: { spellings: string[], spellingCodes: number[], positions: number[], units: number[],
 *     lengths: number[], slots: number[], empty: number, keyUnits: number[], keyStarts: number[],
 *     keyCodes: number[], fold: number[], trimmed: number[], shortest: number, longest: number },
 *   statusOfCode: number[], classOfCode: number[], flagsOfCode: number[], flagNames: string[],
 *   excerptChars: number, excerptMarker: string, escapedChars: number[], escapes: string[],
 * }} Table
 */

/**
 * @param {Table} table core's table
 * @param {'native' | 'js'} backend where the table came from
 */
function createHttpcodes(table, backend) {
  // ── Errors: each names the offending value, quoted by core's one rule ───────────────────
  // Describing a value runs none of its code: no hook (`util.inspect.custom`), getter, proxy
  // trap or `toString`, and reads at most `excerptChars` characters of any string.

  const { excerptChars, excerptMarker, escapedChars, escapes } = table;
  // Code point → its escape, from core; prototype-less, so no inherited key is read.
  const escapeOf = Object.create(null);
  escapedChars.forEach((point, i) => {
    escapeOf[point] = escapes[i];
  });

  /**
   * Core's excerpt rule: the first `excerptChars` characters of `text` (a surrogate pair is one,
   * a lone surrogate one shown as U+FFFD), each that core escapes written as its escape, then
   * the marker when it was cut.
   */
  function excerpt(text) {
    let head = '';
    let end = 0;
    for (let count = 0; count < excerptChars && end < text.length; count += 1) {
      const point = text.codePointAt(end);
      const width = point > 0xffff ? 2 : 1;
      const char = point >= 0xd800 && point <= 0xdfff ? '\ufffd' : text.slice(end, end + width);
      head += escapeOf[point] ?? char;
      end += width;
    }
    return end < text.length ? head + excerptMarker : head;
  }

  // Taken now, so code that replaces them later cannot run on an error path. Each reads an
  // internal slot: on anything else, a proxy included, it throws without calling a trap.
  const { apply } = Reflect;
  const { isArray } = Array;
  const symbolDescription = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get;
  const wrappers = [
    ['Number', Number.prototype.valueOf],
    ['String', String.prototype.valueOf],
    ['Boolean', Boolean.prototype.valueOf],
    ['BigInt', BigInt.prototype.valueOf],
    ['Symbol', Symbol.prototype.valueOf],
  ];
  // A bigint wider than this is described by its size: writing it out costs its square.
  const WIDEST_BITS = 4096;
  const widest = 1n << BigInt(WIDEST_BITS);

  /**
   * A value as a message shows it: a string quoted, `'…'`, by the rule; a number, bigint,
   * symbol, boolean, `null` or `undefined` as JavaScript writes it, cut by the rule; a
   * primitive's wrapper as `[Number: 404]`; any other object as `[Function]`, `[Array]` or
   * `[Object]`, whatever its keys.
   */
  function describe(value) {
    switch (typeof value) {
      case 'string':
        return `'${excerpt(value)}'`;
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint':
        return value > -widest && value < widest ? excerpt(`${value}n`) : `<bigint of more than ${WIDEST_BITS} bits>`;
      case 'symbol':
        return `Symbol(${excerpt(apply(symbolDescription, value, []) ?? '')})`;
      case 'function':
        return '[Function]';
      case 'object':
        return value === null ? 'null' : describeObject(value);
      default:
        return String(value);
    }
  }

  function describeObject(value) {
    for (let i = 0; i < wrappers.length; i += 1) {
      const [name, valueOf] = wrappers[i];
      let primitive;
      try {
        primitive = apply(valueOf, value, []);
      } catch {
        continue; // not this wrapper
      }
      return `[${name}: ${describe(primitive)}]`;
    }
    try {
      if (isArray(value)) return '[Array]';
    } catch {
      // a revoked proxy
    }
    return '[Object]';
  }

  /** A `TypeError` for a call of `fn` with `value` where `expected` belongs. */
  function wrongType(fn, expected, value) {
    return new TypeError(`${fn}() expects ${expected}, got ${describe(value)}`);
  }

  // ── The table ───────────────────────────────────────────────────────────────────────────

  /** What every status record inherits: `String(status)` is the text form, `404 Not Found`. */
  const statusPrototype = Object.freeze({
    toString() {
      return this.text;
    },
  });

  const classes = Object.freeze(
    table.classes.map(({ label, range, description }) => Object.freeze({ label, range, description })),
  );

  // A status's facts: `reference` is null for a code the registry does not list (419, 420).
  const statuses = Object.freeze(
    table.statuses.map(({ code, phrase, name, text, classDigit, registeredPhrase, reference, description }) =>
      Object.freeze({
        __proto__: statusPrototype,
        code,
        phrase,
        name,
        text,
        class: classes[classDigit - 1],
        registeredPhrase,
        reference,
        description,
      }),
    ),
  );

  // Per-code facts are typed arrays indexed by code (0–999). Reading one at any other number —
  // 404.5, NaN, -404, 2 ** 32 + 404, 1e21 — gives `undefined` and never consults a prototype,
  // and `| 0` turns that into 0, the "none" slot of the lists below. So no number is ever
  // rounded or wrapped into a listed code, and JavaScript repeats none of core's range checks.
  const statusOfCode = Uint8Array.from(table.statusOfCode);
  const classOfCode = Uint8Array.from(table.classOfCode);
  const flagsOfCode = Uint16Array.from(table.flagsOfCode);
  /** Each status's `key`, by its position in `statuses` plus one; `undefined` at 0 (none). */
  const byNumber = (key) => [undefined, ...statuses.map((status) => status[key] ?? undefined)];
  const phraseByNumber = byNumber('phrase');
  const nameByNumber = byNumber('name');
  const registeredByNumber = byNumber('registeredPhrase');
  const referenceByNumber = byNumber('reference');
  const descriptionByNumber = byNumber('description');
  const classByNumber = [undefined, ...classes];

  // ── Code → answer ───────────────────────────────────────────────────────────────────────

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

  /** The registry's phrase of `code`, e.g. `Found` for 302 (else its phrase), or `undefined`. */
  function registeredPhrase(code) {
    if (typeof code !== 'number') throw wrongType('registeredPhrase', 'a number', code);
    return registeredByNumber[statusOfCode[code] | 0];
  }

  /**
   * Where the registry defines `code`, e.g. `RFC 9110, Section 15.5.5` for 404, or `undefined`:
   * also for 419 and 420, which it does not list.
   */
  function referenceOf(code) {
    if (typeof code !== 'number') throw wrongType('referenceOf', 'a number', code);
    return referenceByNumber[statusOfCode[code] | 0];
  }

  /** One sentence on what `code` means, or `undefined`. */
  function descriptionOf(code) {
    if (typeof code !== 'number') throw wrongType('descriptionOf', 'a number', code);
    return descriptionByNumber[statusOfCode[code] | 0];
  }

  /** The class of any code from 100 to 599, listed or not, or `undefined`. */
  function classOf(code) {
    if (typeof code !== 'number') throw wrongType('classOf', 'a number', code);
    return classByNumber[classOfCode[code] | 0];
  }

  /** The function named `name` that answers the flag of bit `position` for a code. */
  function flag(name, position) {
    const bit = 1 << position;
    return {
      [name](code) {
        if (typeof code !== 'number') throw wrongType(name, 'a number', code);
        return (flagsOfCode[code] & bit) !== 0;
      },
    }[name];
  }

  // ── Text → answer ───────────────────────────────────────────────────────────────────────
  // This lookup runs on data core computes, not on a second copy of core's rule. Core owns the
  // rule (ASCII case-insensitive, core's ASCII whitespace trimmed, aliases accepted, no Unicode
  // folding) and chose its perfect hash when it was compiled; `table.reverse` carries that very
  // hash, and this code only reads it:
  //   1. `spellings`: each key as written, lower-cased and upper-cased → one property read;
  //   2. otherwise core's hash: skip what `trimmed` marks, XOR the slot bits of the length and of
  //      the unit at each of `positions` (a unit past either end, or one trimming removed,
  //      counts 0: NaN & 127 is 0), read the one key in that slot, and compare every unit with
  //      it through `fold` (a unit past ASCII folds to nothing and never matches).
  //   3. a spelling the hash answered (`nOt fOuNd`, ` Not Found\r\n`) is remembered as one more
  //      spelling, so from its second call on it costs one property read too. Only answers are
  //      remembered, at most LEARNED of them, none longer than twice the longest key: memory
  //      stays bounded whatever callers send.
  // Why this and not a call into core per lookup: a napi call costs about thirty property reads,
  // more than any path here. Why remember: V8 reads a string unit by unit at a few ns a unit
  // (charCodeAt), so comparing even one key costs what `statuses` spends on a whole lookup, and
  // only a property read keeps every `codeOf` bench row at least 5x faster than `statuses`; a
  // server sees the same few spellings again and again. (bench/node times never-seen spellings
  // as well.)

  const { spellings, spellingCodes, empty, shortest, longest } = table.reverse;
  const positions = Int8Array.from(table.reverse.positions);
  const units = Uint16Array.from(table.reverse.units);
  const lengths = Uint16Array.from(table.reverse.lengths);
  const slots = Uint8Array.from(table.reverse.slots);
  const keyUnits = Uint8Array.from(table.reverse.keyUnits);
  const keyStarts = Uint16Array.from(table.reverse.keyStarts);
  const keyCodes = Uint16Array.from(table.reverse.keyCodes);
  const fold = Uint8Array.from(table.reverse.fold);
  const trimmed = Uint8Array.from(table.reverse.trimmed);
  // A prototype-less object inherits no key (`toString`, `__proto__`), and V8 finds an
  // interned key in it as fast as in a Map.
  const codeOfSpelling = Object.create(null);
  spellings.forEach((spelling, i) => {
    codeOfSpelling[spelling] = spellingCodes[i];
  });
  const reads = positions.length;
  const LEARNED = 1024;
  let learned = 0;

  /** The second path: trim as core does, then core's hash and one comparison. */
  function codeOfHash(text) {
    let start = 0;
    let end = text.length;
    while (start < end && trimmed[text.charCodeAt(start)] === 1) start += 1;
    while (end > start && trimmed[text.charCodeAt(end - 1)] === 1) end -= 1;
    const length = end - start;
    if (length < shortest || length > longest) return undefined;
    let slot = lengths[length];
    for (let p = 0; p < reads; p += 1) {
      const at = positions[p];
      slot ^= units[(p << 7) | (text.charCodeAt(at < 0 ? end + at : start + at) & 127)];
    }
    const key = slots[slot];
    if (key === empty) return undefined;
    const from = keyStarts[key];
    if (keyStarts[key + 1] - from !== length) return undefined;
    for (let i = 0; i < length; i += 1) {
      if (fold[text.charCodeAt(start + i)] !== keyUnits[from + i]) return undefined;
    }
    return keyCodes[key];
  }

  /** The code whose phrase or alias is `phrase`, e.g. 413 for ` payload too large `, or `undefined`. */
  function codeOf(phrase) {
    if (typeof phrase !== 'string') throw wrongType('codeOf', 'a string', phrase);
    const known = codeOfSpelling[phrase];
    if (known !== undefined) return known;
    const code = codeOfHash(phrase);
    if (code !== undefined && learned < LEARNED && phrase.length <= 2 * longest) {
      codeOfSpelling[phrase] = code;
      learned += 1;
    }
    return code;
  }

  // Each NAME, then each alias name (`FOUND`): the names code written for other tables uses.
  const aliasNames = table.aliasNames.map(({ name, code }) => [name, statuses[statusOfCode[code] - 1]]);
  const statusOfName = new Map([...statuses.map((status) => [status.name, status]), ...aliasNames]);

  /** The status whose NAME or alias name is exactly `name`, e.g. `NOT_FOUND`, or `undefined`. */
  function statusOf(name) {
    if (typeof name !== 'string') throw wrongType('statusOf', 'a string', name);
    return statusOfName.get(name);
  }

  // ── The http-status-codes 2.3.0 surface ─────────────────────────────────────────────────

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
  // An alias name maps to its status's code and phrase wherever a NAME does; a code still maps
  // to its NAME (`StatusCodes[302]` is `MOVED_TEMPORARILY`).
  for (const [name, { code, phrase }] of aliasNames) {
    StatusCodes[name] = code;
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
    if (phrase === undefined) throw new Error(`Status code does not exist: ${excerpt(String(statusCode))}`);
    return phrase;
  }

  /**
   * The code of a phrase, matched as `codeOf` matches: a superset of http-status-codes' exact
   * match, so its own spellings (`I'm a teapot`) keep working. Throws `Error` when there is none.
   */
  function getStatusCode(reasonPhrase) {
    if (typeof reasonPhrase !== 'string') throw wrongType('getStatusCode', 'a string', reasonPhrase);
    const code = codeOf(reasonPhrase);
    if (code === undefined) throw new Error(`Reason phrase does not exist: ${excerpt(reasonPhrase)}`);
    return code;
  }

  // ── Exports ─────────────────────────────────────────────────────────────────────────────

  const httpcodes = {
    // Our own surface: unknown answers are `undefined`, wrong types a `TypeError`.
    reasonPhrase,
    registeredPhrase,
    referenceOf,
    descriptionOf,
    codeOf,
    nameOf,
    statusOf,
    classOf,
    // One function per flag of core, in core's order: isInformational … isRetry.
    ...Object.fromEntries(table.flagNames.map((name, position) => [name, flag(name, position)])),
    all: () => statuses,
    classes: () => classes,
    version: table.version,
    backend,
    // http-status-codes 2.3.0's surface: `getStatusText` is its deprecated name for getReasonPhrase.
    StatusCodes,
    ReasonPhrases,
    getReasonPhrase,
    getStatusCode,
    getStatusText: getReasonPhrase,
    ...legacyCodes,
  };
  // The default export is this very object, so every import style gets what `require` gives:
  // Node hands a CommonJS package's whole exports to `import pkg from`, while TypeScript's and
  // bundlers' interop hand over `.default` (this object holds http-status-codes' default
  // export — the legacy constants, getStatusCode and getStatusText — and more).
  httpcodes.default = httpcodes;
  // Tells TypeScript's and bundlers' CommonJS interop that `default` is the default export.
  Object.defineProperty(httpcodes, '__esModule', { value: true });
  return Object.freeze(httpcodes);
}

module.exports = createHttpcodes;
