"""The package itself: its version, exports, typing files and the table data it carries."""

import importlib.metadata
import importlib.resources
import re
import subprocess
import sys
from pathlib import Path

import pytest

import httpcodes

import backend
import vectors

REPO = Path(__file__).resolve().parents[2]


def workspace_version() -> str:
    """`[workspace.package] version` from the root Cargo.toml, which every package carries."""
    text = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    section = text.split("[workspace.package]", 1)[1].split("\n[", 1)[0]
    found = re.search(r'^version\s*=\s*"([^"]+)"', section, re.MULTILINE)
    assert found is not None
    return found.group(1)


def test_version_is_the_workspace_version() -> None:
    assert httpcodes.__version__ == workspace_version()
    assert importlib.metadata.version("httpcodes-py") == workspace_version()


def test_all_names_the_public_api_and_each_resolves() -> None:
    # The lookups, the enums, and the contract's flags (spec/API.md) as functions.
    flags = ["is_informational", "is_success", "is_redirection", "is_client_error"]
    flags += ["is_server_error", "is_error", "is_redirect", "is_empty_body", "is_retry"]
    flags += ["is_cacheable_by_default"]
    assert sorted(httpcodes.__all__) == sorted(
        [
            "HTTPStatus",
            "HeaderField",
            "StatusClass",
            "__version__",
            "class_of",
            "code_of",
            "description_of",
            "header_fields",
            "missing_fields",
            "name_of",
            "reason_phrase",
            "reference_of",
            "registered_phrase",
            *flags,
        ]
    )
    for name in httpcodes.__all__:
        assert getattr(httpcodes, name) is not None
    assert set(httpcodes.__all__) <= set(dir(httpcodes))


def test_unknown_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NOT_FOUND"):
        httpcodes.NOT_FOUND  # type: ignore[attr-defined]  # noqa: B018


def test_the_wheel_ships_typing_files() -> None:
    package = importlib.resources.files("httpcodes")
    assert package.joinpath("py.typed").is_file()
    assert package.joinpath("__init__.pyi").is_file()
    assert package.joinpath("_httpcodes.pyi").is_file()


@backend.needs_native
def test_the_table_data_is_what_the_native_module_answers() -> None:
    # `_table.py` is generated from core's source; the native module is core compiled. Each row
    # of the data must be what the compiled core answers for its code.
    from httpcodes import _httpcodes, _table  # noqa: PLC0415 - the private halves compared

    rows = [line.split("|") for line in _table.STATUSES.splitlines()]
    assert len(rows) == len(vectors.statuses())
    for code_text, name, phrase in rows:
        code = int(code_text)
        assert _httpcodes.reason_phrase(code) == phrase, code
        assert _httpcodes.name_of(code) == name, code
        assert _httpcodes.code_of(phrase) == code, name
    for bit, (flag, codes) in enumerate(zip(_table.FLAG_NAMES, _table.FLAG_CODES)):
        listed = [int(row[0]) for row in rows if _httpcodes.flag_bits(int(row[0])) >> bit & 1]
        assert list(codes) == listed, flag
    assert [line.split("|")[0] for line in _table.FACTS.splitlines()] == [row[0] for row in rows]
    assert [row[0] for row in _table.CLASSES] == [1, 2, 3, 4, 5]


def loaded_after(statement: str) -> list[str]:
    """The httpcodes modules a fresh interpreter has loaded after running `statement`."""
    code = f"import sys\n{statement}\nprint(*sorted(m for m in sys.modules if 'httpcodes' in m))"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return output.split()


@backend.needs_processes
def test_each_import_loads_only_what_it_needs() -> None:
    # `from httpcodes import HTTPStatus` must cost no more than the stdlib's: the enums are built
    # in the package itself from `_table`, and no lookups load (native, or `_pure` in the pure
    # wheel) until a lookup needs them.
    table = ["httpcodes", "httpcodes._table"]
    native = sorted([*table, "httpcodes._lookups", backend.LOOKUPS])
    assert loaded_after("import httpcodes") == table
    assert loaded_after("from httpcodes import HTTPStatus, StatusClass") == table
    # Each code's facts are read with the first of them.
    facts = sorted([*table, "httpcodes._facts"])
    assert loaded_after("from httpcodes import HTTPStatus\nHTTPStatus.FOUND.description") == facts
    assert loaded_after("import httpcodes\nhttpcodes.description_of(404)") == sorted(
        [*native, "httpcodes._facts"]
    )
    assert loaded_after("import httpcodes\nhttpcodes.class_of(404)") == native
