// The same package through `require`, as a CommonJS TypeScript module sees it.

import httpcodes = require('httpcodes');

const notFound: 'Not Found' = httpcodes.reasonPhrase(404);
const code: number = httpcodes.getStatusCode('Not Found');
const legacy: 404 = httpcodes.NOT_FOUND;
const fromDefault: 404 = httpcodes.default.NOT_FOUND;

// @ts-expect-error a code is a number
httpcodes.reasonPhrase({});
// @ts-expect-error a phrase is a string
httpcodes.codeOf(404);

export { notFound, code, legacy, fromDefault };
