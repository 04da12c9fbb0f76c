//! Reads the shared vector files (`tests/vectors/README.md` describes them): the one reader of
//! the Rust tests, core's and the command's.

use std::fs;
use std::path::Path;

/// The data rows of `file` in `dir`, each split on tabs and checked against the header's width;
/// fields are as written (see [`unescape`]).
pub fn rows(dir: &Path, file: &str) -> Vec<Vec<String>> {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let width = lines.next().expect("header line").split('\t').count();
    let rows: Vec<Vec<String>> = lines
        .map(|line| {
            let fields: Vec<String> = line.split('\t').map(String::from).collect();
            assert_eq!(fields.len(), width, "{file}: {line:?}");
            fields
        })
        .collect();
    assert!(!rows.is_empty(), "{file} has no rows");
    rows
}

/// Decodes the escapes described in `tests/vectors/README.md`.
pub fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let scalar = u32::from_str_radix(&hex, 16).expect("four hex digits");
                out.push(char::from_u32(scalar).expect("a Unicode scalar"));
            }
            other => panic!("unknown escape \\{other:?} in {field:?}"),
        }
    }
    out
}
