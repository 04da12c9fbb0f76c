// Error text follows core's one rule (core/src/excerpt.rs): a bad value is quoted up to its
// first EXCERPT_CHARS characters — Unicode scalar values, so never half a surrogate pair —
// then EXCERPT_MARKER when it was cut. The constants are read from core's source here, so a
// change there that Node does not follow fails this test.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';

const source = readFileSync(new URL('../../core/src/excerpt.rs', import.meta.url), 'utf8');
const CHARS = Number(source.match(/pub const EXCERPT_CHARS: usize = (\d+);/)[1]);
const MARKER = source.match(/pub const EXCERPT_MARKER: &str = "([^"]+)";/)[1];

/** The quote of `text` by core's rule: its first CHARS scalar values, then MARKER if cut. */
function quoted(text) {
  const chars = [...text];
  return chars.length > CHARS ? chars.slice(0, CHARS).join('') + MARKER : text;
}

const EMOJI = '\u{1f600}';
const TEXTS = [
  'x'.repeat(CHARS),
  'x'.repeat(CHARS + 1),
  `a${EMOJI.repeat(30)}`,
  `a${EMOJI.repeat(CHARS)}`,
  EMOJI.repeat(CHARS + 1),
  `${'é'.repeat(CHARS - 1)}${EMOJI}${EMOJI}`,
];

test('the rule is core’s: 50 characters and an ellipsis, as core/src/excerpt.rs says', () => {
  assert.equal(CHARS, 50);
  assert.equal(MARKER, '…');
});

test('getStatusCode quotes whole characters, never half a surrogate pair', () => {
  for (const text of TEXTS) {
    assert.throws(() => httpcodes.getStatusCode(text), (error) => {
      assert.ok(error.message.isWellFormed(), JSON.stringify(error.message));
      assert.equal(error.message, `Reason phrase does not exist: ${quoted(text)}`);
      return true;
    });
  }
});

test('getReasonPhrase quotes a bad decimal string by the same rule', () => {
  for (const text of TEXTS) {
    assert.throws(() => httpcodes.getReasonPhrase(text), { message: `Status code does not exist: ${quoted(text)}` });
  }
});

test('a TypeError quotes a string by the same rule, and an object by its kind alone', () => {
  for (const text of TEXTS) {
    for (const [value, shown] of [[text, `'${quoted(text)}'`], [{ key: text }, '[Object]'], [[text], '[Array]']]) {
      assert.throws(() => httpcodes.reasonPhrase(value), { message: `reasonPhrase() expects a number, got ${shown}` });
    }
  }
});

test('a lone surrogate is quoted as U+FFFD, so the message stays well-formed', () => {
  assert.throws(() => httpcodes.getStatusCode('a\ud800b'), { message: 'Reason phrase does not exist: a\ufffdb' });
  const cut = `${'x'.repeat(CHARS - 1)}\ud83d`;
  assert.throws(() => httpcodes.getStatusCode(`${cut}\ude00`), { message: `Reason phrase does not exist: ${quoted(`${cut}\ude00`)}` });
});
