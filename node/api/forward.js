'use strict';
// Code → answer: each function takes a number and reads one typed-array slot (records.js).

/**
 * The forward lookups, one function per question and one per flag of core.
 * @param {ReturnType<import('./records.js')>} records the table's records and indexes
 * @param {string[]} flagNames core's flags, in core's order: isInformational … isRetry
 * @param {(fn: string, expected: string, value: unknown) => TypeError} wrongType errors.js'
 */
function createForward(records, flagNames, wrongType) {
  const { statusOfCode, classOfCode, flagsOfCode, phraseByNumber, nameByNumber } = records;
  const { registeredByNumber, referenceByNumber, descriptionByNumber, classByNumber } = records;

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

  /**
   * The registry's phrase of `code`, e.g. `Found` for 302 (else its phrase), or `undefined`:
   * also for 419 and 420, which it does not list.
   */
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

  return {
    reasonPhrase,
    registeredPhrase,
    referenceOf,
    descriptionOf,
    nameOf,
    classOf,
    flags: Object.fromEntries(flagNames.map((name, position) => [name, flag(name, position)])),
  };
}

module.exports = createForward;
