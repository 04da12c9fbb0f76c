//! The Python door's `_table.py`: core's table as data, from which `__init__.py` builds the enums
//! and reads each code's facts and header fields.
//!
//! `_table.py` is laid out for a fast import: the statuses, alias names, facts and header fields
//! are one string each (a line per row, its fields split at `|`), and the codes and each flag's codes one tuple
//! of ints, so loading the module and reading its columns make a handful of objects rather than
//! a few per status, and parse no number. Each step below writes one or two of its names, from
//! the comment above each to its closing line.

use httpcodes::{Class, Flag, Status};

use crate::python::{literal, public_names};
use crate::python_pure;
use crate::text::header;

pub fn table_module() -> String {
    let mut text = header(
        "#",
        "Core's table as data, from which `__init__.py` builds the enums and reads each code's facts.",
    );
    text.push_str("# ruff: noqa: E501 - a row of a table is one line, however long.\n\n");
    text.push_str(&version_and_names());
    text.push_str(&flags());
    text.push_str(&python_pure::flag_classes());
    text.push_str(&python_pure::escapes());
    text.push_str(&classes());
    text.push_str(&statuses());
    text.push_str(&alias_names());
    text.push_str(&python_pure::aliases());
    text.push_str(&facts());
    text.push_str(&header_fields());
    text
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

/// VERSION, and NAMES: what `httpcodes` exports.
fn version_and_names() -> String {
    let mut text = format!(
        "# The version of every httpcodes package, which the native module also answers.\n\
         VERSION = {}\n\
         # What `httpcodes` exports: its lookups and enums, and one function per flag.\n",
        literal(httpcodes::VERSION)
    );
    text.push_str("NAMES = (\n");
    for name in public_names() {
        text.push_str(&format!("    {},\n", literal(name)));
    }
    text + ")\n"
}

/// FLAG_NAMES, core's flags in its order, and FLAG_CODES, the listed codes of each.
fn flags() -> String {
    let mut text = String::from(
        "# Core's flags, in its order: bit i of `flag_bits(code)` answers FLAG_NAMES[i].\n",
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
    text + ")\n"
}

/// CLASSES: the five classes, each a tuple.
fn classes() -> String {
    let mut text = String::from("# (class digit, NAME, label, range, description)\nCLASSES = (\n");
    for class in Class::ALL {
        text.push_str(&row(&[
            class.digit().to_string(),
            literal(class.name()),
            literal(class.label()),
            literal(class.range()),
            literal(class.description()),
        ]));
    }
    text + ")\n"
}

/// STATUSES, a line per status, and CODES, their codes as ints.
fn statuses() -> String {
    let mut text = String::from(
        "# Every status, in ascending order, one a line: code|NAME|phrase.\nSTATUSES = \"\"\"\\\n",
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
    text + ")\n"
}

/// ALIAS_NAMES, a line per alias name.
fn alias_names() -> String {
    let mut text = String::from(
        "# The names other tables give a status besides its NAME, one a line: the alias name, then\n\
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
    text + "\"\"\"\n"
}

/// FACTS, a line per status: its registered phrase, reference and description.
fn facts() -> String {
    let mut text = String::from(
        "# Each status's facts from the registry and spec/codes.md, in STATUSES' order, one a\n\
         # line: code|registered phrase (empty where it is the phrase, `-` where the registry does\n\
         # not list the code)|reference (empty where the registry has none)|description.\n\
         FACTS = \"\"\"\\\n",
    );
    let rows: Vec<String> = Status::all()
        .iter()
        .map(|&status| fact_row(status))
        .collect();
    text.push_str(&rows.join("\n"));
    text + "\"\"\"\n"
}

fn fact_row(status: Status) -> String {
    let reference = status.reference().unwrap_or_default();
    plain(status.description());
    if !reference.is_empty() {
        plain(reference);
    }
    // The registered phrase only where it is not the phrase (302 Found, …); `-` for none.
    let registered = match status.registered_phrase() {
        None => NONE,
        Some(registered) if registered == status.phrase() => "",
        Some(registered) => {
            plain(registered);
            assert_ne!(
                registered, NONE,
                "a registered phrase cannot be written {NONE:?}"
            );
            registered
        }
    };
    format!(
        "{}|{registered}|{reference}|{}",
        status.code(),
        status.description()
    )
}

/// How FACTS writes a registered phrase the registry does not give (419, 420).
const NONE: &str = "-";

/// HEADER_FIELDS, a line per header field of every status, in STATUSES' order and each code's
/// fields in the RFC's order.
fn header_fields() -> String {
    let mut text = String::from(
        "# The header fields a response with each status carries, by the RFCs, in STATUSES' order\n\
         # and the RFC's, one a line: code|name|level|section|condition (empty where the level\n\
         # always applies). A status without a line carries none.\n\
         HEADER_FIELDS = \"\"\"\\\n",
    );
    let mut rows = Vec::new();
    for status in Status::all() {
        for field in status.header_fields() {
            let condition = field.condition().unwrap_or_default();
            [field.name(), field.level().name(), field.section()]
                .iter()
                .for_each(|text| plain(text));
            if !condition.is_empty() {
                plain(condition);
            }
            rows.push(format!(
                "{}|{}|{}|{}|{condition}",
                status.code(),
                field.name(),
                field.level().name(),
                field.section()
            ));
        }
    }
    text.push_str(&rows.join("\n"));
    text + "\"\"\"\n"
}
