//! `FromStr` and `parse_code` on arbitrary text: no panic, and the answer is the one the
//! contract's spellings give, found by scanning the table.
//! Run with `make fuzz` (tools/dev fuzz); the checks live in src/lib.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| httpcodes_fuzz::from_str(data));
