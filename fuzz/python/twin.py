"""The pure-Python lookups (`httpcodes._pure`, all the pure wheel has) against the native module
(core compiled) on every fuzz input: the same answer, or the same error, type and message.

Where the native module is absent (the pure wheel), `checks.check` already drives `_pure`
through every public function against the oracle, and this check has nothing to compare.
"""

import checks
import values

from httpcodes import _lookups, _pure

# Never true at run time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

LOOKUPS = [name for name in _lookups.__all__ if name != "__version__"]
native: "ModuleType | None"
try:
    import httpcodes._httpcodes as native  # the abi3 wheel's only
except ModuleNotFoundError:
    native = None


def _outcome(function: "Callable[[object], object]", value: object) -> object:
    try:
        return function(value)
    except Exception as error:  # every error is compared, its type and message
        return (type(error), str(error))


def check(data: bytes) -> None:
    """Each lookup of `_pure` on the value `data` stands for, against the native one."""
    if native is None:
        return
    value = values.value_of(data)
    for name in LOOKUPS:
        expected = _outcome(getattr(native, name), value)
        pure = _outcome(getattr(_pure, name), value)
        if pure != expected:
            message = f"{name}({type(value).__name__}): native {expected!r}, pure {pure!r}"
            raise checks.MismatchError(message)
