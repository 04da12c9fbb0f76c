// The lines the cross-language differential test compares, written with httpcodes' public API
// only. Shared by differential.mjs and the tests that compare answers across threads.

import table from '../../node/generated/table.js';

/** The flag functions, in core's order: the order of the 9 flag characters. */
export const FLAG_NAMES = table.flagNames;

/** `<phrase or ->\t<name or ->\t<class label or ->\t<flags>` for the integer `code`. */
export function intLine(httpcodes, code) {
  const flags = FLAG_NAMES.map((flag) => (httpcodes[flag](code) ? '1' : '0')).join('');
  const phrase = httpcodes.reasonPhrase(code) ?? '-';
  const name = httpcodes.nameOf(code) ?? '-';
  const label = httpcodes.classOf(code)?.label ?? '-';
  return `${phrase}\t${name}\t${label}\t${flags}`;
}

/** `<code or ->\t<code of it as a NAME or ->` for the text `phrase`. */
export function phraseLine(httpcodes, phrase) {
  const code = httpcodes.codeOf(phrase) ?? '-';
  const byName = httpcodes.statusOf(phrase)?.code ?? '-';
  return `${code}\t${byName}`;
}
