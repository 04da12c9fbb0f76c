//! The Python door's native `is_*` functions (py/src/flags.rs): one `METH_O` function per core
//! flag, so a flag costs what `reason_phrase` does, with the same `TypeError` as every lookup by
//! code; and the native module's stub (`_httpcodes.pyi`), which lists them.

use httpcodes::Flag;

use crate::python::flag_docstring;
use crate::text::{camel, header};
use crate::Output;

pub fn outputs() -> Vec<Output> {
    vec![functions(), stub()]
}

fn functions() -> Output {
    let mut text = header(
        "//",
        "The Python door's native `is_*` functions, one per flag of core.",
    );
    text.push_str(
        "\nuse std::ffi::CStr;\n\n\
         use pyo3::prelude::*;\n\
         use pyo3::types::PyModule;\n\n\
         use crate::boundary::add_function;\n\
         use crate::lookups::{boolean, ByCode};\n\n\
         /// Adds every flag's function to the native module.\n\
         pub(crate) fn add_to(module: &Bound<'_, PyModule>) -> PyResult<()> {\n",
    );
    for flag in Flag::ALL {
        text.push_str(&format!(
            "    add_function::<{}>(module)?;\n",
            type_name(flag)
        ));
    }
    text.push_str("    Ok(())\n}\n");
    for flag in Flag::ALL {
        let name = flag.name();
        text.push_str(&format!(
            "\nstruct {kind};\n\n\
             impl ByCode for {kind} {{\n    \
             const NAME: &'static CStr = c\"{name}\";\n    \
             const DOC: &'static CStr = c\"{name}($module, code, /)\\n--\\n\\n\\\n        \
             {doc}\";\n\n    \
             fn answer(py: Python<'_>, code: Option<i64>) -> Bound<'_, PyAny> {{\n        \
             boolean(py, code.is_some_and(httpcodes::{name}))\n    \
             }}\n\
             }}\n",
            kind = type_name(flag),
            doc = flag_docstring(flag),
        ));
    }
    Output {
        path: "py/src/flags.rs",
        text,
    }
}

/// The native module's types: its lookups, then one `is_*` function per flag.
fn stub() -> Output {
    let mut text = header(
        "#",
        "The private native module's types; `httpcodes` presents the module.",
    );
    text.push_str(
        "\nfrom typing import Any\n\n__version__: str\n\n\
         def reason_phrase(code: int, /) -> str | None: ...\n\
         def name_of(code: int, /) -> str | None: ...\n\
         def code_of(phrase: str, /) -> int | None: ...\n\
         def describe(value: object, /) -> str: ...\n\
         def class_digit(code: int, /) -> int: ...\n\
         def flag_bits(code: int, /) -> int: ...\n\
         def header_fields(code: int, /) -> tuple[Any, ...] | None: ...\n",
    );
    for flag in Flag::ALL {
        text.push_str(&format!("def {}(code: int, /) -> bool: ...\n", flag.name()));
    }
    Output {
        path: "py/python/httpcodes/_httpcodes.pyi",
        text,
    }
}

/// The Rust type of a flag's function: `is_client_error` → `IsClientError`.
fn type_name(flag: Flag) -> String {
    let name = camel(flag.name());
    let mut letters = name.chars();
    let initial = letters.next().map(|c| c.to_ascii_uppercase());
    initial.into_iter().chain(letters).collect()
}
