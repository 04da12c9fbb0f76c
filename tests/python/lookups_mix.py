"""A fixed mix of lookups, good and bad, that the thread and memory tests repeat."""

import http

import httpcodes
from httpcodes import HTTPStatus

CODES: list[int] = [404, 200, 418, 999, -1, 65940, 2**64 + 404, http.HTTPStatus.OK, 103, 599]
PHRASES: list[str] = [
    "not found",
    " OK ",
    "Payload Too Large",
    "Nope",
    "",
    "\ud800",
    "I'm a Teapot",
]
NOT_CODES: list[object] = [True, 404.0, "404", None]
NOT_PHRASES: list[object] = [404, b"OK", None]


def run_once() -> list[object]:
    """One pass over the mix; the answers, with each TypeError as its message."""
    answers: list[object] = []
    for code in CODES:
        answers.append(httpcodes.reason_phrase(code))
        answers.append(httpcodes.class_of(code))
        answers.append(httpcodes.header_fields(code))
        answers.append(httpcodes.missing_fields(code, PHRASES))
        try:
            answers.append(HTTPStatus(code))
        except ValueError:
            answers.append("ValueError")
    for phrase in PHRASES:
        answers.append(httpcodes.code_of(phrase))
    for not_code in NOT_CODES:
        try:
            httpcodes.reason_phrase(not_code)  # type: ignore[arg-type]
        except TypeError as error:
            answers.append(str(error))
        try:
            httpcodes.header_fields(not_code)  # type: ignore[arg-type]
        except TypeError as error:
            answers.append(str(error))
    for not_phrase in NOT_PHRASES:
        try:
            httpcodes.code_of(not_phrase)  # type: ignore[arg-type]
        except TypeError as error:
            answers.append(str(error))
    return answers


LOOKUPS_PER_PASS = 5 * len(CODES) + len(PHRASES) + 2 * len(NOT_CODES) + len(NOT_PHRASES)
