//! What every test of the command shares: running it, and reading the vectors.

use std::ffi::{OsStr, OsString};
#[cfg(unix)]
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The command under test: the one cargo built, or a released binary named by `HTTPCODES_CLI`,
/// run through `HTTPCODES_CLI_RUNNER` when set (`make test-dist` runs `httpcodes.exe` with wine).
pub(crate) fn httpcodes() -> Command {
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
pub(crate) fn runs_through_a_runner(why: &str) -> bool {
    let runner = std::env::var_os("HTTPCODES_CLI_RUNNER");
    if let Some(runner) = &runner {
        eprintln!("skipped under {}: {why}", runner.to_string_lossy());
    }
    runner.is_some()
}

pub(crate) fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    httpcodes().args(args).output().expect("httpcodes runs")
}

/// Runs `args`, asserts the exit code and that nothing panicked, returns (stdout, stderr).
pub(crate) fn expect<I, S>(args: I, code: i32) -> (String, String)
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
pub(crate) fn arg(bytes: &[u8]) -> OsString {
    OsString::from_vec(bytes.to_vec())
}

/// BYTES as an argument where argv is Unicode: bytes that are not UTF-8 arrive as U+FFFD, as a
/// shell there would pass them.
#[cfg(not(unix))]
pub(crate) fn arg(bytes: &[u8]) -> OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

pub(crate) fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The keys of a status object, in order: the stable JSON shape.
pub(crate) fn assert_entry_shape(line: &str) {
    let keys: Vec<&str> = [
        "\"code\":",
        "\"phrase\":",
        "\"name\":",
        "\"class\":",
        "\"flags\":",
        "\"registered_phrase\":",
        "\"reference\":",
        "\"description\":",
        "\"header_fields\":",
    ]
    .into_iter()
    .filter(|key| line.contains(key))
    .collect();
    assert_eq!(keys.len(), 9, "{line}");
    let positions: Vec<usize> = keys.iter().map(|key| line.find(key).unwrap()).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "key order: {line}"
    );
}

// ---- the vectors, transcribed from the spec ------------------------------------------------

use crate::tsv;

/// The rows of one vector file, every field unescaped.
pub(crate) fn rows(file: &str) -> Vec<Vec<String>> {
    tsv::rows(&repo().join("tests/vectors"), file)
        .iter()
        .map(|row| row.iter().map(|field| tsv::unescape(field)).collect())
        .collect()
}

pub(crate) fn flags_of(field: &str) -> Vec<Value> {
    if field == "-" {
        Vec::new()
    } else {
        // The vectors name the flags as core does, and so does the command.
        field.split(',').map(|f| Value::from(f.trim())).collect()
    }
}
