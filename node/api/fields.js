'use strict';
// Code → the header fields a response with it carries, by the RFCs (records.js holds them), and
// which of them a response lacks, given the names of the fields it has.

/**
 * `headerFields` and `missingFields`.
 * @param {ReturnType<import('./records.js')>} records the table's records and indexes
 * @param {(fn: string, expected: string, value: unknown) => TypeError} wrongType errors.js'
 */
function createFields(records, wrongType) {
  const { statusOfCode, fieldsByNumber } = records;
  const { isArray } = Array;
  const iteratorKey = Symbol.iterator;
  const NON_ASCII = /[^\0-\x7f]/;
  const UPPER = /[A-Z]+/g;
  /** `text` with its ASCII letters lower-cased and nothing else: `toLowerCase` alone folds 'K' (U+212A) to 'k'. */
  const asciiLower = (text) => text.replace(UPPER, (upper) => upper.toLowerCase());
  // Each status's field names, ASCII lower-cased, by the same number as `fieldsByNumber`.
  const lowerNamesByNumber = fieldsByNumber.map((fields) => fields?.map((field) => asciiLower(field.name)));
  // A name longer than every field's names none, and is never read further.
  const longest = Math.max(...fieldsByNumber.flatMap((fields) => fields?.map((field) => field.name.length) ?? []));

  /**
   * The header fields a response with `code` carries, by the RFCs: a frozen list of frozen
   * `{ name, level, section, condition }` records (the status record's own list), or `undefined`.
   */
  function headerFields(code) {
    if (typeof code !== 'number') throw wrongType('headerFields', 'a number', code);
    return fieldsByNumber[statusOfCode[code] | 0];
  }

  /** Each name of the iterable `names` that could name a field, ASCII lower-cased. */
  function presentNames(names) {
    const expected = 'an iterable of strings (header field names)';
    if (typeof names !== 'object' || names === null) throw wrongType('missingFields', expected, names);
    const iterable = isArray(names) || typeof names[iteratorKey] === 'function';
    if (!iterable) throw wrongType('missingFields', expected, names);
    const present = new Set();
    for (const name of names) {
      if (typeof name !== 'string') throw wrongType('missingFields', 'a string (header field name)', name);
      if (name.length <= longest && !NON_ASCII.test(name)) present.add(asciiLower(name));
    }
    return present;
  }

  /**
   * The header fields of `code` that none of `names` names — matched ASCII case-insensitively,
   * nothing trimmed — in the RFC's order, as a frozen list, or `undefined` for an unknown code.
   */
  function missingFields(code, names) {
    if (typeof code !== 'number') throw wrongType('missingFields', 'a number', code);
    const number = statusOfCode[code] | 0;
    const present = presentNames(names);
    const fields = fieldsByNumber[number];
    if (fields === undefined) return undefined;
    const lowerNames = lowerNamesByNumber[number];
    return Object.freeze(fields.filter((_, i) => !present.has(lowerNames[i])));
  }

  return { headerFields, missingFields };
}

module.exports = createFields;
