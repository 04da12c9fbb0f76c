'use strict';
// The table as JavaScript holds it: frozen status and class records, and per-code facts in typed
// arrays that the lookups index.

/**
 * The records and indexes every lookup reads.
 * @param {import('../api.js').Table} table core's table
 */
function createRecords(table) {
  /** What every status record inherits: `String(status)` is the text form, `404 Not Found`. */
  const statusPrototype = Object.freeze({
    toString() {
      return this.text;
    },
  });

  const classes = Object.freeze(
    table.classes.map(({ label, range, description }) => Object.freeze({ label, range, description })),
  );

  // A status's facts: `registeredPhrase` and `reference` are null for a code the registry does
  // not list (419, 420); `headerFields` is a frozen list of frozen records, empty for most codes.
  const statuses = Object.freeze(
    table.statuses.map(
      ({ code, phrase, name, text, classDigit, registeredPhrase, reference, description, headerFields }) =>
        Object.freeze({
          __proto__: statusPrototype,
          code,
          phrase,
          name,
          text,
          class: classes[classDigit - 1],
          registeredPhrase,
          reference,
          description,
          headerFields: Object.freeze(
            headerFields.map((field) =>
              Object.freeze({
                name: field.name,
                level: field.level,
                section: field.section,
                condition: field.condition,
              }),
            ),
          ),
        }),
    ),
  );

  // Per-code facts are typed arrays indexed by code (0–999). Reading one at any other number —
  // 404.5, NaN, -404, 2 ** 32 + 404, 1e21 — gives `undefined` and never consults a prototype,
  // and `| 0` turns that into 0, the "none" slot of the lists below. So no number is ever
  // rounded or wrapped into a listed code, and JavaScript repeats none of core's range checks.
  const statusOfCode = Uint8Array.from(table.statusOfCode);
  const classOfCode = Uint8Array.from(table.classOfCode);
  const flagsOfCode = Uint16Array.from(table.flagsOfCode);
  /** Each status's `key`, by its position in `statuses` plus one; `undefined` at 0 (none). */
  const byNumber = (key) => [undefined, ...statuses.map((status) => status[key] ?? undefined)];

  return {
    statuses,
    classes,
    statusOfCode,
    classOfCode,
    flagsOfCode,
    phraseByNumber: byNumber('phrase'),
    nameByNumber: byNumber('name'),
    registeredByNumber: byNumber('registeredPhrase'),
    referenceByNumber: byNumber('reference'),
    descriptionByNumber: byNumber('description'),
    fieldsByNumber: byNumber('headerFields'),
    classByNumber: [undefined, ...classes],
  };
}

module.exports = createRecords;
