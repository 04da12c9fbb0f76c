//! Bad argv and closed pipes: never a panic.

#[cfg(unix)]
use std::ffi::OsStr;
use std::ffi::OsString;
use std::process::Stdio;

use crate::util::*;

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
