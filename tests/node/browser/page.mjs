// The page's script: bundled by esbuild for the browser with httpcodes (browser.test.mjs), it
// answers the inputs the test embeds in the page and writes the answers into the page.

import pkg, * as httpcodes from 'httpcodes';

import { intLine } from '../answers.mjs';

/** Every answer the test checks, for `inputs` ({ ints, phrases, names }, numbers as strings). */
export function answer({ ints, phrases, names }) {
  let errorText;
  try {
    httpcodes.getStatusCode(`a${'\u{1f600}'.repeat(60)}`);
  } catch (error) {
    errorText = error.message;
  }
  return {
    backend: httpcodes.backend,
    defaultImport: pkg.StatusCodes === httpcodes.StatusCodes && pkg.default === pkg && pkg.NOT_FOUND === 404,
    ints: ints.map((text) => intLine(httpcodes, Number(text))),
    phrases: phrases.map((text) => httpcodes.codeOf(text) ?? null),
    names: names.map((text) => httpcodes.statusOf(text)?.code ?? null),
    errorText,
    errorTextWellFormed: errorText.isWellFormed(),
  };
}
