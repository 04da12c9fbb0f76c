//! Text to status: `FromStr` and its error.
//!
//! The spellings are the contract's (spec/API.md): a decimal code of exactly three ASCII digits
//! (`404`; never `0404`, `+404` or `4 04`), a `NAME`, a phrase or alias, or the text form
//! `404 Not Found`, each with surrounding ASCII whitespace ignored.

use core::fmt;
use core::str::FromStr;

use crate::excerpt::{excerpt, EXCERPT_CHARS};
use crate::status::Status;

/// Parses a decimal code (`"404"`), a `NAME` (`"NOT_FOUND"`), a phrase or alias (`"not found"`),
/// or the text form that `Display` writes (`"404 Not Found"`). Surrounding ASCII whitespace is
/// ignored; a code is exactly three digits.
///
/// ```
/// use httpcodes::Status;
///
/// assert_eq!("404".parse(), Ok(Status::NOT_FOUND));
/// assert_eq!(" 404 not found ".parse(), Ok(Status::NOT_FOUND));
/// assert!("0404".parse::<Status>().is_err());
/// assert!("+404".parse::<Status>().is_err());
/// ```
impl FromStr for Status {
    type Err = ParseStatusError;

    fn from_str(text: &str) -> Result<Status, ParseStatusError> {
        parse(text.trim_ascii()).ok_or_else(|| ParseStatusError::new(text))
    }
}

/// Digits in a status code, as the contract spells it.
const CODE_DIGITS: usize = 3;

/// The code a text spells by the contract's rule: exactly three ASCII digits, surrounding ASCII
/// whitespace ignored, listed or not. `0404`, `+404`, `4 04` and `40` spell no code.
///
/// ```
/// assert_eq!(httpcodes::parse_code(" 404 "), Some(404));
/// assert_eq!(httpcodes::parse_code("499"), Some(499)); // a code, though not a listed one
/// assert_eq!(httpcodes::parse_code("0404"), None);
/// assert_eq!(httpcodes::parse_code("+404"), None);
/// ```
pub fn parse_code(text: &str) -> Option<u16> {
    let text = text.trim_ascii();
    (text.len() == CODE_DIGITS && text.bytes().all(|b| b.is_ascii_digit())).then(|| decimal(text))
}

fn parse(text: &str) -> Option<Status> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Status::from_name(text).or_else(|| Status::from_phrase(text));
    }
    let (number, rest) = text.split_at_checked(digits)?;
    let status = Status::from_code(parse_code(number)?.into())?;
    if rest.is_empty() {
        return Some(status);
    }
    // The text form: the code, ASCII whitespace, then the same status's phrase or alias.
    let phrase = rest.strip_prefix(|c: char| c.is_ascii_whitespace())?;
    (Status::from_phrase(phrase)? == status).then_some(status)
}

/// The value of a few ASCII digits (three, so it cannot overflow).
/// The value of at most three ASCII digits.
fn decimal(digits: &str) -> u16 {
    digits
        .bytes()
        .fold(0, |value, digit| value * 10 + u16::from(digit - b'0'))
}

/// The error of parsing text that names no listed status.
///
/// It keeps the excerpt of the offending text that every door quotes (spec/API.md §4: its
/// first 50 characters, then `…` when cut), so its message names it without allocating.
///
/// ```
/// let error = "teapot".parse::<httpcodes::Status>().unwrap_err();
/// assert_eq!(error.text(), "teapot");
/// assert_eq!(
///     error.to_string(),
///     "unknown HTTP status \"teapot\": expected a three-digit listed code, a NAME or a reason phrase"
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ParseStatusError {
    text: [u8; ParseStatusError::KEPT],
    len: u8,
    cut: bool,
}

impl ParseStatusError {
    /// Room for [`EXCERPT_CHARS`] characters of up to four bytes each.
    const KEPT: usize = EXCERPT_CHARS * 4;

    fn new(text: &str) -> ParseStatusError {
        let quoted = excerpt(text);
        let mut kept = [0; Self::KEPT];
        let len = quoted.head().len().min(Self::KEPT);
        if let (Some(into), Some(from)) = (kept.get_mut(..len), quoted.head().get(..len)) {
            into.copy_from_slice(from);
        }
        ParseStatusError {
            text: kept,
            len: len as u8,
            cut: quoted.was_cut(),
        }
    }

    /// The start of the text that failed to parse: its first 50 characters.
    pub fn text(&self) -> &str {
        let kept = self.text.get(..usize::from(self.len)).unwrap_or_default();
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// The text as error messages quote it (the excerpt rule): escaped, cut with `…`.
    pub(crate) fn excerpt(&self) -> crate::excerpt::Excerpt<'_> {
        let mut quoted = excerpt(self.text());
        if self.cut {
            quoted = quoted.marked_cut();
        }
        quoted
    }

    /// Whether the text was longer than [`ParseStatusError::text`].
    pub fn was_cut(&self) -> bool {
        self.cut
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown HTTP status \"{}\": expected a three-digit listed code, a NAME or a reason phrase",
            self.excerpt(),
        )
    }
}

impl fmt::Debug for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseStatusError")
            .field("text", &self.text())
            .field("cut", &self.cut)
            .finish()
    }
}

impl core::error::Error for ParseStatusError {}
