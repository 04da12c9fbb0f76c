// Types of httpcodes as an ES module (index.mjs): the same names as index.d.ts, and its default.

import type { HttpStatusDefault } from './index.js';

export * from './index.js';

declare const httpStatus: HttpStatusDefault;
export default httpStatus;
