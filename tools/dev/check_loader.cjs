'use strict';
// Run by tools/dev (the npm part of `make dist`) in the staged main package, with this host's
// platform package linked where npm would install it: refuses a main package whose loader finds
// no addon through it, or whose manifest does not depend on it.
//   node check_loader.cjs PLATFORM_PACKAGE
const path = require('node:path');

const dependency = process.argv[2];
const staged = process.cwd();
const { backend, failures, table } = require(path.join(staged, 'loader.js'))();
const manifest = require(path.join(staged, 'package.json'));
const problems = [];
if (backend !== 'native') problems.push(`the loader found no addon: ${failures.join('; ')}`);
else if (table.version !== manifest.version) problems.push(`the addon is ${table.version}, the package ${manifest.version}`);
if (!(manifest.optionalDependencies || {})[dependency]) problems.push(`no optionalDependency on ${dependency}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
