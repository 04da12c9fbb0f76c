'use strict';
// Prints how long `require(<name>)` takes in this fresh process, in nanoseconds. With
// `--resolved`, the name is resolved first and only the loading of the file is timed.
const [name, mode] = process.argv.slice(2);
const target = mode === '--resolved' ? require.resolve(name) : name;
const start = process.hrtime.bigint();
require(target);
console.log(String(process.hrtime.bigint() - start));
