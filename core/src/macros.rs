/// Turns the rows of `table.rs` into the `Status` enum and the matches every lookup starts from.
///
/// A `match` on a dense enum compiles to a jump-free table load, so the forward lookups cost a
/// range check and one indexed read, and none of them can panic.
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

            pub(crate) const fn name_of(self) -> &'static str {
                match self {
                    $(Status::$name => stringify!($name),)+
                }
            }

            pub(crate) const fn from_listed_code(code: i64) -> Option<Status> {
                match code {
                    $($code => Some(Status::$name),)+
                    _ => None,
                }
            }
        }
    };
}
