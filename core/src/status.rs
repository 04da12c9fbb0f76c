//! What a `Status` answers, and how text becomes one.

use core::ffi::CStr;
use core::fmt;

use crate::by_code::{listed_has, offset, BY_CODE, CLASS_BY_INDEX, INDEX_BY_CODE, LOWEST};
use crate::class::Class;
use crate::flag::Flag;
use crate::reverse;
use crate::table::{ALIASES, ALIAS_NAMES};

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
    /// assert_eq!(Status::from_code(104), None); // not in the table
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
    #[inline]
    pub fn from_phrase_bytes(phrase: &[u8]) -> Option<Status> {
        reverse::status_of_phrase(phrase)
    }

    /// The status whose `NAME`, or alias name, is exactly `name`, e.g. `"NOT_FOUND"`.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::from_name("IM_A_TEAPOT"), Some(Status::IM_A_TEAPOT));
    /// assert_eq!(Status::from_name("FOUND"), Some(Status::MOVED_TEMPORARILY));
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
    pub(crate) const fn nth(index: usize) -> Option<Status> {
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
    /// assert_eq!(Status::all().len(), httpcodes::COUNT);
    /// assert_eq!(Status::all()[0], Status::CONTINUE);
    /// ```
    pub const fn all() -> &'static [Status] {
        Status::ALL
    }

    /// The numeric code, e.g. `404`.
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The position of the status in ascending code order (0 for 100): the dense index doors
    /// keep per-status objects by. `Status::nth(status.index()) == Some(status)`.
    pub(crate) const fn index(self) -> usize {
        INDEX_BY_CODE[(self as u16 - LOWEST) as usize] as usize
    }

    /// The class of the code, e.g. [`Class::ClientError`] for 404.
    pub const fn class(self) -> Class {
        CLASS_BY_INDEX[self.index()]
    }

    /// Whether the response sends the client elsewhere: [`Flag::Redirect`].
    pub const fn is_redirect(self) -> bool {
        self.has(Flag::Redirect)
    }

    /// Whether the response carries no body: [`Flag::EmptyBody`].
    pub const fn is_empty_body(self) -> bool {
        self.has(Flag::EmptyBody)
    }

    /// Whether the request is worth retrying later: [`Flag::Retry`].
    pub const fn is_retry(self) -> bool {
        self.has(Flag::Retry)
    }

    /// Whether a cache may reuse the response with heuristic freshness, when neither the method
    /// nor explicit cache controls say otherwise: [`Flag::CacheableByDefault`].
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert!(Status::PERMANENT_REDIRECT.is_cacheable_by_default());
    /// assert!(!Status::TEMPORARY_REDIRECT.is_cacheable_by_default());
    /// ```
    pub const fn is_cacheable_by_default(self) -> bool {
        self.has(Flag::CacheableByDefault)
    }

    /// Whether `flag` holds for the status.
    ///
    /// ```
    /// use httpcodes::{Flag, Status};
    ///
    /// assert!(Status::SERVICE_UNAVAILABLE.has(Flag::Retry));
    /// assert!(Status::NOT_FOUND.has(Flag::ClientError));
    /// ```
    pub const fn has(self, flag: Flag) -> bool {
        if flag.is_listed() {
            listed_has(self, flag)
        } else {
            flag.holds_for(self as i64)
        }
    }

    /// The phrase the IANA registry gives the code, for servers that want RFC 9110's wording on
    /// the wire: `"Found"` for 302, where the table says `"Moved Temporarily"`. It is the table's
    /// phrase where the two agree and where the registry's entry names no phrase (418), and
    /// `None` for a code the registry does not list (419, 420), like [`Status::reference`].
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::MOVED_TEMPORARILY.registered_phrase(), Some("Found"));
    /// assert_eq!(Status::NOT_FOUND.registered_phrase(), Some("Not Found"));
    /// assert_eq!(Status::METHOD_FAILURE.registered_phrase(), None);
    /// ```
    pub const fn registered_phrase(self) -> Option<&'static str> {
        match self.registered_phrase_c() {
            Some(phrase) => Some(text(phrase)),
            None => None,
        }
    }

    /// Where the IANA registry defines the code, as the registry gives it (`"RFC 8297"`,
    /// `"RFC 9110, Section 15.5.5"`), or `None` for a code the registry does not list (419, 420).
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert_eq!(Status::NOT_FOUND.reference(), Some("RFC 9110, Section 15.5.5"));
    /// assert_eq!(Status::METHOD_FAILURE.reference(), None);
    /// ```
    pub const fn reference(self) -> Option<&'static str> {
        match self.reference_c() {
            Some(reference) => Some(text(reference)),
            None => None,
        }
    }

    /// One sentence on what the code means, in httpcodes' own words.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert!(Status::TOO_EARLY.description().contains("early data"));
    /// ```
    pub const fn description(self) -> &'static str {
        text(self.description_c())
    }

    /// The other names code written for other tables uses for the status (`FOUND` for 302); each
    /// is an associated constant (`Status::FOUND`) and a key of [`Status::from_name`].
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert!(Status::REQUEST_TOO_LONG.alias_names().any(|name| name == "CONTENT_TOO_LARGE"));
    /// assert_eq!(Status::NOT_FOUND.alias_names().count(), 0);
    /// ```
    pub fn alias_names(self) -> impl Iterator<Item = &'static str> {
        ALIAS_NAMES
            .iter()
            .filter(move |&&(_, of)| of as u16 == self as u16)
            .map(|&(name, _)| name)
    }

    /// The other phrases reverse lookup takes for the status (e.g. `Payload Too Large` for 413).
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// assert!(Status::REQUEST_TOO_LONG.aliases().any(|alias| alias == "Payload Too Large"));
    /// assert_eq!(Status::NOT_FOUND.aliases().count(), 0);
    /// ```
    pub fn aliases(self) -> impl Iterator<Item = &'static str> {
        ALIASES
            .iter()
            .filter(move |&&(_, of)| of as u16 == self as u16)
            .map(|&(alias, _)| alias)
    }
}

/// A table text without its NUL: the one copy of each string serves Rust and C alike.
const fn text(text: &'static CStr) -> &'static str {
    match text.to_str() {
        Ok(text) => text,
        // Unreachable: every table text is a UTF-8 literal.
        Err(_) => "",
    }
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
