'use strict';
// Run by tests/dist/node.sh beside dist-check.mjs: `require` gives the same answers, from the addon
// of the platform package, and the main package ships no addon of its own.

const assert = require('node:assert/strict');
const { readdirSync } = require('node:fs');
const { dirname } = require('node:path');

const httpcodes = require('httpcodes');

assert.equal(httpcodes.backend, 'native');
assert.equal(httpcodes.default, httpcodes);
assert.equal(httpcodes.reasonPhrase(404), 'Not Found');
assert.equal(httpcodes.codeOf(' payload too large '), 413);
assert.equal(httpcodes.getStatusCode('Not Found'), 404);
assert.throws(() => httpcodes.getStatusCode('blah'), { message: 'Reason phrase does not exist: blah' });
const main = dirname(require.resolve('httpcodes'));
assert.deepEqual(readdirSync(main).filter((file) => file.endsWith('.node')), []);
assert.ok(require.resolve('httpcodes-linux-x64-gnu').endsWith('httpcodes.linux-x64-gnu.node'));
console.log(`require: ${httpcodes.backend}, from httpcodes-linux-x64-gnu`);
