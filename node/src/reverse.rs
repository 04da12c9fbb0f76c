//! Reverse lookup as data: core's keys, folded and compiled into an automaton that JavaScript
//! only walks. build.rs runs this at build time and writes the tables into the addon as
//! constants (`crate::reverse_data`), so no load pays for it and the addon carries no compiler;
//! tools/generate runs it too, for the JS build's copy of the table (node/generated/).
//!
//! JavaScript must not re-derive core's matching rule (trim, fold, hash), and a napi call per
//! lookup costs more than the whole lookup. So the rule is turned into tables:
//! - `spellings`: each key as written, ASCII lower-cased and upper-cased, with its code;
//! - `unit_class`: each ASCII unit's symbol, with upper- and lower-case letters sharing one (the
//!   fold, as `u8::to_ascii_lowercase` does it) and 0 for a unit that is in no key;
//! - `trimmed`: the units core trims around a phrase (`u8::is_ascii_whitespace`, as `trim_ascii`);
//! - a trie of the folded keys stored as a double array: from state `s`, symbol `c` leads to
//!   `base[s] + c` exactly when `check[base[s] + c] == s`; `code_at` is the code a state ends.
//!
//! A JavaScript unit beyond ASCII has no symbol, and no key contains one, so it never matches:
//! core does no Unicode folding either.

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
/// No two keys fold to one text ([`compile`] refuses that), so a spelling that appears twice
/// has one code.
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

/// The automaton, in the flat arrays JavaScript indexes.
#[derive(Debug, PartialEq, Eq)]
pub struct Automaton {
    /// Symbol of each ASCII unit (0–127); 0 for a unit in no key.
    pub unit_class: Vec<u8>,
    /// 1 for each ASCII unit core trims around a phrase, else 0.
    pub trimmed: Vec<u8>,
    /// Per state, the offset its symbols are added to; state 0 is the start.
    pub base: Vec<u16>,
    /// Per state, the state it is reached from (`u16::MAX` for a free cell and for the start).
    pub check: Vec<u16>,
    /// Per state, the code of the key ending there, or 0.
    pub code_at: Vec<u16>,
}

/// A node of the trie before it is laid out: its children by symbol and the code it ends.
#[derive(Default)]
struct Node {
    /// `(symbol, node)`, in ascending symbol order.
    children: Vec<(u8, usize)>,
    code: u16,
}

const FREE: u16 = u16::MAX;

/// Compiles `keys` (ASCII text, matched ASCII case-insensitively) into an automaton.
///
/// # Panics
/// On a key that is not ASCII or two keys equal under ASCII folding with different codes: the
/// addon's tests build it from core's keys, so either would fail them.
pub fn compile(keys: &[(&str, u16)]) -> Automaton {
    let mut unit_class = vec![0u8; 128];
    let mut symbols = 0u8;
    for (key, _) in keys {
        assert!(key.is_ascii(), "key `{key}` is not ASCII");
        for byte in key.bytes().map(|b| b.to_ascii_lowercase()) {
            if unit_class[usize::from(byte)] == 0 {
                symbols += 1;
                unit_class[usize::from(byte)] = symbols;
            }
        }
    }
    for byte in b'A'..=b'Z' {
        unit_class[usize::from(byte)] = unit_class[usize::from(byte.to_ascii_lowercase())];
    }
    let trimmed = (0u8..128)
        .map(|b| u8::from(b.is_ascii_whitespace()))
        .collect();

    let mut nodes = vec![Node::default()];
    for &(key, code) in keys {
        let mut at = 0;
        for byte in key.bytes() {
            let symbol = unit_class[usize::from(byte)];
            let children = &nodes[at].children;
            at = match children.binary_search_by_key(&symbol, |&(s, _)| s) {
                Ok(found) => children[found].1,
                Err(place) => {
                    nodes.push(Node::default());
                    let child = nodes.len() - 1;
                    nodes[at].children.insert(place, (symbol, child));
                    child
                }
            };
        }
        assert!(
            nodes[at].code == 0 || nodes[at].code == code,
            "key `{key}` folds to another key's text"
        );
        nodes[at].code = code;
    }
    lay_out(&nodes, unit_class, trimmed)
}

/// Places the trie's nodes in a double array, breadth first, each node's children at the
/// lowest base where all their cells are free.
fn lay_out(nodes: &[Node], unit_class: Vec<u8>, trimmed: Vec<u8>) -> Automaton {
    let mut base = vec![0u16];
    let mut check = vec![FREE];
    let mut code_at = vec![nodes[0].code];
    let mut queue = vec![(0usize, 0usize)]; // (node, state), breadth first
    let mut next = 0;
    // Offsets are searched from a little below the last one taken, not from 1: the layout stays
    // linear (build.rs and tools/generate run it at every build) at the cost of a few cells left free.
    let window = unit_class.iter().copied().max().map_or(1, usize::from);
    let mut last_offset: usize = 1;
    while let Some(&(node, state)) = queue.get(next) {
        next += 1;
        let children = &nodes[node].children;
        let Some(&(last, _)) = children.last() else {
            continue;
        };
        let fits = |offset: usize| {
            children.iter().all(|&(symbol, _)| {
                check
                    .get(offset + usize::from(symbol))
                    .is_none_or(|&c| c == FREE)
            })
        };
        let lowest = last_offset.saturating_sub(window).max(1);
        let offset = (lowest..).find(|&offset| fits(offset)).unwrap_or_default();
        last_offset = offset;
        let size = offset + usize::from(last) + 1;
        if check.len() < size {
            base.resize(size, 0);
            check.resize(size, FREE);
            code_at.resize(size, 0);
        }
        base[state] = u16::try_from(offset).expect("the automaton fits 16-bit states");
        for &(symbol, child) in children {
            let at = offset + usize::from(symbol);
            check[at] = u16::try_from(state).expect("the automaton fits 16-bit states");
            code_at[at] = nodes[child].code;
            queue.push((child, at));
        }
    }
    Automaton {
        unit_class,
        trimmed,
        base,
        check,
        code_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk api.js does, over bytes.
    fn walk(automaton: &Automaton, text: &str) -> Option<u16> {
        let bytes = text.as_bytes();
        let is_trimmed = |b: &u8| automaton.trimmed.get(usize::from(*b)) == Some(&1);
        let start = bytes
            .iter()
            .position(|b| !is_trimmed(b))
            .unwrap_or(bytes.len());
        let end = bytes
            .iter()
            .rposition(|b| !is_trimmed(b))
            .map_or(start, |i| i + 1);
        let mut state = 0usize;
        for &byte in &bytes[start..end] {
            let symbol = *automaton.unit_class.get(usize::from(byte))?;
            let next = usize::from(automaton.base[state]) + usize::from(symbol);
            if automaton.check.get(next) != Some(&u16::try_from(state).ok()?) {
                return None;
            }
            state = next;
        }
        Some(automaton.code_at[state]).filter(|&code| code != 0)
    }

    #[test]
    fn the_walk_answers_as_core_does() {
        let automaton = compile(&keys());
        let mut texts: Vec<String> = keys().iter().map(|&(key, _)| key.to_owned()).collect();
        for (key, _) in keys() {
            texts.push(key.to_ascii_uppercase());
            texts.push(format!(" \t{}\r\n", key.to_ascii_lowercase()));
            texts.push(key[..key.len() - 1].to_owned());
            texts.push(format!("{key}s"));
            texts.push(format!("{key}\u{b}"));
        }
        texts.extend(
            [
                "",
                " ",
                "Not Fou\u{212a}n",
                "toString",
                "NOT_FOUND",
                "Not\u{0}Found",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(walk(&automaton, text), httpcodes::code_of(text), "{text:?}");
        }
    }

    #[test]
    fn symbol_zero_never_moves() {
        let automaton = compile(&keys());
        for (state, &offset) in automaton.base.iter().enumerate() {
            let at = usize::from(offset);
            assert!(automaton
                .check
                .get(at)
                .is_none_or(|&c| usize::from(c) != state));
        }
    }

    #[test]
    #[should_panic(expected = "folds to another key")]
    fn a_key_equal_under_folding_with_another_code_is_refused() {
        compile(&[("I'm a Teapot", 418), ("I'M A TEAPOT", 419)]);
    }
}
