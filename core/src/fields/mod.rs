//! The header fields the RFCs say a response with a given code carries, each with how strongly
//! the RFC asks for it and the section that says so.
//!
//! The rows (`rows.rs`) are facts read from the RFC text (RFC 9110, and the RFC each code's
//! reference names); spec/codes.md lists them with the reason for each, and says what was checked
//! and left out.

use core::ffi::CStr;
use core::fmt;

use crate::status::Status;

mod rows;

use rows::fields_of;

/// How strongly an RFC asks for a header field in a response: its BCP 14 keyword, or
/// [`Level::NamesIt`] where the code's definition relies on the field without a keyword.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u8)]
pub enum Level {
    /// The RFC says the response MUST carry the field.
    Must,
    /// The RFC says the response SHOULD carry the field.
    Should,
    /// The RFC says the response MAY carry the field.
    May,
    /// The code's definition relies on the field without a keyword (103's Link).
    NamesIt,
}

impl Level {
    /// Every level, strongest first.
    pub const ALL: [Level; 4] = [Level::Must, Level::Should, Level::May, Level::NamesIt];

    /// The level as the contract writes it: `"MUST"`, `"SHOULD"`, `"MAY"` or `"names it"`.
    pub const fn name(self) -> &'static str {
        text(self.name_c())
    }

    /// The name, NUL-terminated, for C.
    pub(crate) const fn name_c(self) -> &'static CStr {
        match self {
            Level::Must => c"MUST",
            Level::Should => c"SHOULD",
            Level::May => c"MAY",
            Level::NamesIt => c"names it",
        }
    }
}

/// One header field that a response with a given code carries, by the RFC.
///
/// ```
/// use httpcodes::{Level, Status};
///
/// let etag = Status::NOT_MODIFIED.header_fields().iter().find(|f| f.name() == "ETag").unwrap();
/// assert_eq!(etag.level(), Level::Must);
/// assert_eq!(etag.condition(), Some("if a 200 would carry it"));
/// assert_eq!(etag.to_string(), "ETag (MUST if a 200 would carry it, RFC 9110, Section 15.4.5)");
/// assert!(!etag.is_required());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HeaderField {
    pub(crate) name: &'static CStr,
    pub(crate) level: Level,
    pub(crate) section: &'static CStr,
    pub(crate) condition: Option<&'static CStr>,
}

impl HeaderField {
    /// The field's name as the RFC spells it, e.g. `"WWW-Authenticate"`.
    pub const fn name(&self) -> &'static str {
        text(self.name)
    }

    /// How strongly the RFC asks for the field.
    pub const fn level(&self) -> Level {
        self.level
    }

    /// Where the RFC says so, in the form of a reference: `"RFC 9110, Section 15.5.6"`.
    pub const fn section(&self) -> &'static str {
        text(self.section)
    }

    /// When the level applies, if not always, in httpcodes' words: `"if a 200 would carry it"`.
    pub const fn condition(&self) -> Option<&'static str> {
        match self.condition {
            Some(condition) => Some(text(condition)),
            None => None,
        }
    }

    /// Whether every response with the code must carry the field: MUST, with no condition.
    /// A missing required field is what makes `httpcodes check` fail.
    pub const fn is_required(&self) -> bool {
        matches!(self.level, Level::Must) && self.condition.is_none()
    }

    /// Whether `name` names this field: field names match ASCII case-insensitively, as HTTP
    /// says (RFC 9110, Section 5.1); nothing is trimmed.
    pub fn is_named(&self, name: &[u8]) -> bool {
        self.name.to_bytes().eq_ignore_ascii_case(name)
    }

    /// The NUL-terminated texts, for C: name, section and condition.
    pub(crate) const fn texts_c(&self) -> (&'static CStr, &'static CStr, Option<&'static CStr>) {
        (self.name, self.section, self.condition)
    }
}

/// Writes `Allow (MUST, RFC 9110, Section 15.5.6)`, with the condition after the level.
impl fmt::Display for HeaderField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.name(), self.level.name())?;
        if let Some(condition) = self.condition() {
            write!(f, " {condition}")?;
        }
        write!(f, ", {})", self.section())
    }
}

impl Status {
    /// The header fields the RFCs say a response with this code carries, in the RFC's order;
    /// empty where they ask for none.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// let names: Vec<_> = Status::SWITCHING_PROTOCOLS.header_fields().iter().map(|f| f.name()).collect();
    /// assert_eq!(names, ["Upgrade"]);
    /// assert!(Status::NOT_FOUND.header_fields().is_empty());
    /// ```
    pub const fn header_fields(self) -> &'static [HeaderField] {
        fields_of(self)
    }

    /// The header fields of [`Status::header_fields`] that none of `present` names, matched
    /// ASCII case-insensitively: what a response with this code and those fields lacks.
    ///
    /// ```
    /// use httpcodes::Status;
    ///
    /// let missing: Vec<_> = Status::METHOD_NOT_ALLOWED.missing_fields(&["date", "content-type"]).collect();
    /// assert_eq!(missing[0].name(), "Allow");
    /// assert_eq!(Status::METHOD_NOT_ALLOWED.missing_fields(&["ALLOW"]).count(), 0);
    /// ```
    pub fn missing_fields<'p, N: AsRef<[u8]>>(
        self,
        present: &'p [N],
    ) -> impl Iterator<Item = &'static HeaderField> + 'p {
        self.header_fields()
            .iter()
            .filter(move |field| !present.iter().any(|name| field.is_named(name.as_ref())))
    }
}

const fn text(text: &'static CStr) -> &'static str {
    match text.to_str() {
        Ok(text) => text,
        // Unreachable: every field text is a UTF-8 literal.
        Err(_) => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    #[test]
    fn every_field_shows_as_the_contract_writes_it() {
        let allow = Status::METHOD_NOT_ALLOWED.header_fields()[0];
        assert_eq!(allow.to_string(), "Allow (MUST, RFC 9110, Section 15.5.6)");
        assert!(allow.is_required());
    }

    #[test]
    fn every_condition_starts_with_if_and_every_section_names_an_rfc() {
        for status in Status::all() {
            for field in status.header_fields() {
                assert!(field.section().starts_with("RFC "), "{field}");
                assert!(
                    field.condition().is_none_or(|c| c.starts_with("if ")),
                    "{field}"
                );
            }
        }
    }

    #[test]
    fn no_code_lists_a_field_twice() {
        for status in Status::all() {
            let fields = status.header_fields();
            for (i, field) in fields.iter().enumerate() {
                assert!(
                    !fields[..i].iter().any(|f| f.name() == field.name()),
                    "{field}"
                );
            }
        }
    }

    #[test]
    fn a_thousand_names_or_a_megabyte_one_are_simply_read() {
        let mut names: std::vec::Vec<std::string::String> =
            (0..1000).map(|i| std::format!("X-Field-{i}")).collect();
        names.push("x".repeat(1 << 20));
        assert_eq!(Status::UNAUTHORIZED.missing_fields(&names).count(), 1);
        names.push("www-authenticate".into());
        assert_eq!(Status::UNAUTHORIZED.missing_fields(&names).count(), 0);
    }

    #[test]
    fn names_match_ascii_case_insensitively_and_nothing_else() {
        let allow = Status::METHOD_NOT_ALLOWED.header_fields()[0];
        assert!(allow.is_named(b"aLLoW"));
        for other in [
            &b"Allow "[..],
            b" Allow",
            b"Allo",
            b"Allow\0",
            b"",
            "\u{212A}llow".as_bytes(),
        ] {
            assert!(!allow.is_named(other), "{other:?}");
        }
    }
}
