//! Comparing a text with the one key its slot names.

use super::Entry;

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
pub(super) fn matches(text: &[u8], entry: &Entry, folded: &[u8], mask: &[u8]) -> bool {
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
