'use strict';
// Errors: each names the offending value, quoted by core's one rule (spec/API.md). Describing a
// value runs none of its code: no hook (`util.inspect.custom`), getter, proxy trap or
// `toString`, and reads at most `excerptChars` characters of any string.

/**
 * Core's excerpt rule, as a function of a string.
 * @param {import('../api.js').Table} table core's table
 */
function createExcerpt(table) {
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

  return excerpt;
}

/**
 * Core's quoting of values in messages, and the `TypeError` each door throws on a wrong type.
 * @param {import('../api.js').Table} table core's table
 */
function createErrors(table) {
  const excerpt = createExcerpt(table);

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

  return { excerpt, wrongType };
}

module.exports = createErrors;
