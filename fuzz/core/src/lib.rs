//! The checks of core's fuzz targets, each with its oracle: a plain scan of `Status::all()` and
//! the aliases, and the contract's rules (spec/API.md) written the simplest way. A check panics
//! on a disagreement, which libFuzzer reports as a crash and saves as a reproducer.
//!
//! The same checks replay the committed seeds and regressions under `cargo test` (see the
//! `replay` tests below and fuzz/README.md).

use httpcodes::{Class, Flag, Status};

/// What the contract calls ASCII whitespace: what reverse lookup and `FromStr` trim.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

fn trim(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|&b| !is_space(b))
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |i| i + 1);
    &text[start..end]
}

/// The status whose phrase or alias is `text`: trimmed, ASCII case-insensitive, by a scan.
fn scan_phrase(text: &[u8]) -> Option<Status> {
    let text = trim(text);
    let phrases = Status::all().iter().map(|s| (s.phrase(), *s));
    phrases
        .chain(httpcodes::aliases().iter().copied())
        .find(|(key, _)| key.as_bytes().eq_ignore_ascii_case(text))
        .map(|(_, status)| status)
}

/// The status whose `NAME` or alias name is exactly `text`, by a scan.
fn scan_name(text: &[u8]) -> Option<Status> {
    let names = Status::all().iter().map(|s| (s.name(), *s));
    names
        .chain(httpcodes::alias_names().iter().copied())
        .find(|(name, _)| name.as_bytes() == text)
        .map(|(_, status)| status)
}

/// The status listed for `code`, by a scan.
fn scan_code(code: i64) -> Option<Status> {
    Status::all()
        .iter()
        .copied()
        .find(|s| i64::from(s.code()) == code)
}

/// `Some(value)` when `text` is exactly three ASCII digits.
fn three_digits(text: &[u8]) -> Option<i64> {
    match text {
        [a, b, c] if text.iter().all(u8::is_ascii_digit) => Some(
            [a, b, c]
                .iter()
                .fold(0, |v, &&d| v * 10 + i64::from(d - b'0')),
        ),
        _ => None,
    }
}

/// The status `text` spells by the contract's rule for `FromStr`: a three-digit listed code, a
/// `NAME`, a phrase or alias, or the text form `404 Not Found`; ASCII whitespace around it.
fn spelled(text: &[u8]) -> Option<Status> {
    let text = trim(text);
    if let Some(code) = three_digits(text) {
        return scan_code(code);
    }
    if let Some(status) = scan_name(text).or_else(|| scan_phrase(text)) {
        return Some(status);
    }
    // The text form: three digits, one ASCII whitespace, then that status's phrase or alias.
    let (head, rest) = text.split_at_checked(3)?;
    let status = scan_code(three_digits(head)?)?;
    let (&space, phrase) = rest.split_first()?;
    (is_space(space) && scan_phrase(phrase) == Some(status)).then_some(status)
}

/// Reverse lookup of `data` as a phrase and as a `NAME`, as bytes and (when UTF-8) as text.
pub fn reverse_lookup(data: &[u8]) {
    let expected = scan_phrase(data);
    assert_eq!(
        Status::from_phrase_bytes(data),
        expected,
        "from_phrase_bytes"
    );
    let by_name = scan_name(data);
    assert_eq!(Status::from_name_bytes(data), by_name, "from_name_bytes");
    if let Ok(text) = core::str::from_utf8(data) {
        assert_eq!(Status::from_phrase(text), expected, "from_phrase");
        assert_eq!(
            httpcodes::code_of(text),
            expected.map(Status::code),
            "code_of"
        );
        assert_eq!(Status::from_name(text), by_name, "from_name");
    }
}

/// `FromStr` and `parse_code` of `data` (lossily decoded when it is not UTF-8).
pub fn from_str(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed = text.parse::<Status>();
    assert_eq!(parsed.ok(), spelled(text.as_bytes()), "FromStr of {text:?}");
    match parsed {
        Ok(status) => {
            for spelling in [
                status.to_string(),
                status.name().into(),
                status.code().to_string(),
            ] {
                assert_eq!(spelling.parse(), Ok(status), "{spelling:?}");
            }
        }
        Err(error) => {
            // The message's wording belongs to the excerpt rule; only its size is checked.
            assert!(error.text().chars().count() <= httpcodes::doors::EXCERPT_CHARS);
            assert!(error.to_string().len() <= 1024, "a bounded message");
        }
    }
    let code = three_digits(trim(text.as_bytes())).and_then(|c| u16::try_from(c).ok());
    assert_eq!(httpcodes::parse_code(&text), code, "parse_code of {text:?}");
}

/// The class digit and every flag of `code`, by the contract's ranges and lists.
fn expected_flag(flag: Flag, code: i64, listed: Option<Status>) -> bool {
    let digit = (100..=599).contains(&code).then_some(code / 100);
    match flag {
        Flag::Informational => digit == Some(1),
        Flag::Success => digit == Some(2),
        Flag::Redirection => digit == Some(3),
        Flag::ClientError => digit == Some(4),
        Flag::ServerError => digit == Some(5),
        Flag::Error => matches!(digit, Some(4 | 5)),
        Flag::Redirect | Flag::EmptyBody | Flag::Retry | Flag::CacheableByDefault => {
            listed.is_some_and(|s| s.has(flag))
        }
    }
}

/// A module-level `is_*` function of core.
type FlagFunction = fn(i64) -> bool;

/// Every forward lookup of one `code`.
fn forward_one(code: i64) {
    let listed = scan_code(code);
    assert_eq!(Status::from_code(code), listed, "from_code({code})");
    assert_eq!(
        httpcodes::reason_phrase(code),
        listed.map(Status::phrase),
        "reason_phrase({code})"
    );
    assert_eq!(
        httpcodes::doors::reason_phrase_c(code).map(|c| c.to_bytes()),
        listed.map(|s| s.phrase().as_bytes()),
        "reason_phrase_c({code})"
    );
    assert_eq!(
        httpcodes::name_of(code),
        listed.map(Status::name),
        "name_of({code})"
    );
    let digit = (100..=599).contains(&code).then_some(code / 100);
    let class = httpcodes::class_of(code);
    assert_eq!(
        class.map(|c| i64::from(c.digit())),
        digit,
        "class_of({code})"
    );
    assert_eq!(Class::from_code(code), class, "Class::from_code({code})");
    if let Some(status) = listed {
        assert_eq!(Some(status.class()), class, "class of {code}");
    }
    let functions: [(Flag, FlagFunction); 10] = [
        (Flag::Informational, httpcodes::is_informational),
        (Flag::Success, httpcodes::is_success),
        (Flag::Redirection, httpcodes::is_redirection),
        (Flag::ClientError, httpcodes::is_client_error),
        (Flag::ServerError, httpcodes::is_server_error),
        (Flag::Error, httpcodes::is_error),
        (Flag::Redirect, httpcodes::is_redirect),
        (Flag::EmptyBody, httpcodes::is_empty_body),
        (Flag::Retry, httpcodes::is_retry),
        (Flag::CacheableByDefault, httpcodes::is_cacheable_by_default),
    ];
    let mut bits = 0;
    for (flag, function) in functions {
        let expected = expected_flag(flag, code, listed);
        assert_eq!(flag.holds_for(code), expected, "{flag:?} of {code}");
        assert_eq!(function(code), expected, "{} of {code}", flag.name());
        bits |= u16::from(expected) << flag as u8;
    }
    assert_eq!(Flag::ALL.len(), functions.len(), "a function per flag");
    assert_eq!(httpcodes::doors::flag_bits(code), bits, "flag_bits({code})");
    assert_eq!(
        httpcodes::header_fields(code),
        listed.map(Status::header_fields),
        "header_fields({code})"
    );
}

/// Forward lookups of integers read from `data`: as a whole little-endian `i64`, as a 16-bit
/// value, and each of those moved by the wrap points of narrower integers.
pub fn forward(data: &[u8]) {
    let mut wide = [0u8; 8];
    let n = data.len().min(8);
    wide[..n].copy_from_slice(&data[..n]);
    let whole = i64::from_le_bytes(wide);
    let short = i64::from(u16::from_le_bytes([wide[0], wide[1]]));
    for base in [whole, short, -short] {
        for shift in [0, 1 << 16, 1 << 32, -(1 << 16), -(1 << 32), i64::MIN] {
            forward_one(base.wrapping_add(shift));
        }
    }
}

mod check_head;
pub use check_head::check_head;

#[cfg(test)]
mod replay {
    //! Replays the committed seeds (fuzz/corpus/core/TARGET) and regressions
    //! (fuzz/regressions/core/TARGET) through the checks: `cargo test` in fuzz/core.

    use std::fs;
    use std::path::PathBuf;

    fn replay(target: &str, check: fn(&[u8])) {
        let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut replayed = 0;
        for folder in ["corpus", "regressions"] {
            let dir = fuzz.join(folder).join("core").join(target);
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.file_name().is_some_and(|n| n == "README.md") {
                    continue;
                }
                check(&fs::read(&path).unwrap());
                replayed += 1;
            }
        }
        assert!(replayed > 0, "no seed for {target}");
    }

    #[test]
    fn reverse_lookup() {
        replay("reverse_lookup", super::reverse_lookup);
    }

    #[test]
    fn from_str() {
        replay("from_str", super::from_str);
    }

    #[test]
    fn forward() {
        replay("forward", super::forward);
    }

    #[test]
    fn check_head() {
        replay("check_head", super::check_head);
    }

    #[test]
    fn every_listed_code_and_its_neighbours() {
        for status in httpcodes::Status::all() {
            let code = i64::from(status.code());
            for n in code - 1..=code + 1 {
                super::forward(&n.to_le_bytes());
            }
        }
    }
}
