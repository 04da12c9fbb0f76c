//! Unknown queries and usage errors: exit codes and messages, with bad values quoted by core's rule.

use std::ffi::OsStr;

use serde_json::Value;

use crate::util::*;

#[test]
fn not_found_exits_1_with_a_clear_message() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["blah"],
            "no status matches \"blah\": expected a code (404), a NAME",
        ),
        (
            &["499"],
            "499 is not a listed status code (it is in the 4xx Client Error class)",
        ),
        (&["600"], "600 is not a listed status code (nor in 100–599)"),
        (&["--", "-1"], "\"-1\" is not a listed status code"),
        (
            &["--as", "code", "4o4"],
            "expected an integer code, not \"4o4\"",
        ),
        (
            &["--as", "name", "not_found"],
            "no status is named \"not_found\"",
        ),
    ];
    for (args, message) in cases {
        let (_, stderr) = expect(args, 1);
        assert!(stderr.starts_with("httpcodes: "), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    // The JSON of a miss is null; an unlisted code in 100–599 still tells its class.
    assert_eq!(expect(["--json", "nope"], 1).0, "null\n");
    assert_eq!(
        json(&expect(["--json", "499"], 1).0),
        json(
            r#"{"code":499,"phrase":null,"name":null,"class":"Client Error","flags":[],
                "registered_phrase":null,"reference":null,"description":null,"header_fields":[]}"#
        )
    );
    // One miss among several: the others still answer, and the run exits 1.
    let (stdout, stderr) = expect(["--json", "404", "nope", "500"], 1);
    let answers = json(&stdout);
    assert_eq!(answers[1], Value::Null);
    assert_eq!(answers[2]["code"], 500);
    assert_eq!(stderr.lines().count(), 1);
    // A long query is quoted by core's excerpt rule: 50 characters, then the marker.
    let long = "ü".repeat(80);
    let (_, stderr) = expect([long.as_str()], 1);
    assert!(
        stderr.contains(&format!("\"{}…\"", "ü".repeat(50))),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let cases: &[&[&str]] = &[
        &[],
        &["--bogus"],
        &["-x"],
        &["--list", "404"],
        &["--list", "--search", "x"],
        &["--search"],
        &["--format", "pdf"],
        &["--format", "html", "404"],
        &["--format", "json", "--json"],
        &["--as", "colour", "404"],
        &["completions"],
        &["completions", "tcsh"],
        &["man", "extra"],
        &["--json"],
        &["--as", "code"],
    ];
    for args in cases {
        let (stdout, stderr) = expect(*args, 2);
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert!(!stderr.trim().is_empty(), "{args:?}: no message");
    }
    let (help, _) = expect(["--help"], 0);
    assert!(help.contains("Exit status: 0 when every query was found"));
    let (version, _) = expect(["--version"], 0);
    assert_eq!(
        version,
        format!("httpcodes {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_long_query_is_cut_after_50_characters() {
    let (_, stderr) = expect(["--as", "name", &"x".repeat(60)], 1);
    assert!(
        stderr.ends_with(&format!("named \"{}…\"\n", "x".repeat(50))),
        "{stderr}"
    );
}

#[test]
fn control_characters_in_a_query_are_escaped() {
    let forged = arg(b"x\n\x1b[31mERROR forged\r\x7f\xff");
    for kind in ["auto", "phrase", "name", "code"] {
        let (_, stderr) = expect(
            [OsStr::new("--as"), OsStr::new(kind), forged.as_os_str()],
            1,
        );
        assert_eq!(stderr.lines().count(), 1, "{kind}: {stderr:?}");
        assert!(
            !stderr.trim_end().chars().any(char::is_control),
            "{kind}: {stderr:?}"
        );
    }
    let (_, stderr) = expect(
        [OsStr::new("--as"), OsStr::new("phrase"), forged.as_os_str()],
        1,
    );
    assert!(
        stderr.contains("\"x\\n\\u{1b}[31mERROR forged\\r\\u{7f}\u{fffd}\""),
        "{stderr}"
    );
}
