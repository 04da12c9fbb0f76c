//! The native half of the Python package `httpcodes`: `httpcodes._httpcodes`.
//!
//! Every answer comes from the core table (`httpcodes`); this crate only converts Python
//! arguments into what core takes and hands back Python objects made once at import.
//! `python/httpcodes/` builds the `HTTPStatus` and `StatusClass` enums from the table as data
//! (`_table.py`, generated from core), without loading this module.
#![deny(unsafe_code)]

mod arguments;
#[allow(unsafe_code)] // the C-API boundary; nothing else needs `unsafe`
mod boundary;
mod cache;
mod describe;
mod flags;
mod lookups;

/// Native lookups of httpcodes; import `httpcodes` rather than this module.
#[pyo3::pymodule(name = "_httpcodes")]
mod native {
    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        // Make every cached object now, at import, so no lookup ever pays for it.
        crate::cache::objects(module.py());
        crate::lookups::add_to(module)?;
        crate::flags::add_to(module)?;
        // `setattr` rather than `add`: this private module keeps no `__all__`.
        module.setattr("__version__", httpcodes::VERSION)
    }
}
