// The same package through `require`, as a CommonJS TypeScript module sees it.

import httpcodes = require('httpcodes');

const notFound: 'Not Found' = httpcodes.reasonPhrase(404);
const code: number = httpcodes.getStatusCode('Not Found');
const legacy: 404 = httpcodes.NOT_FOUND;
const fromDefault: 404 = httpcodes.default.NOT_FOUND;
const found: 302 = httpcodes.FOUND;
const foundCode: 302 = httpcodes.StatusCodes.FOUND;
const registered: 'Content Too Large' = httpcodes.registeredPhrase(413);
const reference: string | undefined = httpcodes.referenceOf(419);

// @ts-expect-error a code is a number
httpcodes.reasonPhrase({});
// @ts-expect-error a phrase is a string
httpcodes.codeOf(404);

export { notFound, code, legacy, fromDefault, found, foundCode, registered, reference };
