//! What a `Status` answers, and how text becomes one.

use core::ffi::CStr;
use core::fmt;
use core::str::FromStr;

use crate::class::Class;
use crate::reverse;
use crate::table::{EMPTY_BODY, REDIRECT, RETRY};

pub use crate::table::Status;

impl Status {
    /// The status listed for `code`, or `None` for any other integer.
    ///
    /// Takes the widest integer any door passes, so no caller value wraps into a listed code:
    /// `-1`, `65940` (404 + 2¹⁶) and `2³² + 404` are simply unknown.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::from_code(418), Some(Status::IM_A_TEAPOT));
    /// assert_eq!(Status::from_code(65940), None);
    /// assert_eq!(Status::from_code(103), None); // not in the table
    /// ```
    #[inline]
    pub const fn from_code(code: i64) -> Option<Status> {
        match offset(code) {
            Some(offset) => BY_CODE[offset],
            None => None,
        }
    }

    /// The status whose phrase (or alias) is `phrase`: ASCII case-insensitive, leading and
    /// trailing ASCII whitespace ignored, no Unicode folding.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::from_phrase(" NOT FOUND\n"), Some(Status::NOT_FOUND));
    /// assert_eq!(Status::from_phrase("Payload Too Large"), Some(Status::REQUEST_TOO_LONG));
    /// assert_eq!(Status::from_phrase("Not  Found"), None);
    /// ```
    pub fn from_phrase(phrase: &str) -> Option<Status> {
        reverse::status_of_phrase(phrase.as_bytes())
    }

    /// Like [`Status::from_phrase`], for bytes that may not be UTF-8 (they are then unknown).
    pub fn from_phrase_bytes(phrase: &[u8]) -> Option<Status> {
        reverse::status_of_phrase(phrase)
    }

    /// The status whose `NAME` is exactly `name`, e.g. `"NOT_FOUND"`.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::from_name("IM_A_TEAPOT"), Some(Status::IM_A_TEAPOT));
    /// assert_eq!(Status::from_name("not_found"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Status> {
        reverse::status_of_name(name.as_bytes())
    }

    /// Like [`Status::from_name`], for bytes that may not be UTF-8 (they are then unknown).
    pub fn from_name_bytes(name: &[u8]) -> Option<Status> {
        reverse::status_of_name(name)
    }

    /// The status at `index` in ascending code order, or `None` past the end.
    pub const fn nth(index: usize) -> Option<Status> {
        if index < Status::ALL.len() {
            Some(Status::ALL[index])
        } else {
            None
        }
    }

    /// Every listed status, in ascending code order.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::all().len(), 56);
    /// assert_eq!(Status::all()[0], Status::CONTINUE);
    /// ```
    pub const fn all() -> &'static [Status] {
        Status::ALL
    }

    /// The numeric code, e.g. `404`.
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The spec's reason phrase, e.g. `"Not Found"`.
    pub const fn phrase(self) -> &'static str {
        self.phrase_of()
    }

    /// The contract's `NAME`, e.g. `"NOT_FOUND"`.
    pub const fn name(self) -> &'static str {
        self.name_of()
    }

    /// The phrase as a NUL-terminated `CStr`, for C and other FFI callers; no allocation.
    pub const fn phrase_c(self) -> &'static CStr {
        self.phrase_c_of()
    }

    /// The `NAME` as a NUL-terminated `CStr`, for C and other FFI callers; no allocation.
    pub const fn name_c(self) -> &'static CStr {
        self.name_c_of()
    }

    /// The class of the code, e.g. [`Class::ClientError`] for 404.
    pub const fn class(self) -> Class {
        match self.code() {
            100..=199 => Class::Informational,
            200..=299 => Class::Success,
            300..=399 => Class::Redirection,
            400..=499 => Class::ClientError,
            _ => Class::ServerError,
        }
    }

    /// Whether the response sends the client elsewhere (300 301 302 303 305 307 308).
    pub const fn is_redirect(self) -> bool {
        listed_in(self, REDIRECT)
    }

    /// Whether the response carries no body (204 205 304).
    pub const fn is_empty_body(self) -> bool {
        listed_in(self, EMPTY_BODY)
    }

    /// Whether the request is worth retrying later (502 503 504).
    pub const fn is_retry(self) -> bool {
        listed_in(self, RETRY)
    }
}

const LOWEST: u16 = Status::ALL[0] as u16;
const HIGHEST: u16 = Status::ALL[Status::ALL.len() - 1] as u16;
const SPAN: usize = (HIGHEST - LOWEST + 1) as usize;

/// Where `code` sits in the `*_BY_CODE` tables: one subtraction and one unsigned compare reject
/// every i64 outside the listed span, so a lookup by code is small enough to inline anywhere.
#[inline]
const fn offset(code: i64) -> Option<usize> {
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

static BY_CODE: [Option<Status>; SPAN] = by_code!(Status::itself);
static PHRASE_BY_CODE: [Option<&str>; SPAN] = by_code!(Status::phrase_of);
static PHRASE_C_BY_CODE: [Option<&CStr>; SPAN] = by_code!(Status::phrase_c_of);

impl Status {
    const fn itself(self) -> Status {
        self
    }
}

/// The phrase of `code`, from one table load.
#[inline]
pub(crate) const fn phrase_of_code(code: i64) -> Option<&'static str> {
    match offset(code) {
        Some(offset) => PHRASE_BY_CODE[offset],
        None => None,
    }
}

/// The NUL-terminated phrase of `code`, from one table load.
#[inline]
pub(crate) const fn phrase_c_of_code(code: i64) -> Option<&'static CStr> {
    match offset(code) {
        Some(offset) => PHRASE_C_BY_CODE[offset],
        None => None,
    }
}

const fn listed_in(status: Status, list: &[Status]) -> bool {
    let mut i = 0;
    while i < list.len() {
        if list[i] as u16 == status as u16 {
            return true;
        }
        i += 1;
    }
    false
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.code()
    }
}

/// Writes the text form, e.g. `404 Not Found`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.phrase())
    }
}

/// Parses a decimal code (`"404"`), a `NAME` (`"NOT_FOUND"`), a phrase or alias (`"not found"`),
/// or the text form that `Display` writes (`"404 Not Found"`). Surrounding ASCII whitespace is
/// ignored.
impl FromStr for Status {
    type Err = ParseStatusError;

    fn from_str(text: &str) -> Result<Status, ParseStatusError> {
        parse(text.trim_ascii()).ok_or_else(|| ParseStatusError::new(text))
    }
}

fn parse(text: &str) -> Option<Status> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Status::from_name(text).or_else(|| Status::from_phrase(text));
    }
    let (number, rest) = text.split_at_checked(digits)?;
    let status = Status::from_code(decimal(number)?)?;
    if rest.is_empty() {
        return Some(status);
    }
    // The text form: the code, ASCII whitespace, then the same status's phrase or alias.
    let phrase = rest.strip_prefix(|c: char| c.is_ascii_whitespace())?;
    (Status::from_phrase(phrase)? == status).then_some(status)
}

/// The value of a run of ASCII digits, or `None` if it overflows.
fn decimal(digits: &str) -> Option<i64> {
    digits.bytes().try_fold(0i64, |value, digit| {
        value.checked_mul(10)?.checked_add(i64::from(digit - b'0'))
    })
}

/// The error of parsing text that names no listed status.
///
/// It keeps the start of the offending text (at most 50 bytes, cut at a character boundary) so
/// its message can name it without allocating.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ParseStatusError {
    text: [u8; ParseStatusError::KEPT],
    len: u8,
}

impl ParseStatusError {
    const KEPT: usize = 50;

    fn new(text: &str) -> ParseStatusError {
        let mut len = text.len().min(Self::KEPT);
        while !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut kept = [0; Self::KEPT];
        kept[..len].copy_from_slice(&text.as_bytes()[..len]);
        ParseStatusError {
            text: kept,
            len: len as u8,
        }
    }

    /// The start of the text that failed to parse (at most 50 bytes).
    pub fn text(&self) -> &str {
        let kept = self.text.get(..usize::from(self.len)).unwrap_or_default();
        core::str::from_utf8(kept).unwrap_or_default()
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown HTTP status {:?}: expected a listed code, a NAME or a reason phrase",
            self.text()
        )
    }
}

impl fmt::Debug for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseStatusError")
            .field("text", &self.text())
            .finish()
    }
}

impl core::error::Error for ParseStatusError {}
