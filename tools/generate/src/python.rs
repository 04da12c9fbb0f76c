//! The Python door's table module (`_table.py`, read by `_enums.py` to build the enums without
//! loading native code) and the package's stub (`__init__.pyi`).

use httpcodes::{Class, Flag, Status};

use crate::text::{flag_doc, header};
use crate::Output;

/// The names `httpcodes` exports besides one `is_*` function per flag.
const PUBLIC: [&str; 7] = [
    "HTTPStatus",
    "StatusClass",
    "__version__",
    "class_of",
    "code_of",
    "name_of",
    "reason_phrase",
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
fn literal(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// A long string as implicitly joined literals on lines of their own, each within 100 columns.
fn long_literal(text: &str, indent: &str) -> String {
    let mut parts = Vec::new();
    let mut part = String::new();
    for word in text.split_inclusive(' ') {
        if part.len() + word.len() > 80 {
            parts.push(std::mem::take(&mut part));
        }
        part.push_str(word);
    }
    parts.push(part);
    parts
        .iter()
        .map(|part| format!("{indent}{}", literal(part)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One row of a tuple of tuples: on one line when it fits, else one field a line.
fn row(fields: &[String]) -> String {
    let line = format!("    ({}),", fields.join(", "));
    if line.chars().count() <= 100 {
        return line + "\n";
    }
    let mut text = String::from("    (\n");
    for field in fields {
        if field.chars().count() > 88 && field.starts_with('"') {
            let inner = &field[1..field.len() - 1];
            text.push_str(&long_literal(inner, "        "));
            text.push_str(",\n");
        } else {
            text.push_str(&format!("        {field},\n"));
        }
    }
    text + "    ),\n"
}

fn table_module() -> String {
    let mut text = header(
        "#",
        "Core's table as data, from which `_enums.py` builds the enums.",
    );
    text.push_str(
        "\n# What `httpcodes` exports: its lookups and enums, and one function per flag.\n",
    );
    text.push_str("NAMES = (\n");
    for name in public_names() {
        text.push_str(&format!("    {},\n", literal(name)));
    }
    text.push_str(
        ")\n# The name of each flag, in the order of the bits of `STATUSES`' last field.\n",
    );
    text.push_str("FLAG_NAMES = (\n");
    for flag in Flag::ALL {
        text.push_str(&format!("    {},\n", literal(flag.name())));
    }
    text.push_str(")\n# (class digit, NAME, label, range, description)\nCLASSES = (\n");
    for class in Class::ALL {
        text.push_str(&row(&[
            class.digit().to_string(),
            literal(class.name()),
            literal(class.label()),
            literal(class.range()),
            literal(class.description()),
        ]));
    }
    text.push_str(")\n# (NAME, code, phrase, class digit, flag bits)\nSTATUSES = (\n");
    for &status in Status::all() {
        text.push_str(&row(&[
            literal(status.name()),
            status.code().to_string(),
            literal(status.phrase()),
            status.class().digit().to_string(),
            httpcodes::doors::flag_bits(status.code().into()).to_string(),
        ]));
    }
    text + ")\n"
}

/// Every name `httpcodes` exports, sorted.
fn public_names() -> Vec<&'static str> {
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
        "\n    @property\n    def phrase(self) -> str: ...\n    \
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
