/// Turns the rows of `table.rs` into the `Status` enum and the matches every lookup starts from.
///
/// A row is `CODE NAME "phrase"`, then `registered "phrase"` where the IANA registry words the code
/// otherwise, `reference "..."` where the registry lists the code, and the code's description.
/// The lookups by code read tables built from these matches at compile time (see `by_code.rs`),
/// so none of them can panic.
macro_rules! status_table {
    ($(
        $code:literal $name:ident $phrase:literal
        $(registered $registered:literal)?
        $(reference $reference:literal)?
        $description:literal;
    )+) => {
        /// An HTTP status listed in the table; no other code can exist as a `Status`.
        ///
        /// Each variant is named by the contract's derived `NAME` (the phrase upper-cased, `'`
        /// removed, every other run of non-alphanumerics made one `_`), and its discriminant is
        /// its code, so `Status::NOT_FOUND as u16 == 404`. The names other tables use for a code
        /// (`FOUND` for 302) are associated constants of the same status.
        ///
        /// ```
        /// use httpcodes::Status;
        ///
        /// let status = Status::NOT_FOUND;
        /// assert_eq!(status.code(), 404);
        /// assert_eq!(status.phrase(), "Not Found");
        /// assert_eq!(status.to_string(), "404 Not Found");
        /// assert_eq!("not found".parse(), Ok(Status::NOT_FOUND));
        /// assert_eq!(Status::FOUND, Status::MOVED_TEMPORARILY);
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[repr(u16)]
        #[allow(non_camel_case_types)]
        pub enum Status {
            $(
                #[doc = concat!("`", stringify!($code), " ", $phrase, "`: ", $description)]
                $name = $code,
            )+
        }

        impl Status {
            /// Every status, in the table's (ascending) order.
            pub(crate) const ALL: &'static [Status] = &[$(Status::$name),+];

            /// The table's reason phrase, e.g. `"Not Found"`.
            pub const fn phrase(self) -> &'static str {
                match self {
                    $(Status::$name => $phrase,)+
                }
            }

            /// The phrase as a NUL-terminated `CStr`, for C and other FFI callers; no allocation.
            pub(crate) const fn phrase_c(self) -> &'static CStr {
                match self {
                    $(Status::$name => const { nul_terminated(concat!($phrase, "\0")) },)+
                }
            }

            /// The contract's `NAME`, e.g. `"NOT_FOUND"`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Status::$name => stringify!($name),)+
                }
            }

            /// The `NAME` as a NUL-terminated `CStr`, for C and other FFI callers; no allocation.
            pub(crate) const fn name_c(self) -> &'static CStr {
                match self {
                    $(Status::$name => const { nul_terminated(concat!(stringify!($name), "\0")) },)+
                }
            }

            /// The registered phrase, NUL-terminated, or `None` for a code the registry does
            /// not list: a row without a reference.
            pub(crate) const fn registered_phrase_c(self) -> Option<&'static CStr> {
                if self.reference_c().is_none() {
                    return None;
                }
                Some(match self {
                    $(Status::$name => const {
                        nul_terminated(concat!(first!($($registered)? $phrase), "\0"))
                    },)+
                })
            }

            /// The registry's reference, NUL-terminated, or `None` for an unregistered code.
            pub(crate) const fn reference_c(self) -> Option<&'static CStr> {
                match self {
                    $(Status::$name => optional_c!($($reference)?),)+
                }
            }

            /// The description, NUL-terminated.
            pub(crate) const fn description_c(self) -> &'static CStr {
                match self {
                    $(Status::$name => const { nul_terminated(concat!($description, "\0")) },)+
                }
            }
        }
    };
}

/// The first of its literals: a row's own registered phrase when it has one, else its phrase.
macro_rules! first {
    ($text:literal $($rest:literal)*) => {
        $text
    };
}

/// An optional literal as an `Option` of a NUL-terminated `CStr`.
macro_rules! optional_c {
    () => {
        None
    };
    ($text:literal) => {
        Some(const { nul_terminated(concat!($text, "\0")) })
    };
}

/// Turns the alias rows of `table.rs` into `ALIASES` (every phrase reverse lookup accepts besides
/// the table's) and `ALIAS_NAMES` with one associated constant of `Status` each (the names other
/// tables give a code, each the `NAME` of an alias).
macro_rules! alias_table {
    ($($alias:literal $($alias_name:ident)? => $name:ident;)+) => {
        pub(crate) const ALIASES: &[(&str, Status)] = &[$(($alias, Status::$name)),+];

        pub(crate) const ALIAS_NAMES: &[(&str, Status)] =
            &[$($((stringify!($alias_name), Status::$name),)?)+];

        #[allow(non_upper_case_globals)]
        impl Status {
            $($(
                #[doc = concat!("Another name of [`Status::", stringify!($name), "`], the `NAME` of its alias `", $alias, "`.")]
                pub const $alias_name: Status = Status::$name;
            )?)+
        }
    };
}

/// Turns the class rows of `table.rs` into `class_facts`: each class's `NAME`, label, range and
/// description, the texts also NUL-terminated for C, from one literal each.
macro_rules! class_table {
    ($($class:ident $name:ident $label:literal $range:literal $description:literal;)+) => {
        /// What the spec says of one class, and the contract's `NAME` for it.
        pub(crate) struct ClassFacts {
            pub(crate) name: &'static str,
            pub(crate) label: &'static str,
            pub(crate) label_c: &'static CStr,
            pub(crate) range: &'static str,
            pub(crate) description: &'static str,
            pub(crate) description_c: &'static CStr,
        }

        pub(crate) const fn class_facts(class: Class) -> ClassFacts {
            match class {
                $(Class::$class => ClassFacts {
                    name: stringify!($name),
                    label: $label,
                    label_c: const { nul_terminated(concat!($label, "\0")) },
                    range: $range,
                    description: $description,
                    description_c: const { nul_terminated(concat!($description, "\0")) },
                },)+
            }
        }
    };
}

/// A string literal that ends in its only NUL as a `CStr`. Only ever evaluated in `const` blocks,
/// so a literal that broke the rule would fail the build, never a lookup.
pub(crate) const fn nul_terminated(text: &'static str) -> &'static core::ffi::CStr {
    match core::ffi::CStr::from_bytes_with_nul(text.as_bytes()) {
        Ok(text) => text,
        Err(_) => panic!("a table string contains a NUL"),
    }
}
