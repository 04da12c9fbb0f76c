//! The five classes of status codes, by range.

use core::fmt;

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
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Success),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The spec's name for the class, e.g. `"Client Error"`.
    pub const fn label(self) -> &'static str {
        class_facts(self).label
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
