//! Rust rows of `make bench`: httpcodes against the `http` crate, a linear scan and GNU gperf.
//!
//! gperf's lookup over core's keys is built at bench time (bench/gperf/build.sh) as a shared
//! library, which this bench opens when `HTTPCODES_GPERF` names it; without it, that row is
//! left out.
//!
//! Prints `BENCH\t<row>\t<ours ns>\t<peer ns>\t<goal>` lines that `bench/report.py` turns into
//! the table. Each figure is the best of several repeats over a mix of inputs, so neither the
//! branch predictor nor the optimizer sees one constant.

use std::ffi::{c_char, c_int, c_void, CString};
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

/// gperf's entry for a key (bench/gperf/build.sh declares it so).
#[repr(C)]
struct GperfKey {
    name: *const c_char,
    code: c_int,
}

type GperfLookup = unsafe extern "C" fn(*const c_char, usize) -> *const GperfKey;

extern "C" {
    fn dlopen(filename: *const c_char, flags: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

/// gperf's lookup from the library `HTTPCODES_GPERF` names, if it names one that loads.
fn gperf() -> Option<GperfLookup> {
    let path = CString::new(std::env::var("HTTPCODES_GPERF").ok()?).ok()?;
    const RTLD_NOW: c_int = 2;
    // SAFETY: a NUL-terminated path and symbol name; the symbol, when found, is the function
    // bench/gperf/build.sh compiled with this very signature.
    unsafe {
        let library = dlopen(path.as_ptr(), RTLD_NOW);
        if library.is_null() {
            return None;
        }
        let symbol = dlsym(library, c"gperf_lookup".as_ptr());
        (!symbol.is_null()).then(|| std::mem::transmute::<*mut c_void, GperfLookup>(symbol))
    }
}

/// Every key in mixed case, each letter's case alternating, 64 of them (cycled).
fn mixed_case_keys() -> Vec<String> {
    let phrases = Status::all().iter().map(|s| s.phrase());
    let keys: Vec<&str> = phrases
        .chain(httpcodes::aliases().iter().map(|&(alias, _)| alias))
        .collect();
    (0..64)
        .map(|i| {
            let key = keys[i % keys.len()];
            let flip = |(n, c): (usize, char)| {
                if (n + i) % 2 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            };
            key.chars().enumerate().map(flip).collect()
        })
        .collect()
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

    // The lookups of what HTTP says of each code cost what a phrase does: one table load each.
    let phrase = |i: usize| httpcodes::reason_phrase(CODES[i & 7].into()).map_or(0, str::len);
    let (ours, peer) = best_pair(
        |i| httpcodes::header_fields(CODES[i & 7].into()).map_or(0, <[_]>::len),
        phrase,
    );
    row("Rust header_fields vs reason_phrase", ours, peer, "<=1.2");
    let (ours, peer) = best_pair(
        |i| usize::from(httpcodes::is_cacheable_by_default(CODES[i & 7].into())),
        phrase,
    );
    row(
        "Rust is_cacheable_by_default vs reason_phrase",
        ours,
        peer,
        "<=1.2",
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

    let Some(lookup) = gperf() else {
        eprintln!("HTTPCODES_GPERF names no gperf library: the gperf row is left out");
        return;
    };
    let texts = mixed_case_keys();
    let gperf_code = |text: &str| {
        // SAFETY: `text` is `len` readable bytes; gperf returns NULL or a static entry.
        let key = unsafe { lookup(text.as_ptr().cast(), text.len()).as_ref() };
        key.map_or(0, |key| key.code as usize)
    };
    for text in &texts {
        assert_eq!(
            httpcodes::code_of(text).map(usize::from),
            Some(gperf_code(text))
        );
    }
    let (ours, peer) = best_pair(
        |i| httpcodes::code_of(&texts[i & 63]).map_or(0, usize::from),
        |i| gperf_code(&texts[i & 63]),
    );
    row(
        "Rust code_of vs gperf, hits (every key, mixed case)",
        ours,
        peer,
        "<=1.5",
    );
}
