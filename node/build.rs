//! Sets the platform link flags a Node addon needs (napi-rs' build helper, and a fixed install
//! name on macOS), and writes the spellings of core's reverse-lookup keys (node/table) to
//! `$OUT_DIR/spellings.rs` as constants: the addon then carries no sort, and no load pays for one.

use std::fmt::Write as _;

use httpcodes_node_table::reverse;

fn main() {
    napi_build::setup();
    // Node loads the addon by its path, never by install name; the linker's default install name
    // is the output's absolute path, which would put this checkout's path into a release.
    if std::env::var("CARGO_CFG_TARGET_VENDOR").as_deref() == Ok("apple") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-install_name,@rpath/httpcodes.node");
    }
    let spellings = reverse::spellings(&reverse::keys());
    let mut out =
        String::from("// Written by build.rs from core's keys; see node/table/src/reverse.rs.\n");
    // One string and a list of codes, not a list of strings: a pointer per string would cost
    // the addon a relocation each.
    let texts: Vec<&str> = spellings.iter().map(|(text, _)| text.as_str()).collect();
    let codes: Vec<String> = spellings.iter().map(|(_, code)| code.to_string()).collect();
    let _ = writeln!(out, "pub const SPELLINGS: &str = {:?};", texts.join("\n"));
    let _ = writeln!(
        out,
        "pub const SPELLING_CODES: &[u16] = &[{}];",
        codes.join(", ")
    );
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("spellings.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}
