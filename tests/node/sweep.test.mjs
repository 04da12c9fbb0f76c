// Every integer from -2000 to 70000 — past 2 ** 16, where a 16-bit wrap would alias 404 — gets
// exactly the answers the vectors give it.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

import { intLine } from './answers.mjs';
import { expectedIntLines } from './expected.mjs';
import { statuses } from './vectors.mjs';

const FIRST = -2000;
const LAST = 70000;

test(`every integer from ${FIRST} to ${LAST}`, () => {
  const expectedLine = expectedIntLines();
  let known = 0;
  for (let code = FIRST; code <= LAST; code += 1) {
    const line = intLine(httpcodes, code);
    if (line !== expectedLine(code)) assert.equal(line, expectedLine(code), `code ${code}`);
    if (httpcodes.reasonPhrase(code) !== undefined) known += 1;
  }
  assert.equal(known, statuses().length);
});

test('the same sweep, half a step off and wrapped past 32 bits, is all unknown', () => {
  for (let code = FIRST; code <= LAST; code += 1) {
    for (const near of [code + 0.5, code + 2 ** 32, code - 2 ** 32]) {
      if (httpcodes.reasonPhrase(near) !== undefined || httpcodes.classOf(near) !== undefined) {
        assert.fail(`${near} has an answer`);
      }
    }
  }
});
