// Each code's header fields (header_fields.tsv) through `headerFields` and the status records,
// and `missingFields` against missing_fields.tsv and spec/API.md's matching rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

import { headerFields, missingFields, readVectors, statuses } from './vectors.mjs';

const listed = statuses();
const fieldRows = headerFields();

/** The records header_fields.tsv gives `code`, in the file's (the RFC's) order. */
function expectedFields(code) {
  return fieldRows.filter((row) => row.code === code).map(({ name, level, section, condition }) => ({ name, level, section, condition }));
}

test('header_fields.tsv: every code with fields is listed', () => {
  const codes = new Set(listed.map((row) => row.code));
  assert.ok(fieldRows.length > 0);
  for (const row of fieldRows) assert.ok(codes.has(row.code), String(row.code));
});

test('header_fields.tsv: each listed code carries exactly its fields, frozen, on its record too', () => {
  for (const { code, name } of listed) {
    const fields = httpcodes.headerFields(code);
    assert.deepEqual(fields.map((field) => ({ ...field })), expectedFields(code), String(code));
    assert.ok(Object.isFrozen(fields), String(code));
    assert.ok(fields.every((field) => Object.isFrozen(field)), String(code));
    assert.equal(httpcodes.statusOf(name).headerFields, fields, `${code}: the very list of its record`);
    assert.equal(httpcodes.headerFields(code), fields, `${code}: the same list every time`);
  }
  const allow = httpcodes.headerFields(405)[0];
  assert.deepEqual({ ...allow }, { name: 'Allow', level: 'MUST', section: 'RFC 9110, Section 15.5.6', condition: null });
});

test('forward.tsv: an unknown code has no fields, and nothing missing', () => {
  for (const row of readVectors('forward')) {
    if (row.phrase !== 'unknown') continue;
    const code = Number(row.code);
    assert.equal(httpcodes.headerFields(code), undefined, row.code);
    assert.equal(httpcodes.missingFields(code, ['Allow']), undefined, row.code);
  }
  for (const code of [405.5, NaN, -405, 2 ** 32 + 405, Infinity]) {
    assert.equal(httpcodes.headerFields(code), undefined, String(code));
    assert.equal(httpcodes.missingFields(code, []), undefined, String(code));
  }
});

test('missing_fields.tsv: the fields none of the names names, in order, from any iterable', () => {
  for (const row of missingFields()) {
    for (const names of [row.present, new Set(row.present), row.present.values()]) {
      const missing = httpcodes.missingFields(row.code, names);
      assert.deepEqual(
        missing.map((field) => field.name),
        row.missing,
        row.case,
      );
      assert.ok(Object.isFrozen(missing), row.case);
      const fields = httpcodes.headerFields(row.code);
      assert.ok(missing.every((field) => fields.includes(field)), `${row.case}: the code's own records`);
    }
  }
});

test('a response without the fields misses them all, and with them in any ASCII case none', () => {
  for (const { code } of listed) {
    const fields = httpcodes.headerFields(code);
    const names = fields.map((field) => field.name);
    assert.deepEqual(httpcodes.missingFields(code, []), fields, String(code));
    assert.deepEqual(httpcodes.missingFields(code, names), [], String(code));
    assert.deepEqual(httpcodes.missingFields(code, names.map((name) => name.toUpperCase())), [], String(code));
    assert.deepEqual(httpcodes.missingFields(code, names.map((name) => name.toLowerCase())), [], String(code));
  }
});

/**
 * `name` with one ASCII letter replaced by a character that Unicode case mapping turns into it:
 * KELVIN SIGN lower-cases to k, LATIN CAPITAL I WITH DOT ABOVE to i (and a dot), LONG S upper-cases to S.
 */
function lookAlikes(name) {
  const swaps = { k: '\u212a', i: '\u0130', s: '\u017f' };
  return [...name].flatMap((c, i) => {
    const swap = swaps[c.toLowerCase()];
    return swap === undefined ? [] : [name.slice(0, i) + swap + name.slice(i + 1)];
  });
}

test('only ASCII letters fold, and nothing is trimmed', () => {
  for (const { code } of listed) {
    const fields = httpcodes.headerFields(code);
    for (const { name } of fields) {
      for (const other of [...lookAlikes(name), ` ${name}`, `${name}\t`, `${name}\0`, name.slice(1), '']) {
        assert.deepEqual(httpcodes.missingFields(code, [other]), fields, JSON.stringify(other));
      }
    }
  }
  assert.equal(lookAlikes('Link').length, 2, 'the table has a field a look-alike could fold into');
});

test('huge, many or odd names are simply read', () => {
  const allow = httpcodes.headerFields(405);
  assert.deepEqual(httpcodes.missingFields(405, ['Allow'.repeat(2_000_000)]), allow);
  assert.deepEqual(httpcodes.missingFields(405, [...Array(100_000).fill('X-Other'), 'allow']), []);
  assert.deepEqual(httpcodes.missingFields(405, ['\ud800', 'Allow\ud800', '\u0000']), allow);
});

test('names must be an iterable of strings, the code a number: a TypeError that shows the value', () => {
  const iterable = 'missingFields() expects an iterable of strings (header field names), got';
  for (const [names, shown] of [
    ['Allow', "'Allow'"],
    [405, '405'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ Allow: true }, '[Object]'],
  ]) {
    assert.throws(() => httpcodes.missingFields(405, names), { name: 'TypeError', message: `${iterable} ${shown}` });
  }
  const element = 'missingFields() expects a string (header field name), got';
  for (const [name, shown] of [
    [405, '405'],
    [null, 'null'],
    [Object('Allow'), "[String: 'Allow']"],
  ]) {
    for (const code of [405, 999]) {
      assert.throws(() => httpcodes.missingFields(code, ['Allow', name]), { name: 'TypeError', message: `${element} ${shown}` });
    }
  }
  assert.throws(() => httpcodes.missingFields('405', []), {
    name: 'TypeError',
    message: "missingFields() expects a number, got '405'",
  });
  assert.throws(() => httpcodes.headerFields('405'), { name: 'TypeError', message: "headerFields() expects a number, got '405'" });
});
