//! Lookups by text: a phrase or alias, or a `NAME`.

use core::ffi::c_char;

use httpcodes::Status;

use crate::boundary::{code_of_text, CallerText};

/// The code whose phrase or alias is `phrase` (ASCII case-insensitive, leading and trailing ASCII
/// whitespace ignored), e.g. 404 for `"not found"`.
///
/// Returns a negative `httpcodes_error` instead: `HTTPCODES_ERROR_NOT_FOUND` for unknown text,
/// `HTTPCODES_ERROR_NULL_ARGUMENT` if `phrase` is `NULL`, `HTTPCODES_ERROR_INVALID_UTF8` if it is
/// not UTF-8. The string is only read, never kept. Thread-safe.
///
/// # Safety
/// `phrase` is `NULL` or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn httpcodes_code_of(phrase: *const c_char) -> i32 {
    // SAFETY: forwarded from this function's contract.
    unsafe { code_of_text(CallerText::Terminated(phrase), Status::from_phrase_bytes) }
}

/// Like `httpcodes_code_of`, for the `len` bytes at `ptr`, which need no NUL terminator; a NUL
/// among them makes the text unknown. `NULL` is `HTTPCODES_ERROR_NULL_ARGUMENT` even when `len`
/// is 0. Thread-safe.
///
/// # Safety
/// `ptr` is `NULL` or points to `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn httpcodes_code_of_len(ptr: *const c_char, len: usize) -> i32 {
    // SAFETY: forwarded from this function's contract.
    unsafe { code_of_text(CallerText::Sized(ptr, len), Status::from_phrase_bytes) }
}

/// The code whose `NAME` or alias name is exactly `name`, e.g. 404 for `"NOT_FOUND"` and 302 for
/// `"FOUND"`, or a negative
/// `httpcodes_error` as for `httpcodes_code_of`. Thread-safe.
///
/// # Safety
/// `name` is `NULL` or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn httpcodes_code_of_name(name: *const c_char) -> i32 {
    // SAFETY: forwarded from this function's contract.
    unsafe { code_of_text(CallerText::Terminated(name), Status::from_name_bytes) }
}
