/// Turns the rows of `table.rs` into the `Status` enum and the matches every lookup starts from.
///
/// The lookups by code read tables built from these matches at compile time (see `status.rs`),
/// so none of them can panic.
macro_rules! status_table {
    ($($code:literal $name:ident $phrase:literal;)+) => {
        /// An HTTP status listed in the spec; no other code can exist as a `Status`.
        ///
        /// Each variant is named by the contract's derived `NAME` (the phrase upper-cased, `'`
        /// removed, every other run of non-alphanumerics made one `_`), and its discriminant is
        /// its code, so `Status::NOT_FOUND as u16 == 404`.
        ///
        /// ```
        /// use httpcodes::Status;
        ///
        /// let status = Status::NOT_FOUND;
        /// assert_eq!(status.code(), 404);
        /// assert_eq!(status.phrase(), "Not Found");
        /// assert_eq!(status.to_string(), "404 Not Found");
        /// assert_eq!("not found".parse(), Ok(Status::NOT_FOUND));
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[repr(u16)]
        #[allow(non_camel_case_types)]
        pub enum Status {
            $(
                #[doc = concat!("`", stringify!($code), " ", $phrase, "`")]
                $name = $code,
            )+
        }

        impl Status {
            /// Every status, in the table's (ascending) order.
            pub(crate) const ALL: &'static [Status] = &[$(Status::$name),+];

            /// The spec's reason phrase, e.g. `"Not Found"`.
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
