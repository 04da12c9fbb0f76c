//! Property tests: no lookup panics on any input, and every round trip holds.

use httpcodes::{Class, Status};
use proptest::prelude::*;

/// A plain linear scan, the obviously-correct reverse lookup the perfect hash must agree with.
fn scan(text: &[u8]) -> Option<Status> {
    let text = text.trim_ascii();
    let phrases = Status::all().iter().map(|s| (s.phrase(), *s));
    phrases
        .chain(httpcodes::aliases().iter().copied())
        .find(|(key, _)| key.as_bytes().eq_ignore_ascii_case(text))
        .map(|(_, status)| status)
}

/// Strings near the keys: a phrase with case flips, padding and one byte changed or dropped.
fn near_phrase() -> impl Strategy<Value = Vec<u8>> {
    (
        0..Status::all().len(),
        any::<u64>(),
        "[ \t\r\n]{0,2}",
        "[ \t\r\n]{0,2}",
        proptest::option::of((any::<prop::sample::Index>(), any::<u8>())),
        proptest::option::of(any::<prop::sample::Index>()),
    )
        .prop_map(|(index, flips, before, after, change, drop)| {
            let mut bytes: Vec<u8> = Status::all()[index].phrase().bytes().collect();
            for (i, byte) in bytes.iter_mut().enumerate() {
                if flips >> (i % 64) & 1 == 1 {
                    *byte = if byte.is_ascii_uppercase() {
                        byte.to_ascii_lowercase()
                    } else {
                        byte.to_ascii_uppercase()
                    };
                }
            }
            if let Some((at, byte)) = change {
                let at = at.index(bytes.len());
                bytes[at] = byte;
            }
            if let Some(at) = drop {
                bytes.remove(at.index(bytes.len()));
            }
            [before.as_bytes(), &bytes, after.as_bytes()].concat()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn reverse_lookup_agrees_with_a_scan(bytes in near_phrase()) {
        prop_assert_eq!(Status::from_phrase_bytes(&bytes), scan(&bytes));
        if let Ok(text) = std::str::from_utf8(&bytes) {
            prop_assert_eq!(Status::from_phrase(text), scan(&bytes));
        }
    }

    #[test]
    fn any_bytes_are_safe(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(Status::from_phrase_bytes(&bytes), scan(&bytes));
        let by_name = Status::all().iter().copied().find(|s| s.name().as_bytes() == bytes);
        prop_assert_eq!(Status::from_name_bytes(&bytes), by_name);
    }

    #[test]
    fn any_string_is_safe(text in "\\PC{0,40}") {
        prop_assert_eq!(Status::from_phrase(&text), scan(text.as_bytes()));
        let _ = Status::from_name(&text);
        if let Ok(status) = text.parse::<Status>() {
            prop_assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        }
    }

    #[test]
    fn any_integer_is_safe(code in any::<i64>()) {
        let status = Status::from_code(code);
        prop_assert_eq!(status.map(|s| i64::from(s.code())), status.and(Some(code)));
        prop_assert_eq!(httpcodes::reason_phrase(code), status.map(Status::phrase));
        prop_assert_eq!(httpcodes::class_of(code).is_some(), (100..600).contains(&code));
        prop_assert_eq!(httpcodes::is_error(code), (400..600).contains(&code));
    }
}

#[test]
fn integer_edges_are_unknown() {
    let edges = [
        i64::MIN,
        i64::MIN + 1,
        -1,
        0,
        i64::from(u16::MAX) + 405,
        (1 << 32) + 404,
    ];
    for code in edges
        .into_iter()
        .chain([i64::MAX, i64::from(i32::MIN), i64::from(u32::MAX)])
    {
        assert_eq!(Status::from_code(code), None, "{code}");
        assert_eq!(httpcodes::class_of(code), None, "{code}");
    }
}

#[test]
fn every_round_trip_holds() {
    for &status in Status::all() {
        let code = i64::from(status.code());
        assert_eq!(httpcodes::code_of(status.phrase()), Some(status.code()));
        assert_eq!(Status::from_code(code), Some(status));
        assert_eq!(Status::from_name(status.name()), Some(status));
        assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        assert_eq!(Class::from_code(code), Some(status.class()));
    }
}

#[test]
fn huge_input_is_unknown() {
    let huge = "Not Found".repeat(1_200_000);
    assert_eq!(httpcodes::code_of(&huge), None);
    let padded = format!(
        "{}Not Found{}",
        " ".repeat(5_000_000),
        " ".repeat(5_000_000)
    );
    assert_eq!(httpcodes::code_of(&padded), Some(404));
    assert!(huge.parse::<Status>().is_err());
}

#[test]
fn parse_errors_name_the_text() {
    let error = "Not Fond".parse::<Status>().unwrap_err();
    assert_eq!(error.text(), "Not Fond");
    assert!(error.to_string().contains("\"Not Fond\""), "{error}");
    // The excerpt rule: whole characters, the first 50, then the marker.
    let long = "é".repeat(60);
    let error = long.parse::<Status>().unwrap_err();
    assert_eq!(error.text(), "é".repeat(50));
    assert!(error.was_cut());
    assert!(error
        .to_string()
        .contains(&format!("\"{}…\"", "é".repeat(50))));
    let exact = "😀".repeat(50);
    let error = exact.parse::<Status>().unwrap_err();
    assert_eq!((error.text(), error.was_cut()), (exact.as_str(), false));
    for bad in [
        "0404",
        "000000000000000000000000404",
        "40",
        "4040",
        "0404 Not Found",
        "-404",
        "",
        "404 Gone",
        "404Not Found",
        "99999999999999999999999",
        "+404",
        "4 04",
    ] {
        assert!(bad.parse::<Status>().is_err(), "{bad:?}");
    }
}
