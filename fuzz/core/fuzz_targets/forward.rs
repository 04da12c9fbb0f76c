//! Forward lookup of any `i64` (phrase, NAME, class, every flag): no panic, and each answer
//! agrees with a scan of the table and the contract's ranges.
//! Run with `make fuzz` (tools/dev fuzz); the checks live in src/lib.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| httpcodes_fuzz::forward(data));
