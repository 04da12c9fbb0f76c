//! Reads the response heads of `httpcodes check`'s input: curl's `-si` / `-I` output, a raw
//! HTTP/1.x head, or curl's `HTTP/2 405`. Each head is a status line, field lines and an empty
//! line; a line ends in CRLF or LF. Another head may follow (a 1xx, or a redirect curl followed);
//! anything else that follows is the content of the last head.

/// The most bytes one head may take, blank line included: the check stops, saying so, past it.
pub const MAX_HEAD: usize = 64 * 1024;

/// One response head.
pub struct Head {
    /// The line its status line is on, from 1.
    pub line: usize,
    /// The status code, three digits.
    pub code: u16,
    /// The status line as sent, for the report.
    pub status_line: String,
    /// Each field line's name, as sent.
    pub names: Vec<String>,
    /// How many bytes follow the head that are not another head and not only whitespace.
    pub content: usize,
}

/// Why the input is not a head `check` can read, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The line, from 1.
    pub line: usize,
    /// The byte in the line, from 1.
    pub column: usize,
    /// What is wrong, in a few words.
    pub reason: String,
}

/// Every head of `input`, in order.
pub fn parse(input: &[u8]) -> Result<Vec<Head>, Unreadable> {
    let mut lines = Lines::new(input);
    let mut heads = Vec::new();
    loop {
        let head = read_head(&mut lines)?;
        let rest = lines.rest();
        let another = rest.starts_with(b"HTTP/");
        heads.push(Head {
            content: if another || rest.iter().all(u8::is_ascii_whitespace) {
                0
            } else {
                rest.len()
            },
            ..head
        });
        if !another {
            return Ok(heads);
        }
    }
}

/// One head, from its status line to its empty line (or the end of the input).
fn read_head(lines: &mut Lines<'_>) -> Result<Head, Unreadable> {
    let start = lines.offset;
    let Some((number, first)) = lines.next_line()? else {
        return Err(lines.unreadable(0, "no status line: the input is empty"));
    };
    lines.within(start)?;
    let (code, status_line) = status_line(first).map_err(|(column, reason)| Unreadable {
        line: number,
        column,
        reason,
    })?;
    let mut names = Vec::new();
    while let Some((number, line)) = lines.next_line()? {
        lines.within(start)?;
        if line.is_empty() {
            break;
        }
        if matches!(line[0], b' ' | b'\t') {
            continue; // An obsolete folded line continues the field before it.
        }
        names.push(field_name(line).map_err(|(column, reason)| Unreadable {
            line: number,
            column,
            reason,
        })?);
    }
    Ok(Head {
        line: number,
        code,
        status_line,
        names,
        content: 0,
    })
}

/// `HTTP/1.1 405 Method Not Allowed`, `HTTP/2 405`: the code and the line as text.
fn status_line(line: &[u8]) -> Result<(u16, String), (usize, String)> {
    let expected = "expected a status line such as `HTTP/1.1 200 OK`";
    let Some(rest) = line.strip_prefix(b"HTTP/") else {
        return Err((1, format!("{expected}, found {}", quote(line))));
    };
    let version = rest
        .iter()
        .take_while(|&&b| b.is_ascii_digit() || b == b'.')
        .count();
    let after = &rest[version..];
    if version == 0 || after.first() != Some(&b' ') {
        return Err((6, format!("{expected}: no version and space after `HTTP/`")));
    }
    let digits = &after[1..];
    let code = match digits.get(..3) {
        Some(code) if code.iter().all(u8::is_ascii_digit) => code,
        _ => return Err((7 + version, "expected a three-digit status code".to_owned())),
    };
    if digits.len() > 3 && digits[3] != b' ' {
        return Err((
            10 + version,
            "expected a space after the status code".to_owned(),
        ));
    }
    let code = code.iter().fold(0, |n, d| n * 10 + u16::from(d - b'0'));
    Ok((code, String::from_utf8_lossy(line).into_owned()))
}

/// The name of a field line: a token (RFC 9110, Section 5.6.2) before a colon.
fn field_name(line: &[u8]) -> Result<String, (usize, String)> {
    let length = line.iter().take_while(|&&b| is_token(b)).count();
    match line.get(length) {
        Some(b':') if length > 0 => Ok(String::from_utf8_lossy(&line[..length]).into_owned()),
        Some(b':') => Err((1, "a field line with no name before its colon".to_owned())),
        _ => Err((
            length + 1,
            format!("expected a field line `Name: value`, found {}", quote(line)),
        )),
    }
}

fn is_token(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// A line as an error quotes it: core's excerpt rule, so no control byte reaches the terminal.
fn quote(line: &[u8]) -> String {
    format!("\"{}\"", httpcodes::doors::excerpt_bytes(line))
}

/// The input's lines, numbered from 1, each without its CRLF or LF.
struct Lines<'a> {
    input: &'a [u8],
    offset: usize,
    number: usize,
}

impl<'a> Lines<'a> {
    fn new(input: &'a [u8]) -> Self {
        Lines {
            input,
            offset: 0,
            number: 0,
        }
    }

    /// The next line, or `None` at the end; a NUL or a lone CR in it makes the head unreadable.
    fn next_line(&mut self) -> Result<Option<(usize, &'a [u8])>, Unreadable> {
        let rest = &self.input[self.offset..];
        if rest.is_empty() {
            return Ok(None);
        }
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let line = rest[..end].strip_suffix(b"\r").unwrap_or(&rest[..end]);
        self.number += 1;
        if let Some(column) = line.iter().position(|&b| b == b'\0' || b == b'\r') {
            let what = if line[column] == 0 {
                "a NUL byte"
            } else {
                "a CR not before LF"
            };
            return Err(self.unreadable(column + 1, &format!("{what} in the head")));
        }
        self.offset += (end + 1).min(rest.len());
        Ok(Some((self.number, line)))
    }

    /// What follows the lines read so far.
    fn rest(&self) -> &'a [u8] {
        &self.input[self.offset..]
    }

    /// Whether the head that began at `start` is still within [`MAX_HEAD`].
    fn within(&self, start: usize) -> Result<(), Unreadable> {
        if self.offset - start <= MAX_HEAD {
            return Ok(());
        }
        let reason = format!("the head is longer than {MAX_HEAD} bytes, the most `check` reads");
        Err(self.unreadable(0, &reason))
    }

    fn unreadable(&self, column: usize, reason: &str) -> Unreadable {
        Unreadable {
            line: self.number.max(1),
            column: column.max(1),
            reason: reason.to_owned(),
        }
    }
}
