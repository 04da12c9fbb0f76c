//! The `httpcodes` binary as a user runs it: every form, exit codes, bad argv (non-UTF-8
//! included), the shared vectors, the reference pages (the markdown against the spec), and
//! `httpcodes check` on response heads.

mod argv;
mod check;
mod errors;
mod forms;
mod references;
// The vectors' reader, core's own.
#[path = "../../core/tests/tsv/mod.rs"]
mod tsv;
mod util;
mod vectors;
