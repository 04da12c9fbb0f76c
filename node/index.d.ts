// Types of httpcodes (index.js). What follows the table's shape — the enums, the literal unions,
// the legacy constants, one `is*` function per flag — is generated from core into
// generated/table.d.ts (`make generate`); the other functions are typed here.

import type {
  ClassLabel,
  ClassRange,
  FieldLevel,
  LegacyCodes,
  NameByCode,
  PhraseByCode,
  ReasonPhrase,
  RegisteredPhrase,
  RegisteredPhraseByCode,
  StatusCode,
  StatusName,
} from './generated/table';

export * from './generated/table';

/** A class of codes, e.g. `{ label: 'Client Error', range: '4xx', description: '…' }`. */
export interface StatusClass {
  readonly label: ClassLabel;
  readonly range: ClassRange;
  /** The spec's one-line description of the class. */
  readonly description: string;
}

/**
 * A header field a response with a given code carries, by the RFC, e.g. `{ name: 'Allow',
 * level: 'MUST', section: 'RFC 9110, Section 15.5.6', condition: null }` for 405.
 */
export interface HeaderField {
  /** The field's name as the RFC spells it, e.g. `WWW-Authenticate`. */
  readonly name: string;
  readonly level: FieldLevel;
  /** Where the RFC says so, e.g. `RFC 9110, Section 15.5.6`. */
  readonly section: string;
  /** When the level applies, e.g. `if a 200 would carry it`, or `null` for always. */
  readonly condition: string | null;
}

/** A listed status; `String(status)` is its text form, e.g. `404 Not Found`. */
export interface Status {
  readonly code: StatusCode;
  readonly phrase: ReasonPhrase;
  /** Its NAME, e.g. `MOVED_TEMPORARILY` for 302: never an alias name. */
  readonly name: StatusName;
  /** The text form, e.g. `404 Not Found`. */
  readonly text: string;
  readonly class: StatusClass;
  /**
   * The phrase as the IANA registry words it, e.g. `Found` for 302; else the phrase; `null` for
   * 419 and 420, which the registry does not list.
   */
  readonly registeredPhrase: RegisteredPhrase | null;
  /**
   * Where the registry defines the code, as it gives it, e.g. `RFC 9110, Section 15.5.5`, or
   * `null` for 419 and 420, which the registry does not list.
   */
  readonly reference: string | null;
  /** One sentence on what the code means, in httpcodes' own words. */
  readonly description: string;
  /** The header fields a response with the code carries, by the RFCs; empty for most codes. */
  readonly headerFields: readonly HeaderField[];
  toString(): string;
}

/** The phrase of `C` when it is a listed code, else a phrase or `undefined`. */
export type PhraseOf<C extends number> = C extends StatusCode ? PhraseByCode[C] : ReasonPhrase | undefined;

/** The NAME of `C` when it is a listed code, else a NAME or `undefined`. */
export type NameOf<C extends number> = C extends StatusCode ? NameByCode[C] : StatusName | undefined;

/** The registered phrase of `C` when it is a listed code, else one or `undefined`. */
export type RegisteredPhraseOf<C extends number> = C extends StatusCode
  ? RegisteredPhraseByCode[C]
  : RegisteredPhrase | undefined;

/**
 * The reason phrase of `code`, e.g. `'Not Found'` for 404, or `undefined` for any number that
 * is not exactly a listed code (404.5, NaN, 2 ** 32 + 404). Throws `TypeError` for a non-number.
 */
export declare function reasonPhrase<C extends number>(code: C): PhraseOf<C>;

/**
 * The code whose phrase or alias is `phrase` — ASCII case-insensitive, ASCII whitespace around
 * it ignored, e.g. 413 for `' payload too large '` — or `undefined`. Throws `TypeError` for a
 * non-string.
 */
export declare function codeOf(phrase: string): StatusCode | undefined;

/** The NAME of `code`, e.g. `'NOT_FOUND'` for 404, or `undefined`. */
export declare function nameOf<C extends number>(code: C): NameOf<C>;

/**
 * The phrase the IANA registry gives `code`, e.g. `'Found'` for 302 (the table says `'Moved
 * Temporarily'`), else its reason phrase; `undefined` for 419 and 420, which the registry does
 * not list, as for a number that is not a listed code. Throws `TypeError` for a non-number.
 */
export declare function registeredPhrase<C extends number>(code: C): RegisteredPhraseOf<C>;

/**
 * Where the IANA registry defines `code`, as it gives it (`'RFC 9110, Section 15.5.5'`,
 * `'RFC 8297'`), or `undefined`: for 419 and 420, which it does not list, as for any number that
 * is not a listed code. Throws `TypeError` for a non-number.
 */
export declare function referenceOf(code: number): string | undefined;

/**
 * One sentence on what `code` means, in httpcodes' own words, or `undefined` for a number that
 * is not a listed code. Throws `TypeError` for a non-number.
 */
export declare function descriptionOf(code: number): string | undefined;

/**
 * The status whose NAME or alias name is exactly `name`, e.g. `'NOT_FOUND'`, or `'FOUND'` for
 * 302 (whose NAME is `MOVED_TEMPORARILY`), or `undefined`.
 */
export declare function statusOf(name: string): Status | undefined;

/** The class of any code from 100 to 599, listed or not (499 is a Client Error), or `undefined`. */
export declare function classOf(code: number): StatusClass | undefined;

/**
 * The header fields a response with `code` carries, by the RFCs (the status record's
 * `headerFields`), e.g. 405's `Allow`; empty for a listed code they ask nothing of, `undefined`
 * for a number that is not a listed code. Throws `TypeError` for a non-number.
 */
export declare function headerFields(code: number): readonly HeaderField[] | undefined;

/**
 * The header fields of `code` that none of `names` names — ASCII case-insensitive, nothing
 * trimmed — in the RFC's order, e.g. `[Allow]` for 405 and `['Date']`; `undefined` for a number
 * that is not a listed code. Throws `TypeError` for a non-number, for `names` that is not an
 * iterable (a lone string included) and for a name that is not a string.
 */
export declare function missingFields(code: number, names: Iterable<string>): readonly HeaderField[] | undefined;

/** Every listed status, in ascending code order. */
export declare function all(): readonly Status[];

/** The five classes of codes, in ascending order. */
export declare function classes(): readonly StatusClass[];

/** The version of httpcodes; every package of the family carries the same one. */
export declare const version: string;

/**
 * The reason phrase of `statusCode`, a number or its decimal string (`'404'`). Throws `Error`
 * (`Status code does not exist: 999`) for an unknown one, as http-status-codes does.
 */
export declare function getReasonPhrase(statusCode: number | string): string;

/**
 * The code of `reasonPhrase`, matched like `codeOf`. Throws `Error`
 * (`Reason phrase does not exist: blah`) for an unknown one, as http-status-codes does.
 */
export declare function getStatusCode(reasonPhrase: string): StatusCode;

/** @deprecated Use `getReasonPhrase`, as http-status-codes advises. */
export declare const getStatusText: typeof getReasonPhrase;

/** http-status-codes' default export: the legacy constants, `getStatusCode` and `getStatusText`. */
export interface HttpStatusDefault extends LegacyCodes {
  readonly getStatusCode: typeof getStatusCode;
  /** @deprecated Use `getReasonPhrase`, as http-status-codes advises. */
  readonly getStatusText: typeof getStatusText;
}

/** Where the table came from: `'native'` (the addon) or `'js'` (the pure-JS build). */
export declare const backend: 'native' | 'js';

/**
 * The default export is what `require('httpcodes')` gives, under every import style: all of
 * the above, http-status-codes' default export (`HttpStatusDefault`) included, and `default`.
 */
declare const httpcodes: typeof import('./index.js');
export default httpcodes;
