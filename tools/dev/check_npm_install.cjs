'use strict';
// Run by `tools/dev install-test` in a fresh project where npm installed the main tarball and
// one platform tarball: `require('httpcodes')` answers every status of tests/vectors from that
// platform package's addon, and the main package ships no addon of its own.
//   node check_npm_install.cjs PLATFORM VECTORS_DIR
const assert = require('node:assert/strict');
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

const [platform, vectors] = process.argv.slice(2);
const httpcodes = require('httpcodes');

assert.equal(httpcodes.backend, 'native');
assert.ok(require.resolve(`httpcodes-${platform}`).endsWith(`httpcodes.${platform}.node`));
assert.deepEqual(readdirSync(path.dirname(require.resolve('httpcodes'))).filter((file) => file.endsWith('.node')), []);
const rows = readFileSync(path.join(vectors, 'statuses.tsv'), 'utf8').trim().split('\n').slice(1);
for (const row of rows) {
  const [code, phrase, name] = row.split('\t');
  assert.equal(httpcodes.reasonPhrase(Number(code)), phrase);
  assert.equal(httpcodes.codeOf(phrase.toUpperCase()), Number(code));
  assert.equal(httpcodes.nameOf(Number(code)), name);
}
assert.throws(() => httpcodes.getStatusCode('blah'), { message: 'Reason phrase does not exist: blah' });
console.log(`npm: ${rows.length} statuses from httpcodes-${platform}'s addon`);
