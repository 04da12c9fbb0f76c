//! Reverse lookup: text to status, with no allocation and no scan of the table.
//!
//! Every key (phrase, alias or `NAME`) is placed by a perfect hash that a `const fn` builds at
//! compile time. The hash reads every byte of the key, eight at a time, ASCII-folded in the word
//! (SWAR), so any set of keys that differ under ASCII case folding can be placed: the build only
//! ever has to try a few seeds. A key equal to another under folding is a duplicate, and the build
//! fails with a message that names both; so does a set the seed search cannot place.
//!
//! A lookup costs a trim, a length check, one multiply per eight bytes, one slot read and one
//! comparison against a single candidate, folded eight bytes at a time: no lower-cased copy, no
//! scan.

use crate::status::Status;
use crate::table::ALIASES;

/// Slots in each hash table: 1024 one-byte slots keep ~70 keys collision-free under roughly one
/// seed in ten, so the compile-time search stays short.
const SLOT_BITS: u32 = 10;
const SLOTS: usize = 1 << SLOT_BITS;
const EMPTY: u8 = u8::MAX;
/// Seeds tried before the build gives up and names the pair that kept colliding.
const SEED_ATTEMPTS: u64 = 4096;

/// How text is compared once a candidate is found.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compare {
    AsciiCaseInsensitive,
    Exact,
}

/// A compile-time perfect hash over `N` keys.
pub(crate) struct PerfectHash<const N: usize> {
    seed: u64,
    slots: [u8; SLOTS],
    keys: [(&'static str, Status); N],
    shortest: usize,
    longest: usize,
    compare: Compare,
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// Lower-cases the ASCII capitals among the eight bytes of `word` and leaves every other byte
/// as it is (the SWAR form of `make_ascii_lowercase`).
const fn fold(word: u64) -> u64 {
    let ascii = word & (0x7F * ONES);
    let above_at = ascii + (0x80 - b'A' as u64) * ONES; // high bit set where byte >= 'A'
    let above_z = ascii + (0x80 - b'Z' as u64 - 1) * ONES; // high bit set where byte > 'Z'
    let capital = (above_at & !above_z) & !word & (0x80 * ONES);
    word | (capital >> 2)
}

/// The eight bytes of `text` from `at` as a little-endian word; callers keep `at + 8 <= len`.
const fn word_at(text: &[u8], at: usize) -> u64 {
    match text.split_at(at).1.split_first_chunk::<8>() {
        Some((word, _)) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// The four bytes of `text` from `at` as a little-endian word; callers keep `at + 4 <= len`.
const fn half_at(text: &[u8], at: usize) -> u64 {
    match text.split_at(at).1.split_first_chunk::<4>() {
        Some((half, _)) => u32::from_le_bytes(*half) as u64,
        None => 0,
    }
}

/// `text` as the words the hash and the comparison read, in order: every whole word, then the
/// last eight bytes (overlapping the one before when the length is not a multiple of eight).
/// Shorter text is read as one word: its first and last four bytes, or its bytes one by one.
/// Every byte lands in some word, so keys that differ anywhere read differently.
const fn for_each_word(text: &[u8], index: usize) -> Option<u64> {
    let len = text.len();
    if len >= 8 {
        let words = len.div_ceil(8);
        if index + 1 < words {
            Some(word_at(text, index * 8))
        } else if index + 1 == words {
            Some(word_at(text, len - 8))
        } else {
            None
        }
    } else if index > 0 {
        None
    } else if len >= 4 {
        Some(half_at(text, 0) | half_at(text, len - 4) << 32)
    } else {
        let mut word = 0;
        let mut i = 0;
        while i < len {
            word |= (text[i] as u64) << (8 * i);
            i += 1;
        }
        Some(word)
    }
}

/// Mixes every byte of `text`, ASCII-folded, with `seed` into a slot index.
const fn slot(text: &[u8], seed: u64) -> usize {
    let mut hash = seed ^ (text.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut index = 0;
    while let Some(word) = for_each_word(text, index) {
        hash = (hash ^ fold(word)).wrapping_mul(seed);
        hash ^= hash >> 29;
        index += 1;
    }
    hash ^= hash >> 32;
    (hash.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - SLOT_BITS)) as usize
}

/// Whether `a` and `b` are equal under ASCII case folding, a word at a time.
fn same_folded(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while let (Some(x), Some(y)) = (for_each_word(a, index), for_each_word(b, index)) {
        if fold(x) != fold(y) {
            return false;
        }
        index += 1;
    }
    true
}

/// The `attempt`-th seed: splitmix64 of the attempt number, made odd so multiplying by it mixes.
const fn seed_for(attempt: u64) -> u64 {
    let mut seed = attempt.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    seed = (seed ^ (seed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    seed = (seed ^ (seed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (seed ^ (seed >> 31)) | 1
}

const fn same_key(a: &[u8], b: &[u8], compare: Compare) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        let equal = match compare {
            Compare::AsciiCaseInsensitive => a[i].eq_ignore_ascii_case(&b[i]),
            Compare::Exact => a[i] == b[i],
        };
        if !equal {
            return false;
        }
        i += 1;
    }
    true
}

/// Stops the build with `what`, then the two keys, quoted: `const` panics cannot format, so the
/// message is assembled in a buffer first.
const fn refuse(what: &str, key: &str, other: &str) -> ! {
    let mut message = [0u8; 512];
    let mut len = 0;
    let parts = [what, " \"", key, "\" (against \"", other, "\")"];
    let mut p = 0;
    while p < parts.len() {
        let bytes = parts[p].as_bytes();
        let mut i = 0;
        while i < bytes.len() && len < message.len() {
            message[len] = bytes[i];
            len += 1;
            i += 1;
        }
        p += 1;
    }
    match core::str::from_utf8(message.split_at(len).0) {
        Ok(text) => panic!("{}", text),
        Err(_) => panic!("reverse-lookup keys refused"),
    }
}

/// Places every key, or refuses the set at compile time, naming the key at fault.
pub(crate) const fn build<const N: usize>(
    keys: [(&'static str, Status); N],
    compare: Compare,
) -> PerfectHash<N> {
    assert!(N < EMPTY as usize, "a slot holds a one-byte key index");
    let mut shortest = usize::MAX;
    let mut longest = 0;
    let mut k = 0;
    while k < N {
        let key = keys[k].0;
        if key.len() < shortest {
            shortest = key.len();
        }
        if key.len() > longest {
            longest = key.len();
        }
        let mut earlier = 0;
        while earlier < k {
            if same_key(key.as_bytes(), keys[earlier].0.as_bytes(), compare) {
                refuse("duplicate reverse-lookup key", key, keys[earlier].0);
            }
            earlier += 1;
        }
        k += 1;
    }

    let mut clash = (0, 0);
    let mut attempt = 0;
    while attempt < SEED_ATTEMPTS {
        let seed = seed_for(attempt);
        let mut slots = [EMPTY; SLOTS];
        let mut placed = true;
        let mut k = 0;
        while k < N {
            let at = slot(keys[k].0.as_bytes(), seed);
            if slots[at] != EMPTY {
                clash = (k, slots[at] as usize);
                placed = false;
                break;
            }
            slots[at] = k as u8;
            k += 1;
        }
        if placed {
            return PerfectHash {
                seed,
                slots,
                keys,
                shortest,
                longest,
                compare,
            };
        }
        attempt += 1;
    }
    refuse(
        "no seed places reverse-lookup key",
        keys[clash.0].0,
        keys[clash.1].0,
    )
}

impl<const N: usize> PerfectHash<N> {
    pub(crate) fn get(&self, text: &[u8]) -> Option<Status> {
        if text.len() < self.shortest || text.len() > self.longest {
            return None;
        }
        let index = self.slots[slot(text, self.seed)];
        let (key, status) = self.keys.get(index as usize)?;
        let found = match self.compare {
            Compare::AsciiCaseInsensitive => same_folded(key.as_bytes(), text),
            Compare::Exact => key.as_bytes() == text,
        };
        found.then_some(*status)
    }
}

const PHRASE_COUNT: usize = Status::ALL.len() + ALIASES.len();

/// Every spec phrase, then every alias.
const fn phrase_keys() -> [(&'static str, Status); PHRASE_COUNT] {
    let mut keys = [("", Status::CONTINUE); PHRASE_COUNT];
    let mut i = 0;
    while i < Status::ALL.len() {
        keys[i] = (Status::ALL[i].phrase(), Status::ALL[i]);
        i += 1;
    }
    let mut a = 0;
    while a < ALIASES.len() {
        keys[i + a] = ALIASES[a];
        a += 1;
    }
    keys
}

const fn name_keys() -> [(&'static str, Status); Status::ALL.len()] {
    let mut keys = [("", Status::CONTINUE); Status::ALL.len()];
    let mut i = 0;
    while i < Status::ALL.len() {
        keys[i] = (Status::ALL[i].name(), Status::ALL[i]);
        i += 1;
    }
    keys
}

static PHRASES: PerfectHash<PHRASE_COUNT> = build(phrase_keys(), Compare::AsciiCaseInsensitive);
static NAMES: PerfectHash<{ Status::ALL.len() }> = build(name_keys(), Compare::Exact);

/// The status whose phrase or alias is `text`, ASCII case-insensitive, ASCII whitespace trimmed.
pub(crate) fn status_of_phrase(text: &[u8]) -> Option<Status> {
    PHRASES.get(text.trim_ascii())
}

/// The status whose `NAME` is exactly `text`.
pub(crate) fn status_of_name(text: &[u8]) -> Option<Status> {
    NAMES.get(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowers_ascii_capitals_only() {
        for byte in 0..=255u8 {
            let word = u64::from_le_bytes([byte; 8]);
            let folded = fold(word).to_le_bytes();
            assert_eq!(folded, [byte.to_ascii_lowercase(); 8], "byte {byte:#04x}");
        }
    }

    #[test]
    fn a_key_equal_to_another_under_ascii_folding_is_refused_by_name() {
        let refused = std::panic::catch_unwind(|| {
            build(
                [
                    ("I'm a Teapot", Status::IM_A_TEAPOT),
                    ("I'm a teapot", Status::IM_A_TEAPOT),
                ],
                Compare::AsciiCaseInsensitive,
            )
        });
        let message = *refused
            .err()
            .unwrap()
            .downcast::<std::string::String>()
            .unwrap();
        assert_eq!(
            message,
            "duplicate reverse-lookup key \"I'm a teapot\" (against \"I'm a Teapot\")"
        );
    }

    #[test]
    fn keys_sharing_ends_length_and_middle_are_placed() {
        // The earlier fingerprint hash could not tell these apart; every byte now counts.
        let table = build(
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
    }
}
