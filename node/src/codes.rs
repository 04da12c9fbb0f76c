//! Per-code facts for every three-digit integer, so JavaScript can index them by code.
//!
//! Status codes have three digits (RFC 9110, section 15), so the integers 0–999 cover every code
//! core classes or lists; JavaScript answers "none" for any other number because an index past
//! these arrays (or a fractional, negative or non-finite one) reads `undefined`.

use httpcodes::{Class, Status};

/// How many integers the per-code arrays cover: 0 to 999.
pub const SPAN: u16 = 1000;

/// A question core answers about any code.
pub type Predicate = fn(i64) -> bool;

/// Core's predicates, each under the name of the JavaScript function that asks it; bit `i` of a
/// code's predicate bits is `PREDICATES[i]` of that code.
pub const PREDICATES: [(&str, Predicate); 9] = [
    ("isInformational", httpcodes::is_informational),
    ("isSuccess", httpcodes::is_success),
    ("isRedirection", httpcodes::is_redirection),
    ("isClientError", httpcodes::is_client_error),
    ("isServerError", httpcodes::is_server_error),
    ("isError", httpcodes::is_error),
    ("isRedirect", httpcodes::is_redirect),
    ("isEmptyBody", httpcodes::is_empty_body),
    ("isRetry", httpcodes::is_retry),
];

/// The predicate bits of every code in `0..SPAN`.
pub fn predicates_of_codes() -> Vec<u16> {
    (0..SPAN)
        .map(|code| {
            PREDICATES
                .iter()
                .enumerate()
                .filter(|(_, (_, holds))| holds(i64::from(code)))
                .fold(0, |bits, (bit, _)| bits | 1 << bit)
        })
        .collect()
}

/// The position in [`Status::all`] plus one of the status listed for every code in `0..SPAN`,
/// or 0.
pub fn statuses_of_codes() -> Vec<u8> {
    (0..SPAN)
        .map(|code| {
            Status::all()
                .iter()
                .position(|status| status.code() == code)
                .map_or(0, number)
        })
        .collect()
}

/// The position in [`Class::ALL`] plus one of the class of every code in `0..SPAN`, or 0.
pub fn classes_of_codes() -> Vec<u8> {
    (0..SPAN)
        .map(|code| httpcodes::class_of(i64::from(code)).map_or(0, class_number))
        .collect()
}

/// The position of `class` in [`Class::ALL`], plus one so that 0 can mean "no class".
pub fn class_number(class: Class) -> u8 {
    Class::ALL
        .iter()
        .position(|&c| c == class)
        .map_or(0, number)
}

/// A position in a list plus one, so that 0 can mean "none" (the lists are far shorter than 255).
fn number(position: usize) -> u8 {
    u8::try_from(position + 1).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_code_beyond_the_span_has_a_class_or_a_status() {
        let beyond = (i64::from(SPAN)..100_000).chain([i64::MAX, -1, i64::MIN]);
        for code in beyond {
            assert_eq!(httpcodes::class_of(code), None, "{code}");
            assert_eq!(httpcodes::reason_phrase(code), None, "{code}");
        }
    }

    #[test]
    fn every_listed_status_is_in_the_span() {
        assert!(httpcodes::Status::all()
            .iter()
            .all(|status| status.code() < SPAN));
    }

    #[test]
    fn facts_cover_the_span() {
        assert_eq!(predicates_of_codes().len(), usize::from(SPAN));
        assert_eq!(classes_of_codes()[404], 4);
        assert_eq!(classes_of_codes()[99], 0);
        let statuses = statuses_of_codes();
        assert_eq!(statuses.len(), usize::from(SPAN));
        assert_eq!(statuses[100], 1);
        assert_eq!(statuses[103], 0);
        assert_eq!(
            statuses.iter().filter(|&&n| n != 0).count(),
            Status::all().len()
        );
    }
}
