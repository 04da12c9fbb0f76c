// The literal types of the table (generated/table.d.ts), for scripts/generate.mjs.

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const union = (values) => values.map((value) => `\n  | ${value}`).join('');

/** generated/table.d.ts for the surface `httpcodes`, after `header`. */
export function renderTypes({ all, classes: allClasses }, header) {
  const statuses = all();
  const classes = allClasses();
  const each = (line) => statuses.map(line).join('');
  return `${header}
/** Every listed code by NAME, and every NAME by code, as http-status-codes' enum has them. */
export declare enum StatusCodes {
${each(({ name, code, text }) => `  /** \`${text}\` */\n  ${name} = ${code},\n`)}}

/** Every reason phrase by NAME, as http-status-codes' enum has them. */
export declare enum ReasonPhrases {
${each(({ name, phrase }) => `  ${name} = ${quote(phrase)},\n`)}}

/** A listed code. */
export type StatusCode =${union(statuses.map(({ code }) => code))};

/** The NAME of a listed status, e.g. \`NOT_FOUND\`. */
export type StatusName =${union(statuses.map(({ name }) => quote(name)))};

/** A reason phrase as the spec writes it. */
export type ReasonPhrase =${union(statuses.map(({ phrase }) => quote(phrase)))};

/** The label of a class of codes. */
export type ClassLabel =${union(classes.map(({ label }) => quote(label)))};

/** The range of a class of codes. */
export type ClassRange =${union(classes.map(({ range }) => quote(range)))};

/** The phrase of each listed code. */
export interface PhraseByCode {
${each(({ code, phrase }) => `  ${code}: ${quote(phrase)};\n`)}}

/** The NAME of each listed code. */
export interface NameByCode {
${each(({ code, name }) => `  ${code}: ${quote(name)};\n`)}}

/** The legacy constants, NAME → code, as http-status-codes' default export holds them. */
export interface LegacyCodes {
${each(({ name, code }) => `  readonly ${name}: ${code};\n`)}}
${each(({ name, code }) => `\n/** @deprecated Use \`StatusCodes.${name}\`, as http-status-codes advises. */\nexport declare const ${name}: ${code};\n`)}`;
}
