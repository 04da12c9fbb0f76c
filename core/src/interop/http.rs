//! The `http` feature: conversions between [`Status`] and [`http::StatusCode`].
//!
//! ```
//! use httpcodes::{Class, Status};
//!
//! let code: http::StatusCode = Status::NOT_FOUND.into();
//! assert_eq!(code, http::StatusCode::NOT_FOUND);
//! assert_eq!(Status::try_from(http::StatusCode::IM_A_TEAPOT), Ok(Status::IM_A_TEAPOT));
//! assert!(Status::try_from(http::StatusCode::from_u16(499)?).is_err()); // not listed
//! assert_eq!(Class::from_http(http::StatusCode::from_u16(499)?), Some(Class::ClientError));
//! assert_eq!(Status::OK, http::StatusCode::OK);
//! # Ok::<(), http::status::InvalidStatusCode>(())
//! ```

use core::fmt;

use ::http::StatusCode;

use crate::{Class, Status};

/// Every listed status is an `http::StatusCode` (they are all in 100–999).
impl From<Status> for StatusCode {
    fn from(status: Status) -> StatusCode {
        // `from_u16` fails only outside 100–999, where no listed code is; the fallback is never
        // taken (a test converts all 64) and keeps this conversion free of any panic path.
        StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// The listed status of an `http::StatusCode`; [`UnlistedStatusCode`] for the codes the table does
/// not list (e.g. 104 or 499).
impl TryFrom<StatusCode> for Status {
    type Error = UnlistedStatusCode;

    fn try_from(code: StatusCode) -> Result<Status, UnlistedStatusCode> {
        Status::from_code(i64::from(code.as_u16())).ok_or(UnlistedStatusCode { code })
    }
}

impl PartialEq<StatusCode> for Status {
    fn eq(&self, other: &StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

impl PartialEq<Status> for StatusCode {
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.code()
    }
}

impl Class {
    /// The class of an `http::StatusCode`, listed or not; `None` for 600–999, which
    /// `http::StatusCode` accepts but no class covers.
    ///
    /// ```
    /// use httpcodes::Class;
    ///
    /// assert_eq!(Class::from_http(http::StatusCode::BAD_GATEWAY), Some(Class::ServerError));
    /// assert_eq!(Class::from_http(http::StatusCode::from_u16(999)?), None);
    /// # Ok::<(), http::status::InvalidStatusCode>(())
    /// ```
    pub fn from_http(code: StatusCode) -> Option<Class> {
        Class::from_code(i64::from(code.as_u16()))
    }
}

/// The error of converting an `http::StatusCode` that the table does not list into a [`Status`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnlistedStatusCode {
    pub(crate) code: StatusCode,
}

impl UnlistedStatusCode {
    /// The code that is not listed.
    pub fn status_code(&self) -> StatusCode {
        self.code
    }
}

impl fmt::Display for UnlistedStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown HTTP status {}: expected one of the {} listed codes",
            self.code.as_u16(),
            Status::ALL.len()
        )
    }
}

impl core::error::Error for UnlistedStatusCode {}
