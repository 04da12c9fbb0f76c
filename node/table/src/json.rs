//! The addon's writer of the table: compact JSON text, which `JSON.parse` reads at load.

use crate::table::Write;

/// Compact JSON text, written by hand rather than through `core::fmt`: the addon carries no
/// formatting code for it. The text is ASCII (every other character escaped), which Node turns
/// into a string, and `JSON.parse` reads, fastest.
#[derive(Default)]
pub struct Json {
    /// The text so far: bytes, each ASCII.
    out: Vec<u8>,
    /// Whether the next key or value follows another, and so a comma.
    comma: bool,
}

impl Json {
    /// An empty writer with room for `bytes` of text.
    pub fn with_capacity(bytes: usize) -> Self {
        Json {
            out: Vec::with_capacity(bytes),
            comma: false,
        }
    }

    /// The text written.
    pub fn into_string(self) -> String {
        // Every byte written is ASCII, so this never answers the empty default.
        String::from_utf8(self.out).unwrap_or_default()
    }

    fn separate(&mut self) {
        if self.comma {
            self.out.push(b',');
        }
        self.comma = true;
    }

    fn open(&mut self, bracket: u8) {
        self.separate();
        self.out.push(bracket);
        self.comma = false;
    }

    fn close(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.comma = true;
    }

    /// `text` as a JSON string of ASCII: `"` and `\` escaped, and every character below U+0020
    /// or beyond ASCII written `\uXXXX` (a surrogate pair beyond U+FFFF). Runs of other
    /// characters are copied whole.
    fn string(&mut self, text: &str) {
        self.out.push(b'"');
        // By bytes, not chars: a run of plain ASCII is copied whole; any other byte starts a
        // character to escape.
        let bytes = text.as_bytes();
        let plain = |byte: u8| (b' '..=b'~').contains(&byte) && byte != b'"' && byte != b'\\';
        let mut at = 0;
        while at < bytes.len() {
            let byte = bytes[at];
            if plain(byte) {
                let start = at;
                while at < bytes.len() && plain(bytes[at]) {
                    at += 1;
                }
                self.out.extend_from_slice(&bytes[start..at]);
            } else if byte == b'"' || byte == b'\\' {
                self.out.extend_from_slice(&[b'\\', byte]);
                at += 1;
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                for &unit in c.encode_utf16(&mut [0; 2]).iter() {
                    self.unicode_escape(unit);
                }
                at += c.len_utf8();
            }
        }
        self.out.push(b'"');
    }

    /// `\u` and the four hex digits of `unit`.
    fn unicode_escape(&mut self, unit: u16) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.extend_from_slice(b"\\u");
        for shift in [12, 8, 4, 0] {
            self.out.push(HEX[usize::from((unit >> shift) & 15)]);
        }
    }
}

impl Write for Json {
    fn open_object(&mut self) {
        self.open(b'{');
    }

    fn close_object(&mut self) {
        self.close(b'}');
    }

    fn open_list(&mut self) {
        self.open(b'[');
    }

    fn close_list(&mut self) {
        self.close(b']');
    }

    fn key(&mut self, key: &str) {
        self.separate();
        self.string(key);
        self.out.push(b':');
        self.comma = false;
    }

    fn text(&mut self, text: &str) {
        self.separate();
        self.string(text);
    }

    fn number(&mut self, number: i64) {
        self.separate();
        // Most of the table's numbers are one digit (the per-code lists are mostly 0).
        if let Ok(digit @ 0..=9) = u8::try_from(number) {
            self.out.push(b'0' + digit);
            return;
        }
        if number < 0 {
            self.out.push(b'-');
        }
        let mut rest = number.unsigned_abs();
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        self.out.extend_from_slice(&digits[start..]);
    }

    fn null(&mut self) {
        self.separate();
        self.out.extend_from_slice(b"null");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_json_must_and_writes_numbers_whole() {
        let mut json = Json::default();
        json.open_list();
        json.text("a\"b\\c\nd\u{1}\u{1f}\u{7f}~é…\u{2028}\u{1f600}");
        for number in [0, -12, i64::MAX, i64::MIN] {
            json.number(number);
        }
        json.null();
        json.open_object();
        json.key("k");
        json.open_list();
        json.close_list();
        json.key("m");
        json.number(1);
        json.close_object();
        json.close_list();
        assert_eq!(
            json.into_string(),
            "[\"a\\\"b\\\\c\\u000ad\\u0001\\u001f\\u007f~\\u00e9\\u2026\\u2028\\ud83d\\ude00\",0,-12,\
             9223372036854775807,\
             -9223372036854775808,null,{\"k\":[],\"m\":1}]"
        );
    }
}
