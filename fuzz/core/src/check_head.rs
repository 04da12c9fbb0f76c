//! The check of the `check_head` target: `httpcodes check`'s reader of response heads on any
//! bytes, and the missing fields of what it reads, against a scan.

use httpcodes::Status;

/// `httpcodes check`'s reader of response heads, the command's own source.
#[path = "../../../cli/src/check/head.rs"]
#[allow(dead_code)]
mod head;

/// Any bytes as `httpcodes check`'s input: no panic; a head read holds a three-digit code and
/// token names, and its missing fields agree with a scan; input not read is named by a bounded,
/// printable reason at a position.
pub fn check_head(data: &[u8]) {
    match head::parse(data) {
        Ok(heads) => {
            assert!(!heads.is_empty(), "at least one head");
            for head in heads {
                assert!(head.code < 1000 && head.line >= 1, "{}", head.status_line);
                assert!(
                    head.status_line.starts_with("HTTP/"),
                    "{}",
                    head.status_line
                );
                assert!(head.content <= data.len());
                for name in &head.names {
                    let token =
                        |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
                    assert!(!name.is_empty() && name.chars().all(token), "{name:?}");
                }
                missing_agrees_with_a_scan(head.code, &head.names);
            }
        }
        Err(at) => {
            assert!(at.line >= 1 && at.column >= 1, "{at:?}");
            assert!(at.reason.len() <= 512, "a bounded reason: {at:?}");
            assert!(!at.reason.contains(char::is_control), "{at:?}");
        }
    }
}

/// The fields of `code` that no name equals ASCII case-insensitively, by a scan.
fn missing_agrees_with_a_scan(code: u16, names: &[String]) {
    let Some(status) = Status::from_code(code.into()) else {
        return;
    };
    let scanned: Vec<&str> = status
        .header_fields()
        .iter()
        .map(|field| field.name())
        .filter(|field| !names.iter().any(|name| name.eq_ignore_ascii_case(field)))
        .collect();
    let missing: Vec<&str> = status
        .missing_fields(names)
        .map(|field| field.name())
        .collect();
    assert_eq!(missing, scanned, "{code} with {names:?}");
}
