'use strict';
// httpcodes for Node: HTTP status codes answered from the Rust core's one table.
//
// The table comes from the napi-rs addon once, here at load (loader.js says where it is looked
// for); every lookup after that is answered in JavaScript (api.js), because a napi call costs
// about thirty property reads.

const loadTable = require('./loader.js');
const createHttpcodes = require('./api.js');

/** Node's own description of a value, for error messages; loaded only when one is thrown. */
function inspect(value) {
  const util = require('node:util');
  // Two units per character at most: any cut of a string falls past what a message quotes.
  const maxStringLength = 2 * table.excerptChars;
  return util.inspect(value, { depth: 0, maxArrayLength: 5, maxStringLength, breakLength: Infinity });
}

const { table, backend } = loadTable();

module.exports = createHttpcodes(table, backend, inspect);
