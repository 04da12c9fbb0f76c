// `make test-runtimes`: the packed npm tarballs, installed in APP, answer the vectors and the
// drop-in checks under every runtime the package's `engines` claims: Node 18 to 26, Bun and Deno
// (all pinned in tests/runtimes/package.json), and the browser bundle in a headless Chromium and
// Firefox: the ones `tools/dev browser` finds (Debian's chromium and firefox-esr here, the Google
// Chrome and Firefox of GitHub's ubuntu-latest). Each row says which build answered (native addon
// or the JS build). A missing browser fails the run under HTTPCODES_SKIP_NOTHING (CI) and is a
// named skip elsewhere.
//   node matrix.mjs APP
// APP is a folder where the tarballs are installed (run.sh makes it).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const nodeTests = fileURLToPath(new URL('../node/', import.meta.url));
const app = process.argv[2];
const bin = (path) => join(here, 'node_modules', path);
const { build } = await import(join(nodeTests, 'node_modules/esbuild/lib/main.js'));
const { expectedCodes, expectedIntLines, expectedNames } = await import(join(nodeTests, 'expected.mjs'));

/** Runs COMMAND in APP and returns its one JSON line, or throws with what it printed. */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: app,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, HTTPCODES_TESTS: nodeTests.replace(/\/$/, ''), ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}\n${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const rows = [];
function row(runtime, version, esm, cjs, expected) {
  assert.equal(esm.backend, expected, `${runtime}: the import build`);
  rows.push({ runtime, version, backend: esm.backend, checks: esm.checks + (cjs?.checks ?? 0), require: cjs?.backend ?? '-' });
}

for (const major of [18, 20, 22, 24, 26]) {
  const node = bin(`node${major}/bin/node`);
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  row(`Node ${major}`, version, run(node, ['check.mjs']), run(node, ['check.cjs']), 'native');
}
const bun = bin('.bin/bun');
row('Bun', spawnSync(bun, ['--version'], { encoding: 'utf8' }).stdout.trim(), run(bun, ['check.mjs']), run(bun, ['check.cjs']), 'native');
const deno = bin('.bin/deno');
const denoVersion = spawnSync(deno, ['--version'], { encoding: 'utf8' }).stdout.match(/deno (\S+)/)[1];
// Deno picks the `deno` export condition, the JS build; its `require` may load the addon.
const denoFlags = ['run', '--quiet', '--allow-read', '--allow-env', '--allow-ffi', '--allow-sys'];
row('Deno', denoVersion, run(deno, [...denoFlags, 'check.mjs']), run(deno, [...denoFlags, 'check.cjs']), 'js');

// Browsers: the page built from the installed package for `--platform=browser`, answering the
// inputs; it posts its answers to this process, which compares them with the vectors.
const bundle = await build({
  entryPoints: [join(nodeTests, 'browser/page.mjs')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  globalName: 'HttpcodesPage',
  write: false,
  logLevel: 'silent',
  alias: { httpcodes: join(app, 'node_modules/httpcodes') },
});
const ints = [];
for (let n = -1000; n <= 1100; n += 1) ints.push(String(n));
ints.push('404.5', 'NaN', String(2 ** 32 + 404), '-0', '1e21', 'Infinity');
const phrases = expectedCodes();
const names = expectedNames();
const inputs = { ints, phrases: phrases.map(([text]) => text), names: names.map(([text]) => text) };
const page = `<!doctype html><meta charset="utf-8"><title>httpcodes</title><body><script>
${bundle.outputFiles[0].text}
const request = new XMLHttpRequest();
request.open('POST', '/answers', false);
request.send(JSON.stringify({ userAgent: navigator.userAgent, ...HttpcodesPage.answer(${JSON.stringify(inputs).replace(/</g, '\\u003c')}) }));
document.body.textContent = 'sent';
</script></body>`;

/** What the browser at `command` (args after the URL's place) posts for the page. */
async function browse(command, args) {
  let posted;
  const server = createServer((request, response) => {
    if (request.method === 'POST') {
      let body = '';
      request.on('data', (chunk) => { body += chunk; });
      request.on('end', () => { posted = JSON.parse(body); response.end('ok'); });
    } else {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(page);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'httpcodes-browser-'));
  try {
    // Asynchronously, so this process's server answers the page while the browser runs.
    const child = spawn(command, args(url, profile), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const status = await new Promise((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    // The page posts while it loads, before the browser exits.
    assert.ok(posted, `${command} posted no answers (exit ${status}):\n${stderr.slice(-2000)}`);
    return posted;
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function judge(browser, answers) {
  const expectedLine = expectedIntLines();
  ints.forEach((text, i) => assert.equal(answers.ints[i], expectedLine(Number(text)), `${browser}: int ${text}`));
  phrases.forEach(([text, code], i) => assert.equal(answers.phrases[i], code ?? null, `${browser}: ${JSON.stringify(text)}`));
  names.forEach(([text, code], i) => assert.equal(answers.names[i], code ?? null, `${browser}: ${text}`));
  assert.ok(answers.defaultImport && answers.errorTextWellFormed, browser);
  const version = answers.userAgent.match(/(Chrome|Firefox)\/[\d.]+/)?.[0] ?? answers.userAgent;
  row(browser, version, { backend: answers.backend, checks: ints.length + phrases.length + names.length + 2 }, null, 'js');
}

/** The path of this machine's browser of KIND (tools/dev browser), or null: a named skip. */
function browser(kind) {
  const found = spawnSync('python3', [join(here, '../../tools/dev'), 'browser', kind], { encoding: 'utf8' });
  // The last line: apt-get, where tools/dev installs the browser, prints before it.
  if (found.status === 0) return found.stdout.trim().split('\n').pop();
  assert.ok(!process.env.HTTPCODES_SKIP_NOTHING, `no headless ${kind}: ${found.stderr.trim()}`);
  console.log(`skipped ${kind}: ${found.stderr.trim()}`);
  return null;
}

const browsers = {
  chromium: (url, profile) => [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
    `--screenshot=${join(profile, 'page.png')}`, url,
  ],
  firefox: (url, profile) => [
    '--headless', '--no-remote', '--profile', profile, '--screenshot', join(profile, 'page.png'), url,
  ],
};
for (const [kind, args] of Object.entries(browsers)) {
  const path = browser(kind);
  if (path !== null) judge(basename(path), await browse(path, args));
}

console.log('runtime       version                       import build  require build  checks');
for (const { runtime, version, backend, require, checks } of rows) {
  console.log(`${runtime.padEnd(13)} ${version.slice(0, 29).padEnd(29)} ${backend.padEnd(13)} ${require.padEnd(14)} ${checks}`);
}
console.log(`runtimes: ${rows.length} passed, 0 failed`);
