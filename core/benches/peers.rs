//! Rust rows of `make bench`: httpcodes against the `http` crate and a linear scan.
//!
//! Prints `BENCH\t<row>\t<ours ns>\t<peer ns>\t<goal>` lines that `bench/report.py` turns into
//! the table. Each figure is the best of several repeats over a mix of inputs, so neither the
//! branch predictor nor the optimizer sees one constant.

use std::hint::black_box;
use std::time::Instant;

use httpcodes::Status;

const CODES: [u16; 8] = [200, 404, 301, 500, 418, 999, 302, 503];
const PHRASES: [&str; 8] = [
    "not found",
    "OK",
    "Internal Server Error",
    "moved temporarily",
    "I'm a Teapot",
    "Gateway Timeout",
    "bad request",
    "Service Unavailable",
];
const CALLS: usize = 4_000_000;
const REPEATS: usize = 7;

/// Nanoseconds per call of `call(i)` over `CALLS` calls.
fn ns_per_call(call: &mut impl FnMut(usize) -> usize) -> f64 {
    let start = Instant::now();
    let mut sink = 0usize;
    for i in 0..CALLS {
        sink = sink.wrapping_add(call(black_box(i)));
    }
    black_box(sink);
    start.elapsed().as_secs_f64() * 1e9 / CALLS as f64
}

/// Best of `REPEATS` for ours and for the peer, taken in turns so both see the same machine.
fn best_pair(
    mut ours: impl FnMut(usize) -> usize,
    mut peer: impl FnMut(usize) -> usize,
) -> (f64, f64) {
    (0..REPEATS).fold((f64::INFINITY, f64::INFINITY), |(a, b), _| {
        (a.min(ns_per_call(&mut ours)), b.min(ns_per_call(&mut peer)))
    })
}

/// The obvious reverse lookup: compare against every phrase.
fn linear_scan(text: &str) -> Option<u16> {
    let text = text.trim_ascii();
    Status::all()
        .iter()
        .find(|s| s.phrase().eq_ignore_ascii_case(text))
        .map(|s| s.code())
}

fn row(name: &str, ours: f64, peer: f64, goal: &str) {
    println!("BENCH\t{name}\t{ours:.2}\t{peer:.2}\t{goal}");
}

fn main() {
    let (ours, peer) = best_pair(
        |i| httpcodes::reason_phrase(CODES[i & 7].into()).map_or(0, str::len),
        |i| {
            http::StatusCode::from_u16(CODES[i & 7])
                .ok()
                .and_then(|s| s.canonical_reason())
                .map_or(0, str::len)
        },
    );
    row(
        "Rust reason_phrase vs http::StatusCode canonical_reason",
        ours,
        peer,
        "<=1.0",
    );

    let (ours, peer) = best_pair(
        |i| httpcodes::code_of(PHRASES[i & 7]).map_or(0, usize::from),
        |i| linear_scan(PHRASES[i & 7]).map_or(0, usize::from),
    );
    row(
        "Rust code_of vs linear eq_ignore_ascii_case scan",
        ours,
        peer,
        ">=5",
    );
}
