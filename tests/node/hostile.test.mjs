// Hostile input (docs/hostile-input.md): describing a value for an error message runs none of
// its code — no `util.inspect.custom` hook, getter, proxy trap or `toString` — costs what the
// excerpt costs whatever the value's size, and quotes it by core's one rule, in the addon build
// and the pure-JS build alike.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as httpcodes from 'httpcodes';
import * as jsBuild from '../../node/generated/js.mjs';

import { FLAG_NAMES } from './answers.mjs';
import { readVectors } from './vectors.mjs';

const CHARS = 50;
// The longest quote: 50 characters of at most 8 each once escaped (`\u{2069}`), and the marker.
const MAX_QUOTE = CHARS * 8 + 1;
const BUILDS = [
  ['package', httpcodes],
  ['JS build', jsBuild],
];
const CODE_FUNCTIONS = ['reasonPhrase', 'registeredPhrase', 'referenceOf', 'descriptionOf', 'nameOf', 'classOf', 'getReasonPhrase', ...FLAG_NAMES];
const TEXT_FUNCTIONS = ['codeOf', 'statusOf', 'getStatusCode'];
const EVERY_FUNCTION = [...CODE_FUNCTIONS, ...TEXT_FUNCTIONS];

/** The message of the `TypeError` that `fn` throws for `value`, checked for its shape. */
function typeError(build, fn, value) {
  let thrown;
  try {
    build[fn](value);
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown instanceof TypeError, `${fn}: ${thrown}`);
  assert.match(thrown.message, new RegExp(`^${fn}\\(\\) expects `));
  const shown = thrown.message.slice(thrown.message.indexOf(', got ') + ', got '.length);
  assert.ok([...shown].length <= MAX_QUOTE + 2, shown);
  assert.doesNotMatch(shown, /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u);
  return shown;
}

/** A trap or getter that fails the test if it ever runs. */
function forbidden(what) {
  return () => {
    throw new Error(`ran ${what}`);
  };
}

const TRAPS = Object.fromEntries(
  ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'apply', 'construct', 'defineProperty'].map(
    (trap) => [trap, forbidden(`the ${trap} trap`)],
  ),
);

test('reproducer 1: a util.inspect.custom hook or getter never replaces the TypeError', () => {
  const custom = Symbol.for('nodejs.util.inspect.custom');
  const hooked = { [custom]: forbidden('the inspect hook') };
  const getter = Object.defineProperty({}, custom, { get: forbidden('the inspect getter') });
  for (const [build, api] of BUILDS) {
    for (const fn of EVERY_FUNCTION) {
      assert.equal(typeError(api, fn, hooked), '[Object]', `${build} ${fn}`);
      assert.equal(typeError(api, fn, getter), '[Object]', `${build} ${fn}`);
    }
  }
  assert.throws(() => httpcodes.codeOf(hooked), { name: 'TypeError', message: 'codeOf() expects a string, got [Object]' });
});

test('reproducer 2: proxies, revoked proxies, throwing name getters, wrappers and newlines', () => {
  const proxy = new Proxy({}, TRAPS);
  const functionProxy = new Proxy(() => 404, TRAPS);
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const revokedArray = Proxy.revocable([], {});
  revokedArray.revoke();
  const named = Object.defineProperty(() => 404, 'name', { get: forbidden('the name getter') });
  class Static {
    static get name() {
      throw new Error('ran the static name getter');
    }
  }
  const cases = [
    [proxy, '[Object]'],
    [new Proxy([], TRAPS), '[Array]'],
    [functionProxy, '[Function]'],
    [revocable.proxy, '[Object]'],
    [revokedArray.proxy, '[Object]'],
    [named, '[Function]'],
    [Static, '[Function]'],
    [new Number(404), '[Number: 404]'],
    [new String('a\nb'), "[String: 'a\\nb']"],
    [Object(404n), '[BigInt: 404n]'],
    [Object(Symbol('s')), '[Symbol: Symbol(s)]'],
    [new Boolean(false), '[Boolean: false]'],
    ['a\nb', "'a\\nb'"],
  ];
  for (const [build, api] of BUILDS) {
    for (const [value, shown] of cases) {
      for (const fn of CODE_FUNCTIONS.filter((f) => f !== 'getReasonPhrase' || typeof value !== 'string')) {
        assert.equal(typeError(api, fn, value), shown, `${build} ${fn}`);
      }
    }
    assert.equal(typeError(api, 'codeOf', new Number(404)), '[Number: 404]');
  }
});

test('describing runs no prototype hook of the value either', () => {
  const hostile = Object.create(
    new Proxy({}, TRAPS),
    Object.fromEntries(['toString', 'valueOf', Symbol.toPrimitive, Symbol.toStringTag, 'constructor'].map((key) => [key, { get: forbidden(String(key)) }])),
  );
  for (const [, api] of BUILDS) {
    for (const fn of EVERY_FUNCTION) assert.equal(typeError(api, fn, hostile), '[Object]');
  }
});

test('reproducer 6: the cut counts the value’s characters, 50, then the marker', () => {
  const long = 'x'.repeat(60);
  for (const [, api] of BUILDS) {
    assert.equal(typeError(api, 'reasonPhrase', long), `'${'x'.repeat(CHARS)}…'`);
    assert.throws(() => api.getStatusCode(long), { message: `Reason phrase does not exist: ${'x'.repeat(CHARS)}…` });
    assert.equal(typeError(api, 'codeOf', 10n ** 60n), `${'1'.padEnd(CHARS, '0')}…`);
    assert.equal(typeError(api, 'codeOf', Symbol('y'.repeat(60))), `Symbol(${'y'.repeat(CHARS)}…)`);
  }
});

test('reproducer 7: getStatusCode and getReasonPhrase escape control characters', () => {
  for (const [, api] of BUILDS) {
    assert.throws(() => api.getStatusCode('x\n\x1b[31mERROR forged\r'), {
      message: 'Reason phrase does not exist: x\\n\\u{1b}[31mERROR forged\\r',
    });
    assert.throws(() => api.getStatusCode('a\0b'), { message: 'Reason phrase does not exist: a\\0b' });
    assert.throws(() => api.getReasonPhrase('4\n04'), { message: 'Status code does not exist: 4\\n04' });
    assert.throws(() => api.getReasonPhrase('\u202e404'), { message: 'Status code does not exist: \\u{202e}404' });
  }
});

test('the excerpt vectors: every build quotes as core does', () => {
  for (const { input, expected, case: what } of readVectors('excerpts')) {
    for (const [build, api] of BUILDS) {
      assert.throws(() => api.getStatusCode(input), { message: `Reason phrase does not exist: ${expected}` }, `${build}: ${what}`);
      assert.equal(typeError(api, 'reasonPhrase', input), `'${expected}'`, `${build}: ${what}`);
    }
  }
});

test('differential: the addon build and the JS build quote random text alike', { skip: httpcodes.backend !== 'native' }, () => {
  // The same quoting code runs on two tables: the one core hands over through the addon, and the
  // generated one of the JS build. Their escapes, marker and length must agree on any text.
  const pool = ['a', 'é', '\u{1f600}', '\\', '\n', '\r', '\t', '\0', '\x1b', '\x7f', '\x85', '\u00a0', '\u061c', '\u200d',
    '\u200e', '\u2027', '\u2028', '\u202e', '\u2066', '\u2069', '\u206a', '\ud800', '\udfff', '\ufffd'];
  // A 32-bit LCG (Math.imul keeps every product exact), read from its high bits: its low bits
  // repeat with a short period, and would draw only a few characters of the pool.
  let seed = 404;
  const random = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const message = (fn) => {
    try {
      fn();
    } catch (error) {
      return error.message;
    }
    return assert.fail('no error');
  };
  for (let round = 0; round < 5000; round += 1) {
    let text = '';
    for (let i = random(70); i > 0; i -= 1) text += pool[random(pool.length)];
    for (const fn of ['getStatusCode', 'reasonPhrase']) {
      assert.equal(message(() => httpcodes[fn](text)), message(() => jsBuild[fn](text)), `${fn}(${JSON.stringify(text)})`);
    }
  }
});

test('a 100 MB string or bigint is one cheap error', () => {
  const huge = '\x1b'.repeat(100 * 1024 * 1024);
  const wide = 1n << 1000000n;
  for (const [, api] of BUILDS) {
    // Describing reads 50 characters: a thousand descriptions take what one read of it would.
    const start = performance.now();
    for (let i = 0; i < 1000; i += 1) assert.throws(() => api.reasonPhrase(huge), TypeError);
    assert.ok(performance.now() - start < 1000, `${performance.now() - start} ms`);
    assert.equal(typeError(api, 'reasonPhrase', huge), `'${'\\u{1b}'.repeat(CHARS)}…'`);
    assert.equal(typeError(api, 'codeOf', wide), '<bigint of more than 4096 bits>');
    assert.throws(() => api.getStatusCode(huge), (error) => [...error.message].length < MAX_QUOTE + 40);
  }
});

test('lone surrogates are quoted as U+FFFD, so a message is well-formed', () => {
  for (const [, api] of BUILDS) {
    assert.equal(typeError(api, 'reasonPhrase', 'a\ud800b\udfff'), "'a\ufffdb\ufffd'");
    assert.equal(typeError(api, 'reasonPhrase', '\ud83d\ude00'), "'\u{1f600}'");
  }
});

test('reproducer 3, in JS: a huge array or object costs nothing to describe', () => {
  const big = 'x'.repeat(1_000_000);
  const array = new Array(150).fill(big);
  const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, big]));
  for (const [, api] of BUILDS) {
    assert.equal(typeError(api, 'reasonPhrase', array), '[Array]');
    assert.equal(typeError(api, 'codeOf', wide), '[Object]');
  }
});

test('reproducer 4, in JS: the table’s facts cannot be written', () => {
  for (const [, api] of BUILDS) {
    const status = api.statusOf('SERVICE_UNAVAILABLE');
    assert.throws(() => { status.phrase = 'X'; }, TypeError);
    assert.throws(() => { api.classOf(404).label = 'pwned'; }, TypeError);
    assert.throws(() => { api.StatusCodes.NOT_FOUND = 1; }, TypeError);
    assert.throws(() => { api.default.isRetry = () => false; }, TypeError);
    assert.equal(api.classOf(404).label, 'Client Error');
    assert.equal(api.isRetry(503), true);
  }
});
