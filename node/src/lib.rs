//! The Node door of httpcodes: a napi-rs addon that hands core's table to JavaScript, once.
//!
//! A napi call costs about thirty JavaScript property reads, so the addon answers no per-call
//! question. The package's JavaScript layer (`index.js`) calls [`table`] once when it loads and
//! answers every lookup from what it returned; every fact in it is decided here, by core.

mod codes;
#[cfg(test)]
mod reverse;
mod rows;

/// The reverse-lookup tables build.rs compiled from core's keys (src/reverse.rs).
mod reverse_data {
    include!(concat!(env!("OUT_DIR"), "/reverse_data.rs"));
}

use napi_derive::napi;

pub use rows::{ClassRow, ReverseTable, StatusRow, Table};

/// Everything the JavaScript layer needs, read from core in one call.
#[napi]
pub fn table() -> Table {
    rows::table()
}

/// Core's excerpt of `text` (how an error message quotes it), for the tests that hold the
/// JavaScript layer's own quoting to core's.
#[napi]
pub fn excerpt(text: String) -> String {
    httpcodes::excerpt(&text).to_string()
}
