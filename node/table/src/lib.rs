//! Core's table in the shape the Node door's JavaScript reads, written once for every crate that
//! needs it: the addon (`table()`, JSON at load), its build script (the spellings of the
//! reverse-lookup keys, as constants) and tools/generate (the pure-JS build's source).

pub mod codes;
pub mod json;
pub mod reverse;
pub mod table;
