// Reads the shared test vectors (tests/vectors/*.tsv, format in its README): one object per row,
// keyed by the header's column names, with the README's escapes decoded in `input` columns.

import { readFileSync } from 'node:fs';

const VECTORS = new URL('../vectors/', import.meta.url);

const ESCAPES = { t: '\t', n: '\n', r: '\r', '\\': '\\' };

/** A field with `\t`, `\n`, `\r`, `\\` and `\uXXXX` decoded. */
export function unescape(field) {
  return field.replace(/\\(u[0-9a-fA-F]{4}|[tnr\\])/g, (_, escape) =>
    escape.length === 1 ? ESCAPES[escape] : String.fromCharCode(parseInt(escape.slice(1), 16)),
  );
}

/** The rows of `tests/vectors/<name>.tsv`. */
export function readVectors(name) {
  const [header, ...lines] = readFileSync(new URL(`${name}.tsv`, VECTORS), 'utf8').split('\n');
  const columns = header.split('\t');
  return lines
    .filter((line) => line !== '')
    .map((line) => {
      const fields = line.split('\t');
      if (fields.length !== columns.length) throw new Error(`${name}.tsv: bad row ${JSON.stringify(line)}`);
      return Object.fromEntries(
        columns.map((column, i) => [column, column === 'input' ? unescape(fields[i]) : fields[i]]),
      );
    });
}

/** `expected` column → the code it names, or `undefined` for `unknown`. */
export function expectedCode(expected) {
  return expected === 'unknown' ? undefined : Number(expected);
}

/** The listed statuses, with `code` a number and `flags` a list. */
export function statuses() {
  return readVectors('statuses').map((row) => ({
    ...row,
    code: Number(row.code),
    flags: row.flags === '-' ? [] : row.flags.split(','),
  }));
}

/** The classes, each with the integer bounds its range (`4xx`) stands for. */
export function classes() {
  return readVectors('classes').map((row) => {
    const low = Number(row.range[0]) * 100;
    return { ...row, low, high: low + 99 };
  });
}

/** What the vectors say of any integer `n`: its status row (or undefined) and its class row. */
export function expectationsFor(n, listed = statuses(), classRows = classes()) {
  return {
    status: listed.find((row) => row.code === n),
    class: classRows.find((row) => n >= row.low && n <= row.high),
  };
}

/** A comma-separated column as a list, `-` for none. */
function list(field) {
  return field === '-' ? [] : field.split(',');
}

/**
 * header_fields.tsv: each header field a listed code carries, in the RFC's order, as the record
 * httpcodes gives it: `{ code, name, level, section, condition }`, `condition` null for `-`.
 */
export function headerFields() {
  return readVectors('header_fields').map((row) => ({
    code: Number(row.code),
    name: row.field,
    level: row.level,
    section: row.section,
    condition: row.condition === '-' ? null : row.condition,
  }));
}

/** missing_fields.tsv: `{ code, present, missing, case }`, with `present` and `missing` lists of names. */
export function missingFields() {
  return readVectors('missing_fields').map((row) => ({
    code: Number(row.code),
    present: list(row.present),
    missing: list(row.missing),
    case: row.case,
  }));
}

/** A header field as spec/API.md shows it: `Allow (MUST, RFC 9110, Section 15.5.6)`, a condition after the level. */
export function fieldText({ name, level, section, condition }) {
  return `${name} (${condition === null ? level : `${level} ${condition}`}, ${section})`;
}
