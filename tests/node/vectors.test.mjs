// Every row of every shared vector file, through every function it concerns.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

import { FLAG_NAMES } from './answers.mjs';
import { flagsFromVectors } from './expected.mjs';
import { classes, expectationsFor, expectedCode, readVectors, statuses } from './vectors.mjs';

const listed = statuses();
const classRows = classes();

/** What each flag should answer for `code`, from the vectors alone. */
function expectedFlags(code) {
  const { status, class: cls } = expectationsFor(code, listed, classRows);
  return flagsFromVectors(status, cls?.class);
}

test('statuses.tsv: every listed status, every way in and out', async (t) => {
  assert.ok(listed.length > 0, 'statuses.tsv lists statuses');
  for (const row of listed) {
    await t.test(`${row.code} ${row.phrase}`, () => {
      const { code, phrase, name } = row;
      assert.equal(httpcodes.reasonPhrase(code), phrase);
      assert.equal(httpcodes.nameOf(code), name);
      assert.equal(httpcodes.classOf(code)?.label, row.class);
      assert.equal(httpcodes.codeOf(phrase), code);
      assert.equal(httpcodes.codeOf(phrase.toLowerCase()), code);
      assert.equal(httpcodes.codeOf(phrase.toUpperCase()), code);
      assert.equal(httpcodes.codeOf(` \t${phrase}\r\n`), code);
      const status = httpcodes.statusOf(name);
      assert.equal(status?.code, code);
      assert.equal(status.phrase, phrase);
      assert.equal(status.name, name);
      assert.equal(status.class.label, row.class);
      assert.equal(status.text, `${code} ${phrase}`);
      assert.equal(String(status), `${code} ${phrase}`);
      assert.equal(httpcodes.getReasonPhrase(code), phrase);
      assert.equal(httpcodes.getReasonPhrase(String(code)), phrase);
      assert.equal(httpcodes.getStatusText(code), phrase);
      assert.equal(httpcodes.getStatusCode(phrase), code);
      assert.equal(httpcodes.StatusCodes[name], code);
      assert.equal(httpcodes.StatusCodes[code], name);
      assert.equal(httpcodes.ReasonPhrases[name], phrase);
      assert.equal(httpcodes[name], code);
      assert.equal(httpcodes.default[name], code);
      const expected = expectedFlags(code);
      for (const flag of FLAG_NAMES) assert.equal(httpcodes[flag](code), expected[flag], flag);
    });
  }
});

test('statuses.tsv: all() lists exactly these, in ascending order, as frozen records', () => {
  const all = httpcodes.all();
  assert.deepEqual(
    all.map(({ code, phrase, name }) => [code, phrase, name]),
    listed.map(({ code, phrase, name }) => [code, phrase, name]),
  );
  assert.ok(Object.isFrozen(all));
  assert.ok(all.every((status) => Object.isFrozen(status)));
  assert.equal(httpcodes.all(), all, 'the same array every time');
});

test('facts.tsv: each status’s registered phrase, reference and description, by code and on its record', () => {
  const facts = readVectors('facts');
  assert.deepEqual(facts.map(({ code }) => Number(code)), listed.map(({ code }) => code), 'a row per listed status');
  for (const row of facts) {
    const code = Number(row.code);
    const registered = row.registered_phrase === 'none' ? undefined : row.registered_phrase;
    const reference = row.reference === 'none' ? undefined : row.reference;
    assert.equal(httpcodes.registeredPhrase(code), registered, row.code);
    assert.equal(httpcodes.referenceOf(code), reference, row.code);
    assert.equal(httpcodes.descriptionOf(code), row.description, row.code);
    const status = httpcodes.all().find((each) => each.code === code);
    // On a record, "none" is null: the field is there, and says the registry has none.
    assert.equal(status.registeredPhrase, registered ?? null, row.code);
    assert.equal(status.reference, reference ?? null, row.code);
    assert.equal(status.description, row.description, row.code);
  }
  assert.equal(httpcodes.registeredPhrase(302), 'Found');
  assert.equal(httpcodes.reasonPhrase(302), 'Moved Temporarily', 'forward lookup keeps the spec phrase');
  const unregistered = facts.filter((row) => row.reference === 'none').map(({ code }) => Number(code));
  assert.ok(unregistered.includes(419) && unregistered.includes(420), 'the seed’s 419 and 420 are not registered');
  const noPhrase = facts.filter((row) => row.registered_phrase === 'none').map(({ code }) => Number(code));
  assert.deepEqual(noPhrase, unregistered, 'a code the registry does not list has no registered phrase either');
  assert.equal(httpcodes.registeredPhrase(419), undefined);
  assert.equal(httpcodes.statusOf('METHOD_FAILURE').registeredPhrase, null);
});

test('alias_names.tsv: each alias name finds its status wherever a NAME is a key; a code keeps its NAME', () => {
  const aliasNames = readVectors('alias_names');
  assert.ok(aliasNames.length > 0);
  for (const { name, code: text } of aliasNames) {
    const code = Number(text);
    const status = httpcodes.statusOf(name);
    assert.equal(status?.code, code, name);
    assert.equal(status, httpcodes.statusOf(httpcodes.nameOf(code)), `${name}: the very record of its code`);
    assert.notEqual(status.name, name, `${name}: a status's name stays the table's NAME`);
    assert.equal(httpcodes.StatusCodes[name], code, name);
    assert.equal(httpcodes.StatusCodes[code], status.name, `${name}: code → NAME, never the alias name`);
    assert.equal(httpcodes.ReasonPhrases[name], status.phrase, name);
    assert.equal(httpcodes[name], code, name);
    assert.equal(httpcodes.default[name], code, name);
  }
  // Exactly the table's NAMEs and these: no door exposes another name.
  const names = Object.keys(httpcodes.StatusCodes).filter((key) => !/^\d+$/.test(key));
  assert.deepEqual(new Set(names), new Set([...listed.map(({ name }) => name), ...aliasNames.map(({ name }) => name)]));
  assert.deepEqual(Object.keys(httpcodes.ReasonPhrases), names);
});

test('classes.tsv: the five classes, their ranges and the spec descriptions', () => {
  assert.deepEqual(
    httpcodes.classes().map(({ label, range, description }) => ({ label, range, description })),
    classRows.map((row) => ({ label: row.class, range: row.range, description: row.description })),
  );
  for (const row of classRows) {
    for (const code of [row.low, row.low + 1, row.low + 50, row.high]) {
      const cls = httpcodes.classOf(code);
      assert.deepEqual({ ...cls }, { label: row.class, range: row.range, description: row.description }, String(code));
    }
  }
  assert.ok(Object.isFrozen(httpcodes.classOf(404)));
});

test('aliases.tsv: every alias finds its code; forward lookup keeps the spec phrase', async (t) => {
  const aliases = readVectors('aliases');
  assert.ok(aliases.length > 0);
  assert.equal(new Set(aliases.map(({ alias }) => alias.toLowerCase())).size, aliases.length, 'no alias twice');
  for (const { alias, code } of aliases) {
    await t.test(alias, () => {
      assert.equal(httpcodes.codeOf(alias), Number(code));
      assert.equal(httpcodes.codeOf(alias.toLowerCase()), Number(code));
      assert.equal(httpcodes.codeOf(` ${alias.toUpperCase()}\n`), Number(code));
      assert.equal(httpcodes.getStatusCode(alias), Number(code));
      assert.notEqual(httpcodes.reasonPhrase(Number(code)), alias);
      assert.equal(httpcodes.statusOf(alias), undefined);
    });
  }
});

test('reverse.tsv: phrase → code', async (t) => {
  for (const { input, expected, case: name } of readVectors('reverse')) {
    await t.test(name, () => {
      const code = expectedCode(expected);
      assert.equal(httpcodes.codeOf(input), code);
      if (code === undefined) {
        assert.throws(() => httpcodes.getStatusCode(input), { name: 'Error', message: /^Reason phrase does not exist: / });
      } else {
        assert.equal(httpcodes.getStatusCode(input), code);
      }
    });
  }
});

test('names.tsv: NAME → status', async (t) => {
  for (const { input, expected, case: name } of readVectors('names')) {
    await t.test(name, () => {
      assert.equal(httpcodes.statusOf(input)?.code, expectedCode(expected));
    });
  }
});

test('forward.tsv: integer → phrase and class', async (t) => {
  for (const row of readVectors('forward')) {
    await t.test(row.code, () => {
      // The widest integer JavaScript has is a Number; past 2 ** 53 the row's value rounds to
      // the nearest double, which must be unknown all the same.
      const code = Number(row.code);
      const phrase = row.phrase === 'unknown' ? undefined : row.phrase;
      assert.equal(httpcodes.reasonPhrase(code), phrase);
      assert.equal(httpcodes.classOf(code)?.label, row.class === 'none' ? undefined : row.class);
      assert.equal(httpcodes.nameOf(code) === undefined, phrase === undefined);
      if (phrase === undefined) {
        for (const fn of ['registeredPhrase', 'referenceOf', 'descriptionOf', 'headerFields']) assert.equal(httpcodes[fn](code), undefined, fn);
        assert.equal(httpcodes.missingFields(code, []), undefined);
      }
      if (phrase === undefined) {
        assert.throws(() => httpcodes.getReasonPhrase(code), { message: `Status code does not exist: ${code}` });
        assert.throws(() => httpcodes.getReasonPhrase(row.code), { message: `Status code does not exist: ${row.code}` });
      } else {
        assert.equal(httpcodes.getReasonPhrase(row.code), phrase);
      }
      const expected = expectedFlags(code);
      for (const flag of FLAG_NAMES) assert.equal(httpcodes[flag](code), expected[flag], flag);
    });
  }
});
