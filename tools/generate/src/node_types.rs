//! node/generated/table.d.ts: the literal types of the table and the flag functions, written in
//! the order the file reads: the enums, the unions, the interfaces, the flag functions, then the
//! deprecated constants.

use httpcodes::{Class, Flag, Level, Status};

use crate::text::{camel, flag_doc, header};

pub fn types() -> String {
    let mut text = header(
        "//",
        "The literal types of the table and the flag functions.",
    );
    text.push_str(&enums());
    text.push_str(&unions());
    text.push_str(&interfaces());
    text.push_str(&flag_functions());
    text.push_str(&deprecated_constants());
    text
}

/// `line` of each listed status, in ascending code order, joined.
fn each(line: impl Fn(Status) -> String) -> String {
    Status::all().iter().map(|&status| line(status)).collect()
}

/// `line` of each alias name with its status, in core's order, joined.
fn each_alias(line: impl Fn(&str, Status) -> String) -> String {
    httpcodes::alias_names()
        .iter()
        .map(|&(name, status)| line(name, status))
        .collect()
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn union(values: impl Iterator<Item = String>) -> String {
    values.map(|value| format!("\n  | {value}")).collect()
}

/// `StatusCodes` and `ReasonPhrases`, as http-status-codes declares them.
fn enums() -> String {
    let mut text = format!(
        "\n/**\n * Every listed code by NAME, and every NAME by code, as http-status-codes' enum has them;\n \
         * then each alias name by code (a code still maps to its NAME).\n */\n\
         export declare enum StatusCodes {{\n{}{}}}\n",
        each(|s| format!("  /** `{s}` */\n  {} = {},\n", s.name(), s.code())),
        each_alias(|name, s| format!(
            "  /** `{s}`: the name other tables give it */\n  {name} = {},\n",
            s.code()
        )),
    );
    text.push_str(&format!(
        "\n/** Every reason phrase by NAME, as http-status-codes' enum has them, and by alias name. */\n\
         export declare enum ReasonPhrases {{\n{}{}}}\n",
        each(|s| format!("  {} = {},\n", s.name(), quote(s.phrase()))),
        each_alias(|name, s| format!("  {name} = {},\n", quote(s.phrase()))),
    ));
    text
}

/// One union type per kind of value: codes, names, phrases, class labels and ranges.
fn unions() -> String {
    let statuses = || Status::all().iter().copied();
    let mut text = format!(
        "\n/** A listed code. */\nexport type StatusCode ={};\n",
        union(statuses().map(|s| s.code().to_string()))
    );
    text.push_str(&format!(
        "\n/** The NAME of a listed status, e.g. `NOT_FOUND`. */\nexport type StatusName ={};\n",
        union(statuses().map(|s| quote(s.name())))
    ));
    text.push_str(&format!(
        "\n/** A name other tables give a listed status, e.g. `FOUND` for 302: `statusOf` finds it. */\n\
         export type AliasName ={};\n",
        union(httpcodes::alias_names().iter().map(|&(name, _)| quote(name)))
    ));
    text.push_str(&format!(
        "\n/** A reason phrase as the spec writes it. */\nexport type ReasonPhrase ={};\n",
        union(statuses().map(|s| quote(s.phrase())))
    ));
    text.push_str(&format!(
        "\n/** A phrase as the IANA registry words it (or the spec, where the registry has none). */\n\
         export type RegisteredPhrase ={};\n",
        union(registered_phrases().iter().map(|phrase| quote(phrase)))
    ));
    text.push_str(&format!(
        "\n/**\n * How strongly an RFC asks for a header field: its keyword, or `names it` where the code's\n \
         * definition relies on the field without one.\n */\nexport type FieldLevel ={};\n",
        union(Level::ALL.iter().map(|level| quote(level.name())))
    ));
    text.push_str(&format!(
        "\n/** The label of a class of codes. */\nexport type ClassLabel ={};\n",
        union(Class::ALL.iter().map(|c| quote(c.label())))
    ));
    text.push_str(&format!(
        "\n/** The range of a class of codes. */\nexport type ClassRange ={};\n",
        union(Class::ALL.iter().map(|c| quote(c.range())))
    ));
    text
}

/// Each registered phrase once, in the order of the first code that has it.
fn registered_phrases() -> Vec<&'static str> {
    let mut registered: Vec<&str> = Vec::new();
    for phrase in Status::all().iter().filter_map(|s| s.registered_phrase()) {
        if !registered.contains(&phrase) {
            registered.push(phrase);
        }
    }
    registered
}

/// The per-code facts as interfaces, then the legacy constants' object.
fn interfaces() -> String {
    let mut text = format!(
        "\n/** The phrase of each listed code. */\nexport interface PhraseByCode {{\n{}}}\n",
        each(|s| format!("  {}: {};\n", s.code(), quote(s.phrase())))
    );
    text.push_str(&format!(
        "\n/** The registered phrase of each listed code: `undefined` where the registry does not list it. */\n\
         export interface RegisteredPhraseByCode {{\n{}}}\n",
        each(|s| format!(
            "  {}: {};\n",
            s.code(),
            s.registered_phrase().map_or("undefined".to_owned(), quote)
        ))
    ));
    text.push_str(&format!(
        "\n/** The NAME of each listed code. */\nexport interface NameByCode {{\n{}}}\n",
        each(|s| format!("  {}: {};\n", s.code(), quote(s.name())))
    ));
    text.push_str(&format!(
        "\n/**\n * The legacy constants, NAME → code, as http-status-codes' default export holds them, and\n \
         * each alias name → code.\n */\n\
         export interface LegacyCodes {{\n{}{}}}\n",
        each(|s| format!("  readonly {}: {};\n", s.name(), s.code())),
        each_alias(|name, s| format!("  readonly {name}: {};\n", s.code())),
    ));
    text
}

fn flag_functions() -> String {
    Flag::ALL
        .iter()
        .map(|&flag| {
            format!(
                "\n/** Whether `code` is {}. */\nexport declare function {}(code: number): boolean;\n",
                flag_doc(flag),
                camel(flag.name())
            )
        })
        .collect()
}

/// Each legacy constant on its own, NAMEs then alias names.
fn deprecated_constants() -> String {
    let constant = |name: &str, code: u16| {
        format!(
            "\n/** @deprecated Use `StatusCodes.{name}`, as http-status-codes advises. */\n\
             export declare const {name}: {code};\n"
        )
    };
    let mut text = each(|s| constant(s.name(), s.code()));
    text.push_str(&each_alias(|name, s| constant(name, s.code())));
    text
}
