//! The one place that calls CPython's C API directly: lookups as `METH_O` functions.
//!
//! Under abi3 for Python 3.9, a pyo3 function receives its arguments packed in a tuple (the
//! vectorcall convention joined the stable ABI only in 3.10), which more than doubles the cost
//! of a lookup. A `METH_O` function, part of the stable ABI since its start, receives its one
//! argument as is. Everything behind this boundary is safe Rust that takes a `&Bound<PyAny>`.

use std::ffi::CStr;
use std::panic::{self, AssertUnwindSafe};
use std::ptr;

use pyo3::ffi;
use pyo3::panic::PanicException;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyInt, PyModule, PyString};

/// A function of one positional argument, written in safe Rust, that Python calls as `METH_O`.
pub(crate) trait OneArgument {
    /// The function's Python name.
    const NAME: &'static CStr;
    /// Its docstring, starting with the signature line CPython reads for `inspect.signature`:
    /// `name($module, argument, /)\n--\n\n`.
    const DOC: &'static CStr;
    /// The answer for the common argument, found without raising and without releasing a
    /// reference through pyo3's deferred pool, so it runs without pyo3's attach bookkeeping
    /// (a third of a lookup's cost). `None` leaves the call to [`OneArgument::call`].
    fn call_fast<'py>(argument: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>>;
    /// The function, for any argument.
    fn call<'py>(argument: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>>;
}

/// The C function CPython calls for `F`.
unsafe extern "C" fn call_from_python<F: OneArgument>(
    _module: *mut ffi::PyObject,
    argument: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a `METH_O` function attached to the interpreter, with its one
    // argument as a valid borrowed reference.
    unsafe { run::<F>(argument) }
}

/// Runs `F` on `argument` and turns its outcome into what CPython expects back: a new
/// reference, or null with the exception set. A panic becomes a `PanicException`, never unwinds
/// into CPython.
///
/// # Safety
/// The thread must be attached to the interpreter and `argument` a valid borrowed reference.
#[inline(always)]
unsafe fn run<F: OneArgument>(argument: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: the caller guarantees the thread is attached.
    let py = unsafe { Python::assume_attached() };
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller guarantees `argument` is valid; `Borrowed` takes no reference.
        let borrowed = unsafe { pyo3::Borrowed::from_ptr(py, argument) };
        if let Some(answer) = F::call_fast(&borrowed) {
            return answer.into_ptr();
        }
        slow_path(&borrowed, F::call)
    }));
    outcome.unwrap_or_else(|_| panicked())
}

/// `call` on `argument` with the thread counted as attached, its error restored as the current
/// exception: the uncommon path, written once rather than once per function.
#[inline(never)]
fn slow_path(
    argument: &Bound<'_, PyAny>,
    call: for<'py> fn(&Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>>,
) -> *mut ffi::PyObject {
    // `attach` rather than assuming: pyo3 then counts this thread as attached, so the
    // references it releases (inside a `PyErr`, say) are released now, not queued for later.
    Python::attach(|py| match call(argument) {
        Ok(answer) => answer.into_ptr(),
        Err(err) => {
            err.restore(py);
            ptr::null_mut()
        }
    })
}

/// Sets a `PanicException` for a panic caught at the boundary, and returns null.
#[cold]
#[inline(never)]
fn panicked() -> *mut ffi::PyObject {
    Python::attach(|py| {
        PanicException::new_err("httpcodes panicked; please report it").restore(py);
    });
    ptr::null_mut()
}

/// The value of an exact `int` as an `i64` (`Some(None)` when it does not fit one), or `None`
/// for any other object. Never raises.
pub(crate) fn exact_int(value: &Bound<'_, PyAny>) -> Option<Option<i64>> {
    if !value.is_exact_instance_of::<PyInt>() {
        return None;
    }
    let mut overflow = 0;
    // SAFETY: `value` is a valid exact `int`; for one, this neither raises nor calls back into
    // Python: a value too wide sets `overflow` instead.
    let number = unsafe { ffi::PyLong_AsLongLongAndOverflow(value.as_ptr(), &mut overflow) };
    Some((overflow == 0).then_some(number))
}

/// The UTF-8 form of an exact `str`: `Some(Some(bytes))`, or `Some(None)` when it has none (a
/// lone surrogate such as `"\ud800"`); `None` for any other object, or if encoding failed for
/// another reason (out of memory), which `OneArgument::call` then meets and reports. Never
/// leaves an exception set.
pub(crate) fn exact_str_utf8<'py>(
    value: &Bound<'py, PyAny>,
) -> Option<Option<Bound<'py, PyBytes>>> {
    if !value.is_exact_instance_of::<PyString>() {
        return None;
    }
    let py = value.py();
    // SAFETY: `value` is a valid `str`; the result is a new reference to a `bytes` object, or
    // null with an exception set.
    let utf8 = unsafe { ffi::PyUnicode_AsUTF8String(value.as_ptr()) };
    if !utf8.is_null() {
        // SAFETY: as above, a new reference to a `bytes` object.
        return Some(Some(unsafe {
            Bound::from_owned_ptr(py, utf8).cast_into_unchecked()
        }));
    }
    // SAFETY: an exception is set; matching and clearing it takes or leaves no reference.
    let unencodable = unsafe {
        let unencodable = ffi::PyErr_ExceptionMatches(ffi::PyExc_UnicodeEncodeError) != 0;
        ffi::PyErr_Clear();
        unencodable
    };
    unencodable.then_some(None)
}

#[cfg(not(windows))]
extern "C" {
    // In the stable ABI from Python 3.10, and with this very signature in every CPython's C API
    // since 3.3, so every interpreter this abi3 module loads into exports it. Windows resolves
    // an abi3 module's symbols in the version's python3.dll, which lacks it before 3.10: there,
    // the phrase's UTF-8 form is built as a `bytes` object instead (`exact_str_utf8`).
    fn PyUnicode_AsUTF8AndSize(
        unicode: *mut ffi::PyObject,
        size: *mut ffi::Py_ssize_t,
    ) -> *const std::ffi::c_char;
}

/// The UTF-8 form of an exact `str`, borrowed from the string itself, which CPython keeps (an
/// ASCII string's own data): no object is made. `Some(Some(bytes))`, or `Some(None)` when it has
/// none (a lone surrogate); `None` for any other object, or if the call failed otherwise, which
/// `OneArgument::call` then meets and reports. Never leaves an exception set.
#[cfg(not(windows))]
pub(crate) fn exact_str_utf8_borrowed<'a>(value: &'a Bound<'_, PyAny>) -> Option<Option<&'a [u8]>> {
    if !value.is_exact_instance_of::<PyString>() {
        return None;
    }
    let mut size: ffi::Py_ssize_t = 0;
    // SAFETY: `value` is a valid `str`; the result points to `size` bytes that live as long as
    // the string, which `value` keeps alive, or is null with an exception set.
    let data = unsafe { PyUnicode_AsUTF8AndSize(value.as_ptr(), &mut size) };
    if !data.is_null() {
        let size = usize::try_from(size).ok()?;
        // SAFETY: as above; the bytes are never written while the string lives.
        return Some(Some(unsafe {
            std::slice::from_raw_parts(data.cast::<u8>(), size)
        }));
    }
    // SAFETY: an exception is set; matching and clearing it takes or leaves no reference.
    let unencodable = unsafe {
        let unencodable = ffi::PyErr_ExceptionMatches(ffi::PyExc_UnicodeEncodeError) != 0;
        ffi::PyErr_Clear();
        unencodable
    };
    unencodable.then_some(None)
}

/// Adds `F` to `module`.
pub(crate) fn add_function<F: OneArgument>(module: &Bound<'_, PyModule>) -> PyResult<()> {
    add_one_argument(module, F::NAME, F::DOC, call_from_python::<F>)
}

/// Adds the `METH_O` function `call` named `name` to `module`: the part of [`add_function`] that
/// does not depend on the function, written once rather than once per function.
fn add_one_argument(
    module: &Bound<'_, PyModule>,
    name: &'static CStr,
    doc: &'static CStr,
    call: unsafe extern "C" fn(*mut ffi::PyObject, *mut ffi::PyObject) -> *mut ffi::PyObject,
) -> PyResult<()> {
    // CPython keeps a pointer to the definition for the function's whole life: it is made once
    // per process, at import, so it is leaked on purpose.
    let definition: &'static mut ffi::PyMethodDef = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunction: call },
        ml_flags: ffi::METH_O,
        ml_doc: doc.as_ptr(),
    }));
    let py = module.py();
    let module_name = module.name()?;
    // SAFETY: `definition` lives forever; the module and its name are valid objects; the
    // result is a new reference or null with an exception set.
    let function = unsafe {
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyCFunction_NewEx(definition, module.as_ptr(), module_name.as_ptr()),
        )
    }?;
    module.setattr(PyString::new(py, &name.to_string_lossy()), function)
}

/// The first `count` characters of any `str` (a subclass too), read from its data without
/// calling any of its methods; a lone surrogate reads as U+FFFD. `None` for any other object.
pub(crate) fn str_head(value: &Bound<'_, PyAny>, count: usize) -> Option<String> {
    let text = value.cast::<PyString>().ok()?;
    // SAFETY: `text` is a valid `str`; neither call dispatches to a method of a subclass, and
    // every index read is below the length read first.
    let head = unsafe {
        let length = ffi::PyUnicode_GetLength(text.as_ptr());
        let end = length.clamp(0, ffi::Py_ssize_t::try_from(count).unwrap_or(0));
        (0..end)
            .map(|index| ffi::PyUnicode_ReadChar(text.as_ptr(), index))
            .map(|point| char::from_u32(point).unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    // A failed read (impossible below the length) leaves an exception: clear it.
    if PyErr::occurred(value.py()) {
        drop(PyErr::fetch(value.py()));
    }
    Some(head)
}

/// The first `count` bytes of any `bytes` or `bytearray` (a subclass too), read from its
/// buffer without calling any of its methods. `None` for any other object.
pub(crate) fn bytes_head(value: &Bound<'_, PyAny>, count: usize) -> Option<Vec<u8>> {
    if let Ok(bytes) = value.cast::<PyBytes>() {
        let all = bytes.as_bytes();
        return Some(all.get(..count).unwrap_or(all).to_vec());
    }
    let array = value.cast::<PyByteArray>().ok()?;
    // SAFETY: `array` is a valid `bytearray`; its buffer holds `size` bytes, and nothing runs
    // between reading them and copying them out (the thread holds the interpreter).
    let head = unsafe {
        let data = ffi::PyByteArray_AsString(array.as_ptr());
        let size = usize::try_from(ffi::PyByteArray_Size(array.as_ptr())).unwrap_or(0);
        if data.is_null() {
            Vec::new()
        } else {
            std::slice::from_raw_parts(data.cast::<u8>(), size.min(count)).to_vec()
        }
    };
    Some(head)
}
