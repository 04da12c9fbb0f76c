//! Reverse lookup: text to status, with no allocation and no scan of the table.
//!
//! A phrase or name is matched by a perfect hash computed at compile time. The hash reads only a
//! fingerprint of the input — its length, its first and last four bytes and its middle byte, each
//! ASCII-folded with `| 0x20` — which is distinct for every key (the build fails otherwise), so a
//! lookup costs a trim, two multiplications, one table read and one `eq_ignore_ascii_case` against
//! a single candidate. That is what lets a C caller beat a `strcasecmp` scan of the table many
//! times over without lower-casing the input into a buffer.

use crate::status::Status;
use crate::table::ALIASES;

/// Slots in each hash table: 1024 one-byte slots keep a random seed collision-free for ~64 keys
/// within a handful of tries, so the compile-time search below stays short.
const SLOT_BITS: u32 = 10;
const SLOTS: usize = 1 << SLOT_BITS;
const EMPTY: u8 = u8::MAX;

/// How text is compared once a candidate is found.
#[derive(Clone, Copy)]
enum Compare {
    AsciiCaseInsensitive,
    Exact,
}

/// A compile-time perfect hash over `N` keys.
struct PerfectHash<const N: usize> {
    seed: u64,
    slots: [u8; SLOTS],
    keys: [(&'static str, Status); N],
    shortest: usize,
    longest: usize,
    compare: Compare,
}

const fn head(b: &[u8]) -> u32 {
    match *b {
        [a, b, c, d, ..] => u32::from_le_bytes([a, b, c, d]),
        [a, b, c] => u32::from_le_bytes([a, b, c, 0]),
        [a, b] => u32::from_le_bytes([a, b, 0, 0]),
        [a] => a as u32,
        [] => 0,
    }
}

const fn tail(b: &[u8]) -> u32 {
    match *b {
        [.., a, b, c, d] => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

const fn middle(b: &[u8]) -> u8 {
    if b.is_empty() {
        0
    } else {
        b[b.len() / 2]
    }
}

/// The slot of `b`: case-insensitive for ASCII letters, so `NOT FOUND` and `not found` share one.
const fn slot(b: &[u8], seed: u64) -> usize {
    const FOLD: u32 = 0x2020_2020;
    let ends = ((head(b) | FOLD) as u64) | (((tail(b) | FOLD) as u64) << 32);
    let shape = ((b.len() as u64) << 8) | (middle(b) | 0x20) as u64;
    let mixed = (ends ^ shape.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(seed);
    (mixed >> (64 - SLOT_BITS)) as usize
}

/// Finds a seed under which no two keys share a slot. Runs only at compile time: if no seed
/// works, the `panic!` is a build error, never a runtime one.
const fn build<const N: usize>(
    keys: [(&'static str, Status); N],
    compare: Compare,
) -> PerfectHash<N> {
    assert!(N < EMPTY as usize, "a slot holds a one-byte key index");
    let mut shortest = usize::MAX;
    let mut longest = 0;
    let mut k = 0;
    while k < N {
        let len = keys[k].0.len();
        if len < shortest {
            shortest = len;
        }
        if len > longest {
            longest = len;
        }
        k += 1;
    }

    let mut attempt: u64 = 0;
    while attempt < 10_000 {
        // splitmix64 of the attempt number, made odd so the multiplication is a bijection.
        let mut seed = attempt.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        seed = (seed ^ (seed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        seed = (seed ^ (seed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        seed = (seed ^ (seed >> 31)) | 1;

        let mut slots = [EMPTY; SLOTS];
        let mut clash = false;
        let mut k = 0;
        while k < N {
            let at = slot(keys[k].0.as_bytes(), seed);
            if slots[at] != EMPTY {
                clash = true;
                break;
            }
            slots[at] = k as u8;
            k += 1;
        }
        if !clash {
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
    panic!("no perfect hash seed found for the reverse-lookup keys");
}

impl<const N: usize> PerfectHash<N> {
    fn get(&self, text: &[u8]) -> Option<Status> {
        if text.len() < self.shortest || text.len() > self.longest {
            return None;
        }
        let index = self.slots[slot(text, self.seed)];
        let (key, status) = self.keys.get(index as usize)?;
        let found = match self.compare {
            Compare::AsciiCaseInsensitive => key.as_bytes().eq_ignore_ascii_case(text),
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
        keys[i] = (Status::ALL[i].phrase_of(), Status::ALL[i]);
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
        keys[i] = (Status::ALL[i].name_of(), Status::ALL[i]);
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
