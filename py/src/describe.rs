//! How an error message shows a Python value: by core's excerpt rule, and without running any of
//! the value's own code (no `__repr__`, no property, no metaclass), in time and memory bounded
//! by the excerpt, whatever the value's size.

use httpcodes::doors::{excerpt, excerpt_bytes, EXCERPT_CHARS};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyComplex, PyFloat, PyInt, PyType};

/// The widest int written out in full (Python writes 1,234 digits of it in microseconds);
/// a wider one is shown by its size.
const WRITTEN_BITS: u64 = 4096;

/// A value as error messages show it:
/// - a `str` quoted, `'…'`, a `bytes` as `b'…'`, a `bytearray` as `bytearray(b'…')`, each by
///   core's excerpt rule (the text read as UTF-8 for bytes);
/// - `None`, a `bool`, an `int` (up to 4,096 bits), a `float` or a `complex` as Python writes
///   it, cut by the same rule; a wider int as `<int of N bits>`;
/// - anything else as `<TYPE object>`.
///
/// Subclasses are read as their base type's data, so no override of theirs runs.
pub(crate) fn describe(value: &Bound<'_, PyAny>) -> String {
    if let Some(text) = crate::boundary::str_head(value, EXCERPT_CHARS + 1) {
        return format!("'{}'", excerpt(&text));
    }
    // A character is at most four bytes: one more byte than four per character tells a cut.
    if let Some(bytes) = crate::boundary::bytes_head(value, EXCERPT_CHARS * 4 + 1) {
        let shown = excerpt_bytes(&bytes);
        return if value.is_instance_of::<PyByteArray>() {
            format!("bytearray(b'{shown}')")
        } else {
            format!("b'{shown}'")
        };
    }
    if value.is_none() {
        return String::from("None");
    }
    if value.is_instance_of::<PyBool>() {
        return String::from(if value.is_truthy().unwrap_or(false) {
            "True"
        } else {
            "False"
        });
    }
    let written = if value.is_instance_of::<PyInt>() {
        int_text(value)
    } else if value.is_instance_of::<PyFloat>() {
        base_repr::<PyFloat>(value)
    } else if value.is_instance_of::<PyComplex>() {
        base_repr::<PyComplex>(value)
    } else {
        None
    };
    match written {
        Some(text) => excerpt(&text).to_string(),
        None => format!("<{} object>", type_name(value)),
    }
}

/// The name of the value's type, by the excerpt rule, read by `type`'s own `__name__` getter so
/// that no metaclass or class attribute is consulted.
pub(crate) fn type_name(value: &Bound<'_, PyAny>) -> String {
    // Looked up on each call (an error path): a cache would cost the wheel more than it saves.
    let py = value.py();
    let name = py
        .get_type::<PyType>()
        .getattr("__dict__")
        .and_then(|type_dict| type_dict.get_item("__name__"))
        .and_then(|getter| getter.call_method1("__get__", (value.get_type(),)));
    match name
        .ok()
        .and_then(|name| crate::boundary::str_head(&name, EXCERPT_CHARS + 1))
    {
        Some(name) => excerpt(&name).to_string(),
        None => String::from("?"),
    }
}

/// An int's decimal form, or `<int of N bits>` past [`WRITTEN_BITS`]; read by `int`'s own
/// methods, so an int subclass's overrides never run.
fn int_text(value: &Bound<'_, PyAny>) -> Option<String> {
    let py = value.py();
    let int = py.get_type::<PyInt>();
    let bits: u64 = int
        .getattr("bit_length")
        .and_then(|bit_length| bit_length.call1((value,)))
        .and_then(|bits| bits.extract())
        .ok()?;
    if bits > WRITTEN_BITS {
        return Some(format!("<int of {bits} bits>"));
    }
    base_repr::<PyInt>(value)
}

/// `T.__repr__(value)`: the base type's own text of the value, never a subclass's.
fn base_repr<T: pyo3::PyTypeInfo>(value: &Bound<'_, PyAny>) -> Option<String> {
    let text = value
        .py()
        .get_type::<T>()
        .getattr("__repr__")
        .and_then(|repr| repr.call1((value,)))
        .ok()?;
    crate::boundary::str_head(&text, EXCERPT_CHARS + 1)
}
