// Replays fuzz corpora and reproducers through both Node builds (checks.mjs):
//   node fuzz/node/replay.mjs FOLDER...
// A `.json` file is a Node reproducer (property.mjs); any other file is a core or C corpus
// input, whose bytes stand for several values (valuesOfBytes: Latin-1 and UTF-8 text, numbers).
// Missing folders are skipped. The last line is the summary `tools/dev fuzz` prints; a mismatch
// names its file and exits 1.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { check, checkTables, decode, loadBuilds, valuesOfBytes } from './checks.mjs';

/** Every file under `path`, README.md left out. */
function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'README.md' && !name.startsWith('.'))
    .flatMap((name) => files(join(path, name)));
}

/** The makers of the values one file stands for. */
export function makersOf(file) {
  const bytes = readFileSync(file);
  if (file.endsWith('.json')) {
    const encoded = JSON.parse(bytes.toString('utf8')).value;
    return [() => decode(encoded)];
  }
  return valuesOfBytes(bytes).map((value) => () => value);
}

/** Replays every file under `folders`; returns how many values went through. */
export function replay(builds, folders) {
  checkTables(builds);
  let values = 0;
  for (const file of folders.flatMap(files)) {
    for (const make of makersOf(file)) {
      try {
        check(builds, make);
      } catch (error) {
        error.message = `${file}: ${error.message}`;
        throw error;
      }
      values += 1;
    }
  }
  return values;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const builds = await loadBuilds('native');
  let inputs = 0;
  let failures = 0;
  try {
    inputs = replay(builds, process.argv.slice(2));
  } catch (error) {
    console.error(`mismatch: ${error.message}`);
    failures = 1;
  }
  const elapsed = Math.round((Date.now() - started) / 1000);
  console.log(`${inputs} values replayed through both builds in ${elapsed} s, ${failures} failures`);
  process.exit(failures);
}
