//! From a query to an answer, with core's lookups only.

use std::ffi::OsStr;

use httpcodes::{Class, Status};

/// How a query is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// A class (4xx), a NAME, a reason phrase, a three-digit code or the text form (404 Not Found)
    Auto,
    /// Any integer, e.g. -1 or 65940
    Code,
    /// A reason phrase or alias only (ASCII case-insensitive, whitespace trimmed)
    Phrase,
    /// An exact NAME only, e.g. NOT_FOUND
    Name,
}

/// The answer to one query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A listed status.
    Status(Status),
    /// A class, with its listed statuses.
    Class(Class),
    /// An integer in 100–599 that the table does not list: it has a class, but no status.
    Unlisted { code: i64, class: Class },
    /// Nothing: the message says why.
    Miss(String),
}

impl Answer {
    /// What to say on stderr when the query was not found.
    pub fn miss_message(&self) -> Option<String> {
        match self {
            Answer::Status(_) | Answer::Class(_) => None,
            Answer::Unlisted { code, class } => Some(format!(
                "{code} is not a listed status code (it is in the {} {} class)",
                class.range(),
                class.label()
            )),
            Answer::Miss(message) => Some(message.clone()),
        }
    }
}

/// Answers one query read as `kind`.
pub fn resolve(query: &OsStr, kind: Kind) -> Answer {
    let bytes = query.as_encoded_bytes();
    match kind {
        Kind::Auto => auto(query),
        Kind::Phrase => Status::from_phrase_bytes(bytes).map_or_else(
            || Answer::Miss(format!("no status has the reason phrase {}", quote(query))),
            Answer::Status,
        ),
        Kind::Name => Status::from_name_bytes(bytes).map_or_else(
            || Answer::Miss(format!("no status is named {}", quote(query))),
            Answer::Status,
        ),
        Kind::Code => match integer(bytes) {
            Some(Some(code)) => by_code(code),
            Some(None) => Answer::Miss(format!(
                "{} is not a listed status code (nor in 100–599)",
                quote(query)
            )),
            None => Answer::Miss(format!("expected an integer code, not {}", quote(query))),
        },
    }
}

fn auto(query: &OsStr) -> Answer {
    let Some(text) = query.to_str() else {
        return Answer::Miss(format!(
            "no status matches {}: it is not valid UTF-8",
            quote(query)
        ));
    };
    let trimmed = text.trim_ascii();
    if let Some(class) = class_of_text(trimmed) {
        return Answer::Class(class);
    }
    if let Ok(status) = text.parse::<Status>() {
        return Answer::Status(status);
    }
    // Text that FromStr refused but that spells a code: say what that code is (not).
    if let Some(code) = httpcodes::parse_code(trimmed) {
        return by_code(code.into());
    }
    if integer(trimmed.as_bytes()).is_some() {
        return Answer::Miss(format!(
            "{} is not a listed status code: expected three digits, e.g. 404",
            quote(query)
        ));
    }
    Answer::Miss(format!(
        "no status matches {}: expected a code (404), a NAME (NOT_FOUND), a reason phrase \
         (\"not found\") or a class (4xx)",
        quote(query)
    ))
}

fn by_code(code: i64) -> Answer {
    match (Status::from_code(code), Class::from_code(code)) {
        (Some(status), _) => Answer::Status(status),
        (None, Some(class)) => Answer::Unlisted { code, class },
        (None, None) => Answer::Miss(format!(
            "{code} is not a listed status code (nor in 100–599)"
        )),
    }
}

/// `4xx`, `4XX` or a class label such as `client error`.
fn class_of_text(text: &str) -> Option<Class> {
    Class::ALL.into_iter().find(|class| {
        class.range().eq_ignore_ascii_case(text) || class.label().eq_ignore_ascii_case(text)
    })
}

/// A decimal integer, ASCII whitespace trimmed, with an optional sign: `Some(Some(n))`, or
/// `Some(None)` when it does not fit an i64 (no status or class has such a code); `None` when
/// the text is not an integer.
fn integer(bytes: &[u8]) -> Option<Option<i64>> {
    let text = bytes.trim_ascii();
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let magnitude = digits.iter().try_fold(0i64, |value, digit| {
        value.checked_mul(10)?.checked_add(i64::from(digit - b'0'))
    });
    Some(magnitude.map(|value| if negative { -value } else { value }))
}

/// Every status whose phrase, NAME or alias contains `needle`, ASCII case-insensitive.
pub fn search(needle: &[u8]) -> Vec<Status> {
    Status::all()
        .iter()
        .copied()
        .filter(|&status| {
            contains(status.phrase(), needle)
                || contains(status.name(), needle)
                || status.aliases().any(|alias| contains(alias, needle))
        })
        .collect()
}

fn contains(haystack: &str, needle: &[u8]) -> bool {
    needle.is_empty()
        || haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

/// A query as error messages quote it, in double quotes: core's excerpt rule (its first 50
/// characters, control characters escaped, then `…` when cut); bytes that are not UTF-8 read as
/// U+FFFD.
pub fn quote(query: &OsStr) -> String {
    format!(
        "\"{}\"",
        httpcodes::doors::excerpt_bytes(query.as_encoded_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert_eq!(integer(b"404"), Some(Some(404)));
        assert_eq!(integer(b" -1 "), Some(Some(-1)));
        assert_eq!(integer(b"+404"), Some(Some(404)));
        assert_eq!(integer(b"18446744073709552020"), Some(None));
        assert_eq!(integer(b"-9223372036854775808"), Some(None));
        assert_eq!(integer(b"4 04"), None);
        assert_eq!(integer(b""), None);
        assert_eq!(integer(b"-"), None);
    }

    #[test]
    fn search_is_case_insensitive_over_phrases_names_and_aliases() {
        assert_eq!(search(b"TEAPOT"), [Status::IM_A_TEAPOT]);
        assert_eq!(search(b"payload"), [Status::REQUEST_TOO_LONG]);
        assert_eq!(search(b"_uri_"), [Status::REQUEST_URI_TOO_LONG]);
        assert_eq!(search(b"").len(), httpcodes::COUNT);
        assert!(search(b"\xff").is_empty());
    }

    #[test]
    fn quotes_follow_the_excerpt_rule() {
        let long = "é".repeat(60);
        let quoted = quote(OsStr::new(&long));
        assert_eq!(quoted, format!("\"{}…\"", "é".repeat(50)));
        assert_eq!(quote(OsStr::new("a\nb")), "\"a\\nb\"");
        assert_eq!(quote(OsStr::new("\x1b[31m\\")), "\"\\u{1b}[31m\\\\\"");
    }
}
