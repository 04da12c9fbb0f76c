// One runtime's check of the installed release tarballs (run by matrix.mjs in the app folder):
// the drop-in surface under `import` (named and default) and every vector, through whichever
// build the runtime's export conditions pick. Prints one JSON line: the backend and the count.
// HTTPCODES_TESTS is tests/node, whose vector readers it uses.

import { pathToFileURL } from 'node:url';

import pkg, * as httpcodes from 'httpcodes';

// A path of this system: /work/… here, Z:\work\… for Windows' node.exe under wine.
const tests = pathToFileURL(`${process.env.HTTPCODES_TESTS}/`);
const { intLine } = await import(new URL('answers.mjs', tests));
const { expectedCodes, expectedIntLines, expectedNames } = await import(new URL('expected.mjs', tests));

let checks = 0;
function check(ok, what) {
  checks += 1;
  if (!ok) throw new Error(`check failed: ${what}`);
}

check(pkg.StatusCodes === httpcodes.StatusCodes && pkg.default === pkg, 'the default import is the package');
check(pkg.NOT_FOUND === 404 && httpcodes.StatusCodes.NOT_FOUND === 404, 'legacy constants and StatusCodes');
check(httpcodes.getStatusCode('Not Found') === 404, 'getStatusCode');
let thrown;
try {
  httpcodes.getReasonPhrase(999);
} catch (error) {
  thrown = error;
}
check(thrown instanceof Error && thrown.message === 'Status code does not exist: 999', 'getReasonPhrase throws');
const expectedLine = expectedIntLines();
for (let code = -1000; code <= 1100; code += 1) check(intLine(httpcodes, code) === expectedLine(code), `int ${code}`);
for (const [text, code] of expectedCodes()) check(httpcodes.codeOf(text) === code, `codeOf ${JSON.stringify(text)}`);
for (const [text, code] of expectedNames()) check(httpcodes.statusOf(text)?.code === code, `statusOf ${text}`);
console.log(JSON.stringify({ backend: httpcodes.backend, checks }));
