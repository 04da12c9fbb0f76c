//! The Python objects a lookup returns, made once per process.
//!
//! A lookup then costs core's answer plus one reference-count increment: no string or int is
//! built per call. Phrases are interned, so they compare by identity with any other interned copy.

use std::sync::OnceLock;

use httpcodes::Status;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyString, PyTuple};

/// The objects for one listed status.
pub(crate) struct StatusObjects {
    pub(crate) code: Py<PyInt>,
    pub(crate) phrase: Py<PyString>,
    pub(crate) name: Py<PyString>,
}

/// Every status's objects, at its index in core's table (`Status::index`).
pub(crate) struct Objects {
    by_index: Box<[StatusObjects]>,
}

impl Objects {
    fn build(py: Python<'_>) -> Objects {
        let by_index = Status::all()
            .iter()
            .map(|status| StatusObjects {
                code: PyInt::new(py, status.code()).unbind(),
                phrase: PyString::intern(py, status.phrase()).unbind(),
                name: PyString::intern(py, status.name()).unbind(),
            })
            .collect();
        Objects { by_index }
    }

    /// The objects of `status` (`build` made them for every status core lists).
    pub(crate) fn of(&self, status: Status) -> Option<&StatusObjects> {
        self.by_index.get(httpcodes::doors::index(status))
    }
}

// std's `OnceLock` rather than pyo3's `PyOnceLock`, which lets go of the interpreter while it
// waits: the wheel is smaller, and no thread ever waits here, as the module's init fills it
// before it adds any lookup that another thread could call.
static OBJECTS: OnceLock<Objects> = OnceLock::new();

/// The cached objects, made on first use (the module's init makes them at import).
pub(crate) fn objects(py: Python<'_>) -> &'static Objects {
    OBJECTS.get_or_init(|| Objects::build(py))
}

/// Each status's header fields, at its index in core's table: the tuples of `HeaderField`s that
/// `httpcodes._fields.BY_INDEX` holds, so the native lookup returns the very objects the package
/// makes from the generated table.
static HEADER_FIELDS: OnceLock<Box<[Py<PyAny>]>> = OnceLock::new();

/// The header fields' tuples, once [`load_header_fields`] has read them.
pub(crate) fn header_fields() -> Option<&'static [Py<PyAny>]> {
    HEADER_FIELDS.get().map(|fields| &**fields)
}

/// The header fields' tuples, read from `httpcodes._fields` on first use. They are read before
/// the lock is taken (importing may let go of the interpreter), so no thread ever waits on it
/// holding the interpreter; threads that race here read the same module, and the first wins.
pub(crate) fn load_header_fields(py: Python<'_>) -> PyResult<&'static [Py<PyAny>]> {
    if let Some(fields) = header_fields() {
        return Ok(fields);
    }
    let by_index = py.import("httpcodes._fields")?.getattr("BY_INDEX")?;
    let by_index = by_index.cast::<PyTuple>()?;
    if by_index.len() != Status::all().len() {
        return Err(PyRuntimeError::new_err(
            "httpcodes._fields.BY_INDEX does not hold one entry per status",
        ));
    }
    let fields: Box<[Py<PyAny>]> = by_index.iter().map(Bound::unbind).collect();
    Ok(HEADER_FIELDS.get_or_init(|| fields))
}
