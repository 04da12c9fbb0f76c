//! The Python door's table module (`_table.py`, from which `__init__.py` builds the enums and
//! reads each code's registered phrase, reference, description and header fields, without
//! loading native code; python_table.rs writes it) and the package's stub (`__init__.pyi`);
//! python_flags.rs writes the native module's `is_*` functions and its stub.

use httpcodes::{Class, Flag, Level, Status};

use crate::python_table::table_module;
use crate::text::{flag_doc, header};
use crate::Output;

/// The names `httpcodes` exports besides one `is_*` function per flag.
const PUBLIC: [&str; 13] = [
    "HTTPStatus",
    "HeaderField",
    "StatusClass",
    "__version__",
    "class_of",
    "code_of",
    "description_of",
    "header_fields",
    "missing_fields",
    "name_of",
    "reason_phrase",
    "reference_of",
    "registered_phrase",
];

pub fn outputs() -> Vec<Output> {
    let mut outputs = vec![
        Output {
            path: "py/python/httpcodes/_table.py",
            text: table_module(),
        },
        Output {
            path: "py/python/httpcodes/__init__.pyi",
            text: stub(),
        },
    ];
    outputs.extend(crate::python_flags::outputs());
    outputs
}

/// A flag's docstring, in ASCII as ruff asks of docstrings, e.g. "Whether `code` is in 100-199."
pub(crate) fn flag_docstring(flag: Flag) -> String {
    format!("Whether `code` is {}.", flag_doc(flag).replace('–', "-"))
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
    text.push_str(
        "\nimport enum\nfrom collections.abc import Iterable\nfrom typing import Literal, NamedTuple\n\n\
         __all__ = [\n",
    );
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
         \"\"\"The IANA registry's phrase of `code` ('Found' for 302), or None if it is not listed\n    \
         or the registry does not list it (419, 420).\"\"\"\n\n\
         def reference_of(code: int, /) -> str | None:\n    \
         \"\"\"Where the IANA registry defines `code`, or None if it is not listed or not registered.\"\"\"\n\n\
         def description_of(code: int, /) -> str | None:\n    \
         \"\"\"One sentence on what `code` means, or None if it is not a listed code.\"\"\"\n\n\
         def code_of(phrase: str, /) -> int | None:\n    \
         \"\"\"The code whose phrase or alias is `phrase` (ASCII case-insensitive, trimmed), or None.\"\"\"\n\n\
         def class_of(code: int, /) -> StatusClass | None:\n    \
         \"\"\"The class of any code from 100 to 599, listed or not, else None.\"\"\"\n",
    );
    text.push_str(&header_field_stub());
    text.push_str(&flag_stubs());
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
         @property\n    def registered_phrase(self) -> str | None: ...\n    \
         @property\n    def reference(self) -> str | None: ...\n    \
         @property\n    def description(self) -> str: ...\n    \
         @property\n    def header_fields(self) -> tuple[HeaderField, ...]: ...\n    \
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

/// One module-level function per flag of core.
fn flag_stubs() -> String {
    let mut text = String::new();
    for flag in Flag::ALL {
        // The codes on a line of their own when long.
        let doc = flag_docstring(flag);
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
    text
}

/// `HeaderField`, `header_fields` and `missing_fields`.
fn header_field_stub() -> String {
    let levels: Vec<String> = Level::ALL
        .iter()
        .map(|level| literal(level.name()))
        .collect();
    format!(
        "\nclass HeaderField(NamedTuple):\n    \
         \"\"\"A header field a response with a given code carries, by the RFC; `str()` gives\n    \
         `Allow (MUST, RFC 9110, Section 15.5.6)`, the condition after the level.\"\"\"\n\n    \
         name: str\n    \
         level: Literal[{}]\n    \
         section: str\n    \
         condition: str | None\n\n\
         def header_fields(code: int, /) -> tuple[HeaderField, ...] | None:\n    \
         \"\"\"The header fields a response with `code` carries, by the RFCs, or None if it is not\n    \
         a listed code.\"\"\"\n\n\
         def missing_fields(code: int, names: Iterable[str], /) -> tuple[HeaderField, ...] | None:\n    \
         \"\"\"The header fields of `code` that none of `names` names (ASCII case-insensitive), or\n    \
         None if it is not a listed code.\"\"\"\n",
        levels.join(", ")
    )
}
