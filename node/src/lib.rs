//! The Node door of httpcodes: a napi-rs addon that hands core's table to JavaScript, once.
//!
//! A napi call costs about thirty JavaScript property reads, so the addon answers no per-call
//! question. The package's JavaScript layer calls [`table()`] once when it loads (`loader.js`) and
//! answers every lookup from what it returned (`api.js`); every fact in it is decided by core.

use httpcodes_node_table::table;

/// The spellings of core's keys, which build.rs wrote (httpcodes-node-table's `reverse`).
mod spellings {
    include!(concat!(env!("OUT_DIR"), "/spellings.rs"));
}

use napi_derive::napi;

/// Everything the JavaScript layer needs, read from core in one call: core's whole table as
/// JSON text, in the shape httpcodes-node-table's `table` module describes (`JSON.parse` it).
#[napi]
pub fn table() -> String {
    let spellings = spellings::SPELLINGS
        .split('\n')
        .zip(spellings::SPELLING_CODES.iter().copied());
    table::json(spellings)
}

#[cfg(test)]
mod tests {
    use crate::spellings::{SPELLINGS, SPELLING_CODES};
    use httpcodes_node_table::reverse;

    #[test]
    fn the_addon_carries_the_spellings_build_rs_made_from_core_today() {
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

    #[test]
    fn the_table_is_json_that_names_every_status() {
        let json = super::table();
        assert!(json.starts_with("{\"version\":\"") && json.ends_with('}'));
        for status in httpcodes::Status::all() {
            assert!(json.contains(&format!("\"name\":\"{}\"", status.name())));
        }
        assert!(json.contains("\"reference\":null"));
    }
}
