// The package loads both ways: `import` (a real ES module, named imports included) and
// `require`, which give the very same objects.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import httpStatus, {
  codeOf,
  descriptionOf,
  EARLY_HINTS,
  FOUND,
  getStatusCode,
  NOT_FOUND,
  reasonPhrase,
  referenceOf,
  registeredPhrase,
  StatusCodes,
  UPGRADE_REQUIRED,
  version,
} from 'httpcodes';
import * as namespace from 'httpcodes';

import { readVectors, statuses } from './vectors.mjs';

const require = createRequire(import.meta.url);

test('named imports work, legacy constants included', () => {
  assert.equal(reasonPhrase(404), 'Not Found');
  assert.equal(codeOf('not found'), 404);
  assert.equal(NOT_FOUND, 404);
  assert.equal(StatusCodes.NOT_FOUND, 404);
  assert.equal(getStatusCode('Not Found'), 404);
  assert.equal(typeof version, 'string');
  for (const { name, code } of statuses()) assert.equal(namespace[name], code, name);
});

test('the facts and the alias names are named imports too', () => {
  assert.equal(registeredPhrase(302), 'Found');
  assert.equal(referenceOf(404), 'RFC 9110, Section 15.5.5');
  assert.equal(typeof descriptionOf(426), 'string');
  assert.equal(FOUND, 302);
  assert.equal(EARLY_HINTS, 103);
  assert.equal(UPGRADE_REQUIRED, 426);
  for (const { name, code } of readVectors('alias_names')) assert.equal(namespace[name], Number(code), name);
});

test('the default import is http-status-codes’ default export', () => {
  assert.equal(httpStatus.NOT_FOUND, 404);
  assert.equal(httpStatus.getStatusCode, getStatusCode);
});

test('import and require share one module instance', () => {
  const cjs = require('httpcodes');
  const own = Object.keys(cjs).filter((key) => key !== 'default');
  const named = Object.keys(namespace).filter((key) => key !== 'default');
  assert.deepEqual(new Set(named), new Set(own));
  for (const key of own) assert.equal(namespace[key], cjs[key], key);
  assert.equal(namespace.default, cjs.default);
});

test('the default import is what require() gives, which is its own default, marked for interop', () => {
  const cjs = require('httpcodes');
  assert.equal(httpStatus, cjs);
  assert.equal(cjs.default, cjs);
  assert.equal(cjs.__esModule, true);
});

test('the shared tables cannot be changed by a caller', () => {
  for (const object of [StatusCodes, namespace.ReasonPhrases, httpStatus]) assert.ok(Object.isFrozen(object));
});

test('the package resolves through its exports map', () => {
  assert.match(import.meta.resolve('httpcodes'), /\/index\.mjs$/);
  assert.match(require.resolve('httpcodes'), /[\\/]index\.js$/);
  assert.throws(() => require('httpcodes/generated/legacy.mjs'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
});
