// The Node doors of the real-server test (tests/servers/run.py): reads `[{code, names}, …]` as
// JSON on stdin and prints, for the addon build and the pure-JS build, each head's missing
// fields' names, as JSON: `{"native": [[…], …], "js": [[…], …]}`.
import { readFileSync } from 'node:fs';

const heads = JSON.parse(readFileSync(0, 'utf8'));
const builds = { native: await import('httpcodes'), js: await import('../../node/generated/js.mjs') };
if (builds.native.backend !== 'native') {
  console.error(`real_heads.mjs: the addon did not load (got the ${builds.native.backend} build)`);
  process.exit(1);
}
const answers = {};
for (const [name, build] of Object.entries(builds)) {
  answers[name] = heads.map(({ code, names }) => build.missingFields(code, names).map((field) => field.name));
}
console.log(JSON.stringify(answers));
