//! The Node door of httpcodes: a napi-rs addon that hands core's table to JavaScript, once.
//!
//! A napi call costs about thirty JavaScript property reads, so the addon answers no per-call
//! question. The package's JavaScript layer calls [`table`] once when it loads (`loader.js`) and
//! answers every lookup from what it returned (`api.js`); every fact in it is decided by core.

mod codes;
mod reverse;
mod rows;

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
    httpcodes::doors::excerpt(&text).to_string()
}
