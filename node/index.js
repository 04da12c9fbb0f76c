'use strict';
// httpcodes for Node: HTTP status codes answered from the Rust core's one table.
//
// The table comes from the napi-rs addon once, here at load (loader.js says where it is looked
// for); every lookup after that is answered in JavaScript (api.js), because a napi call costs
// about thirty property reads.

const loadTable = require('./loader.js');
const createHttpcodes = require('./api.js');

const { table, backend } = loadTable();

module.exports = createHttpcodes(table, backend);
