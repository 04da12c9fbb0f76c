//! Choosing the byte positions the hash reads.

use super::{byte_at, unit_class, MAX_POSITIONS};
use crate::status::Status;

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
pub(super) const fn choose_positions<const N: usize>(
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
