//! `cargo test -p httpcodes-core --features http`

extern crate std;

use std::string::ToString;

use ::http::StatusCode;

use crate::{Class, Status, UnlistedStatusCode};

#[test]
fn every_listed_status_converts_both_ways() {
    for &status in Status::all() {
        let code = StatusCode::from(status);
        assert_eq!(code.as_u16(), status.code());
        assert_eq!(Status::try_from(code), Ok(status));
        assert_eq!(status, code);
        assert_eq!(code, status);
        assert_eq!(Class::from_http(code), Some(status.class()));
    }
}

#[test]
fn every_status_code_agrees_with_the_table() {
    for number in 100..=999u16 {
        let code = StatusCode::from_u16(number).unwrap();
        let converted = Status::try_from(code);
        assert_eq!(converted.ok(), Status::from_code(i64::from(number)));
        if let Err(error) = converted {
            assert_eq!(error.status_code(), code);
            assert_eq!(
                error.to_string(),
                std::format!("unknown HTTP status {number}: expected one of the 64 listed codes")
            );
        }
        assert_eq!(Class::from_http(code), Class::from_code(i64::from(number)));
    }
}

#[test]
fn unlisted_codes_are_errors_not_neighbours() {
    let teapot_ish = StatusCode::from_u16(499).unwrap();
    assert_eq!(
        Status::try_from(teapot_ish),
        Err(UnlistedStatusCode { code: teapot_ish })
    );
    assert_eq!(Class::from_http(teapot_ish), Some(Class::ClientError));
    assert_eq!(
        Status::try_from(StatusCode::EARLY_HINTS),
        Ok(Status::EARLY_HINTS)
    );
    assert!(Status::try_from(StatusCode::from_u16(104).unwrap()).is_err()); // not in the table
    assert_eq!(Class::from_http(StatusCode::from_u16(600).unwrap()), None);
    assert_ne!(Status::NOT_FOUND, StatusCode::OK);
}

#[test]
fn the_error_is_a_std_error() {
    fn is_error<E: core::error::Error + Send + Sync + 'static>(_: &E) {}
    is_error(&Status::try_from(StatusCode::from_u16(999).unwrap()).unwrap_err());
}
