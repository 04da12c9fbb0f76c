//! The five classes of status codes, by range.

use core::ffi::CStr;
use core::fmt;

use crate::status::Status;
use crate::table::class_facts;

/// The class of a status code: its first digit.
///
/// Every integer from 100 to 599 has a class, listed in the table or not.
///
/// ```
/// use httpcodes::Class;
///
/// assert_eq!(Class::from_code(499), Some(Class::ClientError));
/// assert_eq!(Class::ClientError.label(), "Client Error");
/// assert_eq!(Class::ClientError.range(), "4xx");
/// assert_eq!(Class::from_code(600), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u8)]
pub enum Class {
    /// `1xx`: the request was received and is being processed.
    Informational = 1,
    /// `2xx`: the request was received, understood and accepted.
    Success = 2,
    /// `3xx`: the client must act further.
    Redirection = 3,
    /// `4xx`: the request contains an error.
    ClientError = 4,
    /// `5xx`: the server failed to answer a valid request.
    ServerError = 5,
}

impl Class {
    /// The five classes in ascending order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of any integer from 100 to 599, or `None` outside that range.
    pub const fn from_code(code: i64) -> Option<Class> {
        if code < 100 {
            return None;
        }
        Class::from_digit(code / 100)
    }

    /// The class whose first digit is `digit` (1 to 5), or `None`.
    ///
    /// ```
    /// use httpcodes::Class;
    ///
    /// assert_eq!(Class::from_digit(4), Some(Class::ClientError));
    /// assert_eq!(Class::from_digit(0), None);
    /// ```
    pub const fn from_digit(digit: i64) -> Option<Class> {
        match digit {
            1 => Some(Class::Informational),
            2 => Some(Class::Success),
            3 => Some(Class::Redirection),
            4 => Some(Class::ClientError),
            5 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The first digit of the class's codes, 1 to 5: the value C and Python give a class.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The contract's `NAME` of the class, e.g. `"CLIENT_ERROR"`.
    pub const fn name(self) -> &'static str {
        class_facts(self).name
    }

    /// The spec's name for the class, e.g. `"Client Error"`.
    pub const fn label(self) -> &'static str {
        class_facts(self).label
    }

    /// The label as a NUL-terminated `CStr`, for C and other FFI callers.
    pub(crate) const fn label_c(self) -> &'static CStr {
        class_facts(self).label_c
    }

    /// The range the class covers, e.g. `"4xx"`.
    pub const fn range(self) -> &'static str {
        class_facts(self).range
    }

    /// The spec's one-line description of the class.
    ///
    /// ```
    /// use httpcodes::Class;
    ///
    /// assert_eq!(
    ///     Class::ServerError.description(),
    ///     "The server encountered an error while processing the request."
    /// );
    /// ```
    pub const fn description(self) -> &'static str {
        class_facts(self).description
    }

    /// The description as a NUL-terminated `CStr`, for C and other FFI callers.
    pub(crate) const fn description_c(self) -> &'static CStr {
        class_facts(self).description_c
    }

    /// Every listed status of the class, in ascending code order.
    ///
    /// ```
    /// use httpcodes::{Class, Status};
    ///
    /// assert_eq!(Class::Informational.statuses().count(), 4);
    /// assert_eq!(Class::ServerError.statuses().next(), Some(Status::INTERNAL_SERVER_ERROR));
    /// ```
    pub fn statuses(self) -> impl Iterator<Item = Status> {
        Status::all()
            .iter()
            .copied()
            .filter(move |status| status.class() == self)
    }

    /// Whether `code` lies in this class's range.
    pub const fn contains(self, code: i64) -> bool {
        matches!(Class::from_code(code), Some(class) if class as u8 == self as u8)
    }
}

/// Writes the label, e.g. `Client Error`.
impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
