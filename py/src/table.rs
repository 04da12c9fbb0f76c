//! The whole table, handed to `python/httpcodes/` once at import to build its enums.

use httpcodes::{Class, Status};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyString};

use crate::cache;

/// One listed status: `(name, code, phrase, class digit, is_redirect, is_empty_body, is_retry)`.
type StatusRow<'py> = (
    Bound<'py, PyString>,
    Bound<'py, PyInt>,
    Bound<'py, PyString>,
    u8,
    bool,
    bool,
    bool,
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
                status.class() as u8,
                status.is_redirect(),
                status.is_empty_body(),
                status.is_retry(),
            ))
        })
        .collect()
}

/// Every class: `(first digit, label, range, description)`, in ascending order.
#[pyfunction]
pub(crate) fn classes() -> Vec<(u8, &'static str, &'static str, &'static str)> {
    Class::ALL
        .iter()
        .map(|&class| {
            (
                class as u8,
                class.label(),
                class.range(),
                class.description(),
            )
        })
        .collect()
}
