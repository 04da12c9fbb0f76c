//! Python arguments turned into what core takes, and the `TypeError` for anything else.

use pyo3::exceptions::{PyOverflowError, PyTypeError, PyUnicodeEncodeError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyInt, PyString};

use crate::boundary;

/// A status code for core: any `int` (an `IntEnum` member too) but `bool`.
///
/// An int too wide for `i64` is `None`: core would call it unknown anyway, so it is never an
/// `OverflowError`.
pub(crate) fn code(value: &Bound<'_, PyAny>) -> PyResult<Option<i64>> {
    if let Some(code) = boundary::exact_int(value) {
        return Ok(code);
    }
    if !value.is_instance_of::<PyInt>() || value.is_instance_of::<PyBool>() {
        return Err(wrong_type(value, "an int (HTTP status code)"));
    }
    // An int subclass (an `IntEnum` member, say) is a code by its int value.
    match value.extract::<i64>() {
        Ok(code) => Ok(Some(code)),
        Err(err) if err.is_instance_of::<PyOverflowError>(value.py()) => Ok(None),
        Err(err) => Err(err),
    }
}

/// The UTF-8 bytes of a phrase for core: any `str`.
///
/// A string that has no UTF-8 form (a lone surrogate such as `"\ud800"`) is `None`: it cannot
/// be any phrase, so it is simply unknown.
pub(crate) fn phrase<'py>(value: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyBytes>>> {
    if let Some(utf8) = boundary::exact_str_utf8(value) {
        return Ok(utf8);
    }
    // A `str` subclass, or an exact `str` whose encoding failed for another reason.
    let Ok(text) = value.cast::<PyString>() else {
        return Err(wrong_type(value, "a str (reason phrase)"));
    };
    match text.encode_utf8() {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.is_instance_of::<PyUnicodeEncodeError>(value.py()) => Ok(None),
        Err(err) => Err(err),
    }
}

/// `TypeError: expected <expected>, got <type>: <value>`, the value shown by
/// [`crate::describe::describe`]: core's excerpt rule, and none of the value's own code.
fn wrong_type(value: &Bound<'_, PyAny>, expected: &str) -> PyErr {
    PyTypeError::new_err(format!(
        "expected {expected}, got {}: {}",
        crate::describe::type_name(value),
        crate::describe::describe(value)
    ))
}
