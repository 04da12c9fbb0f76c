//! What the C, Python and Node doors need from core beyond the Rust surface: NUL-terminated
//! texts, the flags as bits, positions in the table and the excerpt rule for error messages.
//!
//! Hidden from the docs: it exists for httpcodes' own doors, and a door is where its shape is
//! decided, so it may change in any release.

use core::ffi::CStr;

use crate::class::Class;
use crate::flag::Flag;
use crate::status::Status;

pub use crate::excerpt::{
    escape, excerpt, excerpt_bytes, is_escaped, Escape, Excerpt, ESCAPED, ESCAPE_MAX_CHARS,
    EXCERPT_CHARS, EXCERPT_MARKER,
};

/// [`crate::VERSION`] as a NUL-terminated `CStr`.
pub const VERSION_C: &CStr =
    crate::macros::nul_terminated(concat!(env!("CARGO_PKG_VERSION"), "\0"));

/// Like [`crate::reason_phrase`], NUL-terminated: one table load.
///
/// ```
/// assert_eq!(httpcodes::doors::reason_phrase_c(404), Some(c"Not Found"));
/// ```
#[inline]
pub const fn reason_phrase_c(code: i64) -> Option<&'static CStr> {
    crate::status::reason_phrase_c(code)
}

/// The phrase of `status`, NUL-terminated.
pub const fn phrase_c(status: Status) -> &'static CStr {
    status.phrase_c()
}

/// The `NAME` of `status`, NUL-terminated.
pub const fn name_c(status: Status) -> &'static CStr {
    status.name_c()
}

/// The label of `class`, NUL-terminated.
pub const fn label_c(class: Class) -> &'static CStr {
    class.label_c()
}

/// The description of `class`, NUL-terminated.
pub const fn description_c(class: Class) -> &'static CStr {
    class.description_c()
}

/// Every flag's answer for `code` at once: bit `i` is [`Flag::ALL`]`[i]`'s.
///
/// ```
/// use httpcodes::Flag;
///
/// // 503: a server error, an error, worth retrying.
/// let expected = [Flag::ServerError, Flag::Error, Flag::Retry];
/// let bits = expected.iter().fold(0, |bits, flag| bits | 1 << *flag as u8);
/// assert_eq!(httpcodes::doors::flag_bits(503), bits);
/// ```
pub const fn flag_bits(code: i64) -> u16 {
    let mut bits = 0;
    let mut i = 0;
    while i < Flag::ALL.len() {
        if Flag::ALL[i].holds_for(code) {
            bits |= Flag::ALL[i].bit();
        }
        i += 1;
    }
    bits
}

/// The position of `status` in [`Status::all`].
pub const fn index(status: Status) -> usize {
    status.index()
}

/// The status at `index` in [`Status::all`], or `None` past the end.
pub const fn nth(index: usize) -> Option<Status> {
    Status::nth(index)
}
