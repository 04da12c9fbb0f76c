use super::*;

#[test]
fn the_hash_reads_bytes_as_unit_class_says() {
    for byte in 0..=255u8 {
        let class = unit_class(byte);
        if (byte & 0x7F).is_ascii_whitespace() || byte & 0x7F == 0 {
            assert_eq!(class, 0, "byte {byte:#04x}");
        } else {
            assert_eq!(
                class,
                (byte & 0x7F).to_ascii_lowercase(),
                "byte {byte:#04x}"
            );
        }
    }
}

/// The message a build that should have been refused panicked with.
fn refusal<T>(result: std::thread::Result<T>) -> std::string::String {
    *result
        .err()
        .expect("the build is refused")
        .downcast::<std::string::String>()
        .expect("with a message")
}

#[test]
fn a_key_equal_to_another_under_ascii_folding_is_refused_by_name() {
    let refused = std::panic::catch_unwind(|| {
        build::<2, 13, 24>(
            [
                ("I'm a Teapot", Status::IM_A_TEAPOT),
                ("I'm a teapot", Status::IM_A_TEAPOT),
            ],
            Compare::AsciiCaseInsensitive,
        )
    });
    assert_eq!(
        refusal(refused),
        "duplicate reverse-lookup key \"I'm a teapot\" (against \"I'm a Teapot\")"
    );
}

#[test]
fn keys_that_differ_only_where_the_hash_reads_nothing_are_refused_by_name() {
    // A space and a tab read alike (as padding does), and the keys differ nowhere else.
    let refused = std::panic::catch_unwind(|| {
        build::<2, 6, 10>(
            [("a b c", Status::OK), ("a\tb c", Status::CREATED)],
            Compare::AsciiCaseInsensitive,
        )
    });
    assert_eq!(
        refusal(refused),
        "no four byte positions tell apart reverse-lookup key \"a\tb c\" (against \"a b c\")"
    );
}

#[test]
fn keys_sharing_ends_length_and_most_bytes_are_placed() {
    let table = build::<3, 21, 60>(
        [
            ("Request-URI Too Long", Status::REQUEST_URI_TOO_LONG),
            ("Request URI Too Long", Status::REQUEST_URI_TOO_LONG),
            ("Request-XYZ Too Long", Status::NOT_FOUND),
        ],
        Compare::AsciiCaseInsensitive,
    );
    assert_eq!(table.get(b"request-xyz too long"), Some(Status::NOT_FOUND));
    assert_eq!(
        table.get(b"REQUEST URI TOO LONG"),
        Some(Status::REQUEST_URI_TOO_LONG)
    );
    assert_eq!(table.get(b"Request-URI Too Lon"), None);
}

/// Keys longer than the four words the compare reads without a loop: 33, 40, 43 and 64 bytes.
const LONG_KEYS: [(&str, Status); 4] = [
    ("A key thirty-three bytes long!!!!", Status::OK),
    ("A Forty Byte Key For The Word Loop Test!", Status::CREATED),
    (
        "Request Header Fields Are Far Too Large Now",
        Status::ACCEPTED,
    ),
    (
        "Sixty-four bytes: long enough for four words and four more ones.",
        Status::NOT_FOUND,
    ),
];
const LONG_WIDTH: usize = width(&LONG_KEYS);
const LONG_BYTES: usize = total_len(&LONG_KEYS);

/// Every text that differs from a key in one byte is refused, whichever byte it is.
fn every_byte_is_compared(compare: Compare) {
    let table = build::<4, LONG_WIDTH, LONG_BYTES>(LONG_KEYS, compare);
    for (key, status) in LONG_KEYS {
        assert_eq!(table.get(key.as_bytes()), Some(status), "{key:?}");
        for at in 0..key.len() {
            // Flipping the lowest bit changes a letter to another letter (or a sign), never
            // to its own capital.
            let mut text = key.as_bytes().to_vec();
            text[at] ^= 0x01;
            assert_eq!(table.get(&text), None, "{key:?} with byte {at} changed");
        }
    }
}

#[test]
fn every_byte_of_a_long_key_is_compared() {
    assert_eq!(
        LONG_KEYS.map(|(key, _)| key.len()),
        [33, 40, 43, 64],
        "the lengths this test is about"
    );
    every_byte_is_compared(Compare::AsciiCaseInsensitive);
    every_byte_is_compared(Compare::Exact);
}

#[test]
fn a_long_key_is_found_in_any_ascii_case() {
    let table = build::<4, LONG_WIDTH, LONG_BYTES>(LONG_KEYS, Compare::AsciiCaseInsensitive);
    for (key, status) in LONG_KEYS {
        let upper = key.to_ascii_uppercase();
        assert_eq!(table.get(upper.as_bytes()), Some(status), "{upper:?}");
    }
}
