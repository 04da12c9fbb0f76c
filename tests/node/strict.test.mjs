// Strict input: numbers that are not exactly a listed code are unknown, never coerced into one;
// values of the wrong type are a TypeError that names the expected type and the value; inherited
// keys, lone surrogates and huge strings are simply unknown.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

import { FLAG_NAMES } from './answers.mjs';

const CODE_FUNCTIONS = ['reasonPhrase', 'registeredPhrase', 'referenceOf', 'descriptionOf', 'nameOf', 'classOf', 'headerFields', ...FLAG_NAMES];
const TEXT_FUNCTIONS = ['codeOf', 'statusOf', 'getStatusCode'];

const NOT_NUMBERS = [
  ['{}', {}],
  ['[]', []],
  ['[404]', [404]],
  ['404n', 404n],
  ['null', null],
  ['undefined', undefined],
  ['true', true],
  ['false', false],
  ['a symbol', Symbol('404')],
  ['a function', () => 404],
  ['a decimal string', '404'],
  ['a phrase', 'Not Found'],
  ['a Number object', Object(404)],
  ['a prototype-less object', Object.create(null)],
  ['an object with valueOf', { valueOf: () => 404 }],
  ['a Date', new Date(404)],
];

const NOT_STRINGS = [
  ['{}', {}],
  ['[]', []],
  ['a one-phrase array', ['Not Found']],
  ['404n', 404n],
  ['null', null],
  ['undefined', undefined],
  ['true', true],
  ['a symbol', Symbol('Not Found')],
  ['a function', () => 'Not Found'],
  ['a number', 404],
  ['NaN', NaN],
  ['a String object', Object('Not Found')],
  ['an object with toString', { toString: () => 'Not Found' }],
  ['a Buffer', Buffer.from('Not Found')],
];

const UNKNOWN_NUMBERS = [
  404.5, 404.000001, 403.9999999, NaN, -0, 0, Infinity, -Infinity, -404, -1, 2 ** 32 + 404, 2 ** 32 - 1,
  2 ** 16 + 404, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, -1e21, 1.0e308, Number.MIN_VALUE, 4294967700, 65940,
];

const TEN_MB = 10 * 1024 * 1024;

/** The part of a TypeError's message that shows the value. */
function shownValue(message) {
  return message.slice(message.indexOf(', got ') + ', got '.length);
}

test('a value that is not a number, where a code belongs, is a TypeError naming both', () => {
  assert.ok(NOT_NUMBERS.length + NOT_STRINGS.length >= 20);
  for (const fn of CODE_FUNCTIONS) {
    for (const [what, value] of NOT_NUMBERS) {
      assert.throws(
        () => httpcodes[fn](value),
        (error) => {
          assert.equal(error.constructor, TypeError, `${fn}(${what})`);
          assert.match(error.message, new RegExp(`^${fn}\\(\\) expects a number, got .`), `${fn}(${what})`);
          return true;
        },
      );
    }
  }
});

test('getReasonPhrase takes a number or a string, and names both in its TypeError', () => {
  for (const [what, value] of NOT_NUMBERS) {
    if (typeof value === 'string') continue;
    assert.throws(() => httpcodes.getReasonPhrase(value), {
      name: 'TypeError',
      message: /^getReasonPhrase\(\) expects a number or a numeric string, got ./,
    }, what);
  }
});

test('a value that is not a string, where a phrase or a name belongs, is a TypeError naming both', () => {
  for (const fn of TEXT_FUNCTIONS) {
    for (const [what, value] of NOT_STRINGS) {
      assert.throws(
        () => httpcodes[fn](value),
        (error) => {
          assert.equal(error.constructor, TypeError, `${fn}(${what})`);
          assert.match(error.message, new RegExp(`^${fn}\\(\\) expects a string, got .`), `${fn}(${what})`);
          return true;
        },
      );
    }
  }
});

test('messages show the offending value, cut to 50 characters, and an object by its kind alone', () => {
  const cases = [
    [() => httpcodes.reasonPhrase('404'), "'404'"],
    [() => httpcodes.reasonPhrase(404n), '404n'],
    [() => httpcodes.reasonPhrase(null), 'null'],
    [() => httpcodes.reasonPhrase({}), '[Object]'],
    [() => httpcodes.reasonPhrase(Object(404)), '[Number: 404]'],
    [() => httpcodes.codeOf(404), '404'],
    [() => httpcodes.codeOf(Symbol('x')), 'Symbol(x)'],
  ];
  for (const [call, shown] of cases) {
    assert.throws(call, (error) => shownValue(error.message) === shown);
  }
  const long = 'x'.repeat(200);
  assert.throws(() => httpcodes.reasonPhrase(long), (error) => shownValue(error.message) === `'${'x'.repeat(50)}…'`);
  assert.throws(() => httpcodes.getStatusCode(long), { message: `Reason phrase does not exist: ${'x'.repeat(50)}…` });
  assert.throws(() => httpcodes.getReasonPhrase(long), { message: `Status code does not exist: ${'x'.repeat(50)}…` });
  assert.throws(() => httpcodes.codeOf({ key: long }), (error) => shownValue(error.message) === '[Object]');
});

test('a number that is not exactly a listed code is unknown, never rounded or wrapped', () => {
  for (const code of UNKNOWN_NUMBERS) {
    assert.equal(httpcodes.reasonPhrase(code), undefined, String(code));
    assert.equal(httpcodes.nameOf(code), undefined, String(code));
    for (const fn of ['registeredPhrase', 'referenceOf', 'descriptionOf', 'headerFields']) assert.equal(httpcodes[fn](code), undefined, `${fn}(${code})`);
    for (const flag of ['isRedirect', 'isEmptyBody', 'isRetry', 'isCacheableByDefault']) {
      assert.equal(httpcodes[flag](code), false, `${flag}(${code})`);
    }
    assert.throws(() => httpcodes.getReasonPhrase(code), { message: /^Status code does not exist: / });
  }
  for (const code of [404.5, NaN, -0, Infinity, 2 ** 32 + 404, 1e21, -404, 599.5, 99.999]) {
    assert.equal(httpcodes.classOf(code), undefined, String(code));
    for (const flag of FLAG_NAMES) assert.equal(httpcodes[flag](code), false, `${flag}(${code})`);
  }
  assert.equal(httpcodes.classOf(599.5), undefined);
  assert.equal(httpcodes.classOf(599)?.label, 'Server Error');
});

test('inherited keys are never answers', () => {
  for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'length']) {
    assert.equal(httpcodes.codeOf(key), undefined, key);
    assert.equal(httpcodes.statusOf(key), undefined, key);
    assert.throws(() => httpcodes.getStatusCode(key), { message: `Reason phrase does not exist: ${key}` });
  }
});

test('only core ASCII whitespace is trimmed, and no Unicode folding', () => {
  for (const text of ['\u00a0Not Found', '\ufeffNot Found', '\u2028Not Found', 'Not Found\u0085', '\vNot Found']) {
    assert.equal(httpcodes.codeOf(text), undefined, JSON.stringify(text));
  }
  for (const text of ['Not Fou\u212an', '\u212aELVIN', 'Not Found\u0130', 'NOT FOUND\u017f', 'ﬀ']) {
    assert.equal(httpcodes.codeOf(text), undefined, JSON.stringify(text));
  }
  assert.equal(httpcodes.codeOf('\f\r\n\t Not Found \t\n\r\f'), 404);
});

test('lone surrogates and huge strings are simply unknown', () => {
  for (const text of ['\ud800', 'Not Found\udc00', '\udfffNot Found', 'Not\ud83d Found']) {
    assert.equal(httpcodes.codeOf(text), undefined);
    assert.equal(httpcodes.statusOf(text), undefined);
  }
  const huge = 'x'.repeat(TEN_MB);
  assert.equal(httpcodes.codeOf(huge), undefined);
  assert.equal(httpcodes.statusOf(huge), undefined);
  assert.throws(() => httpcodes.getStatusCode(huge), { message: `Reason phrase does not exist: ${'x'.repeat(50)}…` });
  // Core trims any amount of ASCII whitespace, so padding alone does not make a phrase unknown.
  assert.equal(httpcodes.codeOf(`${' '.repeat(TEN_MB)}Not Found`), 404);
  assert.equal(httpcodes.codeOf(`Not Found${'\t'.repeat(TEN_MB)}`), 404);
  assert.equal(httpcodes.codeOf(`${'Not Found '.repeat(TEN_MB / 10)}`), undefined);
});
