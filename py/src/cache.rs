//! The Python objects a lookup returns, made once per process.
//!
//! A lookup then costs core's answer plus one reference-count increment: no string or int is
//! built per call. Phrases are interned, so they compare by identity with any other interned copy.

use std::sync::OnceLock;

use httpcodes::Status;
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyString};

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
