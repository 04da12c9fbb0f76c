"""`HTTPStatus`, the listed statuses as an `IntEnum`, built from core's table."""

import enum

from httpcodes import _httpcodes
from httpcodes._classes import StatusClass
from httpcodes._enums import make_enum


def _build() -> type[enum.IntEnum]:
    rows = _httpcodes.statuses()
    http_status = make_enum(
        enum.IntEnum,
        "HTTPStatus",
        "An HTTP status listed in the table; an `int` equal to its code.",
        {name: code for name, code, *_ in rows},
        # The plain number, as an IntEnum gives from Python 3.11 on, on every supported version.
        __str__=int.__repr__,
        __format__=int.__format__,
    )
    flag_names = list(enumerate(_httpcodes.flag_names()))
    for name, _, phrase, digit, flag_bits in rows:
        status_class = StatusClass(digit)
        facts = http_status[name].__dict__
        facts.update(
            phrase=phrase,
            description=status_class.__dict__["description"],
            status_class=status_class,
        )
        # Every flag is core's answer (`httpcodes::FLAGS`): bit i of the row answers flag i.
        facts.update((flag, bool(flag_bits >> bit & 1)) for bit, flag in flag_names)
    return http_status


HTTPStatus = _build()
