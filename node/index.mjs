// httpcodes as an ES module: the very objects `require('httpcodes')` returns, as named exports.
import httpcodes from './index.js';

export const {
  reasonPhrase,
  codeOf,
  nameOf,
  statusOf,
  classOf,
  isInformational,
  isSuccess,
  isRedirection,
  isClientError,
  isServerError,
  isError,
  isRedirect,
  isEmptyBody,
  isRetry,
  all,
  classes,
  version,
  backend,
  StatusCodes,
  ReasonPhrases,
  getReasonPhrase,
  getStatusCode,
  getStatusText,
} = httpcodes;

export * from './generated/legacy.mjs';

/**
 * What `require('httpcodes')` gives, as Node gives a CommonJS package's exports to a default
 * import: http-status-codes' default export (the legacy constants, `getStatusCode`,
 * `getStatusText`) and everything else, `default` included.
 */
export default httpcodes;
