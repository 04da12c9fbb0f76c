//! The one rule for quoting an offending value in an error message, shared by every door:
//!
//! 1. the value's first [`EXCERPT_CHARS`] characters (Unicode scalar values, so never half a
//!    character; a byte sequence that is not UTF-8, or a lone surrogate where a door has them,
//!    counts as one character and reads as U+FFFD);
//! 2. each of those that [`escape`] names is written as its escape (`\n`, `\\`, `\u{1b}`), so
//!    no control character, line break or bidirectional control reaches a log or a terminal;
//! 3. then [`EXCERPT_MARKER`] when the value was cut.
//!
//! The work is bounded by [`EXCERPT_CHARS`], never by the value's length.

use core::fmt::{self, Write};

/// How many characters of an offending value an error message quotes.
pub const EXCERPT_CHARS: usize = 50;

/// What follows a quoted value that was cut.
pub const EXCERPT_MARKER: &str = "…";

/// The characters [`escape`] rewrites, as inclusive ranges in ascending order: the C0 controls,
/// the backslash (so an escape cannot be forged), DEL and the C1 controls, the Arabic letter
/// mark, the left-to-right and right-to-left marks, the line and paragraph separators, and the
/// bidirectional embeddings, overrides and isolates.
pub const ESCAPED: [(char, char); 7] = [
    ('\0', '\u{1f}'),
    ('\\', '\\'),
    ('\u{7f}', '\u{9f}'),
    ('\u{61c}', '\u{61c}'),
    ('\u{200e}', '\u{200f}'),
    ('\u{2028}', '\u{202e}'),
    ('\u{2066}', '\u{2069}'),
];

/// The most characters one quoted character becomes (`\u{2069}`).
pub const ESCAPE_MAX_CHARS: usize = 8;

/// How one character is written in an excerpt: as itself, or as its escape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escape(char);

/// How `c` is written in an excerpt: `\t`, `\n`, `\r`, `\0` and `\\` for those five, `\u{hex}`
/// (lower-case hex, no leading zeros, as Rust writes it) for the rest of [`ESCAPED`], and the
/// character itself for any other.
///
/// ```
/// assert_eq!(httpcodes::doors::escape('\n').to_string(), "\\n");
/// assert_eq!(httpcodes::doors::escape('\u{1b}').to_string(), "\\u{1b}");
/// assert_eq!(httpcodes::doors::escape('é').to_string(), "é");
/// ```
pub const fn escape(c: char) -> Escape {
    Escape(c)
}

/// Whether [`escape`] rewrites `c`.
pub const fn is_escaped(c: char) -> bool {
    let mut i = 0;
    while i < ESCAPED.len() {
        let (first, last) = ESCAPED[i];
        if first as u32 <= c as u32 && c as u32 <= last as u32 {
            return true;
        }
        i += 1;
    }
    false
}

impl fmt::Display for Escape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            '\t' => f.write_str("\\t"),
            '\n' => f.write_str("\\n"),
            '\r' => f.write_str("\\r"),
            '\0' => f.write_str("\\0"),
            '\\' => f.write_str("\\\\"),
            c if is_escaped(c) => write!(f, "\\u{{{:x}}}", u32::from(c)),
            c => f.write_char(c),
        }
    }
}

/// The part of a value that an error message quotes; `Display` writes it by the rule: escaped,
/// then the marker when cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Excerpt<'a> {
    head: &'a [u8],
    cut: bool,
}

impl<'a> Excerpt<'a> {
    /// The bytes of the value's first [`EXCERPT_CHARS`] characters, or all of it.
    pub const fn head(&self) -> &'a [u8] {
        self.head
    }

    /// Whether the value was longer than [`Excerpt::head`].
    pub const fn was_cut(&self) -> bool {
        self.cut
    }

    /// The quoted characters, unescaped: what `head` reads as, each byte sequence that is not
    /// UTF-8 as one U+FFFD.
    pub fn chars(&self) -> impl Iterator<Item = char> + 'a {
        self.head.utf8_chunks().flat_map(|chunk| {
            let bad = (!chunk.invalid().is_empty()).then_some(char::REPLACEMENT_CHARACTER);
            chunk.valid().chars().chain(bad)
        })
    }

    /// The same excerpt, marked as cut (for an excerpt kept apart from its value).
    pub(crate) const fn marked_cut(self) -> Excerpt<'a> {
        Excerpt {
            head: self.head,
            cut: true,
        }
    }
}

/// The excerpt of `text` that error messages quote.
///
/// ```
/// let long = "x".repeat(60);
/// assert_eq!(httpcodes::doors::excerpt(&long).to_string(), format!("{}…", &long[..50]));
/// assert_eq!(httpcodes::doors::excerpt("short").to_string(), "short");
/// assert_eq!(httpcodes::doors::excerpt("a\nb\u{1b}[31m").to_string(), "a\\nb\\u{1b}[31m");
/// assert_eq!(httpcodes::doors::excerpt(&"😀".repeat(51)).chars().count(), 50);
/// ```
pub fn excerpt(text: &str) -> Excerpt<'_> {
    excerpt_bytes(text.as_bytes())
}

/// The excerpt of `bytes` read as UTF-8: each maximal sequence that is not UTF-8 (as
/// [`str::from_utf8`]'s errors delimit it) is one character, written U+FFFD.
///
/// ```
/// assert_eq!(httpcodes::doors::excerpt_bytes(b"Not\xffFound").to_string(), "Not\u{fffd}Found");
/// ```
pub fn excerpt_bytes(bytes: &[u8]) -> Excerpt<'_> {
    // A character is at most four bytes, so the first EXCERPT_CHARS of them lie in this window,
    // and they decode there as in the whole value: nothing past it is read.
    let window = bytes.get(..EXCERPT_CHARS * 4).unwrap_or(bytes);
    let mut chars = 0;
    let mut end = 0;
    'chunks: for chunk in window.utf8_chunks() {
        let bad = chunk.invalid().len();
        let widths = chunk.valid().chars().map(char::len_utf8);
        for width in widths.chain((bad > 0).then_some(bad)) {
            if chars == EXCERPT_CHARS {
                break 'chunks;
            }
            chars += 1;
            end += width;
        }
    }
    Excerpt {
        head: bytes.get(..end).unwrap_or(bytes),
        cut: end < bytes.len(),
    }
}

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.chars() {
            write!(f, "{}", escape(c))?;
        }
        if self.cut {
            f.write_str(EXCERPT_MARKER)?;
        }
        Ok(())
    }
}
