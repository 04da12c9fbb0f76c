// The lines the cross-language differential test compares, written with httpcodes' public API
// only. Shared by differential.mjs and the tests that compare answers across threads.

import httpcodes from 'httpcodes';

/**
 * The flag functions, in core's order (the order of the flag characters): the package object
 * holds them in the order of the table's `flagNames`, which is core's.
 */
export const FLAG_NAMES = Object.keys(httpcodes).filter((key) => /^is[A-Z]/.test(key));

/**
 * `<phrase>\t<name>\t<class label>\t<flags>\t<registered phrase>\t<reference>\t<description>\t<header
 * fields>` for the integer `code`, `-` for what it has not (tests/differential/compare.py). The
 * header fields are each `Allow (MUST, RFC 9110, Section 15.5.6)`, a condition after the level,
 * joined by `; `.
 */
export function intLine(httpcodes, code) {
  const flags = FLAG_NAMES.map((flag) => (httpcodes[flag](code) ? '1' : '0')).join('');
  const phrase = httpcodes.reasonPhrase(code) ?? '-';
  const name = httpcodes.nameOf(code) ?? '-';
  const label = httpcodes.classOf(code)?.label ?? '-';
  const facts = [httpcodes.registeredPhrase(code), httpcodes.referenceOf(code), httpcodes.descriptionOf(code)];
  const fields = (httpcodes.headerFields(code) ?? []).map(fieldText).join('; ') || '-';
  return [phrase, name, label, flags, ...facts.map((fact) => fact ?? '-'), fields].join('\t');
}

/** A header field record as spec/API.md shows it: `Allow (MUST, RFC 9110, Section 15.5.6)`. */
function fieldText({ name, level, section, condition }) {
  return `${name} (${condition === null ? level : `${level} ${condition}`}, ${section})`;
}

/** `<code or ->\t<code of it as a NAME or ->` for the text `phrase`. */
export function phraseLine(httpcodes, phrase) {
  const code = httpcodes.codeOf(phrase) ?? '-';
  const byName = httpcodes.statusOf(phrase)?.code ?? '-';
  return `${code}\t${byName}`;
}
