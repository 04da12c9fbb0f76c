//! The reference pages: markdown against the spec, JSON, CSV, HTML, completions and man page.

use std::fs;

use serde_json::Value;

use crate::util::*;

/// The markdown keeps the spec's page, byte for byte where the spec has the text: its title,
/// first paragraph and each class's heading and description, in order; each class's table then
/// holds the seed's codes with the seed's phrases, among the codes from the registry.
#[test]
fn markdown_keeps_the_spec_text() {
    let spec = fs::read_to_string(repo().join("spec/status-codes.txt")).expect("spec");
    let (markdown, _) = expect(["--format", "markdown"], 0);
    let spec_lines: Vec<&str> = spec.lines().collect();
    // The spec: a site title, the page title, its paragraph, the class sections, a footer.
    assert_eq!(spec_lines[0], "Response Codes");
    let title = format!("# {}\n\n{}\n", spec_lines[1], spec_lines[2]);
    assert!(markdown.starts_with(&title), "{markdown}");

    let mut sections = 0;
    let mut seed_rows = 0;
    let mut section: Option<&str> = None;
    for (i, line) in spec_lines.iter().enumerate() {
        if line.len() > 6 && &line[1..3] == "xx" && line[3..].starts_with(" — ") {
            // Heading, then description, then the table's header: as the spec has them.
            let start = format!("## {line}\n\n{}\n\n", spec_lines[i + 1]);
            let at = markdown
                .find(&start)
                .unwrap_or_else(|| panic!("{line:?} not found"));
            let end = markdown[at + 3..]
                .find("\n## ")
                .map_or(markdown.len(), |p| at + 3 + p);
            section = Some(&markdown[at..end]);
            sections += 1;
        } else if let Some(row) = line
            .strip_prefix("| ")
            .filter(|_| !line.starts_with("| Code"))
        {
            let (code, phrase) = row.trim_end_matches(" |").split_once(" | ").unwrap();
            let want = format!("\n| {code} | {phrase} | ");
            assert!(section.unwrap().contains(&want), "{code} {phrase}");
            seed_rows += 1;
        }
    }
    assert_eq!((sections, seed_rows), (5, 56));
    let table_rows = markdown
        .lines()
        .filter(|l| {
            l.starts_with("| 1")
                || l.starts_with("| 2")
                || l.starts_with("| 3")
                || l.starts_with("| 4")
                || l.starts_with("| 5")
        })
        .count();
    assert_eq!(table_rows, rows("statuses.tsv").len());
}

#[test]
fn json_and_csv_references() {
    let reference = json(&expect(["--format", "json"], 0).0);
    let classes = reference["classes"].as_array().unwrap();
    let ranges: Vec<&str> = classes
        .iter()
        .map(|c| c["range"].as_str().unwrap())
        .collect();
    assert_eq!(ranges, ["1xx", "2xx", "3xx", "4xx", "5xx"]);
    let statuses: Vec<&Value> = classes
        .iter()
        .flat_map(|c| c["statuses"].as_array().unwrap())
        .collect();
    let listed = json(&expect(["--list", "--json"], 0).0);
    assert_eq!(
        Value::from(statuses.into_iter().cloned().collect::<Vec<_>>()),
        listed
    );
    for (class, row) in classes.iter().zip(rows("classes.tsv")) {
        assert_eq!(class["class"], row[0].as_str());
        assert_eq!(class["description"], row[2].as_str());
    }

    let (csv, _) = expect(["--format", "csv"], 0);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("code,phrase,name,class,flags,registered_phrase,reference,description,header_fields")
    );
    for (line, row) in lines.zip(rows("statuses.tsv")) {
        let flags = if row[4] == "-" {
            String::new()
        } else {
            row[4].replace(',', " ")
        };
        assert!(
            line.starts_with(&format!(
                "{},{},{},{},{flags},",
                row[0], row[1], row[2], row[3]
            )),
            "{line}"
        );
    }
    // The header, then one line per listed status.
    assert_eq!(csv.lines().count(), 1 + rows("statuses.tsv").len());
    assert_eq!(
        expect(["-f", "md"], 0).0,
        expect(["--format", "markdown"], 0).0
    );
}

#[test]
fn html_is_self_contained_with_an_anchor_per_code() {
    let (html, _) = expect(["--format", "html"], 0);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for outside in [
        "http:", "https:", "src=", "url(", "@import", "<link", "<script",
    ] {
        assert!(!html.contains(outside), "{outside}");
    }
    for row in rows("statuses.tsv") {
        let code = &row[0];
        assert!(html.contains(&format!(
            "<tr id=\"{code}\"><td class=\"code\"><a href=\"#{code}\">"
        )));
    }
    assert!(html.contains("@media (prefers-color-scheme: dark)"));
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (script, _) = expect(["completions", shell], 0);
        assert!(script.contains("httpcodes"), "{shell}");
        assert!(script.contains("search"), "{shell}");
    }
    let (man, _) = expect(["man"], 0);
    assert!(man.contains(".TH httpcodes 1"));
    assert!(man.contains("\\-\\-search"));
    for section in [".SH COMMANDS", ".SH EXAMPLES", ".SH \"EXIT STATUS\""] {
        assert!(man.contains(section), "{section}");
    }
}
