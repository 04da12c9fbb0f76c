//! `include/httpcodes.h` must be exactly what the pinned cbindgen makes of `ffi-c/src`.
//!
//! The version macros are written from Cargo.toml's version.
//!
//! `make generate` rewrites it (it runs this test with `HTTPCODES_BLESS=1`).

use std::path::Path;

#[test]
fn header_matches_the_sources() {
    // cbindgen asks `cargo metadata`, which a Windows build of this test run by wine on Linux
    // cannot start (tests/dist/windows.sh says so); the header is checked natively everywhere.
    if std::env::var_os("HTTPCODES_NO_HOST_CARGO").is_some() {
        eprintln!("skipped: no cargo this test can start, so cbindgen cannot read the crate");
        return;
    }
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).unwrap();
    // The version macros come from Cargo.toml, the one place the version is typed; they go
    // before cbindgen.toml's own lines.
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
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen parses ffi-c");
    let mut generated = Vec::new();
    bindings.write(&mut generated);

    let header = crate_dir.join("../include/httpcodes.h");
    if std::env::var_os("HTTPCODES_BLESS").is_some() {
        std::fs::write(&header, &generated).unwrap();
    }
    let committed = std::fs::read(&header).unwrap_or_default();
    assert!(
        committed == generated,
        "include/httpcodes.h is stale: run `make generate` and commit it"
    );
}
