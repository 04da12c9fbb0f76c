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

test('a TypeError shows at most 50 characters of the value, well-formed', () => {
  for (const text of TEXTS) {
    for (const value of [text, { key: text }, [text]]) {
      assert.throws(() => httpcodes.reasonPhrase(value), (error) => {
        const shown = error.message.slice(error.message.indexOf(', got ') + ', got '.length);
        assert.ok(shown.isWellFormed(), JSON.stringify(shown));
        const chars = [...shown];
        assert.ok(chars.length <= CHARS + MARKER.length, shown);
        if (chars.length > CHARS) assert.ok(shown.endsWith(MARKER), shown);
        return true;
      });
    }
  }
});

test('a lone surrogate is quoted as U+FFFD, so the message stays well-formed', () => {
  assert.throws(() => httpcodes.getStatusCode('a\ud800b'), { message: 'Reason phrase does not exist: a\ufffdb' });
  const cut = `${'x'.repeat(CHARS - 1)}\ud83d`;
  assert.throws(() => httpcodes.getStatusCode(`${cut}\ude00`), { message: `Reason phrase does not exist: ${quoted(`${cut}\ude00`)}` });
});
