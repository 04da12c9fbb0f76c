// Every integer from -2000 to 70000 — past 2 ** 16, where a 16-bit wrap would alias 404 — gets
// exactly the answers the vectors give it.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

import { intLine } from './answers.mjs';
import { classes, statuses } from './vectors.mjs';

const FIRST = -2000;
const LAST = 70000;

/** The line `intLine` should write for `code`, from the vectors alone. */
function expectedLine(code, statusOfCode, classRows) {
  const status = statusOfCode.get(code);
  const cls = classRows.find((row) => code >= row.low && code <= row.high)?.class;
  const flags = status?.flags ?? [];
  const bits = [
    cls === 'Informational',
    cls === 'Success',
    cls === 'Redirection',
    cls === 'Client Error',
    cls === 'Server Error',
    cls === 'Client Error' || cls === 'Server Error',
    flags.includes('redirect'),
    flags.includes('empty_body'),
    flags.includes('retry'),
  ];
  return [status?.phrase ?? '-', status?.name ?? '-', cls ?? '-', bits.map((bit) => (bit ? '1' : '0')).join('')].join('\t');
}

test(`every integer from ${FIRST} to ${LAST}`, () => {
  const statusOfCode = new Map(statuses().map((row) => [row.code, row]));
  const classRows = classes();
  let known = 0;
  for (let code = FIRST; code <= LAST; code += 1) {
    const line = intLine(httpcodes, code);
    if (line !== expectedLine(code, statusOfCode, classRows)) {
      assert.equal(line, expectedLine(code, statusOfCode, classRows), `code ${code}`);
    }
    if (httpcodes.reasonPhrase(code) !== undefined) known += 1;
  }
  assert.equal(known, statusOfCode.size);
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
