// A short tour of httpcodes for Node: `node examples/demo.mjs` in the package directory.

import {
  classOf,
  codeOf,
  getReasonPhrase,
  getStatusCode,
  headerFields,
  isCacheableByDefault,
  isRetry,
  missingFields,
  reasonPhrase,
  referenceOf,
  registeredPhrase,
  statusOf,
  StatusCodes,
  version,
  backend,
} from 'httpcodes';

console.log(`httpcodes ${version} (answers from the ${backend === 'native' ? 'addon' : 'pure-JS build'})`);

// Forward and reverse lookups; unknown answers are `undefined`, never a wrong code.
console.log('reasonPhrase(404)                →', reasonPhrase(404));
console.log("codeOf(' payload too large ')    →", codeOf(' payload too large '), '(an alias of 413)');
console.log('reasonPhrase(2 ** 32 + 404)      →', reasonPhrase(2 ** 32 + 404), '(never wraps to 404)');
console.log("codeOf('Not Fou\\u212An')         →", codeOf('Not Fou\u212An'), '(a Kelvin sign is not a k)');

// Classes and flags.
const { label, range, description } = classOf(499);
console.log(`classOf(499)                     → ${label} (${range}): ${description}`);
console.log('isRetry(503)                     →', isRetry(503));
console.log("String(statusOf('IM_A_TEAPOT'))  →", String(statusOf('IM_A_TEAPOT')));

// Each code's facts, and the names other tables give a code.
console.log('registeredPhrase(302)            →', registeredPhrase(302), `(the spec's phrase is ${reasonPhrase(302)})`);
console.log('referenceOf(426)                 →', referenceOf(426));
console.log("statusOf('FOUND').code           →", statusOf('FOUND').code, '(an alias name of 302)');

// What the RFCs ask of a response with a code: cacheable by default, its header fields, and which are missing.
const shown = ({ name, level, section, condition }) => `${name} (${condition ? `${level} ${condition}` : level}, ${section})`;
console.log('isCacheableByDefault(404)        →', isCacheableByDefault(404));
console.log('headerFields(405)                →', headerFields(405).map(shown).join('; '));
console.log("missingFields(401, ['date'])     →", missingFields(401, ['date']).map(shown).join('; '));

// The http-status-codes surface, unchanged.
console.log('StatusCodes.NOT_FOUND            →', StatusCodes.NOT_FOUND);
console.log("getStatusCode('Not Found')       →", getStatusCode('Not Found'));
try {
  getReasonPhrase(999);
} catch (error) {
  console.log('getReasonPhrase(999)             → throws', `${error.name}: ${error.message}`);
}

// Strict input: the wrong type is a TypeError that says what was expected.
try {
  reasonPhrase('404');
} catch (error) {
  console.log("reasonPhrase('404')              → throws", `${error.name}: ${error.message}`);
}
