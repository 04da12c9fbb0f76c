// codeOf remembers the spellings core's hash answered (up to a bound): whatever the order,
// first sighting or not, past the bound or not, every answer is the one the vectors give.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

import { statuses } from './vectors.mjs';

/** Spelling number `n` of `phrase`: each letter's case from one bit of a scrambled `n`. */
function spelling(phrase, n) {
  const bits = Math.imul(n + 1, 0x9e3779b1);
  return [...phrase].map((char, i) => ((bits >>> (i % 32)) & 1 ? char.toUpperCase() : char.toLowerCase())).join('');
}

test('thousands of spellings, twice each, in two orders, all answer as the vectors say', () => {
  const cases = [];
  for (const { phrase, code } of statuses()) {
    for (let n = 0; n < 64; n += 1) {
      cases.push([spelling(phrase, n), code]);
      cases.push([` ${spelling(phrase, n)}\t`, code]);
      cases.push([`${spelling(phrase, n)}x`, undefined]);
    }
  }
  assert.ok(cases.length > 8000);
  for (const order of [cases, [...cases].reverse()]) {
    for (const [text, code] of order) {
      if (httpcodes.codeOf(text) !== code) assert.equal(httpcodes.codeOf(text), code, JSON.stringify(text));
    }
  }
});

test('a remembered spelling never shadows an inherited key or another phrase', () => {
  for (let n = 0; n < 2000; n += 1) httpcodes.codeOf(spelling('Not Found', n));
  for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) assert.equal(httpcodes.codeOf(key), undefined);
  assert.equal(httpcodes.codeOf('nOt fOuNd'), 404);
  assert.equal(httpcodes.codeOf('nOt fOuNdd'), undefined);
  assert.equal(httpcodes.codeOf('Not Fou\u212an'), undefined);
});
