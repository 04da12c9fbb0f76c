//! The yes-or-no questions every door answers of any integer code.

use crate::by_code::listed_holds;
use crate::class::Class;

/// One yes-or-no question every door answers of any integer: six by range, four from the
/// spec's lists (see [`Flag::is_listed`]). Doors take the names and their order from
/// [`Flag::ALL`], so a flag is added here once.
///
/// ```
/// use httpcodes::Flag;
///
/// assert_eq!(Flag::ClientError.name(), "is_client_error");
/// assert!(Flag::ClientError.holds_for(499));
/// assert!(Flag::Retry.holds_for(503));
/// assert!(!Flag::Retry.holds_for(599));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u8)]
pub enum Flag {
    /// 100–199.
    Informational,
    /// 200–299.
    Success,
    /// 300–399.
    Redirection,
    /// 400–499.
    ClientError,
    /// 500–599.
    ServerError,
    /// 400–599.
    Error,
    /// A listed status that sends the client elsewhere.
    Redirect,
    /// A listed status that carries no body.
    EmptyBody,
    /// A listed status worth retrying later.
    Retry,
    /// A listed status that a cache may reuse with heuristic freshness (RFC 9110, Section 15.1).
    CacheableByDefault,
}

impl Flag {
    /// Every flag, in the contract's order: the six by range, then the four listed ones.
    pub const ALL: [Flag; 10] = [
        Flag::Informational,
        Flag::Success,
        Flag::Redirection,
        Flag::ClientError,
        Flag::ServerError,
        Flag::Error,
        Flag::Redirect,
        Flag::EmptyBody,
        Flag::Retry,
        Flag::CacheableByDefault,
    ];

    /// The contract's name, e.g. `"is_client_error"`; Node spells it `isClientError`.
    pub const fn name(self) -> &'static str {
        match self {
            Flag::Informational => "is_informational",
            Flag::Success => "is_success",
            Flag::Redirection => "is_redirection",
            Flag::ClientError => "is_client_error",
            Flag::ServerError => "is_server_error",
            Flag::Error => "is_error",
            Flag::Redirect => "is_redirect",
            Flag::EmptyBody => "is_empty_body",
            Flag::Retry => "is_retry",
            Flag::CacheableByDefault => "is_cacheable_by_default",
        }
    }

    /// What the flag asks of a code, in the words doors put in their docs, e.g. `"in 100–199"`
    /// or `"a listed status worth retrying later"` (doors add the list of codes from the table).
    pub const fn description(self) -> &'static str {
        match self {
            Flag::Informational => "in 100–199",
            Flag::Success => "in 200–299",
            Flag::Redirection => "in 300–399",
            Flag::ClientError => "in 400–499",
            Flag::ServerError => "in 500–599",
            Flag::Error => "in 400–599",
            Flag::Redirect => "a listed status that sends the client elsewhere",
            Flag::EmptyBody => "a listed status whose response carries no body",
            Flag::Retry => "a listed status worth retrying later",
            Flag::CacheableByDefault => {
                "a listed status a cache may reuse without explicit freshness"
            }
        }
    }

    /// Whether the flag is answered from a list of statuses in the table rather than by range:
    /// it holds for listed codes only.
    pub const fn is_listed(self) -> bool {
        matches!(
            self,
            Flag::Redirect | Flag::EmptyBody | Flag::Retry | Flag::CacheableByDefault
        )
    }

    /// The answer for any integer: false for everything outside what the flag covers.
    pub const fn holds_for(self, code: i64) -> bool {
        match self {
            Flag::Informational => Class::Informational.contains(code),
            Flag::Success => Class::Success.contains(code),
            Flag::Redirection => Class::Redirection.contains(code),
            Flag::ClientError => Class::ClientError.contains(code),
            Flag::ServerError => Class::ServerError.contains(code),
            Flag::Error => Class::ClientError.contains(code) || Class::ServerError.contains(code),
            Flag::Redirect | Flag::EmptyBody | Flag::Retry | Flag::CacheableByDefault => {
                listed_holds(self, code)
            }
        }
    }

    /// The flag's bit in [`crate::doors::flag_bits`]: its position in [`Flag::ALL`].
    pub(crate) const fn bit(self) -> u16 {
        1 << self as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::Status;

    #[test]
    fn each_range_flag_holds_exactly_in_the_range_its_description_names() {
        for flag in Flag::ALL.into_iter().filter(|flag| !flag.is_listed()) {
            let held: std::vec::Vec<i64> = (-1000..2000).filter(|&c| flag.holds_for(c)).collect();
            let range = std::format!("in {}–{}", held[0], held[held.len() - 1]);
            assert_eq!(flag.description(), range, "{flag:?}");
            assert_eq!(
                held.len() as i64,
                held[held.len() - 1] - held[0] + 1,
                "{flag:?}"
            );
        }
    }

    #[test]
    fn each_listed_flag_holds_for_listed_codes_only() {
        for flag in Flag::ALL.into_iter().filter(|flag| flag.is_listed()) {
            for code in -1000..2000 {
                if flag.holds_for(code) {
                    assert!(
                        Status::from_code(code).is_some_and(|s| s.has(flag)),
                        "{code}"
                    );
                }
            }
        }
    }
}
