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

mod by_code;
mod class;
#[doc(hidden)]
pub mod doors;
mod excerpt;
mod fields;
mod flag;
mod interop;
mod lists;
mod parse;
mod reverse;
mod status;
mod table;

pub use class::Class;
pub use fields::{HeaderField, Level};
pub use flag::Flag;
#[cfg(feature = "http")]
pub use interop::http::UnlistedStatusCode;
#[cfg(feature = "serde")]
pub use interop::serde;
pub use parse::{parse_code, ParseStatusError};
pub use status::Status;

/// The version of httpcodes; every package of the family carries the same one.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

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
    by_code::reason_phrase(code)
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

/// The class of any integer from 100 to 599, listed or not; `None` outside that range.
pub const fn class_of(code: i64) -> Option<Class> {
    Class::from_code(code)
}

/// Whether [`Flag::Informational`] holds for `code`.
pub const fn is_informational(code: i64) -> bool {
    Flag::Informational.holds_for(code)
}

/// Whether [`Flag::Success`] holds for `code`.
pub const fn is_success(code: i64) -> bool {
    Flag::Success.holds_for(code)
}

/// Whether [`Flag::Redirection`] holds for `code`.
pub const fn is_redirection(code: i64) -> bool {
    Flag::Redirection.holds_for(code)
}

/// Whether [`Flag::ClientError`] holds for `code`.
pub const fn is_client_error(code: i64) -> bool {
    Flag::ClientError.holds_for(code)
}

/// Whether [`Flag::ServerError`] holds for `code`.
pub const fn is_server_error(code: i64) -> bool {
    Flag::ServerError.holds_for(code)
}

/// Whether [`Flag::Error`] holds for `code`.
pub const fn is_error(code: i64) -> bool {
    Flag::Error.holds_for(code)
}

/// Whether [`Flag::Redirect`] holds for `code`.
pub const fn is_redirect(code: i64) -> bool {
    Flag::Redirect.holds_for(code)
}

/// Whether [`Flag::EmptyBody`] holds for `code`.
pub const fn is_empty_body(code: i64) -> bool {
    Flag::EmptyBody.holds_for(code)
}

/// Whether [`Flag::Retry`] holds for `code`.
pub const fn is_retry(code: i64) -> bool {
    Flag::Retry.holds_for(code)
}

/// Whether [`Flag::CacheableByDefault`] holds for `code`.
///
/// ```
/// assert!(httpcodes::is_cacheable_by_default(404));
/// assert!(!httpcodes::is_cacheable_by_default(307));
/// ```
pub const fn is_cacheable_by_default(code: i64) -> bool {
    Flag::CacheableByDefault.holds_for(code)
}

/// The header fields the RFCs say a response with `code` carries, or `None` if it is not a
/// listed code (a listed code the RFCs ask nothing of has an empty list).
///
/// ```
/// use httpcodes::Level;
///
/// let fields = httpcodes::header_fields(405).unwrap();
/// assert_eq!(fields[0].name(), "Allow");
/// assert_eq!(fields[0].level(), Level::Must);
/// assert_eq!(fields[0].section(), "RFC 9110, Section 15.5.6");
/// assert_eq!(httpcodes::header_fields(499), None);
/// ```
#[inline]
pub const fn header_fields(code: i64) -> Option<&'static [HeaderField]> {
    by_code::header_fields(code)
}

/// The phrases reverse lookup accepts besides the spec's, with the status each stands for.
pub const fn aliases() -> &'static [(&'static str, Status)] {
    table::ALIASES
}

/// The names other tables give a code (`FOUND` for 302), with the status each stands for; each is
/// also an associated constant of [`Status`] and a key of [`Status::from_name`].
pub const fn alias_names() -> &'static [(&'static str, Status)] {
    table::ALIAS_NAMES
}
