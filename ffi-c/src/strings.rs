//! NUL-terminated copies of core's class texts and version, made at compile time.
//!
//! C wants `const char *` that end in NUL. Core hands out phrases and names that way already
//! (`Status::phrase_c`); the few other strings are copied here at compile time from core's `&str`s
//! (no text is written here), so nothing is allocated.

use core::ffi::CStr;

use httpcodes::Class;

pub(crate) type CText = CStr;

/// Copies `text` into a NUL-terminated array of exactly `N` bytes.
const fn terminated<const N: usize>(text: &str) -> [u8; N] {
    assert!(text.len() + 1 == N, "N is the length plus the NUL");
    let mut out = [0u8; N];
    let mut i = 0;
    while i < text.len() {
        out[i] = text.as_bytes()[i];
        i += 1;
    }
    out
}

/// Turns a NUL-terminated array made by [`terminated`] into a `CStr` at compile time.
const fn c_text(bytes: &'static [u8]) -> &'static CText {
    match CStr::from_bytes_with_nul(bytes) {
        Ok(text) => text,
        Err(_) => panic!("core's strings contain no NUL"),
    }
}

macro_rules! c_copy {
    ($text:expr) => {
        const {
            const BYTES: [u8; $text.len() + 1] = terminated($text);
            c_text(&BYTES)
        }
    };
}

/// The class's label and description as C strings.
pub(crate) const fn class_texts(class: Class) -> (&'static CText, &'static CText) {
    match class {
        Class::Informational => (
            c_copy!(Class::Informational.label()),
            c_copy!(Class::Informational.description()),
        ),
        Class::Success => (
            c_copy!(Class::Success.label()),
            c_copy!(Class::Success.description()),
        ),
        Class::Redirection => (
            c_copy!(Class::Redirection.label()),
            c_copy!(Class::Redirection.description()),
        ),
        Class::ClientError => (
            c_copy!(Class::ClientError.label()),
            c_copy!(Class::ClientError.description()),
        ),
        Class::ServerError => (
            c_copy!(Class::ServerError.label()),
            c_copy!(Class::ServerError.description()),
        ),
    }
}

/// The version, the same in every package of httpcodes.
pub(crate) const VERSION: &CText = c_copy!(httpcodes::VERSION);
