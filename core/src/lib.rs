//! HTTP status codes: one table, written once, with fast lookups both ways.
//!
//! `httpcodes` is the core of a family of packages — this crate, a C library, a Python module and a
//! Node package — that all answer from the same table. It is `no_std`, allocates nothing, has no
//! dependencies, and no function in it panics on any input.
//!
//! ```
//! use httpcodes::{Class, Status};
//!
//! assert_eq!(httpcodes::reason_phrase(404), Some("Not Found"));
//! assert_eq!(httpcodes::code_of("  not found "), Some(404));
//! assert_eq!(httpcodes::class_of(499), Some(Class::ClientError));
//! assert_eq!(httpcodes::reason_phrase(65940), None); // never wraps to 404
//!
//! let status: Status = "Payload Too Large".parse()?;
//! assert_eq!(status.to_string(), "413 Request Too Long");
//! # Ok::<(), httpcodes::ParseStatusError>(())
//! ```
//!
//! Codes are taken as `i64`, the widest integer any door passes: a value that is not one of the
//! listed codes is unknown (`None`), however it was produced.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(test)]
extern crate std;

#[macro_use]
mod macros;

mod class;
mod excerpt;
mod interop;
mod parse;
mod reverse;
mod status;
mod table;

pub use class::Class;
pub use excerpt::{
    escape, excerpt, excerpt_bytes, is_escaped, Escape, Excerpt, ESCAPED, ESCAPE_MAX_CHARS,
    EXCERPT_CHARS, EXCERPT_MARKER,
};
#[cfg(feature = "http")]
pub use interop::http::UnlistedStatusCode;
#[cfg(feature = "serde")]
pub use interop::serde;
pub use parse::ParseStatusError;
pub use status::Status;

/// The version of httpcodes; every package of the family carries the same one.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// [`VERSION`] as a NUL-terminated `CStr`, for C and other FFI callers.
pub const VERSION_C: &core::ffi::CStr =
    macros::nul_terminated(concat!(env!("CARGO_PKG_VERSION"), "\0"));

/// How many statuses the table lists.
pub const COUNT: usize = Status::ALL.len();

/// The reason phrase of `code`, or `None` if it is not a listed code.
///
/// ```
/// assert_eq!(httpcodes::reason_phrase(302), Some("Moved Temporarily"));
/// assert_eq!(httpcodes::reason_phrase(-1), None);
/// ```
#[inline]
pub const fn reason_phrase(code: i64) -> Option<&'static str> {
    status::reason_phrase(code)
}

/// Like [`reason_phrase`], NUL-terminated, for C and other FFI callers: one table load.
///
/// ```
/// assert_eq!(httpcodes::reason_phrase_c(404), Some(c"Not Found"));
/// ```
#[inline]
pub const fn reason_phrase_c(code: i64) -> Option<&'static core::ffi::CStr> {
    status::reason_phrase_c(code)
}

/// The `NAME` of `code` (e.g. `"NOT_FOUND"`), or `None` if it is not a listed code.
pub const fn name_of(code: i64) -> Option<&'static str> {
    match Status::from_code(code) {
        Some(status) => Some(status.name()),
        None => None,
    }
}

/// The code whose phrase or alias is `phrase` (ASCII case-insensitive, ASCII whitespace trimmed),
/// or `None`.
///
/// ```
/// assert_eq!(httpcodes::code_of("URI Too Long"), Some(414));
/// assert_eq!(httpcodes::code_of("404 Not Found"), None);
/// ```
pub fn code_of(phrase: &str) -> Option<u16> {
    Status::from_phrase(phrase).map(Status::code)
}

/// The status whose `NAME` is exactly `name`, or `None`.
///
/// ```
/// assert_eq!(httpcodes::status_of_name("NOT_FOUND"), Some(httpcodes::Status::NOT_FOUND));
/// ```
pub fn status_of_name(name: &str) -> Option<Status> {
    Status::from_name(name)
}

/// The class of any integer from 100 to 599, listed or not; `None` outside that range.
pub const fn class_of(code: i64) -> Option<Class> {
    Class::from_code(code)
}

/// Whether `code` is in 100–199.
pub const fn is_informational(code: i64) -> bool {
    Class::Informational.contains(code)
}

/// Whether `code` is in 200–299.
pub const fn is_success(code: i64) -> bool {
    Class::Success.contains(code)
}

/// Whether `code` is in 300–399.
pub const fn is_redirection(code: i64) -> bool {
    Class::Redirection.contains(code)
}

/// Whether `code` is in 400–499.
pub const fn is_client_error(code: i64) -> bool {
    Class::ClientError.contains(code)
}

/// Whether `code` is in 500–599.
pub const fn is_server_error(code: i64) -> bool {
    Class::ServerError.contains(code)
}

/// Whether `code` is in 400–599.
pub const fn is_error(code: i64) -> bool {
    is_client_error(code) || is_server_error(code)
}

/// Whether `code` is a listed redirect (300 301 302 303 305 307 308).
pub const fn is_redirect(code: i64) -> bool {
    matches!(Status::from_code(code), Some(status) if status.is_redirect())
}

/// Whether `code` is a listed status that carries no body (204 205 304).
pub const fn is_empty_body(code: i64) -> bool {
    matches!(Status::from_code(code), Some(status) if status.is_empty_body())
}

/// Whether `code` is a listed status worth retrying (502 503 504).
pub const fn is_retry(code: i64) -> bool {
    matches!(Status::from_code(code), Some(status) if status.is_retry())
}

/// One yes-or-no question every door answers of any integer code, under the contract's name.
#[derive(Clone, Copy, Debug)]
pub struct Flag {
    /// The contract's name, e.g. `"is_client_error"`; doors spell it their way (`isClientError`).
    pub name: &'static str,
    /// The answer for any integer: false for everything outside what the flag covers.
    pub test: fn(i64) -> bool,
}

/// Every `is_*` question, in the contract's order: the six by range, then the three listed flags.
/// Doors build their `is_*` functions and per-status attributes from this list.
///
/// ```
/// let client_error = httpcodes::FLAGS.iter().find(|f| f.name == "is_client_error").unwrap();
/// assert!((client_error.test)(499));
/// // 503: a server error, an error, worth retrying.
/// assert_eq!(httpcodes::flag_bits(503), 1 << 4 | 1 << 5 | 1 << 8);
/// ```
pub const FLAGS: [Flag; 9] = [
    Flag {
        name: "is_informational",
        test: is_informational,
    },
    Flag {
        name: "is_success",
        test: is_success,
    },
    Flag {
        name: "is_redirection",
        test: is_redirection,
    },
    Flag {
        name: "is_client_error",
        test: is_client_error,
    },
    Flag {
        name: "is_server_error",
        test: is_server_error,
    },
    Flag {
        name: "is_error",
        test: is_error,
    },
    Flag {
        name: "is_redirect",
        test: is_redirect,
    },
    Flag {
        name: "is_empty_body",
        test: is_empty_body,
    },
    Flag {
        name: "is_retry",
        test: is_retry,
    },
];

/// Every answer of [`FLAGS`] for `code` at once: bit `i` is `FLAGS[i]`'s answer.
pub fn flag_bits(code: i64) -> u16 {
    FLAGS.iter().enumerate().fold(0, |bits, (i, flag)| {
        bits | (u16::from((flag.test)(code)) << i)
    })
}

/// The phrases reverse lookup accepts besides the spec's, with the status each stands for.
pub const fn aliases() -> &'static [(&'static str, Status)] {
    table::ALIASES
}
