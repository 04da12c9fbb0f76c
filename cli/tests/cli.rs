//! The `httpcodes` binary as a user runs it: every form, exit codes, bad argv (non-UTF-8
//! included), the shared vectors, and the reference pages (the markdown against the spec).

use std::ffi::{OsStr, OsString};
use std::fs;
#[cfg(unix)]
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The command under test: the one cargo built, or a released binary named by `HTTPCODES_CLI`,
/// run through `HTTPCODES_CLI_RUNNER` when set (`make test-dist` runs `httpcodes.exe` with wine).
fn httpcodes() -> Command {
    let binary =
        std::env::var_os("HTTPCODES_CLI").unwrap_or_else(|| env!("CARGO_BIN_EXE_httpcodes").into());
    match std::env::var_os("HTTPCODES_CLI_RUNNER") {
        Some(runner) => {
            let mut command = Command::new(runner);
            command.arg(binary);
            command
        }
        None => Command::new(binary),
    }
}

/// True, with the reason on stderr, when the command runs through `HTTPCODES_CLI_RUNNER`: for
/// the few tests whose subject is how this host hands bytes and pipes to a program, which wine
/// does its own way (argv becomes UTF-16; a closed pipe is wine's to report).
fn runs_through_a_runner(why: &str) -> bool {
    let runner = std::env::var_os("HTTPCODES_CLI_RUNNER");
    if let Some(runner) = &runner {
        eprintln!("skipped under {}: {why}", runner.to_string_lossy());
    }
    runner.is_some()
}

fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    httpcodes().args(args).output().expect("httpcodes runs")
}

/// Runs `args`, asserts the exit code and that nothing panicked, returns (stdout, stderr).
fn expect<I, S>(args: I, code: i32) -> (String, String)
where
    I: IntoIterator<Item = S> + Clone,
    S: AsRef<OsStr>,
{
    let shown: Vec<OsString> = args
        .clone()
        .into_iter()
        .map(|a| a.as_ref().to_owned())
        .collect();
    let output = run(args);
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert!(!stderr.contains("panicked"), "{shown:?} panicked: {stderr}");
    assert_eq!(
        output.status.code(),
        Some(code),
        "{shown:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    (stdout, stderr)
}

/// BYTES as an argument, unchanged: Unix hands a program argv as bytes.
#[cfg(unix)]
fn arg(bytes: &[u8]) -> OsString {
    OsString::from_vec(bytes.to_vec())
}

/// BYTES as an argument where argv is Unicode: bytes that are not UTF-8 arrive as U+FFFD, as a
/// shell there would pass them.
#[cfg(not(unix))]
fn arg(bytes: &[u8]) -> OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The keys of a status object, in order: the stable JSON shape.
fn assert_entry_shape(line: &str) {
    let keys: Vec<&str> = [
        "\"code\":",
        "\"phrase\":",
        "\"name\":",
        "\"class\":",
        "\"flags\":",
        "\"registered_phrase\":",
        "\"reference\":",
        "\"description\":",
    ]
    .into_iter()
    .filter(|key| line.contains(key))
    .collect();
    assert_eq!(keys.len(), 8, "{line}");
    let positions: Vec<usize> = keys.iter().map(|key| line.find(key).unwrap()).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "key order: {line}"
    );
}

// ---- the vectors, transcribed from the spec ------------------------------------------------

#[path = "../../core/tests/tsv/mod.rs"]
mod tsv;

/// The rows of one vector file, every field unescaped.
fn rows(file: &str) -> Vec<Vec<String>> {
    tsv::rows(&repo().join("tests/vectors"), file)
        .iter()
        .map(|row| row.iter().map(|field| tsv::unescape(field)).collect())
        .collect()
}

fn flags_of(field: &str) -> Vec<Value> {
    if field == "-" {
        Vec::new()
    } else {
        // The vectors name the flags as core does, and so does the command.
        field.split(',').map(|f| Value::from(f.trim())).collect()
    }
}

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
        assert_eq!(answer["registered_phrase"], registered.as_str(), "{code}");
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
            csv_row.ends_with(&format!(
                ",{},{},{}",
                quoted(registered),
                quoted(reference.unwrap_or_default()),
                quoted(description)
            )),
            "{csv_row}"
        );
        let (detail, _) = expect([code.as_str()], 0);
        assert!(
            detail.contains(&format!("registered phrase: {registered}\n")),
            "{detail}"
        );
        let shown = reference.unwrap_or("none: not in the IANA registry");
        assert!(
            detail.contains(&format!("reference:         {shown}\n")),
            "{detail}"
        );
        assert!(
            detail.contains(&format!("description:       {description}\n")),
            "{detail}"
        );
        assert!(
            markdown.contains(&format!("| {shown} | {description} |\n")),
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

// ---- every form ----------------------------------------------------------------------------

#[test]
fn every_query_form_answers() {
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
         switch to one named in the Upgrade header.\n"
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
             \"flags\":[],\"registered_phrase\":\"Not Found\",\"reference\":\"RFC 9110, Section 15.5.5\",\
             \"description\":\"The server has no current representation for the requested URI, or will not \
             say that it has one.\"}\n"
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

    let (class, _) = expect(["4xx"], 0);
    let mut lines = class.lines();
    assert_eq!(lines.next(), Some("4xx — Client Error"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("The request contains an error"));
    assert_eq!(lines.count(), 31);
    assert_eq!(expect(["5XX"], 0).0, expect(["server error"], 0).0);
    let classes = json(&expect(["--json", "3xx"], 0).0);
    assert_eq!(classes.as_array().unwrap().len(), 8);
    assert_eq!(
        json(&expect(["--json", "5xx"], 0).0)
            .as_array()
            .unwrap()
            .len(),
        11
    );

    let listed_count = rows("statuses.tsv").len();
    assert_eq!(listed_count, 64);
    let (list, _) = expect(["--list"], 0);
    assert_eq!(list.lines().count(), listed_count);
    assert!(list.starts_with("100  Continue "));
    let listed = json(&expect(["--list", "--json"], 0).0);
    assert_eq!(listed.as_array().unwrap().len(), listed_count);

    let (found, _) = expect(["--search", "teapot"], 0);
    assert_eq!(
        found.trim_end(),
        "418  I'm a Teapot                     IM_A_TEAPOT"
    );
    let found = json(&expect(["--json", "--search", "TOO LARGE"], 0).0);
    let codes: Vec<i64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_i64().unwrap())
        .collect();
    assert_eq!(codes, [413, 431]); // 413 by its aliases
    let (none, stderr) = expect(["--json", "--search", "coffee"], 1);
    assert_eq!(json(&none), Value::Array(Vec::new()));
    assert!(stderr.contains("\"coffee\""), "{stderr}");
}

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
                "registered_phrase":null,"reference":null,"description":null}"#
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

// Only Unix hands a program argv bytes that are not UTF-8.
#[cfg(unix)]
#[test]
fn non_utf8_argv_never_panics() {
    if runs_through_a_runner("a Windows program's argv is UTF-16, so these bytes never reach it") {
        return;
    }
    let bad = arg(b"Not Found\xff");
    let lone = arg(b"\xc3");
    let (_, stderr) = expect([bad.as_os_str()], 1);
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    for kind in ["phrase", "name", "code"] {
        expect([OsStr::new("--as"), OsStr::new(kind), lone.as_os_str()], 1);
    }
    assert_eq!(
        expect(
            [
                OsStr::new("--json"),
                OsStr::new("--search"),
                bad.as_os_str()
            ],
            1
        )
        .0,
        "[]\n"
    );
    // Where clap wants text (a flag, a value from a list), bad bytes are a usage error.
    let flag = arg(b"--\xff");
    expect([flag.as_os_str()], 2);
    expect([OsStr::new("--format"), lone.as_os_str()], 2);
    expect([OsStr::new("--as"), lone.as_os_str(), OsStr::new("404")], 2);
    expect([OsStr::new("completions"), lone.as_os_str()], 2);
}

#[test]
fn arbitrary_argv_never_panics() {
    // A deterministic soup of flags, values and bytes: every run exits 0, 1 or 2, never by a
    // panic or a signal.
    let atoms: Vec<Vec<u8>> = [
        &b"--json"[..],
        b"-j",
        b"--list",
        b"-l",
        b"--search",
        b"-s",
        b"--format",
        b"-f",
        b"markdown",
        b"html",
        b"--as",
        b"code",
        b"name",
        b"phrase",
        b"--",
        b"-",
        b"404",
        b"-1",
        b"4xx",
        b"Not Found",
        b"NOT_FOUND",
        b"",
        b" ",
        b"\xff\xfe",
        b"\xe2\x80",
        b"completions",
        b"bash",
        b"man",
        b"help",
        b"-jl",
        b"--as=code",
        b"--format=",
        b"99999999999999999999999",
        b"\x1b[31m",
        b"\n",
        b"=",
        b"-s=teapot",
    ]
    .iter()
    .map(|a| a.to_vec())
    .collect();
    let mut seed: u64 = 0x5EED_0F40_4800_0001;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let count = (next() % 5) as usize;
        let args: Vec<OsString> = (0..count)
            .map(|_| arg(&atoms[(next() % atoms.len() as u64) as usize]))
            .collect();
        let output = run(&args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            matches!(output.status.code(), Some(0..=2)),
            "{args:?}: {:?}",
            output.status
        );
    }
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    if runs_through_a_runner("the closed pipe is the runner's, not the program's") {
        return;
    }
    let mut child = httpcodes()
        .args(["--format", "html"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
    assert_eq!(output.status.code(), Some(0));

    // A closed stderr: the message is lost, the exit code is not (a panic would exit 101).
    let mut child = httpcodes()
        .args(["--", "nope", "-1", "nope again"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stderr.take());
    assert_eq!(child.wait().expect("wait").code(), Some(1));
}

// ---- reference pages -----------------------------------------------------------------------

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
        Some("code,phrase,name,class,flags,registered_phrase,reference,description")
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
    assert_eq!(csv.lines().count(), 65);
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
