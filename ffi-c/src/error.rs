//! The negative values that text lookups return instead of a code.

use core::ffi::{c_char, CStr};

use crate::boundary::guard;

/// Why a lookup returned no code. Every value is negative, so it never collides with a code,
/// and a number once given is never reused for another meaning.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum httpcodes_error {
    /// The text is valid but names no listed status.
    NotFound = -1,
    /// A pointer argument was `NULL`.
    NullArgument = -2,
    /// The text is not valid UTF-8.
    InvalidUtf8 = -3,
    /// httpcodes failed internally; this is a bug, please report it.
    Internal = -4,
}

impl httpcodes_error {
    const ALL: [httpcodes_error; 4] = [
        httpcodes_error::NotFound,
        httpcodes_error::NullArgument,
        httpcodes_error::InvalidUtf8,
        httpcodes_error::Internal,
    ];

    const fn message(self) -> &'static CStr {
        match self {
            httpcodes_error::NotFound => c"not found: no listed status has this text",
            httpcodes_error::NullArgument => c"NULL argument: a pointer argument was NULL",
            httpcodes_error::InvalidUtf8 => c"invalid UTF-8: the text is not valid UTF-8",
            httpcodes_error::Internal => c"internal error in httpcodes: please report it",
        }
    }
}

/// A static, NUL-terminated sentence that describes `error` (one of the `httpcodes_error`
/// values), e.g. `"not found: no listed status has this text"`, or `NULL` for any other value.
///
/// The string is static: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_error_message(error: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        httpcodes_error::ALL
            .into_iter()
            .find(|known| *known as i32 == error)
            .map_or(core::ptr::null(), |known| known.message().as_ptr())
    })
}

/// The old name of `httpcodes_error_message`, which returns a sentence, not a name; it stays
/// through 0.x.
#[deprecated(note = "use httpcodes_error_message")]
#[no_mangle]
pub extern "C" fn httpcodes_error_name(error: i32) -> *const c_char {
    httpcodes_error_message(error)
}
