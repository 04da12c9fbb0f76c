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

mod build;
mod compare;
mod positions;
#[cfg(test)]
mod tests;

use crate::status::Status;
use crate::table::{ALIASES, ALIAS_NAMES};
pub(crate) use build::build;
use compare::matches;

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
