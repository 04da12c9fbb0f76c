// Types of httpcodes as an ES module (index.mjs, generated/js.mjs): the same names as index.d.ts,
// and a default export that is the whole module, as Node gives `require('httpcodes')` to it.

export * from './index.js';

declare const httpcodes: typeof import('./index.js');
export default httpcodes;
