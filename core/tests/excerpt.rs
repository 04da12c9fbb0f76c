//! The excerpt rule (spec/API.md §4): the shared vectors, and its bounds on hostile input.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use httpcodes::doors::{ESCAPE_MAX_CHARS, EXCERPT_CHARS, EXCERPT_MARKER};
use httpcodes::Status;

mod tsv;

fn rows(file: &str) -> Vec<Vec<String>> {
    tsv::rows(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors"),
        file,
    )
}

/// The longest excerpt the rule writes, in characters.
const MAX_CHARS: usize = EXCERPT_CHARS * ESCAPE_MAX_CHARS + 1;

#[test]
fn excerpt_vectors() {
    for row in rows("excerpts.tsv") {
        let [input, expected, case] = &row[..] else {
            unreachable!()
        };
        let input = tsv::unescape(input);
        let shown = httpcodes::doors::excerpt(&input).to_string();
        assert_eq!(&shown, expected, "{case}");
        assert_eq!(
            httpcodes::doors::excerpt_bytes(input.as_bytes()).to_string(),
            shown,
            "{case}"
        );
        assert!(shown.chars().count() <= MAX_CHARS, "{case}");
    }
}

#[test]
fn reproducer_6_the_cut_counts_the_values_characters() {
    let shown = httpcodes::doors::excerpt(&"x".repeat(60)).to_string();
    assert_eq!(
        shown,
        format!("{}{EXCERPT_MARKER}", "x".repeat(EXCERPT_CHARS))
    );
    let error = "x".repeat(60).parse::<Status>().unwrap_err();
    assert!(
        error.to_string().contains(&format!("\"{shown}\"")),
        "{error}"
    );
}

#[test]
fn reproducer_7_control_characters_are_escaped() {
    let forged = "x\n\x1b[31mERROR forged\r\0";
    let shown = httpcodes::doors::excerpt(forged).to_string();
    assert_eq!(shown, "x\\n\\u{1b}[31mERROR forged\\r\\0");
    assert!(!shown.chars().any(char::is_control));
    let error = forged.parse::<Status>().unwrap_err().to_string();
    assert!(!error.chars().any(char::is_control), "{error:?}");
    assert!(error.contains(&shown), "{error}");
}

#[test]
fn no_control_character_survives_any_input() {
    for c in (0..=0x10_ffff).filter_map(char::from_u32) {
        let mut buffer = [0; 4];
        let shown = httpcodes::doors::excerpt(c.encode_utf8(&mut buffer)).to_string();
        assert_eq!(
            shown.chars().count() == 1,
            !httpcodes::doors::is_escaped(c),
            "{c:?}"
        );
        assert!(shown.chars().count() <= ESCAPE_MAX_CHARS, "{c:?}");
        assert!(!shown.chars().any(char::is_control), "{c:?}");
        assert!(
            !shown.contains(['\u{2028}', '\u{2029}', '\u{202e}']),
            "{c:?}"
        );
    }
}

#[test]
fn bytes_that_are_not_utf8_read_as_one_replacement_each() {
    let shown = httpcodes::doors::excerpt_bytes(b"a\xffb\xe2\x82c\xf0\x9f\x98\x80").to_string();
    assert_eq!(shown, "a\u{fffd}b\u{fffd}c\u{1f600}");
    let invalid = [0xff; 60];
    let excerpt = httpcodes::doors::excerpt_bytes(&invalid);
    assert_eq!(excerpt.chars().count(), EXCERPT_CHARS);
    assert_eq!(excerpt.head().len(), EXCERPT_CHARS);
    assert!(excerpt.was_cut());
    // A character split by the window's edge never shows as a replacement.
    let mut split = vec![b'x'; EXCERPT_CHARS * 4 - 2];
    split.extend_from_slice("😀".as_bytes());
    assert_eq!(
        httpcodes::doors::excerpt_bytes(&split).chars().nth(49),
        Some('x')
    );
}

#[test]
fn a_100_mb_value_costs_what_a_short_one_does() {
    let huge = "\u{1b}".repeat(100 << 20);
    let start = Instant::now();
    let shown = httpcodes::doors::excerpt(&huge).to_string();
    let bytes = httpcodes::doors::excerpt_bytes(huge.as_bytes()).to_string();
    assert!(
        start.elapsed() < Duration::from_millis(250),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(shown, bytes);
    assert_eq!(
        shown,
        format!("{}{EXCERPT_MARKER}", "\\u{1b}".repeat(EXCERPT_CHARS))
    );
    let error = huge.parse::<Status>().unwrap_err().to_string();
    assert!(error.chars().count() <= MAX_CHARS + 100, "{error}");
}

#[test]
fn bytes_that_are_not_utf8_and_embedded_nul_are_unknown() {
    for bytes in [
        &b"Not Found\xff"[..],
        b"\xed\xa0\x80",
        b"Not\0Found",
        b"Not Found\0",
        b"\xc0\xaf",
    ] {
        assert_eq!(Status::from_phrase_bytes(bytes), None, "{bytes:?}");
        assert_eq!(Status::from_name_bytes(bytes), None, "{bytes:?}");
    }
    assert_eq!(httpcodes::code_of("Not\0Found"), None);
}

#[test]
fn many_threads_get_the_same_answers_and_messages() {
    let answers = || {
        let codes: Vec<_> = (-2000..70_000).map(httpcodes::reason_phrase).collect();
        let errors: Vec<_> = rows("excerpts.tsv")
            .iter()
            .map(|row| {
                tsv::unescape(&row[0])
                    .parse::<Status>()
                    .map_err(|e| e.to_string())
            })
            .collect();
        (codes, errors)
    };
    let expected = answers();
    let threads: Vec<_> = (0..8).map(|_| std::thread::spawn(answers)).collect();
    for thread in threads {
        assert_eq!(thread.join().unwrap(), expected);
    }
}
