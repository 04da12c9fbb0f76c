//! The Python door's table module (`_table.py`, from which `__init__.py` builds the enums and
//! reads each code's registered phrase, reference and description, without loading native code;
//! python_table.rs writes it) and the package's stub (`__init__.pyi`).

use httpcodes::{Class, Flag, Status};

use crate::python_table::table_module;
use crate::text::{flag_doc, header};
use crate::Output;

/// The names `httpcodes` exports besides one `is_*` function per flag.
const PUBLIC: [&str; 10] = [
    "HTTPStatus",
    "StatusClass",
    "__version__",
    "class_of",
    "code_of",
    "description_of",
    "name_of",
    "reason_phrase",
    "reference_of",
    "registered_phrase",
];

pub fn outputs() -> Vec<Output> {
    vec![
        Output {
            path: "py/python/httpcodes/_table.py",
            text: table_module(),
        },
        Output {
            path: "py/python/httpcodes/__init__.pyi",
            text: stub(),
        },
    ]
}

/// `text` as a Python string literal in double quotes, as ruff writes it.
pub(crate) fn literal(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// Every name `httpcodes` exports, sorted.
pub(crate) fn public_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = PUBLIC.to_vec();
    names.extend(Flag::ALL.map(Flag::name));
    names.sort_unstable();
    names
}

fn stub() -> String {
    let names = public_names();
    let mut text = header("#", "The types of `httpcodes`, for type checkers.");
    text.push_str("\nimport enum\n\n__all__ = [\n");
    for name in names {
        text.push_str(&format!("    {},\n", literal(name)));
    }
    text.push_str(
        "]\n\n__version__: str\n\n\
         def reason_phrase(code: int, /) -> str | None:\n    \
         \"\"\"The reason phrase of `code`, or None if it is not a listed code.\"\"\"\n\n\
         def name_of(code: int, /) -> str | None:\n    \
         \"\"\"The NAME of `code` (NOT_FOUND for 404), or None if it is not a listed code.\"\"\"\n\n\
         def registered_phrase(code: int, /) -> str | None:\n    \
         \"\"\"The IANA registry's phrase of `code` ('Found' for 302), or None if it is not listed.\"\"\"\n\n\
         def reference_of(code: int, /) -> str | None:\n    \
         \"\"\"Where the IANA registry defines `code`, or None if it is not listed or not registered.\"\"\"\n\n\
         def description_of(code: int, /) -> str | None:\n    \
         \"\"\"One sentence on what `code` means, or None if it is not a listed code.\"\"\"\n\n\
         def code_of(phrase: str, /) -> int | None:\n    \
         \"\"\"The code whose phrase or alias is `phrase` (ASCII case-insensitive, trimmed), or None.\"\"\"\n\n\
         def class_of(code: int, /) -> StatusClass | None:\n    \
         \"\"\"The class of any code from 100 to 599, listed or not, else None.\"\"\"\n",
    );
    for flag in Flag::ALL {
        // ASCII only, as ruff asks of docstrings; the codes on a line of their own when long.
        let doc = format!("Whether `code` is {}.", flag_doc(flag).replace('–', "-"));
        let doc = if doc.len() > 90 {
            doc.replacen(": ", ":\n    ", 1)
        } else {
            doc
        };
        text.push_str(&format!(
            "\ndef {}(code: int, /) -> bool:\n    \"\"\"{doc}\"\"\"\n",
            flag.name()
        ));
    }
    text.push_str(
        "\nclass StatusClass(enum.Enum):\n    \
         \"\"\"The class of a status code by range; its value is the class digit.\"\"\"\n\n",
    );
    for class in Class::ALL {
        text.push_str(&format!("    {} = {}\n", class.name(), class.digit()));
    }
    text.push_str(
        "\n    @property\n    def label(self) -> str: ...\n    \
         @property\n    def range(self) -> str: ...\n    \
         @property\n    def description(self) -> str: ...\n\n\
         class HTTPStatus(enum.IntEnum):\n    \
         \"\"\"An HTTP status listed in the table; an `int` equal to its code.\"\"\"\n\n",
    );
    for &status in Status::all() {
        text.push_str(&format!("    {} = {}\n", status.name(), status.code()));
    }
    text.push_str(
        "    # The alias names: each is the member of its code (FOUND is MOVED_TEMPORARILY).\n",
    );
    for (name, status) in httpcodes::alias_names() {
        text.push_str(&format!("    {name} = {}\n", status.name()));
    }
    text.push_str(
        "\n    @property\n    def phrase(self) -> str: ...\n    \
         @property\n    def registered_phrase(self) -> str: ...\n    \
         @property\n    def reference(self) -> str | None: ...\n    \
         @property\n    def description(self) -> str: ...\n    \
         @property\n    def status_class(self) -> StatusClass: ...\n",
    );
    for flag in Flag::ALL {
        text.push_str(&format!(
            "    @property\n    def {}(self) -> bool: ...\n",
            flag.name()
        ));
    }
    text
}
