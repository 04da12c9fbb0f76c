//! Reverse lookup, exhaustively near the keys: every key in every case and padding is found, and
//! every one-byte substitution, deletion or insertion of a key is refused unless it spells a key.

use httpcodes::Status;

/// Every key of `Status::from_phrase`: each phrase, then each alias.
fn phrase_keys() -> Vec<(&'static str, Status)> {
    let phrases = Status::all().iter().map(|&s| (s.phrase(), s));
    phrases
        .chain(httpcodes::aliases().iter().copied())
        .collect()
}

/// The obviously-correct answer: trim, then compare with every key under ASCII folding.
fn scan(text: &[u8]) -> Option<Status> {
    let text = text.trim_ascii();
    phrase_keys()
        .into_iter()
        .find(|(key, _)| key.as_bytes().eq_ignore_ascii_case(text))
        .map(|(_, status)| status)
}

/// `key` with the case of each letter chosen by the bits of `pattern`, in turn.
fn cased(key: &str, pattern: u64) -> Vec<u8> {
    let mut letter = 0;
    key.bytes()
        .map(|byte| {
            if !byte.is_ascii_alphabetic() {
                return byte;
            }
            letter += 1;
            if pattern >> ((letter - 1) % 64) & 1 == 1 {
                byte.to_ascii_uppercase()
            } else {
                byte.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Case patterns: all of them for a key of up to 12 letters, else 512 spread ones.
fn patterns(key: &str) -> Vec<u64> {
    let letters = key.bytes().filter(u8::is_ascii_alphabetic).count();
    if letters <= 12 {
        (0..1u64 << letters).collect()
    } else {
        (0..512u64)
            .map(|n| n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ n)
            .chain([0, u64::MAX])
            .collect()
    }
}

const PADDING: [&[u8]; 7] = [b"", b" ", b"\t", b"\n", b"\x0c", b"\r", b" \t\r\n\x0c  "];

#[test]
fn every_key_is_found_in_every_case_and_padding() {
    for (key, status) in phrase_keys() {
        for pattern in patterns(key) {
            let spelled = cased(key, pattern);
            assert_eq!(Status::from_phrase_bytes(&spelled), Some(status), "{key:?}");
            for before in PADDING {
                for after in PADDING {
                    let padded = [before, &spelled, after].concat();
                    assert_eq!(
                        Status::from_phrase_bytes(&padded),
                        Some(status),
                        "{padded:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_vertical_tab_or_unicode_space_is_not_trimmed() {
    for (key, _) in phrase_keys() {
        for pad in ["\x0b", "\u{a0}", "\u{2003}", "\u{feff}", "\0"] {
            assert_eq!(Status::from_phrase(&format!("{pad}{key}")), None);
            assert_eq!(Status::from_phrase(&format!("{key}{pad}")), None);
        }
    }
}

/// Every text one byte away from `key`: each byte replaced by each other byte, each byte
/// dropped, each byte inserted anywhere.
fn one_byte_away(key: &[u8]) -> Vec<Vec<u8>> {
    let mut texts = Vec::new();
    for at in 0..key.len() {
        let mut dropped = key.to_vec();
        dropped.remove(at);
        texts.push(dropped);
        for byte in 0..=255u8 {
            if byte != key[at] {
                let mut replaced = key.to_vec();
                replaced[at] = byte;
                texts.push(replaced);
            }
        }
    }
    for at in 0..=key.len() {
        for byte in 0..=255u8 {
            let mut inserted = key.to_vec();
            inserted.insert(at, byte);
            texts.push(inserted);
        }
    }
    texts
}

#[test]
fn every_one_byte_change_of_a_phrase_is_refused_unless_it_spells_a_key() {
    for (key, _) in phrase_keys() {
        for spelled in [key.as_bytes().to_vec(), cased(key, u64::MAX), cased(key, 0)] {
            for text in one_byte_away(&spelled) {
                assert_eq!(Status::from_phrase_bytes(&text), scan(&text), "{text:?}");
            }
        }
    }
}

#[test]
fn every_one_byte_change_of_a_name_is_refused_unless_it_is_a_name() {
    for &status in Status::all() {
        for text in one_byte_away(status.name().as_bytes()) {
            let expected = Status::all()
                .iter()
                .copied()
                .find(|s| s.name().as_bytes() == text);
            assert_eq!(Status::from_name_bytes(&text), expected, "{text:?}");
        }
        let lower = status.name().to_ascii_lowercase();
        assert_eq!(Status::from_name(&lower), None, "{lower}");
        assert_eq!(Status::from_name(status.name()), Some(status));
    }
}
