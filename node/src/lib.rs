//! The Node door of httpcodes: a napi-rs addon that hands core's table to JavaScript, once.
//!
//! A napi call costs about thirty JavaScript property reads, so the addon answers no per-call
//! question. The package's JavaScript layer calls [`table`] once when it loads (`loader.js`) and
//! answers every lookup from what it returned (`api.js`); every fact in it is decided by core.

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
    httpcodes::doors::excerpt(&text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_addon_carries_what_build_rs_compiled_from_core_today() {
        use crate::reverse_data::{
            BASE, CHECK, ENDS, SPELLINGS, SPELLING_CODES, TRIMMED, UNIT_CLASS,
        };
        let automaton = reverse::compile(&reverse::keys());
        assert_eq!(automaton.unit_class, UNIT_CLASS);
        assert_eq!(automaton.trimmed, TRIMMED);
        assert_eq!(automaton.base, BASE);
        assert_eq!(automaton.check, CHECK);
        assert_eq!(automaton.code_at, crate::rows::code_at(BASE.len(), ENDS));
        let spellings = reverse::spellings(&reverse::keys());
        assert!(spellings
            .iter()
            .map(|(s, _)| s.as_str())
            .eq(SPELLINGS.split('\n')));
        assert!(spellings
            .iter()
            .map(|&(_, c)| c)
            .eq(SPELLING_CODES.iter().copied()));
    }
}
