// What the vectors alone say httpcodes answers, in the line formats of answers.mjs: the
// expectations the sweep, the browser page and the JS-build checks compare against.

import { FLAG_NAMES } from './answers.mjs';
import { classes, expectedCode, fieldText, headerFields, readVectors, statuses } from './vectors.mjs';

/**
 * What each flag function answers for a code whose vector rows are `status` (or none) and whose
 * class label is `label` (or none): the spec's ranges and statuses.tsv's flag column.
 */
export function flagsFromVectors(status, label) {
  const flags = status?.flags ?? [];
  return {
    isInformational: label === 'Informational',
    isSuccess: label === 'Success',
    isRedirection: label === 'Redirection',
    isClientError: label === 'Client Error',
    isServerError: label === 'Server Error',
    isError: label === 'Client Error' || label === 'Server Error',
    isRedirect: flags.includes('is_redirect'),
    isEmptyBody: flags.includes('is_empty_body'),
    isRetry: flags.includes('is_retry'),
    isCacheableByDefault: flags.includes('is_cacheable_by_default'),
  };
}

/**
 * A function giving the line `intLine` should write for any number, from the vectors: only an
 * integer has a status or a class (404.5, NaN and Infinity have neither).
 */
export function expectedIntLines() {
  const statusOfCode = new Map(statuses().map((row) => [row.code, row]));
  const factsOfCode = new Map(readVectors('facts').map((row) => [Number(row.code), row]));
  const fieldRows = headerFields();
  const classRows = classes();
  /** `none` in facts.tsv, or no row, is `-`. */
  const fact = (value) => (value === undefined || value === 'none' ? '-' : value);
  return (code) => {
    const integer = Number.isInteger(code);
    const status = integer ? statusOfCode.get(code) : undefined;
    const facts = integer ? factsOfCode.get(code) : undefined;
    const cls = integer ? classRows.find((row) => code >= row.low && code <= row.high)?.class : undefined;
    const holds = flagsFromVectors(status, cls);
    const bits = FLAG_NAMES.map((flag) => (holds[flag] ? '1' : '0')).join('');
    const known = [fact(facts?.registered_phrase), fact(facts?.reference), fact(facts?.description)];
    const fields = status ? fieldRows.filter((row) => row.code === code).map(fieldText) : [];
    const shown = fields.join('; ') || '-';
    return [status?.phrase ?? '-', status?.name ?? '-', cls ?? '-', bits, ...known, shown].join('\t');
  };
}

/** Each text of reverse.tsv and aliases.tsv with the code `codeOf` must give (or undefined). */
export function expectedCodes() {
  return [
    ...readVectors('reverse').map(({ input, expected }) => [input, expectedCode(expected)]),
    ...readVectors('aliases').map(({ alias, code }) => [alias, Number(code)]),
  ];
}

/** Each text of names.tsv with the code `statusOf` must give (or undefined). */
export function expectedNames() {
  return readVectors('names').map(({ input, expected }) => [input, expectedCode(expected)]);
}
