// Run by tests/dist/node.sh in a fresh directory where the release tarballs are installed: `import`
// (named and default) answers the vectors, from the prebuilt addon.

import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

import pkg, * as httpcodes from 'httpcodes';

const tests = pathToFileURL(`${process.env.HTTPCODES_TESTS}/`);
const { intLine } = await import(new URL('answers.mjs', tests));
const { expectedCodes, expectedIntLines, expectedNames } = await import(new URL('expected.mjs', tests));

assert.equal(httpcodes.backend, 'native');
assert.equal(pkg.StatusCodes, httpcodes.StatusCodes);
assert.equal(pkg.default, pkg);
assert.equal(pkg.NOT_FOUND, 404);
const expectedLine = expectedIntLines();
for (let code = -1000; code <= 1100; code += 1) assert.equal(intLine(httpcodes, code), expectedLine(code), String(code));
for (const [text, code] of expectedCodes()) assert.equal(httpcodes.codeOf(text), code, JSON.stringify(text));
for (const [text, code] of expectedNames()) assert.equal(httpcodes.statusOf(text)?.code, code, JSON.stringify(text));
console.log(`import: ${httpcodes.backend}, vectors answered`);
