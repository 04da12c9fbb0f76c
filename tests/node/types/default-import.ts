// `import pkg from 'httpcodes'` gives what `require('httpcodes')` gives, in the types and at run
// time, under every module setting types.test.mjs compiles it with; the CommonJS emits are run,
// and print what they saw.

import pkg from 'httpcodes';
import * as namespace from 'httpcodes';

const notFound: 404 = pkg.StatusCodes.NOT_FOUND;
const phrase: string = pkg.ReasonPhrases.NOT_FOUND;
const legacy: 404 = pkg.NOT_FOUND;
const fromDefault: 404 = pkg.default.NOT_FOUND;
const text: string = `${pkg.getReasonPhrase(404)}, ${pkg.getStatusText(200)}`;
const code: number = pkg.getStatusCode('Not Found');
const backend: 'native' | 'js' = pkg.backend;
const same: boolean = pkg.codeOf === namespace.codeOf && pkg.default.StatusCodes === namespace.StatusCodes;

// @ts-expect-error no such export
pkg.NOT_A_STATUS;

console.log(JSON.stringify({ notFound, phrase, legacy, fromDefault, text, code, backend, same }));
