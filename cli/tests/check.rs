//! `httpcodes check` on response heads: what it reports for each code's fields, content where
//! none may come, and a bounded, clear answer for input that is not a head.

use std::io::Write;
use std::process::Stdio;

use crate::util::*;

/// Checks `head`, written to a file (as a user saves `curl -si` output): (stdout, stderr).
fn check(head: &[u8], code: i32) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("httpcodes-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("head-{:x}", fingerprint(head)));
    std::fs::write(&file, head).unwrap();
    let answer = expect([std::ffi::OsStr::new("check"), file.as_os_str()], code);
    let _ = std::fs::remove_file(&file);
    answer
}

fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A head with the status line `HTTP/1.1 CODE X` and one line per name.
fn head(code: &str, names: &[&str]) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {code} X\r\n");
    for name in names {
        head.push_str(&format!("{name}: v\r\n"));
    }
    head.push_str("\r\n");
    head.into_bytes()
}

#[test]
fn a_405_without_allow_fails_naming_the_field_and_section() {
    let response = b"HTTP/1.1 405 Method Not Allowed\r\nServer: x\r\nContent-Type: text/html\r\n\
                     Content-Length: 9\r\n\r\nno thanks";
    let (stdout, _) = check(response, 1);
    assert!(
        stdout.contains("  missing: Allow (MUST, RFC 9110, Section 15.5.6)\n"),
        "{stdout}"
    );
    let (stdout, _) = check(b"HTTP/2 405 \r\nallow: GET, HEAD\r\n\r\n", 0);
    assert!(!stdout.contains("  missing:"), "{stdout}");
}

#[test]
fn every_code_reports_each_of_its_fields_and_fails_only_on_a_required_one() {
    let rows = rows("header_fields.tsv");
    let mut codes: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    codes.dedup();
    for code in codes {
        let own: Vec<&Vec<String>> = rows.iter().filter(|row| row[0] == code).collect();
        let required = own.iter().any(|row| row[2] == "MUST" && row[4] == "-");
        let (stdout, _) = check(&head(code, &["Date"]), i32::from(required));
        for row in &own {
            if row[1] == "Date" {
                continue;
            }
            let condition = if row[4] == "-" {
                String::new()
            } else {
                format!(" {}", row[4])
            };
            let shown = format!(
                "  missing: {} ({}{condition}, {})\n",
                row[1], row[2], row[3]
            );
            assert!(stdout.contains(&shown), "{code}: {stdout}");
        }
        let upper: Vec<String> = own.iter().map(|row| row[1].to_ascii_uppercase()).collect();
        let names: Vec<&str> = upper.iter().map(String::as_str).collect();
        let (stdout, _) = check(&head(code, &names), 0);
        assert!(!stdout.contains("  missing:"), "{code}: {stdout}");
    }
}

#[test]
fn content_fails_where_none_may_come() {
    for (code, section) in [
        ("100", "RFC 9110, Section 15.2"),
        ("204", "RFC 9110, Section 15.3.5"),
        ("205", "RFC 9110, Section 15.3.6"),
        ("304", "RFC 9110, Section 15.4.5"),
    ] {
        let mut response = head(code, &[]);
        response.extend_from_slice(b"body!");
        let (stdout, _) = check(&response, 1);
        let said = format!(
            "content: 5 bytes follow the head, but a {code} response carries none ({section})"
        );
        assert!(stdout.contains(&said), "{stdout}");
    }
    let mut ok = head("200", &["ETag", "Last-Modified"]);
    ok.extend_from_slice(b"body!");
    check(&ok, 0);
    // Whitespace after a head is no content: a saved head often ends in an extra line break.
    let mut trailing = head("204", &[]);
    trailing.extend_from_slice(b"\r\n\n");
    check(&trailing, 0);
}

#[test]
fn every_head_is_checked_interim_and_redirects_included() {
    let mut response = head("100", &[]);
    response.extend(head("301", &[]));
    response.extend(head("401", &["WWW-Authenticate"]));
    let (stdout, _) = check(&response, 0);
    assert!(stdout.contains("line 1: HTTP/1.1 100 X\n"), "{stdout}");
    assert!(stdout.contains("line 3: HTTP/1.1 301 X\n"), "{stdout}");
    assert!(
        stdout.contains("  missing: Location (SHOULD, RFC 9110, Section 15.4.2)\n"),
        "{stdout}"
    );
    assert!(stdout.contains("line 5: HTTP/1.1 401 X\n"), "{stdout}");
    let (stdout, _) = check(b"HTTP/1.1 499 Client Closed\r\n\r\n", 0);
    assert!(
        stdout.contains("499 is not a listed code: nothing to check"),
        "{stdout}"
    );
}

#[test]
fn standard_input_is_read_when_no_file_or_dash_is_given() {
    for args in [&["check"][..], &["check", "-"]] {
        let mut child = httpcodes()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("httpcodes runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(&head("407", &[]))
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            stdout.contains("Proxy-Authenticate (MUST, RFC 9110, Section 15.5.8)"),
            "{stdout}"
        );
    }
}

#[test]
fn input_that_is_not_a_head_gets_a_bounded_clear_answer() {
    let thousand_lines = head("200", &["X-Line"; 1000]);
    check(&thousand_lines, 0);
    let mut long_line = b"HTTP/1.1 200 OK\r\nX: ".to_vec();
    long_line.resize(3 * 1024 * 1024, b'a');
    let mut lone_cr = head("200", &[]);
    lone_cr.splice(0..0, b"HTTP/1.1 200 OK\r\nX: a\rb\r\n".iter().copied());
    let cases: [(&[u8], &str); 9] = [
        (b"", "line 1, column 1: no status line: the input is empty"),
        (b"Allow: GET\r\n\r\n", "line 1, column 1: expected a status line such as `HTTP/1.1 200 OK`, found \"Allow: GET\""),
        (b"HTTP/1.1 40 Short\r\n\r\n", "line 1, column 10: expected a three-digit status code"),
        (b"HTTP/1.1 4050\r\n\r\n", "line 1, column 13: expected a space after the status code"),
        (b"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "line 2, column 4: expected a field line"),
        (b"HTTP/1.1 200 OK\r\nX-A: \0\r\n\r\n", "line 2, column 6: a NUL byte in the head"),
        (&lone_cr, "line 2, column 5: a CR not before LF in the head"),
        (b"\xff\xfe\x1b[31m\r\n\r\n", "found \"\u{fffd}\u{fffd}\\u{1b}[31m\""),
        (&long_line, "the head is longer than 65536 bytes"),
    ];
    for (input, message) in cases {
        let (stdout, stderr) = check(input, 2);
        assert_eq!(stdout, "", "{message}");
        assert!(
            stderr.starts_with("httpcodes: cannot read the head: "),
            "{stderr}"
        );
        assert!(stderr.contains(message), "{message}: {stderr}");
        assert!(stderr.len() < 600, "{message}: {} bytes", stderr.len());
        assert!(
            !stderr.trim_end().contains(|c: char| c.is_control()),
            "{stderr:?}"
        );
    }
    let (_, stderr) = expect(["check", "/no/such/head"], 2);
    assert!(
        stderr.starts_with("httpcodes: cannot read the input: "),
        "{stderr}"
    );
}
