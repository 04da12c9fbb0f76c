//! The class of a code, as a C enum, with its label and the spec's description.

use core::ffi::c_char;

use httpcodes::Class;

use crate::boundary::guard;

// The C spelling of core's `Class`; the values are core's digits, checked at compile time below.
/// The class of a status code; each value is its codes' first digit, `NONE` outside 100–599.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum httpcodes_class {
    /// Not in 100–599.
    None = 0,
    /// 1xx
    Informational = 1,
    /// 2xx
    Success = 2,
    /// 3xx
    Redirection = 3,
    /// 4xx
    ClientError = 4,
    /// 5xx
    ServerError = 5,
}

const _: () = {
    assert!(httpcodes_class::Informational as u8 == Class::Informational.digit());
    assert!(httpcodes_class::Success as u8 == Class::Success.digit());
    assert!(httpcodes_class::Redirection as u8 == Class::Redirection.digit());
    assert!(httpcodes_class::ClientError as u8 == Class::ClientError.digit());
    assert!(httpcodes_class::ServerError as u8 == Class::ServerError.digit());
};

impl From<Option<Class>> for httpcodes_class {
    fn from(class: Option<Class>) -> httpcodes_class {
        match class {
            None => httpcodes_class::None,
            Some(Class::Informational) => httpcodes_class::Informational,
            Some(Class::Success) => httpcodes_class::Success,
            Some(Class::Redirection) => httpcodes_class::Redirection,
            Some(Class::ClientError) => httpcodes_class::ClientError,
            Some(Class::ServerError) => httpcodes_class::ServerError,
        }
    }
}

/// The core class for a C caller's `httpcodes_class` value. Taken as an integer, because a C
/// caller may pass any number where an enum is expected, and Rust must not receive an invalid enum.
fn class_from_c(class_id: i32) -> Option<Class> {
    Class::from_digit(class_id.into())
}

/// The spec's label of `class_id` (an `httpcodes_class` value), e.g. `"Client Error"`, or `NULL` for
/// `HTTPCODES_CLASS_NONE` and any other value.
///
/// The string is static: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_class_label(class_id: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        class_from_c(class_id).map_or(core::ptr::null(), |c| httpcodes::doors::label_c(c).as_ptr())
    })
}

/// The spec's one-line description of `class_id` (an `httpcodes_class` value), or `NULL` for
/// `HTTPCODES_CLASS_NONE` and any other value.
///
/// The string is static: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_class_description(class_id: i32) -> *const c_char {
    guard(core::ptr::null(), || {
        class_from_c(class_id).map_or(core::ptr::null(), |c| {
            httpcodes::doors::description_c(c).as_ptr()
        })
    })
}
