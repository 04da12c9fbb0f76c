// httpcodes for Node against the tables Node users reach for — node:http's STATUS_CODES,
// statuses 2.0.2 and http-status-codes 2.3.0 — on the same inputs, for the addon build and for
// the pure-JS build (generated/js.mjs, what browsers, Deno and workers get), plus cold starts.
// Prints `BENCH` lines for bench/report.py; run by run.sh. (The addon's size is read from what
// `make dist` ships: bench/sizes.py.)

import { execFileSync, spawnSync } from 'node:child_process';
import { STATUS_CODES } from 'node:http';
import { fileURLToPath } from 'node:url';

import httpStatusCodes from 'http-status-codes';
import * as native from 'httpcodes';
import statuses from 'statuses';

import * as jsBuild from '../../node/generated/js.mjs';

import { bestNsPerCall } from './measure.mjs';

const { getReasonPhrase: peerGetReasonPhrase, getStatusCode: peerGetStatusCode } = httpStatusCodes;

// Mixed inputs, as a server sees them; each set is one every side answers without throwing.
const CODES = [404, 200, 500, 301, 418, 503, 201, 422];
// Each codeOf set mixes short and long phrases; only the case differs between them.
const TITLE_CASE = ['Not Found', 'OK', 'Internal Server Error', 'Moved Permanently', 'Bad Gateway', 'Created', 'Service Unavailable', 'Request Header Fields Too Large'];
const LOWER_CASE = TITLE_CASE.map((text) => text.toLowerCase());
const UPPER_CASE = TITLE_CASE.map((text) => text.toUpperCase());
const MIXED_CASE = ['not found', 'Not Found', 'NOT FOUND', 'ok', 'OK', 'Internal Server Error', 'bad gateway', 'Created'];
// Case mixed inside words: no spelling of a key as written, so core's hash answers.
const ODD_CASE = ['nOt fOuNd', 'Payload too large', 'bAD gateway', 'Internal server ERROR', 'oK', 'Request header fields too LARGE', 'sERVICE uNAVAILABLE', 'CrEaTeD'];
// 4096 spellings, each its own case and padding, cycled: codeOf remembers none of them, so each
// call is answered as a first sighting is (core's hash, trimming and one comparison).
const PADDING = ['', ' ', '\t', '  ', '\r\n', ' \t '];
const FRESH_CASE = Array.from({ length: 4096 }, (_, n) => {
  const cased = [...ODD_CASE[n & 7]].map((char, i) => ((Math.imul(n + 1, 0x9e3779b1) >>> i) & 1 ? char.toUpperCase() : char.toLowerCase()));
  return [PADDING[(n >> 3) % 6], ...cased, PADDING[(n >> 4) % 6]].join('');
});
// Spelled the same in the spec and in http-status-codes, whose lookup is exact.
const EXACT = ['Not Found', 'OK', 'Internal Server Error', 'Moved Permanently', 'Bad Gateway', 'Created', 'Service Unavailable', 'Unauthorized'];

/** A row for bench/report.py: ns per call (ours, peer) and the goal, `-` for an info row. */
function row(name, ours, peer, goal, unit = 'ns') {
  const target = goal.faster ? `>=${goal.faster}` : goal.atMost ? `<=${goal.atMost}` : '-';
  return `BENCH\tNode ${name}\t${ours.toFixed(2)}\t${peer.toFixed(2)}\t${target}\t${unit}`;
}

/** The codeOf rows for one build: every case a caller writes, each at least 5x statuses. */
function codeOfRows(build, label) {
  const { codeOf, reasonPhrase } = build;
  return [
    [`codeOf vs statuses, all lower case (statuses' best case)${label}`, LOWER_CASE],
    [`codeOf vs statuses, Title Case${label}`, TITLE_CASE],
    [`codeOf vs statuses, UPPER CASE${label}`, UPPER_CASE],
    [`codeOf vs statuses, mixed case${label}`, MIXED_CASE],
    [`codeOf vs statuses, case mixed inside words ('nOt fOuNd')${label}`, ODD_CASE],
  ]
    .map(([name, inputs]) => [name, [(text) => codeOf(text), inputs], [(text) => statuses(text), inputs], { faster: 5 }])
    .concat([
      [
        `codeOf, 4096 spellings never seen before (case and padding varied) vs reasonPhrase(404)${label}`,
        [(text) => codeOf(text), FRESH_CASE],
        [(code) => reasonPhrase(code), CODES],
        { atMost: 3 },
      ],
    ]);
}

/** The rows of one build that compare with the other tables. */
function buildRows(build, label) {
  const { getReasonPhrase, getStatusCode, headerFields, isCacheableByDefault, reasonPhrase } = build;
  const phrase = [(code) => reasonPhrase(code), CODES];
  return [
    [`reasonPhrase(404) vs http.STATUS_CODES[404]${label}`, phrase, [(code) => STATUS_CODES[code], CODES], { atMost: 2 }],
    // The table's newer lookups cost what the phrase does, within noise.
    [`headerFields(404) vs reasonPhrase(404)${label}`, [(code) => headerFields(code), CODES], phrase, { atMost: 1.25 }],
    [`isCacheableByDefault(404) vs reasonPhrase(404)${label}`, [(code) => isCacheableByDefault(code), CODES], phrase, { atMost: 1.25 }],
    ...codeOfRows(build, label),
    [`getReasonPhrase vs http-status-codes${label}`, [(code) => getReasonPhrase(code), CODES], [(code) => peerGetReasonPhrase(code), CODES], { atMost: 1 }],
    [`getStatusCode vs http-status-codes${label}`, [(text) => getStatusCode(text), EXACT], [(text) => peerGetStatusCode(text), EXACT], { atMost: 1 }],
  ];
}

// Each row: [name, ours, peer, goal]. Each runs in a process of its own, so the JIT state one
// row leaves behind (inline caches, inlining decisions) never colours another row's figures;
// within a row, ours and the peer share the process and take turns.
const SPEED_ROWS = [...buildRows(native, ''), ...buildRows(jsBuild, ', JS build')];

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
    // Resolving a package with an "exports" map first loads Node's ES module resolver (~2 ms),
    // which statuses (no map) never does: shown, not judged; the whole-process row below is.
    requireRow("require('httpcodes') vs require('statuses'), cold, in process", undefined, {}),
    requireRow('the same, once the name is resolved', '--resolved', {}),
  ];
}

/** CPU time (user + system, ms) of a whole `node -e "require('<name>')"` process, via bash's `time`. */
function processCpuMs(name) {
  const command = `TIMEFORMAT='%3U %3S'; time node -e "require('${name}')"`;
  const { stderr } = spawnSync('bash', ['-c', command], { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' });
  const [user, system] = stderr.trim().split(/\s+/).slice(-2).map(Number);
  return (user + system) * 1000;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Whole-process CPU time of requiring each package, median of alternating runs. */
function coldProcessRow(runs = 31) {
  const ours = [];
  const peer = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push(processCpuMs('httpcodes'));
    peer.push(processCpuMs('http-status-codes'));
  }
  return row(
    `node -e "require('httpcodes')" vs http-status-codes, whole process CPU time (median of ${runs})`,
    median(ours),
    median(peer),
    { atMost: 1.05 },
    'ms',
  );
}

if (process.argv[2] === '--row') {
  console.log(speedRow(Number(process.argv[3])));
} else {
  console.log([...speedRows(), ...requireRows(), coldProcessRow()].join('\n'));
}
