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
  StatusCodes,
  ReasonPhrases,
  getReasonPhrase,
  getStatusCode,
  getStatusText,
} = httpcodes;

export * from './generated/legacy.mjs';

/** http-status-codes' default export: the legacy constants, `getStatusCode` and `getStatusText`. */
export default httpcodes.default;
