"""A short tour of `import httpcodes`, run by `make demo`."""

import http

import httpcodes
from httpcodes import HTTPStatus, StatusClass


def main() -> None:
    print(f"httpcodes {httpcodes.__version__}")

    # Forward: code -> phrase and class; anything unlisted is None.
    for code in (200, 404, 418, 499, 999):
        status_class = httpcodes.class_of(code)
        label = status_class.label if status_class else None
        print(f"  reason_phrase({code}) = {httpcodes.reason_phrase(code)!r:<18} class: {label}")

    # Reverse: ASCII case-insensitive, trimmed, and the phrases other tables use.
    for phrase in ("not found", "  Payload Too Large\n", "URI Too Long", "Not Fou\u212an"):
        print(f"  code_of({phrase!r}) = {httpcodes.code_of(phrase)}")

    # The enum, a drop-in for http.HTTPStatus.
    status = HTTPStatus.SERVICE_UNAVAILABLE
    print(f"  {status!r}: {status} {status.phrase}, {status.status_class.label}")
    print(f"    is_server_error={status.is_server_error} is_retry={status.is_retry}")
    print(f"    the stdlib's member works too: {httpcodes.reason_phrase(http.HTTPStatus.OK)!r}")
    print(f"  retry on: {[int(s) for s in HTTPStatus if s.is_retry]}")
    print(f"  classes: {', '.join(f'{c.range} {c.label}' for c in StatusClass)}")

    # What the RFCs ask of a response with a code: its header fields, and which are missing.
    print(f"  cacheable by default: {[int(s) for s in HTTPStatus if s.is_cacheable_by_default]}")
    print(f"  405 carries: {'; '.join(map(str, HTTPStatus.METHOD_NOT_ALLOWED.header_fields))}")
    missing = httpcodes.missing_fields(401, ["content-type", "date"]) or ()
    print(f"  a 401 with Content-Type and Date lacks: {', '.join(map(str, missing))}")

    # Wrong types are TypeErrors that say what was expected.
    try:
        httpcodes.reason_phrase("404")  # type: ignore[arg-type]
    except TypeError as error:
        print(f"  reason_phrase('404') -> TypeError: {error}")


if __name__ == "__main__":
    main()
