//! `httpcodes check`'s reader of response heads on any bytes: no panic, a bounded answer, and
//! missing fields that agree with a scan of the table.
//! Run with `make fuzz` (tools/dev fuzz); the checks live in src/lib.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| httpcodes_fuzz::check_head(data));
