"""httpcodes against the stdlib's `http.HTTPStatus`, on this Python, in one process.

Each row times both sides over the same mixed inputs, best of several repeats (the drop-in import:
the median over fresh interpreters), and checks the issue's goal for that row. Only the stdlib is
used as the peer.

`bench.py --pure` times the pure wheel (no native module; run.sh installs it for CPython 3.13 and
PyPy): its rows are named `pure`, and each must beat the stdlib where the native one must.
"""

import re
import statistics
import subprocess
import sys
import timeit
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus

import httpcodes

PURE = "--pure" in sys.argv[1:]
# `python -X importtime` is CPython's: elsewhere only the drop-in import's own time is taken.
IMPORT_TIMES = sys.implementation.name == "cpython"
REPEATS = 7
IMPORT_RUNS = 21
# The drop-in import's row: the median over this many fresh interpreters per side (at least 9),
# taken in turns (each side first in every other round) so both sides meet the same machine.
STATEMENT_RUNS = 41

LISTED = [404, 200, 301, 503]  # listed in both tables
UNLISTED = [999, 0, 1404, 65940]  # listed in neither
PHRASES = ["not found", "OK", "Bad Gateway", "service unavailable"]


def stdlib_code_of(phrase: str) -> "int | None":
    """The stdlib way: iterate HTTPStatus comparing `.phrase.lower()`."""
    wanted = phrase.strip().lower()
    for status in HTTPStatus:
        if status.phrase.lower() == wanted:
            return status.value
    return None


def ns_per_call(statement: str, inputs: Sequence[object], names: dict[str, object]) -> float:
    """Best time of `statement` (`ARG` standing for each input in turn), in ns per call."""
    unrolled = "\n".join(statement.replace("ARG", f"arg{i}") for i in range(len(inputs)))
    values = {**names, **{f"arg{i}": value for i, value in enumerate(inputs)}}
    # Bound in `setup`, every name is a local of the timed function, as with `python -m timeit`:
    # the figures are the calls, not global-variable lookups.
    setup = "\n".join(f"{name} = _values[{name!r}]" for name in values)
    timer = timeit.Timer(unrolled, setup, globals={"_values": values})
    number, _ = timer.autorange()
    best = min(timer.repeat(REPEATS, number))
    return best / number / len(inputs) * 1e9


@dataclass
class Row:
    name: str
    ours: float
    peer_name: str
    peer: float
    goal: float  # minimum peer/ours ratio
    unit: str = "ns"

    @property
    def ratio(self) -> float:
        return self.peer / self.ours


def call_rows() -> list[Row]:
    dict_get = {status.value: status.phrase for status in HTTPStatus}.get
    names: dict[str, object] = {
        "reason_phrase": httpcodes.reason_phrase,
        "header_fields": httpcodes.header_fields,
        "is_cacheable_by_default": httpcodes.is_cacheable_by_default,
        "code_of": httpcodes.code_of,
        "HTTPStatus": HTTPStatus,
        "OurHTTPStatus": httpcodes.HTTPStatus,
        "get": dict_get,
        "stdlib_code_of": stdlib_code_of,
    }
    ours_listed = ns_per_call("reason_phrase(ARG)", LISTED, names)
    ours_code_of = ns_per_call("code_of(ARG)", PHRASES, names)
    ours_unlisted = ns_per_call("reason_phrase(ARG)", UNLISTED, names)
    stdlib_unlisted = ns_per_call(
        "try:\n    HTTPStatus(ARG).phrase\nexcept ValueError:\n    pass", UNLISTED, names
    )
    return [
        Row(
            "reason_phrase(404)",
            ours_listed,
            "HTTPStatus(404).phrase",
            ns_per_call("HTTPStatus(ARG).phrase", LISTED, names),
            goal=10,
        ),
        Row(
            "reason_phrase(404)",
            ours_listed,
            "dict.get(404)",
            ns_per_call("get(ARG)", LISTED, names),
            goal=0.5,
        ),
        Row(
            'code_of("not found")',
            ours_code_of,
            "scan .phrase.lower()",
            ns_per_call("stdlib_code_of(ARG)", PHRASES, names),
            goal=50,
        ),
        # Text to code as fast as code to text: at most 1.5 times reason_phrase's time.
        Row(
            'code_of("not found")',
            ours_code_of,
            "reason_phrase(404)",
            ns_per_call("reason_phrase(ARG)", LISTED, names),
            goal=1 / 1.5,
        ),
        *what_http_says_rows(names),
        Row(
            "reason_phrase(999)",
            ours_unlisted,
            "HTTPStatus(999) except",
            stdlib_unlisted,
            goal=20,
        ),
        # The drop-in's own lookup (the enum, built from the table), for the record.
        Row(
            "HTTPStatus(404)",
            ns_per_call("OurHTTPStatus(ARG)", LISTED, names),
            "http.HTTPStatus(404)",
            ns_per_call("HTTPStatus(ARG)", LISTED, names),
            goal=0,
        ),
    ]


def what_http_says_rows(names: dict[str, object]) -> list[Row]:
    """The header fields cost what the phrase does (within noise): the native module answers both
    from objects made once. So does a flag: every `is_*` is a native function of one argument, as
    reason_phrase is."""
    return [
        Row(
            f"{name}(404)",
            ns_per_call(f"{name}(ARG)", LISTED, names),
            "reason_phrase(404)",
            ns_per_call("reason_phrase(ARG)", LISTED, names),
            goal=1 / 1.25,
        )
        for name in ("header_fields", "is_cacheable_by_default")
    ]


def cumulative_import_us(statement: str, *modules: str) -> float:
    """Best total of the cumulative `python -X importtime` figures of `modules` (each imported at
    top level by `statement`) over fresh interpreters, in microseconds."""
    pattern = "|".join(re.escape(module) for module in modules)
    line = re.compile(rf"^import time:\s+\d+ \|\s+(\d+) \| ?(?:{pattern})$")
    best = float("inf")
    for _ in range(IMPORT_RUNS):
        stderr = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", statement],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        times = [int(found.group(1)) for found in map(line.match, stderr.splitlines()) if found]
        if len(times) != len(modules):
            raise RuntimeError(f"expected {modules} at top level in:\n{stderr}")
        best = min(best, sum(times))
    return best


def statement_ns(statement: str) -> int:
    """The CPU time one fresh interpreter spends running `statement`, in nanoseconds: the
    statement alone, timed in the process itself, without the interpreter's own start-up."""
    code = f"import time\nstart = time.process_time_ns()\n{statement}\n"
    code += "print(time.process_time_ns() - start)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout)


def median_statement_us(ours: str, peer: str) -> tuple[float, float]:
    """The median time of `ours` and of `peer`, each over STATEMENT_RUNS fresh interpreters
    taken in turns, in microseconds."""
    times: dict[str, list[int]] = {ours: [], peer: []}
    for turn in range(STATEMENT_RUNS):
        for statement in (ours, peer) if turn % 2 == 0 else (peer, ours):
            times[statement].append(statement_ns(statement))
    return statistics.median(times[ours]) / 1000, statistics.median(times[peer]) / 1000


def import_rows() -> list[Row]:
    # The one import every drop-in user writes, at parity with the stdlib's: the enums are built
    # on first use, so this counts building StatusClass and HTTPStatus from the table (and `enum`,
    # which both sides import), as the CPU time of the statement in a fresh interpreter, median
    # of STATEMENT_RUNS, within 1.10 times the stdlib's.
    ours, peer = median_statement_us(
        "from httpcodes import HTTPStatus, StatusClass", "from http import HTTPStatus"
    )
    statement = Row(
        f"from httpcodes import HTTPStatus, StatusClass (median of {STATEMENT_RUNS} processes)",
        ours,
        "from http import HTTPStatus",
        peer,
        goal=1 / 1.10,
        unit="us",
    )
    if not IMPORT_TIMES:
        return [statement]
    module = Row(
        "import httpcodes",
        cumulative_import_us("import httpcodes", "httpcodes"),
        "from http import HTTPStatus",
        cumulative_import_us("from http import HTTPStatus", "http"),
        goal=1,
        unit="us",
    )
    return [module, statement]


def goal_of(row: Row) -> str:
    """The goal in bench/report.py's terms: `>=X` times faster, `<=X` times the peer's time."""
    if row.goal == 0:
        return "-"
    return f">={row.goal:g}" if row.goal >= 1 else f"<={1 / row.goal:g}"


def pure_goal(row: Row) -> Row:
    """The pure wheel's goal for a row: to beat the stdlib wherever the native wheel must (the
    import's parity as the native wheel's); none against our own or a bare dict's lookup."""
    if row.peer_name in ("dict.get(404)", "reason_phrase(404)"):
        row.goal = 0
    elif row.goal >= 1:
        row.goal = 1
    return row


def print_rows(rows: list[Row]) -> None:
    """One `BENCH` line per row, for bench/report.py."""
    version = ".".join(map(str, sys.version_info[:2]))
    if sys.implementation.name != "cpython":
        version = f"{version} ({sys.implementation.name})"
    for row in rows:
        wheel = "pure " if PURE else ""
        name = f"Python {version} {wheel}{row.name} vs {row.peer_name}"
        unit = "µs" if row.unit == "us" else row.unit
        print(f"BENCH\t{name}\t{row.ours:.2f}\t{row.peer:.2f}\t{goal_of(row)}\t{unit}")


def main() -> int:
    rows = call_rows() + import_rows()
    print_rows([pure_goal(row) for row in rows] if PURE else rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
