// The pure-JS build in a real browser: esbuild bundles a page script that imports httpcodes for
// `--platform=browser` (so the `browser` export condition picks generated/js.mjs, and neither
// the addon nor a `node:` module may be reached), a headless Chromium (Debian's chromium here,
// Google Chrome on GitHub's ubuntu-latest: whichever `tools/dev browser` finds) loads the page,
// and the answers read back from its DOM must be what the vectors say.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import { expectedCodes, expectedIntLines, expectedNames } from './expected.mjs';

const TOOLS_DEV = fileURLToPath(new URL('../../tools/dev', import.meta.url));

/**
 * The path of this machine's Chromium or Chrome (`tools/dev browser chromium`, which installs
 * Debian's where apt-get can, never a downloaded one); null where there is none (a Mac or
 * Windows contributor's machine), unless the run must skip nothing (HTTPCODES_SKIP_NOTHING, CI).
 */
function chromium() {
  const found = spawnSync('python3', [TOOLS_DEV, 'browser', 'chromium'], { encoding: 'utf8' });
  // The last line: apt-get, where tools/dev installs the browser, prints before it.
  if (found.status === 0) return found.stdout.trim().split('\n').pop();
  assert.ok(!process.env.HTTPCODES_SKIP_NOTHING, `the browser test needs a headless Chromium: ${found.stderr.trim()}`);
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
