//! The C ABI of httpcodes: `libhttpcodes.so` / `libhttpcodes.a` and `include/httpcodes.h`.
//!
//! Every function answers from the core crate's table. Codes cross the boundary as `int32_t`, so a
//! caller's value never wraps into a listed code, and every export goes through
//! `boundary`, which checks pointers and UTF-8 and keeps panics out of C.
//!
//! `cargo build --release` builds it with std, catching any panic at the boundary. The `dist-c`
//! profile (`panic = "abort"`) builds it without std: the same functions in a library a tenth the
//! size, since std's panic and backtrace machinery is what makes up most of the other one.
#![cfg_attr(not(panic = "unwind"), no_std)]

mod boundary;
mod class;
mod codes;
mod error;
mod fields;
mod flags;
#[cfg(not(panic = "unwind"))]
mod no_std;
mod statuses;
mod text;

pub use class::{httpcodes_class, httpcodes_class_description, httpcodes_class_label};
pub use codes::*;
#[allow(deprecated)]
pub use error::{httpcodes_error, httpcodes_error_message, httpcodes_error_name};
pub use fields::{
    httpcodes_header_field, httpcodes_header_field_at, httpcodes_header_field_count,
    httpcodes_missing_fields,
};
pub use flags::*;
pub use statuses::*;
pub use text::{httpcodes_code_of, httpcodes_code_of_len, httpcodes_code_of_name};
