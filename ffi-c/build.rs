//! Gives the shared library its soname, so an incompatible ABI can one day become
//! `libhttpcodes.so.1` while programs linked against `.so.0` keep working.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libhttpcodes.so.0");
    }
}
