//! The whole table, handed to `python/httpcodes/` once at import to build its enums and flags.

use httpcodes::{Class, Status};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyString};

use crate::cache;

/// One listed status: `(name, code, phrase, class digit, flag bits)`; bit `i` of the flag bits
/// answers `flag_names()[i]`.
type StatusRow<'py> = (
    Bound<'py, PyString>,
    Bound<'py, PyInt>,
    Bound<'py, PyString>,
    u8,
    u16,
);

/// Every listed status, in ascending code order.
#[pyfunction]
pub(crate) fn statuses(py: Python<'_>) -> Vec<StatusRow<'_>> {
    let objects = cache::objects(py);
    Status::all()
        .iter()
        .filter_map(|&status| {
            let cached = objects.of(status)?;
            Some((
                cached.name.bind(py).clone(),
                cached.code.bind(py).clone(),
                cached.phrase.bind(py).clone(),
                status.class().digit(),
                httpcodes::flag_bits(i64::from(status.code())),
            ))
        })
        .collect()
}

/// Every class: `(first digit, NAME, label, range, description)`, in ascending order.
#[pyfunction]
pub(crate) fn classes() -> Vec<(u8, &'static str, &'static str, &'static str, &'static str)> {
    Class::ALL
        .iter()
        .map(|&class| {
            (
                class.digit(),
                class.name(),
                class.label(),
                class.range(),
                class.description(),
            )
        })
        .collect()
}

/// The name of every flag (`is_informational` … `is_retry`), in the order of the flag bits.
#[pyfunction]
pub(crate) fn flag_names() -> Vec<&'static str> {
    httpcodes::FLAGS.iter().map(|flag| flag.name).collect()
}
