//! The one rule for quoting an offending value in an error message, shared by every door: its
//! first [`EXCERPT_CHARS`] characters (Unicode scalar values, so never half a character), then
//! [`EXCERPT_MARKER`] when it was cut.

use core::fmt;

/// How many characters of an offending value an error message quotes.
pub const EXCERPT_CHARS: usize = 50;

/// What follows a quoted value that was cut.
pub const EXCERPT_MARKER: &str = "…";

/// The part of a value that an error message quotes; `Display` writes it with the marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Excerpt<'a> {
    /// The first [`EXCERPT_CHARS`] characters of the value, or all of it.
    pub head: &'a str,
    /// Whether the value was longer than `head`.
    pub cut: bool,
}

/// The excerpt of `text` that error messages quote.
///
/// ```
/// let long = "x".repeat(60);
/// assert_eq!(httpcodes::doors::excerpt(&long).to_string(), format!("{}…", &long[..50]));
/// assert_eq!(httpcodes::doors::excerpt("short").to_string(), "short");
/// assert_eq!(httpcodes::doors::excerpt(&"😀".repeat(51)).head.chars().count(), 50);
/// ```
pub fn excerpt(text: &str) -> Excerpt<'_> {
    let cut_at = text.char_indices().nth(EXCERPT_CHARS);
    match cut_at.and_then(|(end, _)| text.get(..end)) {
        Some(head) => Excerpt { head, cut: true },
        None => Excerpt {
            head: text,
            cut: false,
        },
    }
}

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.head)?;
        if self.cut {
            f.write_str(EXCERPT_MARKER)?;
        }
        Ok(())
    }
}
