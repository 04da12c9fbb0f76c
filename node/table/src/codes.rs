//! Per-code facts for every three-digit integer, so JavaScript can index them by code.
//!
//! Status codes have three digits (RFC 9110, section 15), so the integers 0–999 cover every code
//! core classes or lists; JavaScript answers "none" for any other number because an index past
//! these arrays (or a fractional, negative or non-finite one) reads `undefined`.

use httpcodes::{Class, Flag, Status};

/// How many integers the per-code arrays cover: 0 to 999.
pub const SPAN: u16 = 1000;

/// The JavaScript name of each of core's flags (`is_client_error` → `isClientError`), in the
/// order of their bits (`Flag::ALL`).
pub fn flag_names() -> Vec<String> {
    Flag::ALL
        .iter()
        .map(|flag| {
            let mut words = flag.name().split('_');
            let first = words.next().unwrap_or_default().to_owned();
            words.fold(first, |name, word| {
                let mut letters = word.chars();
                let initial = letters.next().map(|c| c.to_ascii_uppercase());
                name + &initial.into_iter().chain(letters).collect::<String>()
            })
        })
        .collect()
}

/// Core's flag bits (`httpcodes::doors::flag_bits`) of every code in `0..SPAN`.
pub fn flags_of_codes() -> Vec<u16> {
    (0..SPAN)
        .map(|code| httpcodes::doors::flag_bits(code.into()))
        .collect()
}

/// For every code in `0..SPAN`, its status's index in [`Status::all`] plus one, or 0.
pub fn statuses_of_codes() -> Vec<u8> {
    (0..SPAN)
        .map(|code| {
            Status::from_code(code.into())
                .and_then(|status| u8::try_from(httpcodes::doors::index(status) + 1).ok())
                .unwrap_or(0)
        })
        .collect()
}

/// For every code in `0..SPAN`, its class's digit (its position in [`Class::ALL`] plus one), or 0.
pub fn classes_of_codes() -> Vec<u8> {
    (0..SPAN)
        .map(|code| httpcodes::class_of(code.into()).map_or(0, Class::digit))
        .collect()
}

/// Every character core's excerpt rule escapes.
pub fn escaped_chars() -> impl Iterator<Item = char> {
    httpcodes::doors::ESCAPED
        .into_iter()
        .flat_map(|(first, last)| first..=last)
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
    fn flag_names_are_core_flags_in_camel_case() {
        assert_eq!(flag_names()[0], "isInformational");
        assert_eq!(flag_names()[3], "isClientError");
        assert_eq!(flag_names().len(), Flag::ALL.len());
    }

    #[test]
    fn facts_cover_the_span() {
        assert_eq!(flags_of_codes().len(), usize::from(SPAN));
        assert_eq!(classes_of_codes()[404], 4);
        assert_eq!(classes_of_codes()[99], 0);
        let statuses = statuses_of_codes();
        assert_eq!(statuses.len(), usize::from(SPAN));
        assert_eq!(statuses[100], 1);
        assert_eq!(statuses[104], 0);
        assert_eq!(
            statuses.iter().filter(|&&n| n != 0).count(),
            Status::all().len()
        );
    }
}
