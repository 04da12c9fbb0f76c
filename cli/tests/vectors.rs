//! The shared vectors, transcribed from the spec, answered by the command.

use serde_json::Value;

use crate::tsv;
use crate::util::*;

#[test]
fn every_listed_status_answers_as_the_spec_says() {
    let statuses = rows("statuses.tsv");
    let mut args = vec!["--json".to_owned()];
    args.extend(statuses.iter().map(|row| row[0].clone()));
    let (stdout, _) = expect(&args, 0);
    let answers = json(&stdout);
    let answers = answers.as_array().expect("an array for several queries");
    assert_eq!(answers.len(), statuses.len());
    for (row, line) in statuses.iter().zip(stdout.lines().skip(1)) {
        assert_entry_shape(line);
        let _ = row;
    }
    for (row, answer) in statuses.iter().zip(answers) {
        assert_eq!(answer["code"], row[0].parse::<i64>().unwrap(), "{row:?}");
        assert_eq!(answer["phrase"], row[1].as_str(), "{row:?}");
        assert_eq!(answer["name"], row[2].as_str(), "{row:?}");
        assert_eq!(answer["class"], row[3].as_str(), "{row:?}");
        assert_eq!(answer["flags"], Value::from(flags_of(&row[4])), "{row:?}");
        // The same status by phrase and by NAME, in auto mode.
        assert_eq!(json(&expect(["--json", row[1].as_str()], 0).0), *answer);
        assert_eq!(json(&expect(["--json", row[2].as_str()], 0).0), *answer);
    }
}

#[test]
fn every_status_answers_with_its_facts() {
    let facts = rows("facts.tsv");
    let mut args = vec!["--json".to_owned()];
    args.extend(facts.iter().map(|row| row[0].clone()));
    let answers = json(&expect(&args, 0).0);
    let (csv, _) = expect(["--format", "csv"], 0);
    let csv_rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(csv_rows.len(), facts.len());
    let (markdown, _) = expect(["--format", "markdown"], 0);
    let (html, _) = expect(["--format", "html"], 0);
    for ((row, answer), csv_row) in facts.iter().zip(answers.as_array().unwrap()).zip(csv_rows) {
        let [code, registered, reference, description] = &row[..] else {
            unreachable!()
        };
        let reference = (reference != "none").then_some(reference.as_str());
        let registered = (registered != "none").then_some(registered.as_str());
        assert_eq!(
            answer["registered_phrase"],
            Value::from(registered),
            "{code}"
        );
        assert_eq!(answer["reference"], Value::from(reference), "{code}");
        assert_eq!(answer["description"], description.as_str(), "{code}");
        let quoted = |text: &str| {
            if text.contains(',') {
                format!("\"{text}\"")
            } else {
                text.to_owned()
            }
        };
        assert!(
            csv_row.contains(&format!(
                ",{},{},{},",
                quoted(registered.unwrap_or_default()),
                quoted(reference.unwrap_or_default()),
                quoted(description)
            )),
            "{csv_row}"
        );
        let (detail, _) = expect([code.as_str()], 0);
        let shown = reference.unwrap_or("none: not in the IANA registry");
        let registered_shown = registered.unwrap_or("none: not in the IANA registry");
        assert!(
            detail.contains(&format!("registered phrase: {registered_shown}\n")),
            "{detail}"
        );
        assert!(
            detail.contains(&format!("reference:         {shown}\n")),
            "{detail}"
        );
        assert!(
            detail.contains(&format!("description:       {description}\n")),
            "{detail}"
        );
        assert!(
            markdown.contains(&format!("| {shown} | {description} | ")),
            "{code}"
        );
        assert!(html.contains(&format!("<td>{shown}</td>")), "{code}");
    }
}

#[test]
fn alias_names_find_their_status() {
    for row in rows("alias_names.tsv") {
        let (name, code) = (&row[0], &row[1]);
        let answer = json(&expect(["--json", "--as", "name", name.as_str()], 0).0);
        assert_eq!(answer["code"], code.parse::<i64>().unwrap(), "{name}");
        let (detail, _) = expect([code.as_str()], 0);
        let also = detail.lines().find(|line| line.starts_with("also named:"));
        assert!(
            also.is_some_and(|line| line.contains(name.as_str())),
            "{detail}"
        );
    }
}

#[test]
fn reverse_and_name_vectors() {
    for (file, kind) in [("reverse.tsv", "phrase"), ("names.tsv", "name")] {
        for row in rows(file) {
            let (input, expected) = (&row[0], &row[1]);
            if input.contains('\0') {
                continue; // no command-line argument can hold a NUL
            }
            let code = if expected == "unknown" { 1 } else { 0 };
            let (stdout, stderr) = expect(["--json", "--as", kind, "--", input.as_str()], code);
            let answer = json(&stdout);
            if expected == "unknown" {
                assert_eq!(answer, Value::Null, "{file} {row:?}");
                assert!(stderr.starts_with("httpcodes: "), "{stderr}");
            } else {
                assert_eq!(
                    answer["code"],
                    expected.parse::<i64>().unwrap(),
                    "{file} {row:?}"
                );
            }
        }
    }
}

#[test]
fn forward_vectors() {
    for row in rows("forward.tsv") {
        let (code, phrase, class) = (&row[0], &row[1], &row[2]);
        let exit = if phrase == "unknown" { 1 } else { 0 };
        let (stdout, _) = expect(["--json", "--as", "code", "--", code.as_str()], exit);
        let answer = json(&stdout);
        if phrase == "unknown" && class == "none" {
            assert_eq!(answer, Value::Null, "{row:?}");
            continue;
        }
        let want_phrase = if phrase == "unknown" {
            Value::Null
        } else {
            Value::from(phrase.as_str())
        };
        assert_eq!(answer["phrase"], want_phrase, "{row:?}");
        assert_eq!(answer["class"], class.as_str(), "{row:?}");
    }
}

#[test]
fn excerpt_vectors() {
    // Every door quotes a bad value as core's rule says (tests/vectors/excerpts.tsv).
    for row in tsv::rows(&repo().join("tests/vectors"), "excerpts.tsv") {
        let input = tsv::unescape(&row[0]);
        // argv cannot hold NUL; an empty or dash-led value is no query.
        if input.starts_with('-') || input.is_empty() || input.contains('\0') {
            continue;
        }
        let (_, stderr) = expect(["--as", "phrase", input.as_str()], 1);
        let expected = format!("no status has the reason phrase \"{}\"\n", row[1]);
        assert!(stderr.ends_with(&expected), "{}: {stderr}", row[2]);
    }
}

#[test]
fn every_status_answers_with_its_header_fields() {
    let fields = rows("header_fields.tsv");
    let statuses = rows("statuses.tsv");
    let mut args = vec!["--json".to_owned()];
    args.extend(statuses.iter().map(|row| row[0].clone()));
    let answers = json(&expect(&args, 0).0);
    let (csv, _) = expect(["--format", "csv"], 0);
    for ((row, answer), csv_row) in statuses
        .iter()
        .zip(answers.as_array().unwrap())
        .zip(csv.lines().skip(1))
    {
        let own: Vec<&Vec<String>> = fields.iter().filter(|field| field[0] == row[0]).collect();
        let expected: Vec<Value> = own
            .iter()
            .map(|field| {
                let condition = (field[4] != "-").then_some(field[4].as_str());
                serde_json::json!({"name": field[1], "level": field[2], "section": field[3], "condition": condition})
            })
            .collect();
        assert_eq!(answer["header_fields"], Value::from(expected), "{}", row[0]);
        let (detail, _) = expect([row[0].as_str()], 0);
        for field in &own {
            let condition = if field[4] == "-" {
                String::new()
            } else {
                format!(" {}", field[4])
            };
            let shown = format!("{} ({}{condition}, {})", field[1], field[2], field[3]);
            assert!(detail.contains(&format!(" {shown}\n")), "{detail}");
            assert!(csv_row.contains(&shown), "{csv_row}");
        }
        if own.is_empty() {
            assert!(detail.contains("\nheader fields:     none\n"), "{detail}");
        }
    }
}
