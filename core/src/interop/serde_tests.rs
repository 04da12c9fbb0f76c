//! `cargo test -p httpcodes-core --features serde`

extern crate std;

use std::string::{String, ToString};
use std::vec::Vec;

use ::serde::{Deserialize, Serialize};

use crate::Status;

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Reply {
    status: Status,
    #[serde(with = "crate::serde::phrase")]
    reason: Status,
}

fn from_json(json: &str) -> Result<Status, String> {
    serde_json::from_str::<Status>(json).map_err(|e| e.to_string())
}

#[test]
fn every_status_round_trips_as_integer_and_as_phrase() {
    for &status in Status::all() {
        let reply = Reply {
            status,
            reason: status,
        };
        let json = serde_json::to_string(&reply).unwrap();
        let phrase = serde_json::to_string(status.phrase()).unwrap();
        assert_eq!(
            json,
            std::format!(r#"{{"status":{},"reason":{phrase}}}"#, status.code())
        );
        assert_eq!(serde_json::from_str::<Reply>(&json).unwrap(), reply);
        assert_eq!(from_json(&status.code().to_string()), Ok(status));
        assert_eq!(from_json(&phrase), Ok(status));
        let name = std::format!("\"{}\"", status.name());
        assert_eq!(from_json(&name), Ok(status));
    }
}

#[test]
fn text_is_read_as_from_str_reads_it() {
    let inputs = [
        "404",
        "NOT_FOUND",
        "not found",
        "  Not Found\t",
        "Payload Too Large",
        "404 Not Found",
        "0404",
        "+404",
        "4 04",
        "Not Fund",
        "",
        "not_found",
        "Not Fou\u{212A}n",
    ];
    for input in inputs {
        let json = serde_json::to_string(input).unwrap();
        let expected = input.parse::<Status>().map_err(|e| e.to_string());
        let got = from_json(&json);
        match (&expected, &got) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{input:?}"),
            (Err(a), Err(b)) => assert!(b.starts_with(a.as_str()), "{input:?}: {b} vs {a}"),
            _ => panic!("{input:?}: FromStr says {expected:?}, serde says {got:?}"),
        }
    }
}

#[test]
fn unknown_or_mistyped_values_are_errors() {
    for json in [
        "499",
        "-1",
        "65940",
        "18446744073709551615",
        "404.0",
        "null",
        "[]",
        "true",
    ] {
        assert!(from_json(json).is_err(), "{json}");
    }
    assert!(from_json("499")
        .unwrap_err()
        .starts_with("invalid value: integer `499`, expected a listed HTTP status code"));
    let long = "x".repeat(80);
    let error = from_json(&std::format!("\"{long}\"")).unwrap_err();
    assert!(error.contains(&"x".repeat(50)) && !error.contains(&"x".repeat(51)));
}

#[test]
fn a_bytes_input_is_read_as_text() {
    use ::serde::de::value::{BytesDeserializer, Error};
    let from = |bytes: &[u8]| Status::deserialize(BytesDeserializer::<Error>::new(bytes));
    assert_eq!(from(b"Not Found"), Ok(Status::NOT_FOUND));
    assert!(from(b"Not Found\xff").is_err());
}

#[test]
fn non_human_readable_formats_get_a_u16() {
    use ::serde::de::value::{Error, U16Deserializer};
    let status = Status::deserialize(U16Deserializer::<Error>::new(418));
    assert_eq!(status, Ok(Status::IM_A_TEAPOT));
    let bad: Vec<_> = [0u16, 104, 999]
        .into_iter()
        .filter(|&code| Status::deserialize(U16Deserializer::<Error>::new(code)).is_ok())
        .collect();
    assert!(bad.is_empty());
}
