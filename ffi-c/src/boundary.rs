//! The one place where C meets Rust: pointers are checked here, and panics stop here.

use core::ffi::{c_char, CStr};
use core::panic::UnwindSafe;

use crate::error::httpcodes_error;

/// Runs `body`, answering `fallback` if it panics, so that no unwind ever reaches C.
///
/// The core lookups cannot panic, so this is a safety net that costs nothing on the normal path.
#[cfg(panic = "unwind")]
#[inline(always)]
pub(crate) fn guard<T>(fallback: T, body: impl FnOnce() -> T + UnwindSafe) -> T {
    std::panic::catch_unwind(body).unwrap_or(fallback)
}

/// Built with `panic = "abort"` (the `dist-c` profile), the library has no std and no unwinding:
/// a panic, which the lookups never raise, would abort in `abort_on_panic` before reaching C.
#[cfg(not(panic = "unwind"))]
#[inline(always)]
pub(crate) fn guard<T>(_fallback: T, body: impl FnOnce() -> T + UnwindSafe) -> T {
    body()
}

/// Text as a C caller hands it over.
#[derive(Clone, Copy)]
pub(crate) enum CallerText {
    /// A NUL-terminated string.
    Terminated(*const c_char),
    /// `len` bytes at `ptr`, no terminator needed.
    Sized(*const c_char, usize),
}

/// Checks the caller's text and looks it up with `find`: the code found, or a negative
/// `httpcodes_error`.
///
/// The lookup runs on the raw bytes and UTF-8 is checked only when nothing was found: every key
/// is ASCII, so text that matched one is valid UTF-8 already, and a hit skips the validation. A
/// miss checks for ASCII first, a word at a time, and validates only text that is not ASCII.
///
/// # Safety
/// A non-NULL pointer must point to a NUL-terminated string (`Terminated`) or to `len` readable
/// bytes (`Sized`) that stay unchanged during the call.
#[inline(always)]
pub(crate) unsafe fn code_of_text(
    text: CallerText,
    find: impl FnOnce(&[u8]) -> Option<httpcodes::Status> + UnwindSafe,
) -> i32 {
    // SAFETY: the caller's promise, passed on from the exported function's contract.
    guard(httpcodes_error::Internal as i32, || unsafe {
        find_text(text, find)
    })
}

/// The body of [`code_of_text`], out of its closure so that it is inlined into each export.
///
/// # Safety
/// As for [`code_of_text`].
#[inline(always)]
unsafe fn find_text(
    text: CallerText,
    find: impl FnOnce(&[u8]) -> Option<httpcodes::Status>,
) -> i32 {
    // SAFETY: the caller's promise, passed on from the exported function's contract.
    let bytes = match unsafe { caller_bytes(text) } {
        Ok(bytes) => bytes,
        Err(error) => return error as i32,
    };
    match find(bytes) {
        Some(status) => i32::from(status.code()),
        None if !is_ascii(bytes) && core::str::from_utf8(bytes).is_err() => {
            httpcodes_error::InvalidUtf8 as i32
        }
        None => httpcodes_error::NotFound as i32,
    }
}

/// Whether every byte of `bytes` is ASCII, a word at a time: up to 32 bytes in four words that
/// overlap at the end, with no loop.
fn is_ascii(bytes: &[u8]) -> bool {
    let word = |at: usize| {
        bytes
            .get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |word| u64::from_le_bytes(*word))
    };
    let Some(last) = bytes.len().checked_sub(8) else {
        return bytes.is_ascii();
    };
    if last > 24 {
        return bytes.is_ascii();
    }
    let high = word(0) | word(last.min(8)) | word(last.min(16)) | word(last);
    high & 0x8080_8080_8080_8080 == 0
}

/// # Safety
/// As for [`code_of_text`].
#[inline(always)]
unsafe fn caller_bytes<'a>(text: CallerText) -> Result<&'a [u8], httpcodes_error> {
    match text {
        CallerText::Terminated(ptr) if ptr.is_null() => Err(httpcodes_error::NullArgument),
        // SAFETY: non-NULL and NUL-terminated, per the caller's contract.
        CallerText::Terminated(ptr) => Ok(unsafe { CStr::from_ptr(ptr) }.to_bytes()),
        CallerText::Sized(ptr, _) if ptr.is_null() => Err(httpcodes_error::NullArgument),
        // No slice may be longer than isize::MAX bytes; no phrase is anywhere near that long.
        CallerText::Sized(_, len) if isize::try_from(len).is_err() => {
            Err(httpcodes_error::NotFound)
        }
        // SAFETY: non-NULL, `len` readable bytes per the caller's contract, len <= isize::MAX.
        CallerText::Sized(ptr, len) => {
            Ok(unsafe { core::slice::from_raw_parts(ptr.cast::<u8>(), len) })
        }
    }
}
