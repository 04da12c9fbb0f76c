// httpcodes for Node against the tables Node users reach for — node:http's STATUS_CODES,
// statuses 2.0.2 and http-status-codes 2.3.0 — on the same inputs, plus a cold require() and the
// addon's stripped size. Prints `BENCH` lines for bench/report.py; run by bench/node/run.sh.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import httpStatusCodes from 'http-status-codes';
import { codeOf, getReasonPhrase, getStatusCode, reasonPhrase } from 'httpcodes';
import statuses from 'statuses';

import { bestNsPerCall } from './measure.mjs';

const { getReasonPhrase: peerGetReasonPhrase, getStatusCode: peerGetStatusCode } = httpStatusCodes;

// Mixed inputs, as a server sees them; each set is one every side answers without throwing.
const CODES = [404, 200, 500, 301, 418, 503, 201, 422];
const MIXED_CASE = ['not found', 'Not Found', 'NOT FOUND', 'ok', 'OK', 'Internal Server Error', 'bad gateway', 'Created'];
const LOWER_CASE = ['not found', 'ok', 'internal server error', 'moved permanently', 'bad gateway', 'created', 'not found', 'service unavailable'];
const ODD_CASE = ['nOt fOuNd', 'Payload too large', 'bAD gateway', 'Internal server error'];
// Spelled the same in the spec and in http-status-codes, whose lookup is exact.
const EXACT = ['Not Found', 'OK', 'Internal Server Error', 'Moved Permanently', 'Bad Gateway', 'Created', 'Service Unavailable', 'Unauthorized'];

/** A row for bench/report.py: ns per call (ours, peer) and the goal, `-` for an info row. */
function row(name, ours, peer, goal, unit = 'ns') {
  const target = goal.faster ? `>=${goal.faster}` : goal.atMost ? `<=${goal.atMost}` : '-';
  return `BENCH\tNode ${name}\t${ours.toFixed(2)}\t${peer.toFixed(2)}\t${target}\t${unit}`;
}

// Each row: [name, ours, peer, goal]. Each runs in a process of its own, so the JIT state one
// row leaves behind (inline caches, inlining decisions) never colours another row's figures;
// within a row, ours and the peer share the process and take turns.
const SPEED_ROWS = [
  ['reasonPhrase(404) vs http.STATUS_CODES[404]', [(code) => reasonPhrase(code), CODES], [(code) => STATUS_CODES[code], CODES], { atMost: 2 }],
  ["codeOf('not found') vs statuses('not found'), mixed case", [(text) => codeOf(text), MIXED_CASE], [(text) => statuses(text), MIXED_CASE], { faster: 5 }],
  ["codeOf vs statuses, lower case only (statuses' best case)", [(text) => codeOf(text), LOWER_CASE], [(text) => statuses(text), LOWER_CASE], { faster: 5 }],
  ["the same, case mixed within words ('nOt fOuNd')", [(text) => codeOf(text), ODD_CASE], [(text) => statuses(text), ODD_CASE], {}],
  ['getReasonPhrase vs http-status-codes', [(code) => getReasonPhrase(code), CODES], [(code) => peerGetReasonPhrase(code), CODES], { atMost: 1 }],
  ['getStatusCode vs http-status-codes', [(text) => getStatusCode(text), EXACT], [(text) => peerGetStatusCode(text), EXACT], { atMost: 1 }],
];

/** Row `index` of SPEED_ROWS, measured in this process. */
function speedRow(index) {
  const [name, ours, peer, goal] = SPEED_ROWS[index];
  const [oursNs, peerNs] = bestNsPerCall([ours, peer]);
  return row(name, oursNs, peerNs, goal);
}

/** Every row of SPEED_ROWS, each in a fresh process running this script with `--row N`. */
function speedRows() {
  const script = fileURLToPath(import.meta.url);
  return SPEED_ROWS.map((_, index) =>
    execFileSync(process.execPath, [script, '--row', String(index)], { encoding: 'utf8' }).trim(),
  );
}

/** Best of several fresh processes, taking turns: nanoseconds for `require()` of each name. */
function coldRequire(names, mode, runs = 11) {
  const script = fileURLToPath(new URL('./cold-require.cjs', import.meta.url));
  const best = names.map(() => Infinity);
  for (let i = 0; i < runs; i += 1) {
    names.forEach((name, n) => {
      const args = mode ? [script, name, mode] : [script, name];
      best[n] = Math.min(best[n], Number(execFileSync(process.execPath, args, { encoding: 'utf8' })));
    });
  }
  return best;
}

function requireRow(name, mode, goal) {
  const [ours, peer] = coldRequire(['httpcodes', 'statuses'], mode);
  return row(name, ours / 1000, peer / 1000, goal, 'µs');
}

function requireRows() {
  return [
    requireRow("require('httpcodes') vs require('statuses'), cold", undefined, { atMost: 1 }),
    // Resolving a package with an "exports" map first loads Node's ES module resolver, which
    // statuses (no map) never does; this row times the loading of the resolved file alone.
    requireRow('the same, once the name is resolved', '--resolved', {}),
  ];
}

/** The addon's size with its symbols stripped (`strip` on a copy), in KB. */
function sizeRow() {
  const packageDir = fileURLToPath(new URL('../../node/', import.meta.url));
  const addon = readdirSync(packageDir).find((file) => /^httpcodes\..+\.node$/.test(file));
  const dir = mkdtempSync(join(tmpdir(), 'httpcodes-size-'));
  try {
    const copy = join(dir, addon);
    copyFileSync(join(packageDir, addon), copy);
    execFileSync('strip', [copy]);
    return `SIZE\tstripped ${addon}\t${statSync(copy).size}\t${400 * 1024}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--row') {
  console.log(speedRow(Number(process.argv[3])));
} else {
  console.log([...speedRows(), ...requireRows(), sizeRow()].join('\n'));
}
