// One answer sheet: every answer httpcodes gives for a sweep of integers and for every text in
// the reverse and names vectors, and the error message for every excerpt vector, digested. Threads that load httpcodes must agree on it.

import { createHash } from 'node:crypto';

import { intLine, phraseLine } from './answers.mjs';
import { readVectors } from './vectors.mjs';

export function answerSheet(httpcodes) {
  const hash = createHash('sha256');
  let lines = 0;
  for (let code = -2000; code <= 70000; code += 1) {
    hash.update(`${intLine(httpcodes, code)}\n`);
    lines += 1;
  }
  for (const { input } of [...readVectors('reverse'), ...readVectors('names')]) {
    hash.update(`${phraseLine(httpcodes, input)}\n`);
    lines += 1;
  }
  // Error messages too: the excerpt vectors, quoted by getStatusCode and in a TypeError.
  for (const { input } of readVectors('excerpts')) {
    for (const call of [() => httpcodes.getStatusCode(input), () => httpcodes.reasonPhrase(input)]) {
      try {
        call();
      } catch (error) {
        hash.update(`${error.message}\n`);
        lines += 1;
      }
    }
  }
  return { lines, digest: hash.digest('hex') };
}
