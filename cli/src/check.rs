//! `httpcodes check [FILE]`: reads response heads and says, for each, which header fields the
//! RFCs ask of its status and it lacks, and whether content came where none may.
//!
//! Exit status: 0 when nothing at MUST level is wrong, 1 when a required field is missing or
//! content came on a status that must carry none, 2 when the input is not a head it can read.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use httpcodes::{Class, Status};

mod head;

use head::Head;

/// The most input `check` reads: the heads must lie within it; content past it is not needed.
const MAX_INPUT: usize = 1024 * 1024;

/// What a check prints, and how it exits.
pub struct Report {
    pub stdout: String,
    pub stderr: Option<String>,
    pub exit: u8,
}

/// Checks the heads in `file`, or standard input when it is `None` or `-`.
pub fn run(file: Option<&Path>) -> Report {
    let input = match read(file) {
        Ok(input) => input,
        Err(error) => return unreadable(format!("cannot read the input: {error}")),
    };
    let truncated = input.len() > MAX_INPUT;
    let heads = match head::parse(&input[..input.len().min(MAX_INPUT)]) {
        Ok(heads) => heads,
        Err(at) => {
            return unreadable(format!(
                "cannot read the head: line {}, column {}: {}",
                at.line, at.column, at.reason
            ))
        }
    };
    if truncated && heads.last().is_some_and(|head| head.content == 0) {
        return unreadable(format!(
            "the heads run past {MAX_INPUT} bytes, the most `check` reads"
        ));
    }
    let mut stdout = String::new();
    let mut failed = false;
    for head in &heads {
        failed |= report(head, &mut stdout);
    }
    stdout.push_str(if failed {
        "fail: a required field is missing, or content came where none may\n"
    } else {
        "pass: nothing the RFCs require is missing\n"
    });
    Report {
        stdout,
        stderr: None,
        exit: u8::from(failed),
    }
}

fn unreadable(message: String) -> Report {
    Report {
        stdout: String::new(),
        stderr: Some(message),
        exit: 2,
    }
}

/// Up to one byte past [`MAX_INPUT`], so that a longer input is known to be longer.
fn read(file: Option<&Path>) -> io::Result<Vec<u8>> {
    let mut input = Vec::new();
    let limit = MAX_INPUT as u64 + 1;
    match file {
        Some(path) if path.as_os_str() != "-" => {
            File::open(path)?.take(limit).read_to_end(&mut input)?
        }
        _ => io::stdin().lock().take(limit).read_to_end(&mut input)?,
    };
    Ok(input)
}

/// Writes what one head lacks; whether any of it is at MUST level.
fn report(head: &Head, out: &mut String) -> bool {
    let _ = writeln!(out, "line {}: {}", head.line, head.status_line.trim_end());
    let Some(status) = Status::from_code(head.code.into()) else {
        let _ = writeln!(
            out,
            "  {} is not a listed code: nothing to check",
            head.code
        );
        return false;
    };
    let mut failed = false;
    let missing: Vec<_> = status.missing_fields(&head.names).collect();
    for field in &missing {
        // Only a required field fails the check; the others are reported for the reader to judge.
        let _ = writeln!(out, "  missing: {field}");
        failed |= field.is_required();
    }
    if head.content > 0 {
        if let Some(section) = no_content_section(status) {
            let _ = writeln!(
                out,
                "  content: {} bytes follow the head, but a {} response carries none ({section})",
                head.content,
                status.code()
            );
            failed = true;
        }
    }
    if missing.is_empty() && !failed {
        let asked = if status.header_fields().is_empty() {
            "no field is asked of"
        } else {
            "every field is present for"
        };
        let _ = writeln!(out, "  {asked} {status}");
    }
    failed
}

/// Where the RFC says a response with `status` carries no content: 1xx (RFC 9110, Section 15.2),
/// and each of `is_empty_body`'s codes, whose own section says so (204, 205, 304).
fn no_content_section(status: Status) -> Option<&'static str> {
    if status.class() == Class::Informational {
        Some("RFC 9110, Section 15.2")
    } else if status.is_empty_body() {
        status.reference()
    } else {
        None
    }
}
