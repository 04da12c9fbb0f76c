//! The header fields of each code as static C structs, built from core's rows at compile time.

use core::ffi::{c_char, CStr};

use httpcodes::{HeaderField, Status};

use crate::boundary::guard;
use crate::error::httpcodes_error;

/// One header field that a response with a given code carries, by the RFC. Every pointer is to a
/// static NUL-terminated string: never free it.
#[allow(non_camel_case_types)]
#[repr(C)]
pub struct httpcodes_header_field {
    /// The field's name as the RFC spells it, e.g. `"WWW-Authenticate"`.
    pub name: *const c_char,
    /// How strongly the RFC asks for it: `"MUST"`, `"SHOULD"`, `"MAY"` or `"names it"`.
    pub level: *const c_char,
    /// Where the RFC says so, e.g. `"RFC 9110, Section 15.5.6"`.
    pub section: *const c_char,
    /// When the level applies, e.g. `"if a 200 would carry it"`, or `NULL` for always.
    pub condition: *const c_char,
}

/// Every code's fields, code after code, in the table's order.
struct Fields([httpcodes_header_field; TOTAL]);

// SAFETY: the pointers are to static, immutable strings, so sharing them between threads is safe.
unsafe impl Sync for Fields {}

const TOTAL: usize = {
    let mut total = 0;
    let mut i = 0;
    while i < Status::all().len() {
        total += Status::all()[i].header_fields().len();
        i += 1;
    }
    total
};

/// Where each status's fields start in `FIELDS`, by the status's index; the last entry is `TOTAL`.
const START: [usize; httpcodes::COUNT + 1] = {
    let mut start = [0; httpcodes::COUNT + 1];
    let mut i = 0;
    while i < Status::all().len() {
        start[i + 1] = start[i] + Status::all()[i].header_fields().len();
        i += 1;
    }
    start
};

static FIELDS: Fields = Fields({
    const NONE: httpcodes_header_field = httpcodes_header_field {
        name: core::ptr::null(),
        level: core::ptr::null(),
        section: core::ptr::null(),
        condition: core::ptr::null(),
    };
    let mut fields = [NONE; TOTAL];
    let mut i = 0;
    while i < Status::all().len() {
        let own = Status::all()[i].header_fields();
        let mut j = 0;
        while j < own.len() {
            fields[START[i] + j] = c_field(&own[j]);
            j += 1;
        }
        i += 1;
    }
    fields
});

const fn c_field(field: &HeaderField) -> httpcodes_header_field {
    let texts = httpcodes::doors::header_field_texts(field);
    httpcodes_header_field {
        name: texts.name.as_ptr(),
        level: texts.level.as_ptr(),
        section: texts.section.as_ptr(),
        condition: match texts.condition {
            Some(condition) => condition.as_ptr(),
            None => core::ptr::null(),
        },
    }
}

const LOWEST: i64 = Status::all()[0].code() as i64;
const SPAN: usize = Status::all()[httpcodes::COUNT - 1].code() as usize - LOWEST as usize + 1;

/// Each code's fields, by code from the lowest listed one, so that a lookup is one load, as a
/// phrase is; an unlisted code in the span has none.
struct ByCode([&'static [httpcodes_header_field]; SPAN]);

// SAFETY: the slices are of `FIELDS`, whose pointers are to static, immutable strings.
unsafe impl Sync for ByCode {}

static FIELDS_BY_CODE: ByCode = ByCode({
    let mut table: [&'static [httpcodes_header_field]; SPAN] = [&[]; SPAN];
    let mut i = 0;
    while i < Status::all().len() {
        let offset = (Status::all()[i].code() as i64 - LOWEST) as usize;
        // SAFETY: START[i]..START[i + 1] lies within FIELDS, which lives for the program.
        table[offset] = unsafe {
            core::slice::from_raw_parts(FIELDS.0.as_ptr().add(START[i]), START[i + 1] - START[i])
        };
        i += 1;
    }
    table
});

/// The fields of `code`: empty for a code with none or unlisted.
#[inline]
fn fields_of(code: i32) -> &'static [httpcodes_header_field] {
    // One subtraction and one unsigned compare reject every code outside the span.
    let offset = (i64::from(code) - LOWEST) as u64;
    if offset >= SPAN as u64 {
        return &[];
    }
    FIELDS_BY_CODE.0[offset as usize]
}

/// How many header fields the RFCs say a response with `code` carries: 0 for a code they ask
/// none of, and for a code that is not listed. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_header_field_count(code: i32) -> usize {
    guard(0, || fields_of(code).len())
}

/// The header field at `index` (from 0, in the RFC's order) of `code`, or `NULL` past the end and
/// for a code that is not listed. The struct is static: never free it. Thread-safe.
#[no_mangle]
pub extern "C" fn httpcodes_header_field_at(
    code: i32,
    index: usize,
) -> *const httpcodes_header_field {
    guard(core::ptr::null(), || {
        fields_of(code)
            .get(index)
            .map_or(core::ptr::null(), core::ptr::from_ref)
    })
}

/// The header fields of `code` that none of the `count` names in `names` names (ASCII
/// case-insensitive, nothing trimmed; a `NULL` name names nothing), in the RFC's order: writes up
/// to `capacity` pointers to them into `out` and returns how many are missing, which may be more
/// than `capacity`. Returns `HTTPCODES_ERROR_NOT_FOUND` if `code` is not a listed code, and
/// `HTTPCODES_ERROR_NULL_ARGUMENT` if `names` is `NULL` with a `count`, or `out` with a
/// `capacity`. Thread-safe.
///
/// # Safety
/// `names` must point to `count` readable pointers, each `NULL` or to a NUL-terminated string,
/// and `out` to `capacity` writable pointers, all unchanged by others during the call.
#[no_mangle]
pub unsafe extern "C" fn httpcodes_missing_fields(
    code: i32,
    names: *const *const c_char,
    count: usize,
    out: *mut *const httpcodes_header_field,
    capacity: usize,
) -> i32 {
    if (names.is_null() && count > 0) || (out.is_null() && capacity > 0) {
        return httpcodes_error::NullArgument as i32;
    }
    // SAFETY: the caller's promise, passed on from this function's contract.
    guard(httpcodes_error::Internal as i32, || unsafe {
        write_missing(code, names, count, out, capacity)
    })
}

/// The body of [`httpcodes_missing_fields`], once its pointers are checked.
///
/// # Safety
/// As for [`httpcodes_missing_fields`], with `names` and `out` non-NULL where used.
unsafe fn write_missing(
    code: i32,
    names: *const *const c_char,
    count: usize,
    out: *mut *const httpcodes_header_field,
    capacity: usize,
) -> i32 {
    let Some(status) = Status::from_code(code.into()) else {
        return httpcodes_error::NotFound as i32;
    };
    let fields = fields_of(code);
    // SAFETY: non-NULL (or empty) and `count` readable pointers, per the caller's contract.
    let names = match count {
        0 => &[][..],
        _ => unsafe { core::slice::from_raw_parts(names, count) },
    };
    let mut missing = 0;
    for (field, own) in fields.iter().zip(status.header_fields()) {
        // SAFETY: each name is NULL or NUL-terminated, per the caller's contract.
        let named = |&name: &*const c_char| {
            !name.is_null() && own.is_named(unsafe { CStr::from_ptr(name) }.to_bytes())
        };
        if names.iter().any(named) {
            continue;
        }
        if missing < capacity {
            // SAFETY: `out` holds `capacity` writable pointers, per the caller's contract.
            unsafe { out.add(missing).write(field) };
        }
        missing += 1;
    }
    // At most every field of one code: far below i32::MAX.
    missing as i32
}
