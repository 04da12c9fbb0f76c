//! The C header, `include/httpcodes.h`: what the pinned cbindgen makes of `ffi-c/src` (as
//! `ffi-c/cbindgen.toml` configures it), with the version macros written from Cargo.toml's
//! version, the one place it is typed.

use crate::Output;

pub fn outputs() -> Vec<Output> {
    let crate_dir = crate::repository().join("ffi-c");
    let mut config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .expect("ffi-c/cbindgen.toml is readable");
    // The version macros go before cbindgen.toml's own lines.
    let after_includes = config.after_includes.take().unwrap_or_default();
    config.after_includes = Some(format!(
        "\n#define HTTPCODES_VERSION_MAJOR {}\n#define HTTPCODES_VERSION_MINOR {}\n\
         #define HTTPCODES_VERSION_PATCH {}\n#define HTTPCODES_VERSION \"{}\"\n{after_includes}",
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH"),
        env!("CARGO_PKG_VERSION"),
    ));
    let bindings = cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen parses ffi-c");
    let mut header = Vec::new();
    bindings.write(&mut header);
    vec![Output {
        path: "include/httpcodes.h",
        text: String::from_utf8(header).expect("the header is UTF-8"),
    }]
}
