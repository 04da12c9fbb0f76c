"""Each code's registered phrase, reference and description, and the functions that answer
them: read from the generated table at the first use of one (`httpcodes.description_of`, a
member's `.description` …). The import system runs this module once, so every thread sees the
columns whole."""

from httpcodes._table import CODES, FACTS, STATUSES

# Never true at run time: `typing` and `collections.abc` cost more to import than all of httpcodes.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

_STATUSES = STATUSES.replace("\n", "|").split("|")
_FIELDS = FACTS.replace("\n", "|").split("|")  # in STATUSES' order
# Keyed by code; a registered phrase the table leaves empty is the phrase, and one it writes `-`
# is none: the registry does not list the code (419, 420).
REGISTERED: "dict[int, str | None]" = {
    code: None if ours == "-" else ours or phrase
    for code, ours, phrase in zip(CODES, _FIELDS[1::4], _STATUSES[2::3])
}
REFERENCE: "dict[int, str | None]" = {
    code: reference or None for code, reference in zip(CODES, _FIELDS[2::4])
}
DESCRIPTION: "dict[int, str]" = dict(zip(CODES, _FIELDS[3::4]))
_CODE_OF_NAME: "dict[str, int]" = dict(zip(_STATUSES[1::3], CODES))


_NAME_OF: "list[Callable[[int], str | None]]" = []


def _listed(code: int) -> "int | None":
    """The listed code `code` stands for, or None; `name_of` checks its type, so the fact
    functions take a code as every lookup does. The lookups load at the first fact asked of a
    code, not with the facts (a member's `.description` needs none), and are kept, so no later
    call pays for an import statement."""
    if not _NAME_OF:
        from httpcodes._lookups import name_of  # noqa: PLC0415 - see above

        _NAME_OF.append(name_of)
    name = _NAME_OF[0](code)
    return None if name is None else _CODE_OF_NAME[name]


def registered_phrase(code: int, /) -> "str | None":
    """The IANA registry's phrase of `code` ('Found' for 302), or None if it is not listed
    or the registry does not list it (419, 420)."""
    listed = _listed(code)
    return None if listed is None else REGISTERED[listed]


def reference_of(code: int, /) -> "str | None":
    """Where the IANA registry defines `code`, or None if it is not listed or not registered."""
    listed = _listed(code)
    return None if listed is None else REFERENCE[listed]


def description_of(code: int, /) -> "str | None":
    """One sentence on what `code` means, or None if it is not a listed code."""
    listed = _listed(code)
    return None if listed is None else DESCRIPTION[listed]
