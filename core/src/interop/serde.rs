//! The `serde` feature: [`Status`] serializes as its integer code, and [`phrase`] is a `with`
//! module for the phrase form. Both stay `no_std` and allocate nothing.
//!
//! Deserializing takes an integer that is a listed code, or any text that [`Status`]'s `FromStr`
//! accepts (a code, a `NAME`, a phrase or alias, or the text form), failing with its
//! [`ParseStatusError`](crate::ParseStatusError) message.
//!
//! ```
//! use httpcodes::Status;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Serialize, Deserialize, Debug, PartialEq)]
//! struct Reply {
//!     status: Status,
//!     #[serde(with = "httpcodes::serde::phrase")]
//!     reason: Status,
//! }
//!
//! let reply = Reply { status: Status::NOT_FOUND, reason: Status::IM_A_TEAPOT };
//! let json = serde_json::to_string(&reply)?;
//! assert_eq!(json, r#"{"status":404,"reason":"I'm a Teapot"}"#);
//! assert_eq!(serde_json::from_str::<Reply>(&json)?, reply);
//!
//! // Text is read as `FromStr` reads it, with its error.
//! let loose: Reply = serde_json::from_str(r#"{"status":"NOT_FOUND","reason":" i'm a teapot "}"#)?;
//! assert_eq!(loose, reply);
//! let error = serde_json::from_str::<Status>(r#""Not Fund""#).unwrap_err();
//! assert!(error.to_string().starts_with(r#"unknown HTTP status "Not Fund""#));
//! # Ok::<(), serde_json::Error>(())
//! ```

use core::fmt;

use ::serde::de::{self, Deserializer, Unexpected, Visitor};
use ::serde::{Deserialize, Serialize, Serializer};

use crate::Status;

/// Writes the integer code, e.g. `404`.
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Reads a listed integer code, or text as `FromStr` reads it. Formats that are not
/// self-describing (not human-readable, such as bincode or postcard) are asked for a `u16`.
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            deserializer.deserialize_u16(StatusVisitor)
        }
    }
}

/// Serializes a [`Status`] as its reason phrase (`"Not Found"`); deserializes what [`Status`]'s
/// own `Deserialize` accepts. Use it as `#[serde(with = "httpcodes::serde::phrase")]`.
pub mod phrase {
    use ::serde::{Deserializer, Serializer};

    use super::StatusVisitor;
    use crate::Status;

    /// Writes the spec's reason phrase, e.g. `"Not Found"`.
    pub fn serialize<S: Serializer>(status: &Status, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(status.phrase())
    }

    /// Reads a phrase, alias, `NAME`, code or text form (as `FromStr` does), or an integer code.
    /// Formats that are not self-describing are asked for a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            deserializer.deserialize_str(StatusVisitor)
        }
    }
}

struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status: a listed code, a NAME or a reason phrase")
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<Status, E> {
        i64::try_from(code)
            .ok()
            .and_then(Status::from_code)
            .ok_or_else(|| {
                E::invalid_value(Unexpected::Unsigned(code), &"a listed HTTP status code")
            })
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<Status, E> {
        Status::from_code(code)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(code), &"a listed HTTP status code"))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Status, E> {
        text.parse().map_err(E::custom)
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Status, E> {
        match core::str::from_utf8(bytes) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(bytes), &self)),
        }
    }
}
