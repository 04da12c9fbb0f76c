// Where the answers come from: the addon where it loads, else the pure-JS build, generated from
// the addon's table, with the same answers. run.sh runs this suite twice: as is (`native`), and
// with every addon hidden (tests/node/hide-addon.cjs, HTTPCODES_EXPECT_BACKEND=js).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';
import * as jsBuild from '../../node/generated/js.mjs';

import { answerSheet } from './sheet.mjs';

const expected = process.env.HTTPCODES_EXPECT_BACKEND ?? 'native';

test(`backend is '${expected}' in this run`, () => {
  assert.equal(httpcodes.backend, expected);
});

test('the browser build (generated/js.mjs) answers exactly as the package does here', () => {
  assert.equal(jsBuild.backend, 'js');
  assert.deepEqual(answerSheet(jsBuild), answerSheet(httpcodes));
  const own = Object.keys(httpcodes).filter((key) => key !== 'backend' && key !== 'default');
  assert.deepEqual(Object.keys(jsBuild).filter((key) => key !== 'backend' && key !== 'default').sort(), own.sort());
  for (const key of own) {
    if (typeof httpcodes[key] !== 'object') continue;
    assert.deepEqual(JSON.stringify(jsBuild[key]), JSON.stringify(httpcodes[key]), key);
  }
});

test('the browser build’s default import is its whole surface, as for the package', () => {
  assert.equal(jsBuild.default.StatusCodes, jsBuild.StatusCodes);
  assert.equal(jsBuild.default.default, jsBuild.default);
  assert.equal(jsBuild.default.NOT_FOUND, 404);
});
