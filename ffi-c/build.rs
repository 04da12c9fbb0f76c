//! Gives the shared library its ABI name, derived from the version by the rule cargo-c follows:
//! `0.MINOR` while the major version is 0 (every 0.x minor may break the ABI), `MAJOR` after.
//! Linux gets `libhttpcodes.so.0.MINOR`; macOS an install name `libhttpcodes.0.MINOR.dylib` under
//! `HTTPCODES_LIBDIR` (the Makefile's LIBDIR) or `@rpath`.

use std::env;

fn main() {
    let major = env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_default();
    let minor = env::var("CARGO_PKG_VERSION_MINOR").unwrap_or_default();
    let abi = if major == "0" {
        format!("0.{minor}")
    } else {
        major
    };
    println!("cargo:rerun-if-env-changed=HTTPCODES_LIBDIR");
    match env::var("CARGO_CFG_TARGET_OS").as_deref() {
        Ok("macos" | "ios") => {
            let libdir = env::var("HTTPCODES_LIBDIR").unwrap_or_else(|_| "@rpath".to_owned());
            let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
            println!(
                "cargo:rustc-cdylib-link-arg=-Wl,-install_name,{libdir}/libhttpcodes.{abi}.dylib"
            );
            println!("cargo:rustc-cdylib-link-arg=-Wl,-current_version,{version}");
            // Three parts, `0.MINOR.0`: zig's Mach-O linker refuses two.
            let parts = abi.split('.').count();
            let compatibility = format!("{abi}{}", ".0".repeat(3usize.saturating_sub(parts)));
            println!("cargo:rustc-cdylib-link-arg=-Wl,-compatibility_version,{compatibility}");
        }
        Ok("windows") => {}
        _ => println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libhttpcodes.so.{abi}"),
    }
}
