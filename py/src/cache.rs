//! The Python objects a lookup returns, made once per process.
//!
//! A lookup then costs core's answer plus one reference-count increment: no string or int is
//! built per call. Phrases are interned, so they compare by identity with any other interned copy.

use httpcodes::Status;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyInt, PyString};

/// The objects for one listed status.
pub(crate) struct StatusObjects {
    pub(crate) code: Py<PyInt>,
    pub(crate) phrase: Py<PyString>,
    pub(crate) name: Py<PyString>,
}

/// Every status's objects, indexed by its code (unlisted codes hold `None`).
pub(crate) struct Objects {
    by_code: Box<[Option<StatusObjects>]>,
}

impl Objects {
    fn build(py: Python<'_>) -> Objects {
        let highest = Status::all().iter().map(|s| s.code()).max().unwrap_or(0);
        let mut by_code: Vec<Option<StatusObjects>> = Vec::new();
        by_code.resize_with(usize::from(highest) + 1, || None);
        for status in Status::all() {
            by_code[usize::from(status.code())] = Some(StatusObjects {
                code: PyInt::new(py, status.code()).unbind(),
                phrase: PyString::intern(py, status.phrase()).unbind(),
                name: PyString::intern(py, status.name()).unbind(),
            });
        }
        Objects {
            by_code: by_code.into_boxed_slice(),
        }
    }

    /// The objects of `status` (`build` made them for every status core lists).
    pub(crate) fn of(&self, status: Status) -> Option<&StatusObjects> {
        self.by_code.get(usize::from(status.code()))?.as_ref()
    }
}

static OBJECTS: PyOnceLock<Objects> = PyOnceLock::new();

/// The cached objects, made on first use (the module's init makes them at import).
pub(crate) fn objects(py: Python<'_>) -> &'static Objects {
    OBJECTS.get_or_init(py, || Objects::build(py))
}
