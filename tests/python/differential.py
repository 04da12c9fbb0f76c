"""The Python half of the cross-language differential test.

    python differential.py INTS PHRASES OUT

INTS holds one decimal integer per line (any size); PHRASES one input per line, as lowercase hex of
its UTF-8 bytes (possibly not valid UTF-8). OUT gets, in input order, for each int
`phrase<TAB>name<TAB>class label<TAB>flags<TAB>registered phrase<TAB>reference<TAB>description
<TAB>header fields` and for each phrase `code<TAB>code of it as a NAME` (alias names too), with
`-` for unknown (and for the registered phrase and reference of an unregistered code, and for a
code without header fields). Flags are 0/1 characters in core's order: is_informational,
is_success, is_redirection, is_client_error, is_server_error, is_error, is_redirect,
is_empty_body, is_retry, is_cacheable_by_default. The header fields are each as `str()` shows it
(`Allow (MUST, RFC 9110, Section 15.5.6)`), joined by `; `. Only the public API is used, as a
user would: the facts through the module's functions, and for a listed code through the member's
properties too, which must agree.
"""

import sys
from pathlib import Path

import httpcodes
from httpcodes import HTTPStatus, StatusClass

UNKNOWN = "-"


def describe_int(code: int) -> str:
    try:
        status: HTTPStatus | None = HTTPStatus(code)
    except ValueError:
        status = None
    status_class = httpcodes.class_of(code)
    flags = [
        status_class is StatusClass.INFORMATIONAL,
        status_class is StatusClass.SUCCESS,
        status_class is StatusClass.REDIRECTION,
        status_class is StatusClass.CLIENT_ERROR,
        status_class is StatusClass.SERVER_ERROR,
        status_class in (StatusClass.CLIENT_ERROR, StatusClass.SERVER_ERROR),
        status is not None and status.is_redirect,
        status is not None and status.is_empty_body,
        status is not None and status.is_retry,
        status is not None and status.is_cacheable_by_default,
    ]
    facts = (
        httpcodes.registered_phrase(code),
        httpcodes.reference_of(code),
        httpcodes.description_of(code),
    )
    fields = httpcodes.header_fields(code)
    if status is not None and (facts, fields) != (
        (status.registered_phrase, status.reference, status.description),
        status.header_fields,
    ):
        raise AssertionError(f"{code}: the functions answer {facts}, the member otherwise")
    return "\t".join(
        [
            httpcodes.reason_phrase(code) or UNKNOWN,
            UNKNOWN if status is None else status.name,
            UNKNOWN if status_class is None else status_class.label,
            "".join("1" if flag else "0" for flag in flags),
            *(fact or UNKNOWN for fact in facts),
            "; ".join(map(str, fields or ())) or UNKNOWN,
        ]
    )


def describe_phrase(hex_utf8: str) -> str:
    # Python's natural decoding: bytes that are not UTF-8 become lone surrogates.
    text = bytes.fromhex(hex_utf8).decode("utf-8", "surrogateescape")
    code = httpcodes.code_of(text)
    named = HTTPStatus.__members__.get(text)
    return "\t".join(
        [
            UNKNOWN if code is None else str(code),
            UNKNOWN if named is None else str(named.value),
        ]
    )


def main(arguments: list[str]) -> int:
    if len(arguments) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ints, phrases, out = (Path(argument) for argument in arguments)
    lines = [describe_int(int(line)) for line in ints.read_text(encoding="ascii").splitlines()]
    lines += [describe_phrase(line) for line in phrases.read_text(encoding="ascii").splitlines()]
    out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
