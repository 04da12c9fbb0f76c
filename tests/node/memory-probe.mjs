// Run with --expose-gc: a million lookups, good and bad, then prints how far the resident set
// grew after garbage collection, in bytes, as JSON.

import * as httpcodes from 'httpcodes';

const LOOKUPS = 1_000_000;
const codes = [404, 200, 503, 404.5, NaN, -0, 2 ** 32 + 404, 1e21, 999, -1];
const phrases = ['not found', 'Not Found', ' nOt fOuNd\r\n', 'Payload Too Large', 'bogus', '', 'toString', 'Not Fou\u212an', '\ud800'];

function settle() {
  for (let i = 0; i < 5; i += 1) globalThis.gc();
  return process.memoryUsage().rss;
}

function lookups(count) {
  let answered = 0;
  for (let i = 0; i < count; i += 1) {
    const code = codes[i % codes.length];
    const phrase = phrases[i % phrases.length];
    if (httpcodes.reasonPhrase(code) !== undefined) answered += 1;
    if (httpcodes.classOf(code) !== undefined) answered += 1;
    if (httpcodes.isError(code)) answered += 1;
    if (httpcodes.codeOf(phrase) !== undefined) answered += 1;
    if (httpcodes.statusOf(phrase) !== undefined) answered += 1;
    if (i % 100 === 0) {
      // The throwing paths too, a little less often: each builds an Error.
      try {
        httpcodes.getStatusCode(phrase);
        httpcodes.getReasonPhrase(code);
        httpcodes.reasonPhrase(phrase);
      } catch {
        answered += 1;
      }
    }
  }
  return answered;
}

lookups(LOOKUPS / 10); // warm up: compile, and let the heap reach its working size
const before = settle();
const answered = lookups(LOOKUPS);
const after = settle();
console.log(JSON.stringify({ lookups: LOOKUPS, answered, growth: after - before }));
