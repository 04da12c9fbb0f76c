'use strict';
// The http-status-codes 2.3.0 surface, on our table: its enums, its legacy constants and its two
// functions that throw where ours answer `undefined`.

/**
 * http-status-codes' names for what records.js and reverse.js answer.
 * @param {ReturnType<import('./records.js')>} records the table's records and indexes
 * @param {ReturnType<import('./reverse.js')>} reverse codeOf and the alias names
 * @param {ReturnType<import('./errors.js')>} errors excerpt and wrongType
 */
function createPeer(records, reverse, errors) {
  const { statuses, statusOfCode, phraseByNumber } = records;
  const { codeOf, aliasNames } = reverse;
  const { excerpt, wrongType } = errors;

  /** NAME → code and code → NAME, the two ways a TypeScript numeric enum maps. */
  const StatusCodes = {};
  /** NAME → phrase. */
  const ReasonPhrases = {};
  /** NAME → code: the legacy constants, each exported on its own as well. */
  const legacyCodes = {};
  for (const { code, name, phrase } of statuses) {
    StatusCodes[name] = code;
    StatusCodes[code] = name;
    ReasonPhrases[name] = phrase;
    legacyCodes[name] = code;
  }
  // An alias name maps to its status's code and phrase wherever a NAME does; a code still maps
  // to its NAME (`StatusCodes[302]` is `MOVED_TEMPORARILY`).
  for (const [name, { code, phrase }] of aliasNames) {
    StatusCodes[name] = code;
    ReasonPhrases[name] = phrase;
    legacyCodes[name] = code;
  }
  Object.freeze(StatusCodes);
  Object.freeze(ReasonPhrases);

  const phraseOfDecimal = new Map(statuses.map(({ code, phrase }) => [String(code), phrase]));

  /** The reason phrase of a number or its decimal string; throws `Error` when there is none. */
  function getReasonPhrase(statusCode) {
    let phrase;
    if (typeof statusCode === 'number') phrase = phraseByNumber[statusOfCode[statusCode] | 0];
    else if (typeof statusCode === 'string') phrase = phraseOfDecimal.get(statusCode);
    else throw wrongType('getReasonPhrase', 'a number or a numeric string', statusCode);
    if (phrase === undefined) throw new Error(`Status code does not exist: ${excerpt(String(statusCode))}`);
    return phrase;
  }

  /**
   * The code of a phrase, matched as `codeOf` matches: a superset of http-status-codes' exact
   * match, so its own spellings (`I'm a teapot`) keep working. Throws `Error` when there is none.
   */
  function getStatusCode(reasonPhrase) {
    if (typeof reasonPhrase !== 'string') throw wrongType('getStatusCode', 'a string', reasonPhrase);
    const code = codeOf(reasonPhrase);
    if (code === undefined) throw new Error(`Reason phrase does not exist: ${excerpt(reasonPhrase)}`);
    return code;
  }

  return { StatusCodes, ReasonPhrases, legacyCodes, getReasonPhrase, getStatusCode };
}

module.exports = createPeer;
