//! Reverse lookup: text to status, with no allocation and no scan of the table.
//!
//! Every key (phrase, alias or `NAME`) is placed by a perfect hash that a `const fn` chooses at
//! compile time, as gperf chooses one: a few byte positions that tell every key apart, then, by a
//! search over seeds, random tables that send each key to a slot of its own. A lookup reads the
//! text's length and its bytes at those positions (three for today's phrases), XORs one table
//! entry per byte with one for the length, reads the slot, and compares the text with the single
//! key found there in whole words. No lower-cased copy, no scan, and time linear in the length.
//!
//! The hash sees each byte through [`unit_class`]: ASCII capitals as their lower case, ASCII
//! whitespace and NUL as nothing (what a position past either end of the text reads too), and
//! only the low seven bits. So every spelling of a key, in any case, reaches the key's slot, and a
//! door may hash untrimmed text: a position that falls in the padding reads nothing, as it would
//! past the end (Node's JavaScript does so, on the very tables chosen here; see
//! [`crate::doors::phrase_hash`]).
//!
//! The build fails, naming the keys, on a key equal to another under ASCII case folding (a
//! duplicate), on keys that no [`MAX_POSITIONS`] positions tell apart, and on keys that no seed
//! places.

use crate::status::Status;
use crate::table::{ALIASES, ALIAS_NAMES};

/// The most byte positions a hash may read.
pub(crate) const MAX_POSITIONS: usize = 4;
/// Slots in each hash table: 1024 one-byte slots take ~70 keys under about one seed in eight,
/// so the compile-time search stays short.
const SLOT_BITS: u32 = 10;
pub(crate) const SLOTS: usize = 1 << SLOT_BITS;
pub(crate) const EMPTY: u8 = u8::MAX;
/// The units a position reads: a byte's low seven bits.
pub(crate) const UNITS: usize = 128;
/// Seeds tried before the build gives up and names the pair that kept colliding.
const SEED_ATTEMPTS: u64 = 4096;

/// How text is compared once a candidate is found.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compare {
    AsciiCaseInsensitive,
    Exact,
}

/// Where one key's bytes start in its table's `folded` and `mask`, its length and its status.
#[derive(Clone, Copy)]
struct Entry {
    start: u16,
    len: u8,
    status: Status,
}

/// A compile-time perfect hash over `N` keys, the longest `W - 1` bytes long, `B` bytes in all.
///
/// It holds no pointer, so it lies in read-only data with no relocation to apply at load.
pub(crate) struct PerfectHash<const N: usize, const W: usize, const B: usize> {
    /// Where the hash reads: `p >= 0` is the byte at index `p`, `p < 0` the byte `-p` from the
    /// end (`-1` the last); only the first `count` are read.
    positions: [i8; MAX_POSITIONS],
    count: usize,
    /// Per position, the slot bits each unit contributes (0 for a unit no key has there).
    units: [[u16; UNITS]; MAX_POSITIONS],
    /// Per length, the slot bits it contributes.
    lengths: [u16; W],
    /// Per slot, the index of its key in `entries`, or `EMPTY`.
    slots: [u8; SLOTS],
    entries: [Entry; N],
    /// Every key's bytes, one key after another, ASCII capitals lowered (as written for an
    /// exact key).
    folded: [u8; B],
    /// `0x20` wherever the byte in `folded` may also be its capital, else 0: text matches a key
    /// exactly when `(text | mask) == folded` in every byte.
    mask: [u8; B],
    shortest: usize,
    longest: usize,
}

/// The hash's view of one byte: an ASCII capital as its lower case, ASCII whitespace and NUL as
/// 0, any other byte as its low seven bits.
pub(crate) const fn unit_class(byte: u8) -> u8 {
    let unit = byte & 0x7F;
    if unit.is_ascii_whitespace() {
        0
    } else {
        unit.to_ascii_lowercase()
    }
}

/// The byte of `text` that `position` names, or 0 past either end.
#[inline(always)]
const fn byte_at(text: &[u8], position: i8) -> u8 {
    let index = if position >= 0 {
        position as usize
    } else {
        text.len().wrapping_sub(position.unsigned_abs() as usize)
    };
    if index < text.len() {
        text[index]
    } else {
        0
    }
}

/// splitmix64's finalizer: a random-looking word from any word.
const fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The slot bits that `seed` gives to entry `entry` of table `table`.
const fn random_slot(seed: u64, table: usize, entry: usize) -> u16 {
    let word = mix(seed ^ mix(((table as u64) << 32 | entry as u64).wrapping_add(1)));
    (word >> (64 - SLOT_BITS)) as u16
}

/// The eight bytes of `bytes` from `at`, little-endian; 0 where they do not fit.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// The four bytes of `bytes` from `at`, little-endian; 0 where they do not fit.
#[inline(always)]
fn half_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<4>) {
        Some(half) => u32::from_le_bytes(*half).into(),
        None => 0,
    }
}

/// One byte of `bytes` at `at`, widened; 0 past the end.
#[inline(always)]
fn byte_word(bytes: &[u8], at: usize) -> u64 {
    bytes.get(at).copied().map_or(0, u64::from)
}

/// Whether `text` is the key of `entry` in `folded` and `mask`. Every byte is compared, in
/// whole words, the last one ending at the text's last byte (so it may overlap the one before),
/// each `(text | mask) ^ folded` ORed into one difference; the length is compared last, with it.
/// The key's words are read at the text's offsets (a word past the end of the keys reads 0, and
/// differs).
#[inline(always)]
fn matches(text: &[u8], entry: &Entry, folded: &[u8], mask: &[u8]) -> bool {
    let len = text.len();
    let start = usize::from(entry.start);
    let (folded, mask) = match (folded.get(start..), mask.get(start..)) {
        (Some(folded), Some(mask)) => (folded, mask),
        _ => return false,
    };
    let mut difference = 0;
    if len >= 8 {
        // Four words cover up to 32 bytes, the last ones overlapping: no loop, no branch.
        let last = len - 8;
        let mut word = 0;
        while word < 4 {
            let at = if word * 8 < last { word * 8 } else { last };
            difference |= (word_at(text, at) | word_at(mask, at)) ^ word_at(folded, at);
            word += 1;
        }
        // Longer text: a word from each eighth byte on, the last one ending at the text's end.
        let mut next = 32;
        while next < len {
            let at = if next < last { next } else { last };
            difference |= (word_at(text, at) | word_at(mask, at)) ^ word_at(folded, at);
            next += 8;
        }
    } else if len >= 4 {
        let last = len - 4;
        difference = (half_at(text, 0) | half_at(mask, 0)) ^ half_at(folded, 0);
        difference |= (half_at(text, last) | half_at(mask, last)) ^ half_at(folded, last);
    } else {
        // One to three bytes: the first, the middle and the last cover them all.
        let mut i = 0;
        while i < 3 {
            let at = [0, len / 2, len.saturating_sub(1)][i];
            difference |= (byte_word(text, at) | byte_word(mask, at)) ^ byte_word(folded, at);
            i += 1;
        }
    }
    (difference == 0) & (len == usize::from(entry.len))
}

/// Whether `a` and `b` read alike at `position` (through [`unit_class`]).
const fn alike_at(a: &[u8], b: &[u8], position: i8) -> bool {
    unit_class(byte_at(a, position)) == unit_class(byte_at(b, position))
}

/// Keys of one length that the chosen positions, and `extra` if any, do not tell apart: how many
/// pairs, and one of them. `order` lists the keys by length.
const fn untold_pairs<const N: usize>(
    keys: &[(&'static str, Status); N],
    order: &[usize; N],
    positions: &[i8; MAX_POSITIONS],
    count: usize,
    extra: Option<i8>,
) -> (usize, (usize, usize)) {
    let mut pairs = 0;
    let mut example = (0, 0);
    let mut i = 0;
    while i < N {
        let a = keys[order[i]].0.as_bytes();
        let mut j = i + 1;
        while j < N && keys[order[j]].0.len() == a.len() {
            let b = keys[order[j]].0.as_bytes();
            let mut alike = match extra {
                Some(position) => alike_at(a, b, position),
                None => true,
            };
            let mut p = 0;
            while alike && p < count {
                alike = alike_at(a, b, positions[p]);
                p += 1;
            }
            if alike {
                pairs += 1;
                example = (order[j], order[i]);
            }
            j += 1;
        }
        i += 1;
    }
    (pairs, example)
}

/// Chooses byte positions, greedily as gperf does: each time the one that leaves the fewest
/// pairs of keys untold apart, until none is. The keys of a pair no choice separates are the
/// error.
const fn choose_positions<const N: usize>(
    keys: &[(&'static str, Status); N],
    longest: usize,
) -> Result<([i8; MAX_POSITIONS], usize), (usize, usize)> {
    // Keys by length: only keys of one length can read alike.
    let mut order = [0; N];
    let mut i = 0;
    while i < N {
        let mut at = i;
        while at > 0 && keys[order[at - 1]].0.len() > keys[i].0.len() {
            order[at] = order[at - 1];
            at -= 1;
        }
        order[at] = i;
        i += 1;
    }
    let reach = if longest > i8::MAX as usize {
        i8::MAX as usize
    } else {
        longest
    };
    let mut positions = [0; MAX_POSITIONS];
    let mut count = 0;
    loop {
        let (left, example) = untold_pairs(keys, &order, &positions, count, None);
        if left == 0 {
            return Ok((positions, count));
        }
        if count == MAX_POSITIONS {
            return Err(example);
        }
        let mut best = (left, 0i8);
        let mut offset = 0;
        while offset < reach {
            let mut side = 0;
            while side < 2 {
                let candidate = if side == 0 {
                    offset as i8
                } else {
                    -(offset as i8) - 1
                };
                let (untold, _) = untold_pairs(keys, &order, &positions, count, Some(candidate));
                if untold < best.0 {
                    best = (untold, candidate);
                }
                side += 1;
            }
            offset += 1;
        }
        if best.0 == left {
            return Err(example);
        }
        positions[count] = best.1;
        count += 1;
    }
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

/// Places every key, or refuses the set at compile time, naming the keys at fault. `W` must be
/// the longest key's length plus one, `B` the keys' lengths summed.
pub(crate) const fn build<const N: usize, const W: usize, const B: usize>(
    keys: [(&'static str, Status); N],
    compare: Compare,
) -> PerfectHash<N, W, B> {
    assert!(N < EMPTY as usize, "a slot holds a one-byte key index");
    let mut shortest = usize::MAX;
    let mut longest = 0;
    let mut k = 0;
    while k < N {
        let key = keys[k].0;
        assert!(!key.is_empty(), "an empty reverse-lookup key");
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
    assert!(longest + 1 == W, "W is the longest key's length plus one");
    assert!(total_len(&keys) == B, "B is the keys' lengths summed");
    assert!(B <= u16::MAX as usize, "the keys' bytes fit 16-bit offsets");
    assert!(W <= u8::MAX as usize, "each key's length fits a byte");

    let (positions, count) = match choose_positions(&keys, longest) {
        Ok(chosen) => chosen,
        Err((a, b)) => refuse(
            "no four byte positions tell apart reverse-lookup key",
            keys[a].0,
            keys[b].0,
        ),
    };

    let mut entries = [Entry {
        start: 0,
        len: 0,
        status: Status::CONTINUE,
    }; N];
    let mut folded = [0; B];
    let mut mask = [0; B];
    let mut start = 0;
    let mut k = 0;
    while k < N {
        let bytes = keys[k].0.as_bytes();
        entries[k] = Entry {
            start: start as u16,
            len: bytes.len() as u8,
            status: keys[k].1,
        };
        let mut i = 0;
        while i < bytes.len() {
            folded[start + i] = bytes[i];
            if matches!(compare, Compare::AsciiCaseInsensitive) && bytes[i].is_ascii_alphabetic() {
                folded[start + i] = bytes[i].to_ascii_lowercase();
                mask[start + i] = 0x20;
            }
            i += 1;
        }
        start += bytes.len();
        k += 1;
    }
    // The units some key has at each position: only they are given slot bits.
    let mut present = [[false; UNITS]; MAX_POSITIONS];
    let mut p = 0;
    while p < count {
        let mut k = 0;
        while k < N {
            let class = unit_class(byte_at(keys[k].0.as_bytes(), positions[p]));
            present[p][class as usize] = true;
            k += 1;
        }
        p += 1;
    }

    let mut clash = (0, 0);
    let mut attempt = 0;
    while attempt < SEED_ATTEMPTS {
        let seed = mix(attempt.wrapping_add(0x9E37_79B9_7F4A_7C15));
        let mut units = [[0; UNITS]; MAX_POSITIONS];
        let mut p = 0;
        while p < count {
            let mut unit = 0;
            while unit < UNITS {
                let class = unit_class(unit as u8);
                if class != 0 && present[p][class as usize] {
                    units[p][unit] = random_slot(seed, p, class as usize);
                }
                unit += 1;
            }
            p += 1;
        }
        let mut lengths = [0; W];
        let mut len = 0;
        while len < W {
            lengths[len] = random_slot(seed, MAX_POSITIONS, len);
            len += 1;
        }
        let mut table = PerfectHash {
            positions,
            count,
            units,
            lengths,
            slots: [EMPTY; SLOTS],
            entries,
            folded,
            mask,
            shortest,
            longest,
        };
        let mut placed = true;
        let mut k = 0;
        while k < N {
            let at = table.slot(keys[k].0.as_bytes());
            if table.slots[at] != EMPTY {
                clash = (k, table.slots[at] as usize);
                placed = false;
                break;
            }
            table.slots[at] = k as u8;
            k += 1;
        }
        if placed {
            return table;
        }
        attempt += 1;
    }
    refuse(
        "no seed places reverse-lookup key",
        keys[clash.0].0,
        keys[clash.1].0,
    )
}

impl<const N: usize, const W: usize, const B: usize> PerfectHash<N, W, B> {
    /// The slot of `text`, whose length is between the shortest and the longest key's.
    #[inline(always)]
    const fn slot(&self, text: &[u8]) -> usize {
        let mut slot = if text.len() < W {
            self.lengths[text.len()]
        } else {
            0
        };
        let mut p = 0;
        while p < self.count {
            let unit = (byte_at(text, self.positions[p]) & 0x7F) as usize;
            slot ^= self.units[p][unit];
            p += 1;
        }
        slot as usize & (SLOTS - 1)
    }

    #[inline]
    pub(crate) fn get(&self, text: &[u8]) -> Option<Status> {
        if text.len() < self.shortest || text.len() > self.longest {
            return None;
        }
        let index = usize::from(self.slots[self.slot(text)]);
        let entry = self.entries.get(index)?;
        matches(text, entry, &self.folded, &self.mask).then_some(entry.status)
    }

    /// The positions the hash reads, in order.
    pub(crate) fn positions(&self) -> &[i8] {
        self.positions.split_at(self.count).0
    }

    /// Per position read, the slot bits of each unit.
    pub(crate) fn units(&self) -> &[[u16; UNITS]] {
        self.units.split_at(self.count).0
    }

    /// Per length, from 0 to the longest key's, the slot bits it contributes.
    pub(crate) fn lengths(&self) -> &[u16] {
        &self.lengths
    }

    /// Per slot, the index of its key in the keys the table was built from, or [`EMPTY`].
    pub(crate) fn slots(&self) -> &[u8] {
        &self.slots
    }

    /// The shortest key's length.
    pub(crate) fn shortest(&self) -> usize {
        self.shortest
    }

    /// The longest key's length.
    pub(crate) fn longest(&self) -> usize {
        self.longest
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

const NAME_COUNT: usize = Status::ALL.len() + ALIAS_NAMES.len();

/// Every `NAME`, then every alias name.
const fn name_keys() -> [(&'static str, Status); NAME_COUNT] {
    let mut keys = [("", Status::CONTINUE); NAME_COUNT];
    let mut i = 0;
    while i < Status::ALL.len() {
        keys[i] = (Status::ALL[i].name(), Status::ALL[i]);
        i += 1;
    }
    let mut a = 0;
    while a < ALIAS_NAMES.len() {
        keys[i + a] = ALIAS_NAMES[a];
        a += 1;
    }
    keys
}

/// The longest key's length plus one: the `W` of its table.
const fn width(keys: &[(&'static str, Status)]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < keys.len() {
        if keys[i].0.len() > longest {
            longest = keys[i].0.len();
        }
        i += 1;
    }
    longest + 1
}

/// The keys' lengths summed: the `B` of their table.
const fn total_len(keys: &[(&'static str, Status)]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < keys.len() {
        total += keys[i].0.len();
        i += 1;
    }
    total
}

const PHRASE_WIDTH: usize = width(&phrase_keys());
const PHRASE_BYTES: usize = total_len(&phrase_keys());
const NAME_WIDTH: usize = width(&name_keys());
const NAME_BYTES: usize = total_len(&name_keys());

/// The phrase keys in the order of [`PHRASES`]' key indices.
pub(crate) static PHRASE_KEYS: [(&str, Status); PHRASE_COUNT] = phrase_keys();
pub(crate) static PHRASES: PerfectHash<PHRASE_COUNT, PHRASE_WIDTH, PHRASE_BYTES> =
    build(phrase_keys(), Compare::AsciiCaseInsensitive);
static NAMES: PerfectHash<NAME_COUNT, NAME_WIDTH, NAME_BYTES> = build(name_keys(), Compare::Exact);

/// The status whose phrase or alias is `text`, ASCII case-insensitive, ASCII whitespace trimmed.
#[inline]
pub(crate) fn status_of_phrase(text: &[u8]) -> Option<Status> {
    PHRASES.get(text.trim_ascii())
}

/// The status whose `NAME` or alias name is exactly `text`.
#[inline]
pub(crate) fn status_of_name(text: &[u8]) -> Option<Status> {
    NAMES.get(text)
}

#[cfg(test)]
mod tests {
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
}
