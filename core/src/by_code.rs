//! Tables over the span of listed codes, so that a lookup by code is one load.

use core::ffi::CStr;

use crate::class::Class;
use crate::fields::HeaderField;
use crate::flag::Flag;
use crate::lists::in_list;
use crate::status::Status;

pub(crate) const LOWEST: u16 = Status::ALL[0] as u16;
const HIGHEST: u16 = Status::ALL[Status::ALL.len() - 1] as u16;
const SPAN: usize = (HIGHEST - LOWEST + 1) as usize;

/// Where `code` sits in the `*_BY_CODE` tables: one subtraction and one unsigned compare reject
/// every i64 outside the listed span, so a lookup by code is small enough to inline anywhere.
#[inline]
pub(crate) const fn offset(code: i64) -> Option<usize> {
    let offset = code.wrapping_sub(LOWEST as i64) as u64;
    if offset < SPAN as u64 {
        Some(offset as usize)
    } else {
        None
    }
}

/// Fills a table over the listed span with `value` of each status. Explicit tables rather than
/// `match`es: in position-independent code (the C, Python and Node libraries) LLVM turns a match
/// that returns pointers into an indirect jump, which mispredicts on mixed input.
macro_rules! by_code {
    ($value:expr) => {{
        let mut table = [None; SPAN];
        let mut i = 0;
        while i < Status::ALL.len() {
            let status = Status::ALL[i];
            table[(status as u16 - LOWEST) as usize] = Some($value(status));
            i += 1;
        }
        table
    }};
}

pub(crate) static BY_CODE: [Option<Status>; SPAN] = by_code!(identity);
static PHRASE_BY_CODE: [Option<&str>; SPAN] = by_code!(Status::phrase);
static PHRASE_C_BY_CODE: [Option<&CStr>; SPAN] = by_code!(Status::phrase_c);
static FIELDS_BY_CODE: [Option<&[HeaderField]>; SPAN] = by_code!(Status::header_fields);

const fn identity(status: Status) -> Status {
    status
}

/// The listed flags of each status, by code, as [`Flag::bit`]s: a listed flag is one load and a
/// test, as fast as a phrase; unlisted codes hold none.
static LISTED_BY_CODE: [u16; SPAN] = {
    let mut table = [0; SPAN];
    let mut i = 0;
    while i < Status::ALL.len() {
        let status = Status::ALL[i];
        let mut f = 0;
        while f < Flag::ALL.len() {
            if in_list(status, Flag::ALL[f]) {
                table[(status as u16 - LOWEST) as usize] |= Flag::ALL[f].bit();
            }
            f += 1;
        }
        i += 1;
    }
    table
};

/// Whether the listed `flag` holds for `code`, from one table load.
#[inline]
pub(crate) const fn listed_holds(flag: Flag, code: i64) -> bool {
    match offset(code) {
        Some(offset) => LISTED_BY_CODE[offset] & flag.bit() != 0,
        None => false,
    }
}

/// Whether the listed `flag` holds for `status`.
#[inline]
pub(crate) const fn listed_has(status: Status, flag: Flag) -> bool {
    LISTED_BY_CODE[(status as u16 - LOWEST) as usize] & flag.bit() != 0
}

/// Each status's position in `Status::ALL`, by code (unlisted codes hold 0 and are never read).
pub(crate) const INDEX_BY_CODE: [u8; SPAN] = {
    let mut table = [0; SPAN];
    let mut i = 0;
    while i < Status::ALL.len() {
        table[(Status::ALL[i] as u16 - LOWEST) as usize] = i as u8;
        i += 1;
    }
    table
};

/// Each status's class, by index; a listed code outside 100–599 would fail the build here.
pub(crate) const CLASS_BY_INDEX: [Class; Status::ALL.len()] = {
    let mut table = [Class::Informational; Status::ALL.len()];
    let mut i = 0;
    while i < Status::ALL.len() {
        table[i] = match Class::from_code(Status::ALL[i] as i64) {
            Some(class) => class,
            None => panic!("a listed code is outside 100-599"),
        };
        i += 1;
    }
    table
};

/// The phrase of `code`, from one table load.
#[inline]
pub(crate) const fn reason_phrase(code: i64) -> Option<&'static str> {
    match offset(code) {
        Some(offset) => PHRASE_BY_CODE[offset],
        None => None,
    }
}

/// The NUL-terminated phrase of `code`, from one table load.
#[inline]
pub(crate) const fn reason_phrase_c(code: i64) -> Option<&'static CStr> {
    match offset(code) {
        Some(offset) => PHRASE_C_BY_CODE[offset],
        None => None,
    }
}

/// The header fields of `code`, from one table load.
#[inline]
pub(crate) const fn header_fields(code: i64) -> Option<&'static [HeaderField]> {
    match offset(code) {
        Some(offset) => FIELDS_BY_CODE[offset],
        None => None,
    }
}
