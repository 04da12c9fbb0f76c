'use strict';
// Text → answer. This lookup runs on data core computes, not on a second copy of core's rule.
// Core owns the rule (ASCII case-insensitive, core's ASCII whitespace trimmed, aliases accepted,
// no Unicode folding) and chose its perfect hash when it was compiled (`httpcodes::doors::
// PhraseHash` says how a door walks it); `table.reverse` carries that very hash, in the flat
// arrays node/table/src/reverse.rs describes, and this code only reads it:
//   1. `spellings`: each key as written, lower-cased and upper-cased → one property read;
//   2. otherwise core's hash, comparing every unit through `fold` (a unit past ASCII folds to
//      nothing and never matches; a unit past either end, or one trimming removed, reads 0:
//      NaN & 127 is 0);
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

/**
 * The reverse lookups: phrase → code, NAME → status.
 * @param {import('../api.js').Table} table core's table
 * @param {ReturnType<import('./records.js')>} records the table's records and indexes
 * @param {(fn: string, expected: string, value: unknown) => TypeError} wrongType errors.js'
 */
function createReverse(table, records, wrongType) {
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

  const { statuses, statusOfCode } = records;
  // Each NAME, then each alias name (`FOUND`): the names code written for other tables uses.
  const aliasNames = table.aliasNames.map(({ name, code }) => [name, statuses[statusOfCode[code] - 1]]);
  const statusOfName = new Map([...statuses.map((status) => [status.name, status]), ...aliasNames]);

  /** The status whose NAME or alias name is exactly `name`, e.g. `NOT_FOUND`, or `undefined`. */
  function statusOf(name) {
    if (typeof name !== 'string') throw wrongType('statusOf', 'a string', name);
    return statusOfName.get(name);
  }

  return { codeOf, statusOf, aliasNames };
}

module.exports = createReverse;
