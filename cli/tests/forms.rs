//! Every form of query the command takes, and what it answers.

use std::ffi::{OsStr, OsString};

use serde_json::Value;

use crate::util::*;

#[test]
fn a_code_phrase_or_name_answers_with_its_status() {
    let (upgrade, _) = expect(["426"], 0);
    assert_eq!(
        upgrade,
        "426 Upgrade Required\n\
         name:              UPGRADE_REQUIRED\n\
         class:             4xx Client Error\n\
         flags:             none\n\
         registered phrase: Upgrade Required\n\
         reference:         RFC 9110, Section 15.5.22\n\
         description:       The server will not answer over the current protocol; the client must \
         switch to one named in the Upgrade header.\n\
         header fields:     Upgrade (MUST, RFC 9110, Section 15.5.22)\n"
    );
    for query in [
        "404",
        "not found",
        " NOT FOUND\t",
        "NOT_FOUND",
        "404 Not Found",
    ] {
        let (stdout, _) = expect([query], 0);
        assert!(stdout.starts_with("404 Not Found\n"), "{query:?}: {stdout}");
        let (stdout, _) = expect(["--json", query], 0);
        assert_eq!(
            stdout,
            "{\"code\":404,\"phrase\":\"Not Found\",\"name\":\"NOT_FOUND\",\"class\":\"Client Error\",\
             \"flags\":[\"is_cacheable_by_default\"],\"registered_phrase\":\"Not Found\",\"reference\":\"RFC 9110, Section 15.5.5\",\
             \"description\":\"The server has no current representation for the requested URI, or will not \
             say that it has one.\",\"header_fields\":[]}\n"
        );
    }
    let (aliased, _) = expect(["payload too large"], 0);
    assert!(aliased.starts_with("413 Request Too Long\n"));
    assert!(aliased.contains("aliases:           Content Too Large, Payload Too Large"));
    assert!(aliased.contains(
        "also named:        CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, REQUEST_ENTITY_TOO_LARGE\n"
    ));
    let (flagged, _) = expect(["503"], 0);
    assert!(
        flagged.contains("flags:             is_retry\n"),
        "{flagged}"
    );
    assert!(expect(["FOUND"], 0)
        .0
        .starts_with("302 Moved Temporarily\n"));
}

#[test]
fn a_class_answers_with_its_statuses() {
    let (class, _) = expect(["4xx"], 0);
    let mut lines = class.lines();
    assert_eq!(lines.next(), Some("4xx — Client Error"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("The request contains an error"));
    // Then one line per status of the class, as many as the vectors list.
    assert_eq!(lines.count(), listed_in_class("Client Error"));
    assert_eq!(expect(["5XX"], 0).0, expect(["server error"], 0).0);
    let classes = json(&expect(["--json", "3xx"], 0).0);
    assert_eq!(
        classes.as_array().unwrap().len(),
        listed_in_class("Redirection")
    );
    assert_eq!(
        json(&expect(["--json", "5xx"], 0).0)
            .as_array()
            .unwrap()
            .len(),
        listed_in_class("Server Error")
    );
}

#[test]
fn list_and_search_answer_from_the_whole_table() {
    let listed_count = rows("statuses.tsv").len();
    let (list, _) = expect(["--list"], 0);
    assert_eq!(list.lines().count(), listed_count);
    assert!(list.starts_with("100  Continue "));
    let listed = json(&expect(["--list", "--json"], 0).0);
    assert_eq!(listed.as_array().unwrap().len(), listed_count);

    // One line: the code, the phrase, then the NAME in the column after the longest phrase.
    let (found, _) = expect(["--search", "teapot"], 0);
    let found = found.trim_end();
    assert!(found.starts_with("418  I'm a Teapot "), "{found}");
    assert!(
        found.ends_with(" IM_A_TEAPOT") && !found.contains('\n'),
        "{found}"
    );
    let found = json(&expect(["--json", "--search", "TOO LARGE"], 0).0);
    let codes: Vec<i64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_i64().unwrap())
        .collect();
    assert_eq!(codes, searched_in_vectors("too large")); // 413 by its aliases
    let (none, stderr) = expect(["--json", "--search", "coffee"], 1);
    assert_eq!(json(&none), Value::Array(Vec::new()));
    assert!(stderr.contains("\"coffee\""), "{stderr}");
}

#[test]
fn bytes_in_queries_reach_core_unchanged() {
    // A phrase with a trailing non-ASCII space is not trimmed (ASCII whitespace only).
    let nbsp = OsString::from("Not Found\u{a0}");
    expect(
        [OsStr::new("--as"), OsStr::new("phrase"), nbsp.as_os_str()],
        1,
    );
    let padded = OsStr::new("\r\n Not Found\t");
    expect([OsStr::new("--as"), OsStr::new("phrase"), padded], 0);
}

#[test]
fn a_code_is_exactly_three_digits() {
    // spec/API.md: no leading zeros, no sign, no padding inside the digits.
    for query in [
        "0404",
        "000000000000000000000000404",
        "+404",
        "-404",
        "4 04",
        "40",
        "4040",
    ] {
        expect([query], 1);
    }
    // Nor is a float, NaN or a boolean, in either reading.
    for query in ["404.0", "4e2", "NaN", "inf", "true"] {
        expect([query], 1);
        expect(["--as", "code", query], 1);
    }
    assert!(expect(["404"], 0).0.starts_with("404 Not Found"));
}

/// How many statuses of the class labelled `label` the vectors list.
fn listed_in_class(label: &str) -> usize {
    rows("statuses.tsv")
        .iter()
        .filter(|row| row[3] == label)
        .count()
}

/// The codes whose phrase, NAME or an alias holds `needle` (ASCII case-insensitive), in table
/// order, as the vectors list them.
fn searched_in_vectors(needle: &str) -> Vec<i64> {
    let holds = |text: &str| text.to_ascii_lowercase().contains(needle);
    let aliases = rows("aliases.tsv");
    rows("statuses.tsv")
        .iter()
        .filter(|row| {
            holds(&row[1])
                || holds(&row[2])
                || aliases
                    .iter()
                    .any(|alias| alias[1] == row[0] && holds(&alias[0]))
        })
        .map(|row| row[0].parse().unwrap())
        .collect()
}
