//! NUL-terminated copies of core's strings, made at compile time.
//!
//! C wants `const char *` that end in NUL; core's `&str`s don't. Rather than allocate, every string
//! C can receive is laid out once, at compile time, in a static byte array derived from core's table
//! (no text is written here), and a lookup hands out a pointer into it.

use core::ffi::{c_char, CStr};

use table::{Class, Status};

pub(crate) type CText = CStr;

/// Which of a status's strings a [`StatusStrings`] holds.
#[derive(Clone, Copy)]
enum Field {
    Phrase,
    Name,
}

const fn field(status: Status, field: Field) -> &'static str {
    match field {
        Field::Phrase => status.phrase(),
        Field::Name => status.name(),
    }
}

/// One past the highest listed code, so any `Status::code()` indexes `starts`.
const CODES: usize = 600;

/// Bytes needed for every status's `field`, each with its NUL.
const fn total_len(which: Field) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < Status::all().len() {
        total += field(Status::all()[i], which).len() + 1;
        i += 1;
    }
    total
}

/// One string per listed status, NUL-terminated, found by code.
pub(crate) struct StatusStrings<const BYTES: usize> {
    bytes: [u8; BYTES],
    starts: [u16; CODES],
}

impl<const BYTES: usize> StatusStrings<BYTES> {
    const fn build(which: Field) -> Self {
        let mut bytes = [0u8; BYTES];
        let mut starts = [0u16; CODES];
        let mut at = 0;
        let mut i = 0;
        while i < Status::all().len() {
            let status = Status::all()[i];
            let text = field(status, which).as_bytes();
            starts[status.code() as usize] = at as u16;
            let mut b = 0;
            while b < text.len() {
                bytes[at] = text[b];
                at += 1;
                b += 1;
            }
            at += 1; // the NUL, already zero
            i += 1;
        }
        StatusStrings { bytes, starts }
    }

    /// The string of `status`.
    pub(crate) fn get(&self, status: Status) -> *const c_char {
        let start = self
            .starts
            .get(usize::from(status.code()))
            .copied()
            .unwrap_or(0);
        self.bytes
            .get(usize::from(start)..)
            .map_or(core::ptr::null(), |rest| rest.as_ptr().cast())
    }
}

pub(crate) static PHRASES: StatusStrings<{ total_len(Field::Phrase) }> =
    StatusStrings::build(Field::Phrase);
pub(crate) static NAMES: StatusStrings<{ total_len(Field::Name) }> =
    StatusStrings::build(Field::Name);

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
pub(crate) const VERSION: &CText = c_copy!(table::VERSION);
