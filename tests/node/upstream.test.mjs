// http-status-codes 2.3.0's own test file (upstream/index.test.ts) against httpcodes: compiled
// by the pinned TypeScript to CommonJS, as its jest setup runs it, with `describe`, `test` and
// the two matchers it uses (`toBe`, `toThrowError`) mapped onto node:test.
//
// EXPECTED_FAILURES lists the tests that fail by design, each with the difference from the
// spec that fails it (node/README.md, "Differences from http-status-codes", is this list). An
// expected failure that passes fails the run, so the list cannot go stale.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';

import { statuses } from './vectors.mjs';

// Each expected failure: why (a difference the spec makes on purpose) and the first assertion
// that must fail for that reason, checked against the error, so no other failure hides here.
const upstreamCount = JSON.parse(readFileSync(new URL('./upstream/codes.json', import.meta.url), 'utf8')).length;
const COUNTS = new RegExp(`^expected ${upstreamCount}, got ${statuses().length}$`);
const DIFFERENT_PHRASES = "(Non-Authoritative Information|Request Too Long|I'm a Teapot|Unavailable for Legal Reasons)";
const EXPECTED_FAILURES = {
  'Backwards compatability with v1 > Gets reason phrase from status code': [
    "the spec's phrases for 203, 413 and 418 differ from v1's",
    new RegExp(`, got ${DIFFERENT_PHRASES}$`),
  ],
  'v2 > StatusCodes': ['the spec lists neither 103 Early Hints nor 426 Upgrade Required', COUNTS],
  'v2 > ReasonPhrases': ['the spec lists neither 103 Early Hints nor 426 Upgrade Required', COUNTS],
  'v2 > getReasonPhrase': [
    "103 is not in the spec, whose phrases for 203, 413, 418 and 451 differ from http-status-codes'",
    new RegExp(`^Status code does not exist: 103$|, got ${DIFFERENT_PHRASES}$`),
  ],
  'v2 > getStatusCode': [
    'the spec lists neither 103 Early Hints nor 426 Upgrade Required',
    /^Reason phrase does not exist: (Early Hints|Upgrade Required)$/,
  ],
};

const file = fileURLToPath(new URL('./upstream/index.test.ts', import.meta.url));
const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
  fileName: file,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
});

/** jest's `expect`, for the matchers the file uses. */
function expect(actual) {
  return {
    toBe(expected) {
      assert.ok(Object.is(actual, expected), `expected ${String(expected)}, got ${String(actual)}`);
    },
    toThrowError(pattern) {
      assert.throws(actual, pattern);
    },
  };
}

let suite = '';

/** jest's `test`: a node:test test, inverted when the test is an expected failure. */
function upstreamTest(name, fn) {
  const expected = EXPECTED_FAILURES[`${suite} > ${name}`];
  if (expected === undefined) return test(name, fn);
  const [reason, failure] = expected;
  return test(`${name} (expected to fail: ${reason})`, () => {
    assert.throws(fn, (error) => {
      assert.match(error.message, failure, `fails for another reason than: ${reason}`);
      return true;
    }, `passes now; remove it from EXPECTED_FAILURES (${reason})`);
  });
}

/** jest's `describe`, remembering its name for EXPECTED_FAILURES. */
function upstreamDescribe(name, fn) {
  return describe(name, () => {
    suite = name;
    fn();
  });
}

const run = new Function('require', 'exports', 'module', 'describe', 'test', 'expect', outputText);
const module = { exports: {} };
run(createRequire(file), module.exports, module, upstreamDescribe, upstreamTest, expect);
