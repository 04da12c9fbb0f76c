"""The Python hot paths, called N times each, for the instruction-count guard (run.sh).

    python calls.py LOOKUP N [--loop-only]

LOOKUP is a key of VALUES. With --loop-only the same loop runs over the same values with
nothing in its body: the guard subtracts that count, so what remains is the calls alone.
"""

import sys

import httpcodes

VALUES = {
    "reason_phrase": (200, 404, 503, 302, 418, 999, 100, 511),
    "code_of": ("Not Found", "OK", "service unavailable", "I'm a Teapot"),
    "header_fields": (200, 404, 503, 302, 418, 999, 100, 511),
    "is_cacheable_by_default": (200, 404, 503, 302, 418, 999, 100, 511),
}


def main(lookup: str, n: int, loop_only: bool) -> None:
    values = VALUES[lookup] * (n // len(VALUES[lookup]) + 1)
    values = values[:n]
    function = getattr(httpcodes, lookup)
    # One call in both runs, so what a lookup loads at its first call (header_fields reads
    # httpcodes._fields) cancels out, and the guard counts only the calls that follow.
    function(values[0])
    if loop_only:
        for _value in values:
            pass
    else:
        for value in values:
            function(value)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in VALUES:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3:] == ["--loop-only"])
