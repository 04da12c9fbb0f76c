//! The shapes the addon hands to JavaScript, built from core.

use httpcodes::{Class, Status};
use napi::bindgen_prelude::{Int8Array, Uint16Array, Uint32Array, Uint8Array};
use napi_derive::napi;

use crate::{codes, reverse};

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

/// Reverse lookup (text → code) as data: core's perfect hash, which `api.js` walks without
/// repeating any of core's choices (src/reverse.rs says how).
#[napi(object)]
pub struct ReverseTable {
    /// Each phrase and alias as written, ASCII lower-cased and ASCII upper-cased: the spellings
    /// answered with one property read.
    pub spellings: Vec<String>,
    /// The code of each of `spellings`.
    pub spelling_codes: Uint16Array,
    /// Where the hash reads: `q >= 0` the unit at index `q` of the trimmed text, `q < 0` the unit
    /// `-q` from its end.
    pub positions: Int8Array,
    /// Per position `p`, per unit `u` (0–127), its slot bits at `p * 128 + u`.
    pub units: Uint16Array,
    /// Per length, from 0 to `longest`, its slot bits.
    pub lengths: Uint16Array,
    /// Per slot, the index of its key, or `empty`.
    pub slots: Uint8Array,
    /// What a slot with no key holds.
    pub empty: u8,
    /// Every key, ASCII lower-cased, one after another.
    pub key_units: Uint8Array,
    /// Where each key starts in `key_units`, and where the last ends.
    pub key_starts: Uint16Array,
    /// The code of each key.
    pub key_codes: Uint16Array,
    /// Each ASCII unit (0–127) ASCII lower-cased.
    pub fold: Uint8Array,
    /// 1 for each ASCII unit core trims around a phrase.
    pub trimmed: Uint8Array,
    /// The shortest key's length.
    pub shortest: u32,
    /// The longest key's length.
    pub longest: u32,
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
    /// Reverse lookup: core's perfect hash over its phrases and aliases.
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
    use crate::spellings::{SPELLINGS, SPELLING_CODES};
    let hash = reverse::hash();
    ReverseTable {
        spellings: SPELLINGS.split('\n').map(str::to_owned).collect(),
        spelling_codes: Uint16Array::new(SPELLING_CODES.to_vec()),
        positions: Int8Array::new(hash.positions),
        units: Uint16Array::new(hash.units),
        lengths: Uint16Array::new(hash.lengths),
        slots: Uint8Array::new(hash.slots),
        empty: hash.empty,
        key_units: Uint8Array::new(hash.key_units),
        key_starts: Uint16Array::new(hash.key_starts),
        key_codes: Uint16Array::new(hash.key_codes),
        fold: Uint8Array::new(hash.fold),
        trimmed: Uint8Array::new(hash.trimmed),
        shortest: hash.shortest,
        longest: hash.longest,
    }
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
