//! The lookups Python calls per request: core answers, the cache supplies the objects.

use std::ffi::CStr;

use httpcodes::{Class, Status};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyModule};

use crate::arguments;
use crate::boundary::{self, add_function, OneArgument};
use crate::cache;

/// Adds the lookups to the native module.
pub(crate) fn add_to(module: &Bound<'_, PyModule>) -> PyResult<()> {
    add_function::<ReasonPhrase>(module)?;
    add_function::<NameOf>(module)?;
    add_function::<CodeOf>(module)?;
    add_function::<Describe>(module)?;
    add_function::<ClassDigit>(module)?;
    add_function::<FlagBits>(module)?;
    add_function::<HeaderFields>(module)
}

/// A lookup by code: its answer for any `int` (`None` when core cannot take it), and the
/// `TypeError` for anything else, shared by every such function (each flag's too: `flags.rs`).
pub(crate) trait ByCode {
    const NAME: &'static CStr;
    const DOC: &'static CStr;
    fn answer(py: Python<'_>, code: Option<i64>) -> Bound<'_, PyAny>;
}

impl<F: ByCode> OneArgument for F {
    const NAME: &'static CStr = F::NAME;
    const DOC: &'static CStr = F::DOC;

    fn call_fast<'py>(code: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
        Some(F::answer(code.py(), boundary::exact_int(code)?))
    }

    fn call<'py>(code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Ok(F::answer(code.py(), arguments::code(code)?))
    }
}

/// A small `int` as Python sees it (a CPython singleton: no allocation).
fn small_int(py: Python<'_>, value: u16) -> Bound<'_, PyAny> {
    match value.into_pyobject(py) {
        Ok(value) => value.into_any(),
        Err(never) => match never {},
    }
}

/// Python's `True` or `False` (singletons: no allocation).
pub(crate) fn boolean(py: Python<'_>, value: bool) -> Bound<'_, PyAny> {
    PyBool::new(py, value).to_owned().into_any()
}

struct ReasonPhrase;

impl ByCode for ReasonPhrase {
    const NAME: &'static CStr = c"reason_phrase";
    const DOC: &'static CStr = c"reason_phrase($module, code, /)\n--\n\n\
        The reason phrase of `code`, or None if it is not a listed code.";

    fn answer(py: Python<'_>, code: Option<i64>) -> Bound<'_, PyAny> {
        let status = code.and_then(Status::from_code);
        match status.and_then(|status| cache::objects(py).of(status)) {
            Some(objects) => objects.phrase.bind(py).clone().into_any(),
            None => py.None().into_bound(py),
        }
    }
}

struct NameOf;

impl ByCode for NameOf {
    const NAME: &'static CStr = c"name_of";
    const DOC: &'static CStr = c"name_of($module, code, /)\n--\n\n\
        The NAME of `code` (NOT_FOUND for 404), or None if it is not a listed code.";

    fn answer(py: Python<'_>, code: Option<i64>) -> Bound<'_, PyAny> {
        let status = code.and_then(Status::from_code);
        match status.and_then(|status| cache::objects(py).of(status)) {
            Some(objects) => objects.name.bind(py).clone().into_any(),
            None => py.None().into_bound(py),
        }
    }
}

struct CodeOf;

impl CodeOf {
    fn answer<'py>(py: Python<'py>, utf8: Option<Bound<'py, PyBytes>>) -> Bound<'py, PyAny> {
        let status = utf8.and_then(|utf8| Status::from_phrase_bytes(utf8.as_bytes()));
        match status.and_then(|status| cache::objects(py).of(status)) {
            Some(objects) => objects.code.bind(py).clone().into_any(),
            None => py.None().into_bound(py),
        }
    }
}

impl OneArgument for CodeOf {
    const NAME: &'static CStr = c"code_of";
    const DOC: &'static CStr = c"code_of($module, phrase, /)\n--\n\n\
        The code whose phrase or alias is `phrase` (ASCII case-insensitive, ASCII whitespace \
        trimmed), or None.";

    /// Reads the `str`'s own UTF-8 form where the interpreter lends it (no `bytes` object).
    #[cfg(not(windows))]
    fn call_fast<'py>(phrase: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
        let py = phrase.py();
        let utf8 = boundary::exact_str_utf8_borrowed(phrase)?;
        let status = utf8.and_then(Status::from_phrase_bytes);
        Some(
            match status.and_then(|status| cache::objects(py).of(status)) {
                Some(objects) => objects.code.bind(py).clone().into_any(),
                None => py.None().into_bound(py),
            },
        )
    }

    #[cfg(windows)]
    fn call_fast<'py>(phrase: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
        Some(Self::answer(phrase.py(), boundary::exact_str_utf8(phrase)?))
    }

    fn call<'py>(phrase: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Self::answer(phrase.py(), arguments::phrase(phrase)?))
    }
}

struct ClassDigit;

impl ByCode for ClassDigit {
    const NAME: &'static CStr = c"class_digit";
    const DOC: &'static CStr = c"class_digit($module, code, /)\n--\n\n\
        The first digit of `code`'s class (1 to 5) for any code in 100-599, else 0.";

    fn answer(py: Python<'_>, code: Option<i64>) -> Bound<'_, PyAny> {
        let class = code.and_then(httpcodes::class_of);
        small_int(py, class.map_or(0, Class::digit).into())
    }
}

struct FlagBits;

impl ByCode for FlagBits {
    const NAME: &'static CStr = c"flag_bits";
    const DOC: &'static CStr = c"flag_bits($module, code, /)\n--\n\n\
        Every flag's answer for `code`: bit i answers httpcodes._table.FLAG_NAMES[i].";

    fn answer(py: Python<'_>, code: Option<i64>) -> Bound<'_, PyAny> {
        small_int(py, code.map_or(0, httpcodes::doors::flag_bits))
    }
}

/// A code's header fields: the tuple `httpcodes._fields` made for its status, read from there at
/// the first call (the table's only lookup whose answer is made in Python).
struct HeaderFields;

impl HeaderFields {
    fn answer<'py>(py: Python<'py>, fields: &[Py<PyAny>], code: Option<i64>) -> Bound<'py, PyAny> {
        let status = code.and_then(Status::from_code);
        match status.and_then(|status| fields.get(httpcodes::doors::index(status))) {
            Some(fields) => fields.bind(py).clone(),
            None => py.None().into_bound(py),
        }
    }
}

impl OneArgument for HeaderFields {
    const NAME: &'static CStr = c"header_fields";
    const DOC: &'static CStr = c"header_fields($module, code, /)\n--\n\n\
        The header fields a response with `code` carries, by the RFCs, or None if it is not a \
        listed code.";

    fn call_fast<'py>(code: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
        let fields = cache::header_fields()?;
        Some(Self::answer(code.py(), fields, boundary::exact_int(code)?))
    }

    fn call<'py>(code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = code.py();
        let code = arguments::code(code)?;
        Ok(Self::answer(py, cache::load_header_fields(py)?, code))
    }
}

/// How error messages show a value (`HTTPStatus(value)`'s `ValueError` uses it).
struct Describe;

impl OneArgument for Describe {
    const NAME: &'static CStr = c"describe";
    const DOC: &'static CStr = c"describe($module, value, /)\n--\n\n\
        `value` as error messages show it: by core's excerpt rule, running none of its code.";

    fn call_fast<'py>(_value: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
        None
    }

    fn call<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let shown = crate::describe::describe(value);
        Ok(pyo3::types::PyString::new(value.py(), &shown).into_any())
    }
}
