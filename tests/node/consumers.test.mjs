// A real consumer: a `node:http` server that answers with httpcodes as code written for
// http-status-codes does (`res.writeHead(StatusCodes[name], getReasonPhrase(code))`), for every
// code in the table, and `fetch` reading each answer back over loopback. The status line on the
// wire must carry the vectors' code and phrase, and the body the code's description.
//
// Two kinds of answer fetch cannot hand back, so for them the test reads the status line Node
// wrote from the socket itself, and checks what fetch does instead:
// - 1xx codes are interim responses: fetch (undici) waits past them for a final response, which
//   a 1xx never is (and a 101 answers only an Upgrade request). One bounded fetch shows it; the
//   interim responses Node's own writers send (`writeContinue`, `writeProcessing`,
//   `writeEarlyHints`) ahead of a final one carry our phrases too.
// - 407: the Fetch standard makes a 407 a network error for a request with no window (a proxy's
//   credentials are the user agent's business), and undici follows it: fetch rejects.
//
// run.sh runs this file for both builds (the addon, then the pure-JS build). Everything is on
// 127.0.0.1 with an ephemeral port, every wait is bounded, and the server closes when done.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { test } from 'node:test';

import { all, descriptionOf, getReasonPhrase, isEmptyBody, isInformational, StatusCodes } from 'httpcodes';

import { readVectors, statuses } from './vectors.mjs';

const WAIT_MS = 5000;
const facts = new Map(readVectors('facts').map((row) => [Number(row.code), row]));
const table = statuses();
/** Codes fetch turns into a network error (see above). */
const NETWORK_ERRORS = new Set([407]);
const finals = table.filter(({ code }) => code >= 200 && !NETWORK_ERRORS.has(code));
const interims = table.filter(({ code }) => code < 200);

/** The server's answer to `GET /<NAME>`: that status, its phrase, and its description as the body. */
function answer(req, res) {
  const name = decodeURIComponent(req.url.slice(1));
  if (name === 'interim') {
    // Node's own interim writers, then a final answer.
    res.writeContinue();
    res.writeProcessing();
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    res.writeHead(StatusCodes.OK, getReasonPhrase(StatusCodes.OK));
    res.end();
    return;
  }
  const code = StatusCodes[name];
  res.writeHead(code, getReasonPhrase(code), { 'content-type': 'text/plain; charset=utf-8' });
  res.end(isEmptyBody(code) || isInformational(code) ? undefined : descriptionOf(code));
}

/** Runs `body` with a server on an ephemeral loopback port, then closes it and its connections. */
async function withServer(body) {
  const server = createServer(answer);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await body(`127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Every response head Node writes for `GET path`, as text, read from the socket until it closes. */
function rawHeads(host, path) {
  const [hostname, port] = host.split(':');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = '';
    const timer = setTimeout(() => socket.destroy(new Error(`no end of ${path} in ${WAIT_MS} ms: ${data}`)), WAIT_MS);
    socket.setEncoding('latin1');
    socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(data);
    });
    socket.on('error', reject);
  });
}

test('the table is the vectors’ codes, 4 of them interim', () => {
  assert.deepEqual(all().map(({ code }) => code), table.map(({ code }) => code));
  assert.deepEqual(interims.map(({ code }) => code), [100, 101, 102, 103]);
});

test('fetch reads every final code’s status, phrase and body from a node:http server', { timeout: 4 * WAIT_MS }, async () => {
  await withServer(async (host) => {
    const answers = await Promise.all(
      finals.map(async ({ code, name, phrase }) => {
        const response = await fetch(`http://${host}/${name}`, { redirect: 'manual', signal: AbortSignal.timeout(WAIT_MS) });
        return { code, phrase, status: response.status, statusText: response.statusText, body: await response.text() };
      }),
    );
    for (const { code, phrase, status, statusText, body } of answers) {
      assert.equal(status, code);
      assert.equal(statusText, phrase, String(code));
      const empty = table.find((row) => row.code === code).flags.includes('is_empty_body');
      assert.equal(body, empty ? '' : facts.get(code).description, String(code));
    }
  });
});

test('407: node:http writes the status line with our phrase; fetch makes it a network error', { timeout: 4 * WAIT_MS }, async () => {
  await withServer(async (host) => {
    for (const code of NETWORK_ERRORS) {
      const { name, phrase } = table.find((row) => row.code === code);
      const heads = await rawHeads(host, `/${name}`);
      assert.ok(heads.startsWith(`HTTP/1.1 ${code} ${phrase}\r\n`), heads);
      await assert.rejects(fetch(`http://${host}/${name}`, { signal: AbortSignal.timeout(WAIT_MS) }), { name: 'TypeError' });
    }
  });
});

test('for 1xx, node:http writes the status line with our phrase; fetch does not take it as an answer', { timeout: 4 * WAIT_MS }, async () => {
  await withServer(async (host) => {
    for (const { code, name, phrase } of interims) {
      const heads = await rawHeads(host, `/${name}`);
      assert.ok(heads.startsWith(`HTTP/1.1 ${code} ${phrase}\r\n`), heads);
    }
    // Interim responses from Node's own writers carry the phrases of our table, ahead of the final one.
    const heads = await rawHeads(host, '/interim');
    const lines = heads.split('\r\n').filter((line) => line.startsWith('HTTP/1.1 '));
    const expected = [100, 102, 103, 200].map((code) => `HTTP/1.1 ${code} ${table.find((row) => row.code === code).phrase}`);
    assert.deepEqual(lines, expected);
    await assert.rejects(
      fetch(`http://${host}/EARLY_HINTS`, { signal: AbortSignal.timeout(250) }),
      'fetch waits past a 103 for a final response',
    );
  });
});
