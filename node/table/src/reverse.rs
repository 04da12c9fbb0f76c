//! Reverse lookup as data: core's perfect hash (`httpcodes::doors::phrase_hash`), chosen when
//! core was compiled, in the flat arrays JavaScript indexes. The addon hands them over in
//! `table()` (table.rs), with the spellings build.rs wrote from [`spellings`]; tools/generate
//! writes the JS build's copy of the table (node/generated/) from it too.
//!
//! JavaScript repeats no choice of core's: the positions the hash reads, the slot bits of each
//! unit and length, the slots and the keys all come from here, and node/api/reverse.js walks
//! them as [`doors::PhraseHash`] says a door does (core's `reverse` module explains the hash).
//! What is this crate's own is the layout: `units` flat (`units[p * 128 + unit]`), each key's
//! units one after another in `keyUnits` from `keyStarts[k]`, `trimmed` and `fold` per unit, and
//! `spellings` (each key as written, ASCII lower-cased and upper-cased, with its code), which
//! answer the spellings callers most often write with one property read.
//!
//! A JavaScript unit beyond ASCII has no entry in `fold`, and no key contains one, so it never
//! matches: core does no Unicode folding either.

use httpcodes::doors;
use httpcodes::Status;

/// Every key core's reverse lookup accepts — each spec phrase, then each alias — with its code.
pub fn keys() -> Vec<(&'static str, u16)> {
    Status::all()
        .iter()
        .map(|status| (status.phrase(), status.code()))
        .chain(
            httpcodes::aliases()
                .iter()
                .map(|&(alias, status)| (alias, status.code())),
        )
        .collect()
}

/// Each of `keys` as written, lower-cased and upper-cased, with its code, in ascending order.
/// No two keys fold to one text (core refuses that at compile time), so a spelling that appears
/// twice has one code.
pub fn spellings(keys: &[(&str, u16)]) -> Vec<(String, u16)> {
    let mut spellings: Vec<(String, u16)> = keys
        .iter()
        .flat_map(|&(key, code)| {
            [
                key.to_owned(),
                key.to_ascii_lowercase(),
                key.to_ascii_uppercase(),
            ]
            .map(|s| (s, code))
        })
        .collect();
    spellings.sort_unstable();
    spellings.dedup();
    spellings
}

/// Core's perfect hash over the phrases and aliases, in the flat arrays JavaScript indexes.
#[derive(Debug, PartialEq, Eq)]
pub struct Hash {
    /// Where the hash reads: `q >= 0` the unit at index `q` of the trimmed text, `q < 0` the unit
    /// `-q` from its end.
    pub positions: Vec<i8>,
    /// Per position `p`, per unit `u` (0–127), the slot bits at `p * 128 + u`.
    pub units: Vec<u16>,
    /// Per length, from 0 to `longest`, its slot bits.
    pub lengths: Vec<u16>,
    /// Per slot, the index of its key, or `empty`.
    pub slots: Vec<u8>,
    /// What a slot with no key holds.
    pub empty: u8,
    /// Every key, ASCII lower-cased, one after another.
    pub key_units: Vec<u8>,
    /// Where each key starts in `key_units`, and where the last ends.
    pub key_starts: Vec<u16>,
    /// The code of each key.
    pub key_codes: Vec<u16>,
    /// Each ASCII unit (0–127) ASCII lower-cased: what a unit of the text must equal.
    pub fold: Vec<u8>,
    /// 1 for each ASCII unit core trims around a phrase (`u8::is_ascii_whitespace`), else 0.
    pub trimmed: Vec<u8>,
    /// The shortest key's length.
    pub shortest: u32,
    /// The longest key's length.
    pub longest: u32,
}

/// Core's hash over its phrases and aliases, as [`struct@Hash`].
///
/// # Panics
/// On a key that is not ASCII or longer than a 16-bit offset reaches: the addon's tests build it
/// from core's keys, so either would fail them.
pub fn hash() -> Hash {
    let hash = doors::phrase_hash();
    let mut key_units = Vec::new();
    let mut key_starts = vec![0u16];
    for (key, _) in hash.keys {
        assert!(key.is_ascii(), "key `{key}` is not ASCII");
        key_units.extend(key.bytes().map(|b| b.to_ascii_lowercase()));
        key_starts.push(u16::try_from(key_units.len()).expect("the keys fit 16-bit offsets"));
    }
    Hash {
        positions: hash.positions.to_vec(),
        units: hash.units.iter().flatten().copied().collect(),
        lengths: hash.lengths.to_vec(),
        slots: hash.slots.to_vec(),
        empty: doors::PhraseHash::EMPTY,
        key_units,
        key_starts,
        key_codes: hash.keys.iter().map(|(_, status)| status.code()).collect(),
        fold: (0u8..128).map(|b| b.to_ascii_lowercase()).collect(),
        trimmed: (0u8..128)
            .map(|b| u8::from(b.is_ascii_whitespace()))
            .collect(),
        shortest: u32::try_from(hash.shortest).unwrap_or(u32::MAX),
        longest: u32::try_from(hash.longest).unwrap_or(u32::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lookup api.js does, over UTF-16 units as JavaScript reads them.
    fn lookup(hash: &Hash, text: &str) -> Option<u16> {
        let units: Vec<u16> = text.encode_utf16().collect();
        let is_trimmed = |u: &u16| hash.trimmed.get(usize::from(*u)) == Some(&1);
        let start = units
            .iter()
            .position(|u| !is_trimmed(u))
            .unwrap_or(units.len());
        let end = units
            .iter()
            .rposition(|u| !is_trimmed(u))
            .map_or(start, |i| i + 1);
        let n = end - start;
        if n < hash.shortest as usize || n > hash.longest as usize {
            return None;
        }
        // As charCodeAt: NaN (here 0) outside the string, whatever the trimmed bounds.
        let unit_at = |index: isize| {
            usize::try_from(index)
                .ok()
                .and_then(|i| units.get(i))
                .map_or(0, |&u| usize::from(u & 127))
        };
        let mut slot = hash.lengths[n];
        for (p, &q) in hash.positions.iter().enumerate() {
            let index = if q >= 0 {
                start as isize + isize::from(q)
            } else {
                end as isize + isize::from(q)
            };
            slot ^= hash.units[p * 128 + unit_at(index)];
        }
        let key = hash.slots[usize::from(slot)];
        if key == hash.empty {
            return None;
        }
        let from = usize::from(hash.key_starts[usize::from(key)]);
        let to = usize::from(hash.key_starts[usize::from(key) + 1]);
        if to - from != n {
            return None;
        }
        let same = units[start..end]
            .iter()
            .zip(&hash.key_units[from..to])
            .all(|(&u, &k)| hash.fold.get(usize::from(u)) == Some(&k));
        same.then(|| hash.key_codes[usize::from(key)])
    }

    #[test]
    fn the_lookup_answers_as_core_does() {
        let hash = hash();
        let mut texts: Vec<String> = keys().iter().map(|&(key, _)| key.to_owned()).collect();
        for (key, _) in keys() {
            texts.push(key.to_ascii_uppercase());
            texts.push(format!(" \t{}\r\n", key.to_ascii_lowercase()));
            texts.push(format!("      {key}"));
            texts.push(format!("{key}         "));
            texts.push(key[..key.len() - 1].to_owned());
            texts.push(key[1..].to_owned());
            texts.push(format!("{key}s"));
            texts.push(format!("{key}\u{b}"));
            texts.push(format!("\u{a0}{key}"));
            for at in 0..key.len() {
                let mut changed = key.as_bytes().to_vec();
                changed[at] ^= 0x01;
                texts.extend(String::from_utf8(changed).ok());
            }
        }
        texts.extend(
            [
                "",
                " ",
                "Not Fou\u{212a}n",
                "Not Fou\u{14e}",
                "toString",
                "NOT_FOUND",
                "Not\u{0}Found",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(lookup(&hash, text), httpcodes::code_of(text), "{text:?}");
        }
    }

    #[test]
    fn a_unit_trimming_removes_and_no_unit_read_nothing() {
        let hash = hash();
        for (p, _) in hash.positions.iter().enumerate() {
            for unit in [0u8, b' ', b'\t', b'\n', b'\x0c', b'\r'] {
                assert_eq!(hash.units[p * 128 + usize::from(unit)], 0);
            }
        }
    }
}
