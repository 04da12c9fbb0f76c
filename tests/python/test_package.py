"""The package itself: its version, exports, typing files and generated stub."""

import importlib.metadata
import importlib.resources
import importlib.util
import re
from pathlib import Path

import pytest

import httpcodes

REPO = Path(__file__).resolve().parents[2]
STUB_GENERATOR = REPO / "py" / "tools" / "generate_stub.py"


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
    # The lookups, the enums, and the contract's nine flags (spec/API.md) as functions.
    flags = ["is_informational", "is_success", "is_redirection", "is_client_error"]
    flags += ["is_server_error", "is_error", "is_redirect", "is_empty_body", "is_retry"]
    assert sorted(httpcodes.__all__) == sorted(
        ["HTTPStatus", "StatusClass", "__version__", "class_of", "code_of", "reason_phrase", *flags]
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


def test_the_committed_stub_is_current() -> None:
    spec = importlib.util.spec_from_file_location("generate_stub", STUB_GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    committed = generator.STUB.read_text(encoding="utf-8")
    assert generator.render() == committed, "run py/tools/generate_stub.py and commit the stub"
