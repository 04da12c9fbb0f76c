//! Reverse lookup (phrase and NAME) on arbitrary bytes: no panic, and the perfect hash agrees
//! with a plain scan of the table.
//! Run with `make fuzz` (tools/dev fuzz); the checks live in src/lib.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| httpcodes_fuzz::reverse_lookup(data));
