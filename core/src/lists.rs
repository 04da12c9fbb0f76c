//! The spec's lists of statuses, one per listed flag (`Flag::is_listed`): each holds for the
//! statuses listed here and for no other integer. spec/codes.md says why each code is in its list.

use crate::flag::Flag;
use crate::table::Status;

/// Responses that send the client elsewhere.
pub(crate) const REDIRECT: &[Status] = &[
    Status::MULTIPLE_CHOICES,
    Status::MOVED_PERMANENTLY,
    Status::MOVED_TEMPORARILY,
    Status::SEE_OTHER,
    Status::USE_PROXY,
    Status::TEMPORARY_REDIRECT,
    Status::PERMANENT_REDIRECT,
];

/// Responses that carry no body.
pub(crate) const EMPTY_BODY: &[Status] = &[
    Status::NO_CONTENT,
    Status::RESET_CONTENT,
    Status::NOT_MODIFIED,
];

/// Responses worth retrying later: 425 once the TLS handshake is complete (RFC 8470).
pub(crate) const RETRY: &[Status] = &[
    Status::TOO_EARLY,
    Status::BAD_GATEWAY,
    Status::SERVICE_UNAVAILABLE,
    Status::GATEWAY_TIMEOUT,
];

/// Responses a cache may reuse with heuristic freshness: RFC 9110, Section 15.1's list, and 451
/// (RFC 7725, Section 3). Every other code is not heuristically cacheable.
pub(crate) const CACHEABLE_BY_DEFAULT: &[Status] = &[
    Status::OK,
    Status::NON_AUTHORITATIVE_INFORMATION,
    Status::NO_CONTENT,
    Status::PARTIAL_CONTENT,
    Status::MULTIPLE_CHOICES,
    Status::MOVED_PERMANENTLY,
    Status::PERMANENT_REDIRECT,
    Status::NOT_FOUND,
    Status::METHOD_NOT_ALLOWED,
    Status::GONE,
    Status::REQUEST_URI_TOO_LONG,
    Status::UNAVAILABLE_FOR_LEGAL_REASONS,
    Status::NOT_IMPLEMENTED,
];

/// Whether `flag`'s list holds `status`, by a scan: run at compile time only, to fill the table
/// the lookups read (`by_code.rs`).
pub(crate) const fn in_list(status: Status, flag: Flag) -> bool {
    let list = match flag {
        Flag::Redirect => REDIRECT,
        Flag::EmptyBody => EMPTY_BODY,
        Flag::Retry => RETRY,
        Flag::CacheableByDefault => CACHEABLE_BY_DEFAULT,
        _ => return false,
    };
    let mut i = 0;
    while i < list.len() {
        if list[i] as u16 == status as u16 {
            return true;
        }
        i += 1;
    }
    false
}
