// The surface of http-status-codes 2.3.0, checked with the shapes of that package's own tests
// (src/index.test.ts), against our vectors in place of its codes.json.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

import HttpStatusDefault, * as HttpStatus from 'httpcodes';
import { getReasonPhrase, getStatusCode, getStatusText, ReasonPhrases, StatusCodes } from 'httpcodes';

import { statuses } from './vectors.mjs';

const require = createRequire(import.meta.url);
const codes = statuses().map(({ code, phrase, name }) => ({ code, phrase, constant: name }));

describe('backwards compatibility with v1', () => {
  test('gets codes exported by constant', () => {
    for (const o of codes) assert.equal(HttpStatus[o.constant], o.code);
  });

  test('gets reason phrase from status code', () => {
    for (const o of codes) assert.equal(HttpStatus.getStatusText(o.code), o.phrase);
  });

  test('gets status code from phrase', () => {
    for (const o of codes) assert.equal(HttpStatus.getStatusCode(o.phrase), o.code);
  });
});

describe('v2', () => {
  test('StatusCodes', () => {
    // Halved because a TypeScript numeric enum maps both ways.
    assert.equal(Object.keys(StatusCodes).length / 2, codes.length);
    for (const o of codes) {
      assert.equal(StatusCodes[o.constant], o.code);
      assert.equal(StatusCodes[o.code], o.constant);
    }
  });

  test('ReasonPhrases', () => {
    assert.equal(Object.keys(ReasonPhrases).length, codes.length);
    for (const o of codes) assert.equal(ReasonPhrases[o.constant], o.phrase);
  });

  test('getReasonPhrase', () => {
    for (const o of codes) assert.equal(getReasonPhrase(o.code), o.phrase);
  });

  test('getStatusCode', () => {
    for (const o of codes) assert.equal(getStatusCode(o.phrase), o.code);
  });

  test('getReasonPhrase nonexistent phrase', () => {
    assert.throws(() => getReasonPhrase(9999999), /Status code does not exist: 9999999/);
  });

  test('getStatusCode nonexistent code', () => {
    assert.throws(() => getStatusCode('blah blah'), /Reason phrase does not exist: blah blah/);
  });
});

describe('the same names and behaviour', () => {
  test('errors are plain Errors with exactly its messages', () => {
    assert.throws(() => getReasonPhrase(999), (error) => {
      assert.equal(Object.getPrototypeOf(error), Error.prototype);
      assert.equal(error.message, 'Status code does not exist: 999');
      return true;
    });
    assert.throws(() => getStatusCode('blah'), (error) => {
      assert.equal(Object.getPrototypeOf(error), Error.prototype);
      assert.equal(error.message, 'Reason phrase does not exist: blah');
      return true;
    });
  });

  test('getReasonPhrase takes a number or its decimal string, and nothing near it', () => {
    assert.equal(getReasonPhrase(404), 'Not Found');
    assert.equal(getReasonPhrase('404'), 'Not Found');
    for (const near of ['0404', ' 404', '404 ', '404.0', '+404', '4e2', '0x194', '']) {
      assert.throws(() => getReasonPhrase(near), { message: `Status code does not exist: ${near}` }, near);
    }
  });

  test('getStatusText is getReasonPhrase', () => {
    assert.equal(getStatusText, getReasonPhrase);
  });

  test('inherited keys are never answers', () => {
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
      assert.throws(() => getStatusCode(key), { message: `Reason phrase does not exist: ${key}` });
      assert.throws(() => getReasonPhrase(key), { message: `Status code does not exist: ${key}` });
    }
  });

  test('the default import is what require() gives: http-status-codes’ default export, and more', () => {
    const cjs = require('httpcodes');
    assert.equal(HttpStatusDefault, cjs);
    assert.equal(HttpStatusDefault.default, HttpStatusDefault);
    for (const o of codes) assert.equal(HttpStatusDefault[o.constant], o.code);
    for (const name of ['StatusCodes', 'ReasonPhrases', 'getReasonPhrase', 'getStatusCode', 'getStatusText']) {
      assert.equal(HttpStatusDefault[name], HttpStatus[name], name);
    }
    assert.equal(HttpStatusDefault.getStatusCode('Not Found'), 404);
  });

  test('require() gives the same functions and a default export marked for interop', () => {
    const cjs = require('httpcodes');
    assert.equal(cjs.__esModule, true);
    assert.equal(cjs.default, HttpStatusDefault);
    assert.equal(cjs.getStatusCode, getStatusCode);
    assert.equal(cjs.StatusCodes, StatusCodes);
    for (const o of codes) assert.equal(cjs[o.constant], o.code);
  });

  test('the shared tables cannot be changed by a caller', () => {
    for (const object of [StatusCodes, ReasonPhrases, HttpStatusDefault]) assert.ok(Object.isFrozen(object));
  });
});
