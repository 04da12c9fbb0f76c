//! Lookups by code. Codes arrive as `int32_t`, widened to core's `i64`, so no value wraps.

use core::ffi::{c_char, CStr};

use httpcodes::Status;

use crate::boundary::guard;
use crate::class::httpcodes_class;
use crate::error::httpcodes_error;

/// The spec's reason phrase of `code`, e.g. `"Not Found"` for 404, or `NULL` if `code` is not a
/// listed code (65940, -1 and `INT32_MIN` are unknown, never 404 or 65535).
///
/// The string is static and NUL-terminated: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_reason_phrase(code: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        httpcodes::doors::reason_phrase_c(code.into()).map_or(core::ptr::null(), CStr::as_ptr)
    })
}

/// The `NAME` of `code`, e.g. `"NOT_FOUND"` for 404, or `NULL` if `code` is not a listed code.
///
/// The string is static and NUL-terminated: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_name_of(code: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        Status::from_code(code.into())
            .map_or(core::ptr::null(), |s| httpcodes::doors::name_c(s).as_ptr())
    })
}

/// The phrase the IANA registry gives `code`, e.g. `"Found"` for 302 where the table says
/// `"Moved Temporarily"`: for servers that want RFC 9110's wording on the wire. It is the table's
/// phrase where the two agree and where the registry's entry names none (418). `NULL` if `code`
/// is not a listed code, and for 419 and 420, which the registry does not list.
///
/// The string is static and NUL-terminated: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_registered_phrase(code: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        Status::from_code(code.into())
            .and_then(httpcodes::doors::registered_phrase_c)
            .map_or(core::ptr::null(), CStr::as_ptr)
    })
}

/// Where the IANA registry defines `code`, as the registry gives it, e.g.
/// `"RFC 9110, Section 15.5.5"` for 404 or `"RFC 8297"` for 103. `NULL` if `code` is not a listed
/// code, and for 419 and 420, which the registry does not list.
///
/// The string is static and NUL-terminated: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_reference_of(code: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        Status::from_code(code.into())
            .and_then(httpcodes::doors::reference_c)
            .map_or(core::ptr::null(), CStr::as_ptr)
    })
}

/// One sentence on what `code` means, or `NULL` if `code` is not a listed code.
///
/// The string is static and NUL-terminated: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_description_of(code: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        Status::from_code(code.into()).map_or(core::ptr::null(), |s| {
            httpcodes::doors::status_description_c(s).as_ptr()
        })
    })
}

/// The class of any `code`, listed or not: e.g. `HTTPCODES_CLASS_CLIENT_ERROR` for 499, and
/// `HTTPCODES_CLASS_NONE` outside 100–599. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_class_of(code: i32) -> httpcodes_class {
    guard(httpcodes_class::None, || {
        httpcodes::class_of(code.into()).into()
    })
}

/// How many statuses are listed. With `httpcodes_code_at` it iterates the table. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_count() -> usize {
    httpcodes::COUNT
}

/// The code at `index` in ascending order (0 is 100), or `HTTPCODES_ERROR_NOT_FOUND` when `index`
/// is `httpcodes_count()` or more. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_code_at(index: usize) -> i32 {
    guard(httpcodes_error::Internal as i32, || {
        httpcodes::doors::nth(index)
            .map_or(httpcodes_error::NotFound as i32, |s| i32::from(s.code()))
    })
}

/// The version of httpcodes, e.g. `"0.2.0"`, the same in every package of the family.
///
/// The string is static: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_version() -> *const c_char {
    httpcodes::doors::VERSION_C.as_ptr()
}
