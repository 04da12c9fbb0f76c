//! The Rust door's half of the cross-language differential test (`tests/differential/`).
//!
//! Usage: `cargo run -p httpcodes-core --example differential -- INTS PHRASES OUT`

use std::fmt::Write as _;
use std::{env, fs};

use httpcodes::{Flag, Status};

fn integer_line(code: i64) -> String {
    let text = |answer: Option<&str>| answer.unwrap_or("-").to_owned();
    // Every flag in core's order, '1' where it holds.
    let flags: String = Flag::ALL
        .iter()
        .map(|flag| if flag.holds_for(code) { '1' } else { '0' })
        .collect();
    let status = Status::from_code(code);
    // Each header field as it shows (`Allow (MUST, RFC 9110, Section 15.5.6)`), joined by "; ".
    let fields = status.map(|s| {
        s.header_fields()
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    });
    format!(
        "{}\t{}\t{}\t{flags}\t{}\t{}\t{}\t{}",
        text(httpcodes::reason_phrase(code)),
        text(httpcodes::name_of(code)),
        text(httpcodes::class_of(code).map(|c| c.label())),
        text(status.and_then(Status::registered_phrase)),
        text(status.and_then(Status::reference)),
        text(status.map(Status::description)),
        text(fields.as_deref().filter(|fields| !fields.is_empty())),
    )
}

fn phrase_line(bytes: &[u8]) -> String {
    let code = |status: Option<Status>| status.map_or("-".to_owned(), |s| s.code().to_string());
    let name = std::str::from_utf8(bytes).ok().and_then(Status::from_name);
    format!("{}\t{}", code(Status::from_phrase_bytes(bytes)), code(name))
}

fn hex(line: &str) -> Vec<u8> {
    (0..line.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&line[i..i + 2], 16).expect("hex"))
        .collect()
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [ints, phrases, out] = &args[..] else {
        panic!("usage: differential INTS PHRASES OUT");
    };
    let mut answers = String::new();
    for line in fs::read_to_string(ints).expect("INTS").lines() {
        match line.parse::<i64>() {
            Ok(code) => writeln!(answers, "{}", integer_line(code)),
            Err(_) => writeln!(answers, "SKIP"), // wider than the Rust door's i64
        }
        .expect("writing to a String");
    }
    for line in fs::read_to_string(phrases).expect("PHRASES").lines() {
        writeln!(answers, "{}", phrase_line(&hex(line))).expect("writing to a String");
    }
    fs::write(out, answers).expect("OUT");
}
