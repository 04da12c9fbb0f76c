//! Interop with other crates, each behind an optional feature; without them the crate has no
//! dependencies at all.

#[cfg(feature = "http")]
pub(crate) mod http;
#[cfg(feature = "serde")]
pub mod serde;

#[cfg(all(test, feature = "http"))]
mod http_tests;
#[cfg(all(test, feature = "serde"))]
mod serde_tests;

/// The examples of the Rust guide, `docs/rust.md`, run as doctests
/// (`cargo test -p httpcodes-core --features http,serde --doc`).
#[cfg(all(doctest, feature = "http", feature = "serde"))]
#[doc = include_str!("../../../docs/rust.md")]
pub struct RustGuide;
