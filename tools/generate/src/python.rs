//! The Python door's table module (`_table.py`, from which `__init__.py` builds the enums and
//! reads each code's registered phrase, reference and description, without loading native code)
//! and the package's stub (`__init__.pyi`).
//!
//! `_table.py` is laid out for a fast import: the statuses, alias names and facts are one string
//! each (a line per row, its fields split at `|`), and the codes and each flag's codes one tuple
//! of ints, so loading the module and reading its columns make a handful of objects rather than
//! a few per status, and parse no number.

use httpcodes::{Class, Flag, Status};

use crate::python_pure;
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

/// Checks that `field` can stand as is in a row of a `"""` string split at `|` and line ends.
pub(crate) fn plain(field: &str) {
    let special = ['|', '"', '\\', '\n', '\r'];
    assert!(
        !field.contains(special) && !field.is_empty(),
        "{field:?} cannot be a field of _table.py's rows"
    );
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
        "Core's table as data, from which `__init__.py` builds the enums and reads each code's facts.",
    );
    text.push_str("# ruff: noqa: E501 - a row of a table is one line, however long.\n\n");
    text.push_str(&format!(
        "# The version of every httpcodes package, which the native module also answers.\n\
         VERSION = {}\n\
         # What `httpcodes` exports: its lookups and enums, and one function per flag.\n",
        literal(httpcodes::VERSION)
    ));
    text.push_str("NAMES = (\n");
    for name in public_names() {
        text.push_str(&format!("    {},\n", literal(name)));
    }
    text.push_str(
        ")\n# Core's flags, in its order: bit i of `flag_bits(code)` answers FLAG_NAMES[i].\n",
    );
    text.push_str("FLAG_NAMES = (\n");
    for flag in Flag::ALL {
        text.push_str(&format!("    {},\n", literal(flag.name())));
    }
    text.push_str(")\n# The codes of the table each flag holds for, in the order of FLAG_NAMES.\n");
    text.push_str("FLAG_CODES = (\n");
    for flag in Flag::ALL {
        let codes: Vec<String> = Status::all()
            .iter()
            .filter(|status| status.has(flag))
            .map(|status| status.code().to_string())
            .collect();
        text.push_str(&row(&codes));
    }
    text.push_str(&python_pure::flag_classes());
    text.push_str(&python_pure::escapes());
    text.push_str("# (class digit, NAME, label, range, description)\nCLASSES = (\n");
    for class in Class::ALL {
        text.push_str(&row(&[
            class.digit().to_string(),
            literal(class.name()),
            literal(class.label()),
            literal(class.range()),
            literal(class.description()),
        ]));
    }
    text.push_str(
        ")\n# Every status, in ascending order, one a line: code|NAME|phrase.\nSTATUSES = \"\"\"\\\n",
    );
    let rows: Vec<String> = Status::all()
        .iter()
        .map(|status| {
            let fields = [&status.code().to_string(), status.name(), status.phrase()];
            fields.iter().for_each(|field| plain(field));
            fields.join("|")
        })
        .collect();
    text.push_str(&rows.join("\n"));
    text.push_str("\"\"\"\n# The same codes as ints, in the same order (`int()` of the text costs more).\nCODES = (\n");
    for status in Status::all() {
        text.push_str(&format!("    {},\n", status.code()));
    }
    text.push_str(
        ")\n# The names other tables give a status besides its NAME, one a line: the alias name, then\n\
         # the NAME of the status it stands for.\nALIAS_NAMES = \"\"\"\\\n",
    );
    let rows: Vec<String> = httpcodes::alias_names()
        .iter()
        .map(|(name, status)| {
            plain(name);
            format!("{name} {}", status.name())
        })
        .collect();
    text.push_str(&rows.join("\n"));
    text.push_str("\"\"\"\n");
    text.push_str(&python_pure::aliases());
    text.push_str(
        "\"\"\"\n# Each status's facts from the registry and spec/codes.md, in STATUSES' order, one a\n\
         # line: code|registered phrase (empty where it is the phrase)|reference (empty where the\n\
         # registry has none)|description.\n\
         FACTS = \"\"\"\\\n",
    );
    let rows: Vec<String> = Status::all()
        .iter()
        .map(|status| {
            let reference = status.reference().unwrap_or_default();
            [status.registered_phrase(), status.description()]
                .iter()
                .for_each(|field| plain(field));
            if !reference.is_empty() {
                plain(reference);
            }
            // The registered phrase only where it is not the phrase (302 Found, …).
            let registered = status.registered_phrase();
            let registered = if registered == status.phrase() {
                ""
            } else {
                registered
            };
            format!(
                "{}|{registered}|{reference}|{}",
                status.code(),
                status.description()
            )
        })
        .collect();
    text.push_str(&rows.join("\n"));
    text + "\"\"\"\n"
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
