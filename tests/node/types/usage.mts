// Correct use compiles under `tsc --strict --module node16`; each `@ts-expect-error` marks a
// misuse the types must reject (tsc fails if one of them compiles).

import httpStatus, {
  all,
  classOf,
  codeOf,
  descriptionOf,
  FOUND,
  getReasonPhrase,
  getStatusCode,
  getStatusText,
  headerFields,
  isCacheableByDefault,
  isError,
  missingFields,
  nameOf,
  NOT_FOUND,
  reasonPhrase,
  ReasonPhrases,
  referenceOf,
  registeredPhrase,
  statusOf,
  StatusCodes,
  version,
} from 'httpcodes';
import type {
  AliasName,
  ClassLabel,
  FieldLevel,
  HeaderField,
  ReasonPhrase,
  RegisteredPhrase,
  Status,
  StatusClass,
  StatusCode,
  StatusName,
} from 'httpcodes';

// Literal types where they help.
const notFound: 'Not Found' = reasonPhrase(404);
const teapot: 'IM_A_TEAPOT' = nameOf(418);
const notFoundCode: 404 = StatusCodes.NOT_FOUND;
const legacy: 404 = NOT_FOUND;
const fromDefault: 404 = httpStatus.NOT_FOUND;
const viaEnum: 'Not Found' = reasonPhrase(StatusCodes.NOT_FOUND);
const found: 'Found' = registeredPhrase(302);
const foundCode: 302 = StatusCodes.FOUND;
const foundLegacy: 302 = FOUND;
const aliasName: AliasName = 'CONTENT_TOO_LARGE';
const earlyHints: 103 = StatusCodes.EARLY_HINTS;

// Wide inputs give wide, possibly-unknown answers.
declare const someCode: number;
const maybePhrase: ReasonPhrase | undefined = reasonPhrase(someCode);
const maybeName: StatusName | undefined = nameOf(someCode);
const maybeCode: StatusCode | undefined = codeOf('not found');
const maybeClass: StatusClass | undefined = classOf(499);
const label: ClassLabel | undefined = maybeClass?.label;
const maybeStatus: Status | undefined = statusOf('NOT_FOUND');
const maybeRegistered: RegisteredPhrase | undefined = registeredPhrase(someCode);
const maybeReference: string | undefined = referenceOf(someCode);
const maybeDescription: string | undefined = descriptionOf(someCode);
const recordReference: string | null | undefined = maybeStatus?.reference;
const recordFacts: string | undefined = maybeStatus && `${maybeStatus.registeredPhrase}: ${maybeStatus.description}`;
const statuses: readonly Status[] = all();
const error: boolean = isError(someCode);
const cacheable: boolean = isCacheableByDefault(someCode);
const unregistered: undefined = registeredPhrase(419);
const recordRegistered: RegisteredPhrase | null | undefined = maybeStatus?.registeredPhrase;
const fields: readonly HeaderField[] | undefined = headerFields(405);
const recordFields: readonly HeaderField[] | undefined = maybeStatus?.headerFields;
const level: FieldLevel | undefined = fields?.[0]?.level;
const condition: string | null | undefined = fields?.[0]?.condition;
const missing: readonly HeaderField[] | undefined = missingFields(405, new Set(['Date']));
const missingFromArray: string[] = (missingFields(304, ['ETag']) ?? []).map((field) => `${field.name} ${field.section}`);
const text: string = `${version} ${statuses[0]?.text ?? ''}`;

// The http-status-codes surface.
const phrase: string = getReasonPhrase(404) + getReasonPhrase('404') + getStatusText(200);
const code: number = getStatusCode('Not Found') + httpStatus.getStatusCode('OK');
const enumPhrase: string = ReasonPhrases.NOT_FOUND;
const reverse: string = StatusCodes[404];
function respond(status: StatusCodes): number {
  return status;
}
respond(StatusCodes.OK);

// Misuse is a type error.
// @ts-expect-error a code is a number
reasonPhrase({});
// @ts-expect-error a code is a number, not a decimal string
reasonPhrase('404');
// @ts-expect-error a phrase is a string
codeOf(404);
// @ts-expect-error a name is a string
statusOf(undefined);
// @ts-expect-error a code is a number
classOf(404n);
// @ts-expect-error getStatusCode takes a phrase
getStatusCode(404);
// @ts-expect-error the answer may be unknown
const sure: ReasonPhrase = reasonPhrase(someCode);
// @ts-expect-error the tables are read-only
StatusCodes.NOT_FOUND = 405;
// @ts-expect-error records are read-only
maybeStatus!.code = 405;
// @ts-expect-error a code is a number
referenceOf('404');
// @ts-expect-error a code is a number
descriptionOf(null);
// @ts-expect-error a reference may be null on a record (419, 420)
const sureReference: string = maybeStatus!.reference;
// @ts-expect-error an alias name is not a status's NAME
const aliasIsName: StatusName = 'FOUND';
// @ts-expect-error a registered phrase may be null on a record (419, 420)
const sureRegistered: RegisteredPhrase = maybeStatus!.registeredPhrase;
// @ts-expect-error the names are strings
missingFields(405, [404]);
// @ts-expect-error a level is one of the RFC's keywords or 'names it'
const anyLevel: FieldLevel = 'MUST NOT';
// @ts-expect-error header fields are read-only
fields![0]!.name = 'Allow';

export {
  notFound, viaEnum, teapot, notFoundCode, legacy, fromDefault, maybePhrase, maybeName, maybeCode, label, error, text,
  phrase, code, enumPhrase, reverse, sure, found, foundCode, foundLegacy, aliasName, earlyHints, maybeRegistered,
  maybeReference, maybeDescription, recordReference, recordFacts, sureReference, aliasIsName, cacheable, unregistered,
  recordRegistered, fields, recordFields, level, condition, missing, missingFromArray, sureRegistered, anyLevel,
};
