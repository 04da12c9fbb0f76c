'use strict';
// Preloaded with `node --require` (run.sh passes it in NODE_OPTIONS, so child processes and
// worker threads get it too): every native addon fails to load, as on a platform without a
// prebuilt package, so httpcodes must answer from its pure-JS build.
process.dlopen = (module, filename) => {
  throw new Error(`hidden by tests/node/hide-addon.cjs: ${filename}`);
};
