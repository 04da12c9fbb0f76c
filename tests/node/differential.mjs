#!/usr/bin/env node
// The Node half of the cross-language differential test:
//   node tests/node/differential.mjs [--backend native|js] INTS PHRASES OUT
// `--backend native` (the default) answers through the package as Node loads it, and fails unless
// the addon loaded; `--backend js` answers through the pure-JS build (generated/js.mjs, what the
// `browser`, `worker` and `deno` conditions select), the fifth door.
// INTS holds one decimal integer per line (any size); PHRASES one input per line as lowercase
// hex of its UTF-8 bytes (maybe not valid UTF-8). OUT gets one line per int, then one per phrase.

import { readFileSync, writeFileSync } from 'node:fs';

import { intLine, phraseLine } from './answers.mjs';

const args = process.argv.slice(2);
const backend = args[0] === '--backend' ? args.splice(0, 2)[1] : 'native';
const [ints, phrases, out] = args;
if (out === undefined || args.length !== 3 || !['native', 'js'].includes(backend)) {
  console.error('usage: differential.mjs [--backend native|js] INTS PHRASES OUT');
  process.exit(2);
}

const httpcodes = backend === 'js' ? await import('../../node/generated/js.mjs') : await import('httpcodes');
if (httpcodes.backend !== backend) {
  console.error(`differential.mjs: asked for the ${backend} build, got the ${httpcodes.backend} one`);
  process.exit(1);
}

/** The lines of a file, without the newline after the last one. */
function linesOf(path) {
  const text = readFileSync(path, 'utf8');
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

// A JavaScript user's widest integer is a Number: a decimal beyond 2 ** 53 becomes the nearest
// double, which is never exactly a listed code.
const intLines = linesOf(ints).map((line) => intLine(httpcodes, Number(line)));
// Invalid UTF-8 decodes to U+FFFD, as Buffer does for any user.
const phraseLines = linesOf(phrases).map((hex) => phraseLine(httpcodes, Buffer.from(hex, 'hex').toString('utf8')));

writeFileSync(out, [...intLines, ...phraseLines].map((line) => `${line}\n`).join(''));
