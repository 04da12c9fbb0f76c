//! The shapes the addon hands to JavaScript, built from core.

use httpcodes::{Class, Status};
use napi::bindgen_prelude::{Uint16Array, Uint32Array, Uint8Array};
use napi_derive::napi;

use crate::codes;

/// One listed status.
#[napi(object)]
pub struct StatusRow {
    /// The code, e.g. 404.
    pub code: u16,
    /// The spec's reason phrase, e.g. `Not Found`.
    pub phrase: String,
    /// The contract's NAME, e.g. `NOT_FOUND`.
    pub name: String,
    /// The text form, e.g. `404 Not Found`.
    pub text: String,
    /// Its class digit, which is the class's position in `Table::classes` plus one.
    pub class_digit: u8,
}

/// One class of codes.
#[napi(object)]
pub struct ClassRow {
    /// The spec's name, e.g. `Client Error`.
    pub label: String,
    /// The range it covers, e.g. `4xx`.
    pub range: String,
    /// The spec's one-line description.
    pub description: String,
}

/// Reverse lookup (text → code) as data; `api.js` walks it and repeats none of core's rules.
#[napi(object)]
pub struct ReverseTable {
    /// Each phrase and alias as written, ASCII lower-cased and ASCII upper-cased: the spellings
    /// answered with one property read.
    pub spellings: Vec<String>,
    /// The code of each of `spellings`.
    pub spelling_codes: Uint16Array,
    /// Symbol of each ASCII unit (0–127), upper- and lower-case letters sharing one; 0: in no key.
    pub unit_class: Uint8Array,
    /// 1 for each ASCII unit core trims around a phrase.
    pub trimmed: Uint8Array,
    /// Per state of the key automaton, the offset its symbols are added to (state 0 starts).
    pub base: Uint16Array,
    /// Per state, the state it is reached from: `base[s] + symbol` is a move only if it names `s`.
    pub check: Uint16Array,
    /// Per state, the code of the key that ends there, or 0.
    pub code_at: Uint16Array,
}

/// Core's whole table, in the shapes JavaScript indexes.
#[napi(object)]
pub struct Table {
    /// The version every httpcodes package carries.
    pub version: String,
    /// Every listed status, in ascending code order.
    pub statuses: Vec<StatusRow>,
    /// The five classes, in ascending order.
    pub classes: Vec<ClassRow>,
    /// Reverse lookup, compiled from core's phrases and aliases.
    pub reverse: ReverseTable,
    /// For each integer 0–999, the position of its status in `statuses` plus one, or 0 for none.
    pub status_of_code: Uint8Array,
    /// For each integer 0–999, the position of its class in `classes` plus one, or 0 for none.
    pub class_of_code: Uint8Array,
    /// For each integer 0–999, the bits of the flags that hold for it.
    pub flags_of_code: Uint16Array,
    /// The JavaScript name of the flag of each bit, lowest bit first.
    pub flag_names: Vec<String>,
    /// How many characters (Unicode scalar values) of a bad value an error message quotes.
    pub excerpt_chars: u32,
    /// What follows a quoted value that was cut.
    pub excerpt_marker: String,
    /// Every character an error message escapes (core's `ESCAPED`), by code point.
    pub escaped_chars: Uint32Array,
    /// How each of `escaped_chars` is written (core's `escape`), e.g. `\n` or `\u{1b}`.
    pub escapes: Vec<String>,
}

pub fn table() -> Table {
    Table {
        version: httpcodes::VERSION.to_owned(),
        statuses: Status::all()
            .iter()
            .map(|&status| status_row(status))
            .collect(),
        classes: Class::ALL.iter().map(|&class| class_row(class)).collect(),
        reverse: reverse_table(),
        status_of_code: Uint8Array::new(codes::statuses_of_codes()),
        class_of_code: Uint8Array::new(codes::classes_of_codes()),
        flags_of_code: Uint16Array::new(codes::flags_of_codes()),
        flag_names: codes::flag_names(),
        excerpt_chars: u32::try_from(httpcodes::doors::EXCERPT_CHARS).unwrap_or(u32::MAX),
        excerpt_marker: httpcodes::doors::EXCERPT_MARKER.to_owned(),
        escaped_chars: Uint32Array::new(codes::escaped_chars().map(u32::from).collect()),
        escapes: codes::escaped_chars()
            .map(|c| httpcodes::doors::escape(c).to_string())
            .collect(),
    }
}

fn reverse_table() -> ReverseTable {
    use crate::reverse_data::{BASE, CHECK, ENDS, SPELLINGS, SPELLING_CODES, TRIMMED, UNIT_CLASS};
    ReverseTable {
        spellings: SPELLINGS.split('\n').map(str::to_owned).collect(),
        spelling_codes: Uint16Array::new(SPELLING_CODES.to_vec()),
        unit_class: Uint8Array::new(UNIT_CLASS.to_vec()),
        trimmed: Uint8Array::new(TRIMMED.to_vec()),
        base: Uint16Array::new(BASE.to_vec()),
        check: Uint16Array::new(CHECK.to_vec()),
        code_at: Uint16Array::new(code_at(BASE.len(), ENDS)),
    }
}

/// Per state, the code of the key that ends there, or 0, from `(state, code)` pairs.
pub fn code_at(states: usize, ends: &[u16]) -> Vec<u16> {
    let mut code_at = vec![0; states];
    for pair in ends.chunks_exact(2) {
        if let Some(slot) = code_at.get_mut(usize::from(pair[0])) {
            *slot = pair[1];
        }
    }
    code_at
}

fn status_row(status: Status) -> StatusRow {
    StatusRow {
        code: status.code(),
        phrase: status.phrase().to_owned(),
        name: status.name().to_owned(),
        text: status.to_string(),
        class_digit: status.class().digit(),
    }
}

fn class_row(class: Class) -> ClassRow {
    ClassRow {
        label: class.label().to_owned(),
        range: class.range().to_owned(),
        description: class.description().to_owned(),
    }
}
