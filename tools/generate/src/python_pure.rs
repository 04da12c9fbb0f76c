//! The parts of the Python door's `_table.py` that only its pure-Python lookups (`_pure`, all
//! the pure wheel has) read: the phrase aliases, each flag's ranges and the excerpt rule's
//! escapes, each from core and checked against it, so the pure lookups hand-write no table.

use httpcodes::{Class, Flag, Status};

use crate::python::literal;
use crate::python_table::plain;

/// The phrases reverse lookup takes besides the table's, one a line: `alias|NAME`.
pub(crate) fn aliases() -> String {
    let mut text = String::from(
        "# The phrases reverse lookup takes besides the table's, one a line: the alias, then\n\
         # the NAME of the status it stands for (read by `_pure`, the lookups without native code).\n\
         ALIASES = \"\"\"\\\n",
    );
    let rows: Vec<String> = httpcodes::aliases()
        .iter()
        .map(|(alias, status)| {
            plain(alias);
            format!("{alias}|{}", status.name())
        })
        .collect();
    text.push_str(&rows.join("\n"));
    text + "\"\"\"\n"
}

/// The class digits over whose whole range each flag holds, listed code or not (`is_error`: 4
/// and 5; none for a listed flag), after checking that these and FLAG_CODES give core's answer
/// for every code the pure-Python lookups may be asked.
pub(crate) fn flag_classes() -> String {
    let mut text = String::from(
        "# The class digits over whose whole range each flag holds, in the order of FLAG_NAMES.\n\
         FLAG_CLASSES = (\n",
    );
    for flag in Flag::ALL {
        let digits: Vec<u8> = Class::ALL
            .iter()
            .map(|class| class.digit())
            .filter(|&digit| {
                let first = i64::from(digit) * 100;
                (first..first + 100).all(|code| flag.holds_for(code))
            })
            .collect();
        for code in -1000..2000 {
            let listed = Status::from_code(code).is_some_and(|status| status.has(flag));
            let by_range =
                Class::from_code(code).is_some_and(|class| digits.contains(&class.digit()));
            assert_eq!(
                flag.holds_for(code),
                listed || by_range,
                "{} {code}",
                flag.name()
            );
        }
        let fields: Vec<String> = digits.iter().map(u8::to_string).collect();
        let tuple = match fields.len() {
            1 => format!("({},)", fields[0]),
            _ => format!("({})", fields.join(", ")),
        };
        text.push_str(&format!("    {tuple},\n"));
    }
    text + ")\n"
}

/// Core's excerpt rule: its length and marker, the characters it escapes as ranges of code
/// points, and the short escapes among them (`\\n`); every other one is written `\\u{hex}`.
pub(crate) fn escapes() -> String {
    let mut text = format!(
        "# Core's excerpt rule: how many characters of a value a message quotes, what marks a\n\
         # cut, and the code point ranges it escapes, first and last.\n\
         EXCERPT_CHARS = {}\nEXCERPT_MARKER = {}\nESCAPED = (\n",
        httpcodes::doors::EXCERPT_CHARS,
        literal(httpcodes::doors::EXCERPT_MARKER)
    );
    let mut short = String::new();
    for (first, last) in httpcodes::doors::ESCAPED {
        text.push_str(&format!(
            "    ({}, {}),\n",
            u32::from(first),
            u32::from(last)
        ));
        for c in first..=last {
            let escape = httpcodes::doors::escape(c).to_string();
            if !escape.starts_with("\\u{") {
                short.push_str(&format!("    ({}, {}),\n", u32::from(c), literal(&escape)));
            }
        }
    }
    text.push_str(
        ")\n# Those written otherwise than `\\u{hex}`: (code point, escape).\nSHORT_ESCAPES = (\n",
    );
    text + &short + ")\n"
}
