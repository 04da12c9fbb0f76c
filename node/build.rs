//! Sets the platform link flags a Node addon needs (napi-rs' build helper), and compiles core's
//! reverse-lookup keys into the tables the addon hands to JavaScript (src/reverse.rs), written
//! to `$OUT_DIR/reverse_data.rs` as constants.

use std::fmt::Write as _;

#[path = "src/reverse.rs"]
mod reverse;

fn main() {
    napi_build::setup();
    println!("cargo:rerun-if-changed=src/reverse.rs");
    let keys = reverse::keys();
    let automaton = reverse::compile(&keys);
    let mut out = String::from("// Written by build.rs from core's keys; see src/reverse.rs.\n");
    let table = |out: &mut String, name: &str, kind: &str, values: &[u16]| {
        let list: Vec<String> = values.iter().map(u16::to_string).collect();
        let _ = writeln!(out, "pub const {name}: &[{kind}] = &[{}];", list.join(", "));
    };
    let widen = |bytes: &[u8]| bytes.iter().copied().map(u16::from).collect::<Vec<_>>();
    table(&mut out, "UNIT_CLASS", "u8", &widen(&automaton.unit_class));
    table(&mut out, "TRIMMED", "u8", &widen(&automaton.trimmed));
    table(&mut out, "BASE", "u16", &automaton.base);
    table(&mut out, "CHECK", "u16", &automaton.check);
    // The few states a key ends at, flattened as (state, code) pairs: most states end none.
    let ends: Vec<u16> = (0u16..)
        .zip(&automaton.code_at)
        .filter(|&(_, &code)| code != 0)
        .flat_map(|(state, &code)| [state, code])
        .collect();
    table(&mut out, "ENDS", "u16", &ends);
    // One string and a list of codes, not a list of strings: a pointer per string would cost
    // the addon a relocation each.
    let spellings = reverse::spellings(&keys);
    let texts: Vec<&str> = spellings
        .iter()
        .map(|(spelling, _)| spelling.as_str())
        .collect();
    let codes: Vec<u16> = spellings.iter().map(|&(_, code)| code).collect();
    let _ = writeln!(out, "pub const SPELLINGS: &str = {:?};", texts.join("\n"));
    table(&mut out, "SPELLING_CODES", "u16", &codes);
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("reverse_data.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}
