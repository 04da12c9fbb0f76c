// Nanoseconds per call, best of several repeats. Each candidate gets its own copy of the loop,
// so its call site sees one function and V8 can inline it, as it would in a user's code.

const CALLS = 2_000_000;
const REPEATS = 9;

/** A loop calling `fn` on `inputs` in turn (their count a power of two) `calls` times. */
function loopOver() {
  return new Function(
    'fn',
    'inputs',
    'calls',
    `let answered = 0;
     const mask = inputs.length - 1;
     for (let i = 0; i < calls; i += 1) if (fn(inputs[i & mask]) !== undefined) answered += 1;
     return answered;`,
  );
}

/**
 * Times each of `candidates` ([fn, inputs] pairs) in turn, round after round, so that both
 * sides of a comparison see the same machine; returns each one's best ns per call.
 */
export function bestNsPerCall(candidates) {
  const loops = candidates.map(() => loopOver());
  const best = candidates.map(() => Infinity);
  for (let round = 0; round < REPEATS; round += 1) {
    candidates.forEach(([fn, inputs], i) => {
      if (inputs.length & (inputs.length - 1)) throw new Error('inputs must come in a power of two');
      const start = process.hrtime.bigint();
      loops[i](fn, inputs, CALLS);
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - start) / CALLS);
    });
  }
  return best;
}
