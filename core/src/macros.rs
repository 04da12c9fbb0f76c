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

            pub(crate) const fn phrase_of(self) -> &'static str {
                match self {
                    $(Status::$name => $phrase,)+
                }
            }

            pub(crate) const fn phrase_c_of(self) -> &'static CStr {
                match self {
                    $(Status::$name => const { nul_terminated(concat!($phrase, "\0")) },)+
                }
            }

            pub(crate) const fn name_of(self) -> &'static str {
                match self {
                    $(Status::$name => stringify!($name),)+
                }
            }

            pub(crate) const fn name_c_of(self) -> &'static CStr {
                match self {
                    $(Status::$name => const { nul_terminated(concat!(stringify!($name), "\0")) },)+
                }
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
