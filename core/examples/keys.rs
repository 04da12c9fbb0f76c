//! Prints every key reverse lookup accepts — each phrase, then each alias — with its code, one
//! `KEY<TAB>CODE` line each: the key list `make bench` hands to gperf (bench/gperf/build.sh).
//!
//! Usage: `cargo run -p httpcodes-core --example keys`

use httpcodes::Status;

fn main() {
    let phrases = Status::all()
        .iter()
        .map(|&status| (status.phrase(), status));
    for (key, status) in phrases.chain(httpcodes::aliases().iter().copied()) {
        println!("{key}\t{}", status.code());
    }
}
