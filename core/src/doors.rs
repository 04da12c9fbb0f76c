//! What the C, Python and Node doors need from core beyond the Rust surface: NUL-terminated
//! texts, the flags as bits, positions in the table and the excerpt rule for error messages.
//!
//! Hidden from the docs: it exists for httpcodes' own doors, and a door is where its shape is
//! decided, so it may change in any release.

use core::ffi::CStr;

use crate::class::Class;
use crate::fields::HeaderField;
use crate::flag::Flag;
use crate::status::Status;

pub use crate::excerpt::{
    escape, excerpt, excerpt_bytes, is_escaped, Escape, Excerpt, ESCAPED, ESCAPE_MAX_CHARS,
    EXCERPT_CHARS, EXCERPT_MARKER,
};

/// [`crate::VERSION`] as a NUL-terminated `CStr`.
pub const VERSION_C: &CStr =
    crate::macros::nul_terminated(concat!(env!("CARGO_PKG_VERSION"), "\0"));

/// Like [`crate::reason_phrase`], NUL-terminated: one table load.
///
/// ```
/// assert_eq!(httpcodes::doors::reason_phrase_c(404), Some(c"Not Found"));
/// ```
#[inline]
pub const fn reason_phrase_c(code: i64) -> Option<&'static CStr> {
    crate::by_code::reason_phrase_c(code)
}

/// The phrase of `status`, NUL-terminated.
pub const fn phrase_c(status: Status) -> &'static CStr {
    status.phrase_c()
}

/// The `NAME` of `status`, NUL-terminated.
pub const fn name_c(status: Status) -> &'static CStr {
    status.name_c()
}

/// The registered phrase of `status`, NUL-terminated, or `None` for an unregistered code.
pub const fn registered_phrase_c(status: Status) -> Option<&'static CStr> {
    status.registered_phrase_c()
}

/// The registry's reference of `status`, NUL-terminated, or `None` for an unregistered code.
pub const fn reference_c(status: Status) -> Option<&'static CStr> {
    status.reference_c()
}

/// The description of `status`, NUL-terminated.
pub const fn status_description_c(status: Status) -> &'static CStr {
    status.description_c()
}

/// The texts of a header field, NUL-terminated, for C.
pub struct HeaderFieldTexts {
    /// The field's name.
    pub name: &'static CStr,
    /// The level's name.
    pub level: &'static CStr,
    /// The section that says so.
    pub section: &'static CStr,
    /// When the level applies, or `None` for always.
    pub condition: Option<&'static CStr>,
}

/// The texts of `field`, NUL-terminated.
pub const fn header_field_texts(field: &HeaderField) -> HeaderFieldTexts {
    let (name, section, condition) = field.texts_c();
    HeaderFieldTexts {
        name,
        level: field.level().name_c(),
        section,
        condition,
    }
}

/// The label of `class`, NUL-terminated.
pub const fn label_c(class: Class) -> &'static CStr {
    class.label_c()
}

/// The description of `class`, NUL-terminated.
pub const fn description_c(class: Class) -> &'static CStr {
    class.description_c()
}

/// Every flag's answer for `code` at once: bit `i` is [`Flag::ALL`]`[i]`'s.
///
/// ```
/// use httpcodes::Flag;
///
/// // 503: a server error, an error, worth retrying.
/// let expected = [Flag::ServerError, Flag::Error, Flag::Retry];
/// let bits = expected.iter().fold(0, |bits, flag| bits | 1 << *flag as u8);
/// assert_eq!(httpcodes::doors::flag_bits(503), bits);
/// ```
pub const fn flag_bits(code: i64) -> u16 {
    let mut bits = 0;
    let mut i = 0;
    while i < Flag::ALL.len() {
        if Flag::ALL[i].holds_for(code) {
            bits |= Flag::ALL[i].bit();
        }
        i += 1;
    }
    bits
}

/// The position of `status` in [`Status::all`].
pub const fn index(status: Status) -> usize {
    status.index()
}

/// The status at `index` in [`Status::all`], or `None` past the end.
pub const fn nth(index: usize) -> Option<Status> {
    Status::nth(index)
}

/// Reverse lookup's perfect hash over the phrases and aliases, as data: for a door that runs the
/// lookup in its own language (Node's JavaScript) on the very choices core made at compile time.
///
/// A lookup of `text`, once ASCII whitespace is trimmed from both ends, of length `n`:
/// 1. `n` outside `shortest..=longest` is unknown;
/// 2. the slot is `lengths[n]`, XORed with `units[p][u]` for each of `positions[p]`, where `u`
///    is the low seven bits of the byte that position names (`q >= 0`: index `q`; `q < 0`:
///    `-q` from the end), or 0 past either end. A position may read the untrimmed text: every
///    byte that trimming removes has all its entries 0, as past the end;
/// 3. `slots[slot]` is [`PhraseHash::EMPTY`] (unknown) or the index of the one key in `keys`
///    that `text` may be; it is that key when it has length `n` and is equal to `text` under
///    ASCII case folding.
pub struct PhraseHash {
    /// Where the hash reads, in order.
    pub positions: &'static [i8],
    /// Per position, the slot bits of each unit (0–127).
    pub units: &'static [[u16; 128]],
    /// Per length, from 0 to `longest`, the slot bits it contributes.
    pub lengths: &'static [u16],
    /// Per slot, the index of its key in `keys`, or [`PhraseHash::EMPTY`].
    pub slots: &'static [u8],
    /// The keys as written (each phrase, then each alias), with their statuses.
    pub keys: &'static [(&'static str, Status)],
    /// The shortest key's length.
    pub shortest: usize,
    /// The longest key's length.
    pub longest: usize,
}

impl PhraseHash {
    /// A slot with no key.
    pub const EMPTY: u8 = crate::reverse::EMPTY;
}

/// Reverse lookup's perfect hash over the phrases and aliases, as data (see [`PhraseHash`]).
///
/// ```
/// let hash = httpcodes::doors::phrase_hash();
/// let text = b"nOT fOUND";
/// let mut slot = hash.lengths[text.len()];
/// for (&position, units) in hash.positions.iter().zip(hash.units) {
///     let index = if position >= 0 { position as usize } else { text.len() - position.unsigned_abs() as usize };
///     slot ^= units[usize::from(text.get(index).copied().unwrap_or(0) & 0x7F)];
/// }
/// let (key, status) = hash.keys[usize::from(hash.slots[usize::from(slot)])];
/// assert_eq!((key, status.code()), ("Not Found", 404));
/// ```
pub fn phrase_hash() -> PhraseHash {
    let table = &crate::reverse::PHRASES;
    PhraseHash {
        positions: table.positions(),
        units: table.units(),
        lengths: table.lengths(),
        slots: table.slots(),
        keys: &crate::reverse::PHRASE_KEYS,
        shortest: table.shortest(),
        longest: table.longest(),
    }
}
