'use strict';
// The whole surface of httpcodes, answered in JavaScript from one table that core computed.
//
// `createHttpcodes(table, backend)` is shared by both builds: index.js passes the table the addon
// hands over (or generated/table.js when no addon loads), and generated/js.mjs, the pure-JS
// build for browsers, Deno, Bun and workers, embeds this file and the modules of api/ (each
// without its `require` lines and its `module.exports`). So they use no Node API, and both
// builds write the same error messages.
//
// One job a module: api/errors.js quotes values in messages, api/records.js holds the table's
// records, api/forward.js answers a code, api/fields.js a code's header fields, api/reverse.js a
// phrase or NAME, api/peer.js http-status-codes' names; this file puts them together.

const createErrors = require('./api/errors.js');
const createRecords = require('./api/records.js');
const createForward = require('./api/forward.js');
const createFields = require('./api/fields.js');
const createReverse = require('./api/reverse.js');
const createPeer = require('./api/peer.js');

/**
 * Core's table, as the addon's `table()` hands it over (JSON text, parsed by loader.js) and as
 * generated/table.js holds it: plain values, each list of numbers a plain list.
 * node/table/src/table.rs writes it, and says what each field is.
 * @typedef {{
 *   version: string,
 *   statuses: { code: number, phrase: string, name: string, text: string, classDigit: number,
 *     registeredPhrase: string | null, reference: string | null, description: string,
 *     headerFields: { name: string, level: string, section: string, condition: string | null }[] }[],
 *   aliasNames: { name: string, code: number }[],
 *   classes: { label: string, range: string, description: string }[],
 *   reverse: { spellings: string[], spellingCodes: number[], positions: number[], units: number[],
 *     lengths: number[], slots: number[], empty: number, keyUnits: number[], keyStarts: number[],
 *     keyCodes: number[], fold: number[], trimmed: number[], shortest: number, longest: number },
 *   statusOfCode: number[], classOfCode: number[], flagsOfCode: number[], flagNames: string[],
 *   excerptChars: number, excerptMarker: string, escapedChars: number[], escapes: string[],
 * }} Table
 */

/**
 * @param {Table} table core's table
 * @param {'native' | 'js'} backend where the table came from
 */
function createHttpcodes(table, backend) {
  const errors = createErrors(table);
  const records = createRecords(table);
  const forward = createForward(records, table.flagNames, errors.wrongType);
  const fields = createFields(records, errors.wrongType);
  const reverse = createReverse(table, records, errors.wrongType);
  const peer = createPeer(records, reverse, errors);
  const { statuses, classes } = records;

  const httpcodes = {
    // Our own surface: unknown answers are `undefined`, wrong types a `TypeError`.
    reasonPhrase: forward.reasonPhrase,
    registeredPhrase: forward.registeredPhrase,
    referenceOf: forward.referenceOf,
    descriptionOf: forward.descriptionOf,
    codeOf: reverse.codeOf,
    nameOf: forward.nameOf,
    statusOf: reverse.statusOf,
    classOf: forward.classOf,
    headerFields: fields.headerFields,
    missingFields: fields.missingFields,
    // One function per flag of core, in core's order: isInformational … isRetry.
    ...forward.flags,
    all: () => statuses,
    classes: () => classes,
    version: table.version,
    backend,
    // http-status-codes 2.3.0's surface: `getStatusText` is its deprecated name for getReasonPhrase.
    StatusCodes: peer.StatusCodes,
    ReasonPhrases: peer.ReasonPhrases,
    getReasonPhrase: peer.getReasonPhrase,
    getStatusCode: peer.getStatusCode,
    getStatusText: peer.getReasonPhrase,
    ...peer.legacyCodes,
  };
  // The default export is this very object, so every import style gets what `require` gives:
  // Node hands a CommonJS package's whole exports to `import pkg from`, while TypeScript's and
  // bundlers' interop hand over `.default` (this object holds http-status-codes' default
  // export — the legacy constants, getStatusCode and getStatusText — and more).
  httpcodes.default = httpcodes;
  // Tells TypeScript's and bundlers' CommonJS interop that `default` is the default export.
  Object.defineProperty(httpcodes, '__esModule', { value: true });
  return Object.freeze(httpcodes);
}

module.exports = createHttpcodes;
