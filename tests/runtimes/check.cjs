'use strict';
// One runtime's check of `require('httpcodes')` from the installed release tarballs (matrix.mjs):
// the same object as the default import, and the answers that make it a drop-in.

const httpcodes = require('httpcodes');

const checks = [
  httpcodes.default === httpcodes,
  httpcodes.reasonPhrase(404) === 'Not Found',
  httpcodes.codeOf(' payload too large ') === 413,
  httpcodes.getStatusCode('Not Found') === 404,
  httpcodes.NOT_FOUND === 404,
  httpcodes.classOf(499)?.label === 'Client Error',
];
const failed = checks.indexOf(false);
if (failed >= 0) throw new Error(`require check ${failed} failed`);
console.log(JSON.stringify({ backend: httpcodes.backend, checks: checks.length }));
