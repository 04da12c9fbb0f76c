//! Building a perfect hash at compile time.

use super::positions::choose_positions;
use super::{
    byte_at, total_len, unit_class, Compare, Entry, PerfectHash, EMPTY, MAX_POSITIONS,
    SEED_ATTEMPTS, SLOTS, SLOT_BITS, UNITS,
};
use crate::status::Status;

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
    let (shortest, longest) = checked_lengths(&keys, compare);
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
    let (entries, folded, mask) = laid_out(&keys, compare);
    let present = present_units(&keys, &positions, count);

    let mut clash = (0, 0);
    let mut attempt = 0;
    while attempt < SEED_ATTEMPTS {
        let seed = mix(attempt.wrapping_add(0x9E37_79B9_7F4A_7C15));
        let mut table = PerfectHash {
            positions,
            count,
            units: seeded_units(seed, &present, count),
            lengths: seeded_lengths(seed),
            slots: [EMPTY; SLOTS],
            entries,
            folded,
            mask,
            shortest,
            longest,
        };
        match place(&mut table, &keys) {
            Ok(()) => return table,
            Err(keys_in_one_slot) => clash = keys_in_one_slot,
        }
        attempt += 1;
    }
    refuse(
        "no seed places reverse-lookup key",
        keys[clash.0].0,
        keys[clash.1].0,
    )
}

/// The shortest and the longest key's lengths; an empty key, or one equal to an earlier one
/// under `compare`, stops the build.
const fn checked_lengths<const N: usize>(
    keys: &[(&'static str, Status); N],
    compare: Compare,
) -> (usize, usize) {
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
    (shortest, longest)
}

/// Each key's entry, and every key's bytes one after another: `folded` (ASCII capitals lowered
/// for a case-insensitive table) and `mask` (`0x20` where a byte may be its capital).
const fn laid_out<const N: usize, const B: usize>(
    keys: &[(&'static str, Status); N],
    compare: Compare,
) -> ([Entry; N], [u8; B], [u8; B]) {
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
    (entries, folded, mask)
}

/// Per position read, the units some key has there: only they are given slot bits.
const fn present_units<const N: usize>(
    keys: &[(&'static str, Status); N],
    positions: &[i8; MAX_POSITIONS],
    count: usize,
) -> [[bool; UNITS]; MAX_POSITIONS] {
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
    present
}

/// The slot bits `seed` gives each present unit at each position; a unit the hash reads as
/// another (a capital as its lower case) gets that one's bits, and padding gets none.
const fn seeded_units(
    seed: u64,
    present: &[[bool; UNITS]; MAX_POSITIONS],
    count: usize,
) -> [[u16; UNITS]; MAX_POSITIONS] {
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
    units
}

/// The slot bits `seed` gives each length.
const fn seeded_lengths<const W: usize>(seed: u64) -> [u16; W] {
    let mut lengths = [0; W];
    let mut len = 0;
    while len < W {
        lengths[len] = random_slot(seed, MAX_POSITIONS, len);
        len += 1;
    }
    lengths
}

/// Puts each key's index in its slot, or names two keys that share one.
const fn place<const N: usize, const W: usize, const B: usize>(
    table: &mut PerfectHash<N, W, B>,
    keys: &[(&'static str, Status); N],
) -> Result<(), (usize, usize)> {
    let mut k = 0;
    while k < N {
        let at = table.slot(keys[k].0.as_bytes());
        if table.slots[at] != EMPTY {
            return Err((k, table.slots[at] as usize));
        }
        table.slots[at] = k as u8;
        k += 1;
    }
    Ok(())
}
