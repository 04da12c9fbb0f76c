// The pure-JS build in a real browser: esbuild bundles a page script that imports httpcodes for
// `--platform=browser` (so the `browser` export condition picks generated/js.mjs, and neither
// the addon nor a `node:` module may be reached), Debian's headless Chromium loads the page,
// and the answers read back from its DOM must be what the vectors say.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import { expectedCodes, expectedIntLines, expectedNames } from './expected.mjs';

const CHROMIUM = '/usr/bin/chromium';
const TOOLS_DEV = fileURLToPath(new URL('../../tools/dev', import.meta.url));

/**
 * Debian's chromium, installed by tools/dev where apt-get can (never a downloaded one); null
 * where it cannot be had (a Mac or Windows contributor's machine), unless the run must skip
 * nothing (HTTPCODES_SKIP_NOTHING, as in CI).
 */
function chromium() {
  if (!existsSync(CHROMIUM) && spawnSync('apt-get', ['--version']).status === 0) {
    execFileSync('python3', [TOOLS_DEV, 'need', 'chromium'], { stdio: 'inherit' });
  }
  if (existsSync(CHROMIUM)) return CHROMIUM;
  assert.ok(!process.env.HTTPCODES_SKIP_NOTHING, "the browser test needs Debian's `chromium` package: apt-get install chromium");
  return null;
}

/** The bundle of browser/page.mjs, an IIFE that sets `HttpcodesPage`, and its inputs. */
async function bundle() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser/page.mjs', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'HttpcodesPage',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

/** `value` as JSON that is safe inside an inline <script>. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

test('a browser bundle answers the vectors in headless Chromium', async (t) => {
  const browser = chromium();
  if (browser === null) {
    t.skip('no headless Chromium here');
    return;
  }
  const { code, inputs } = await bundle();
  assert.ok(inputs.some((input) => input.endsWith('node/generated/js.mjs')), inputs.join('\n'));
  assert.ok(!inputs.some((input) => /node\/(index|loader)\.js$|\.node$|^node:/.test(input)), inputs.join('\n'));

  const ints = [];
  for (let n = -1000; n <= 1100; n += 1) ints.push(String(n));
  ints.push('404.5', 'NaN', String(2 ** 32 + 404), '-0', '1e21', 'Infinity');
  const phrases = expectedCodes();
  const names = expectedNames();
  const page = `<!doctype html><meta charset="utf-8"><title>httpcodes</title><body><script>${code}
const inputs = ${scriptJson({ ints, phrases: phrases.map(([text]) => text), names: names.map(([text]) => text) })};
document.body.textContent = encodeURIComponent(JSON.stringify(HttpcodesPage.answer(inputs)));
</script></body>`;

  const dir = mkdtempSync(join(tmpdir(), 'httpcodes-browser-'));
  try {
    const html = join(dir, 'page.html');
    writeFileSync(html, page);
    const { status, stdout, stderr } = spawnSync(browser, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`,
      '--dump-dom', pathToFileURL(html).href,
    ], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(status, 0, stderr);
    const body = stdout.match(/<body>([^<]*)<\/body>/);
    assert.ok(body, `no answers in the page:\n${stdout.slice(0, 500)}\n${stderr}`);
    const answers = JSON.parse(decodeURIComponent(body[1]));

    assert.equal(answers.backend, 'js');
    assert.equal(answers.defaultImport, true);
    const expectedLine = expectedIntLines();
    ints.forEach((text, i) => assert.equal(answers.ints[i], expectedLine(Number(text)), `int ${text}`));
    phrases.forEach(([text, code], i) => assert.equal(answers.phrases[i], code ?? null, JSON.stringify(text)));
    names.forEach(([text, code], i) => assert.equal(answers.names[i], code ?? null, JSON.stringify(text)));
    assert.ok(answers.errorTextWellFormed, answers.errorText);
    assert.equal(answers.errorText, `Reason phrase does not exist: a${'\u{1f600}'.repeat(49)}…`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
