//! The Node door's generated modules: the table as data for where no addon loads, the pure-JS
//! build, the ES-module named exports and the table's literal types.

use httpcodes::{Class, Flag, Status};

use crate::js::Value;
use crate::text::{camel, flag_doc, header};
use crate::Output;

#[path = "../../../node/src/codes.rs"]
#[allow(dead_code)]
mod codes;
#[path = "../../../node/src/reverse.rs"]
mod reverse;

/// What api.js returns besides the flags and the legacy constants, in index.mjs' order.
const API: [&str; 12] = [
    "reasonPhrase",
    "codeOf",
    "nameOf",
    "statusOf",
    "classOf",
    "all",
    "classes",
    "version",
    "backend",
    "StatusCodes",
    "ReasonPhrases",
    "getReasonPhrase",
];

/// The http-status-codes functions after `API`.
const LEGACY_FUNCTIONS: [&str; 2] = ["getStatusCode", "getStatusText"];

pub fn outputs() -> Vec<Output> {
    let table = table();
    let api_source = std::fs::read_to_string(crate::repository().join("node/api.js"))
        .expect("node/api.js is readable");
    vec![
        Output {
            path: "node/generated/table.js",
            text: table_module(&table),
        },
        Output {
            path: "node/generated/js.mjs",
            text: js_build(&table, &api_source),
        },
        Output {
            path: "node/generated/legacy.mjs",
            text: legacy(),
        },
        Output {
            path: "node/index.mjs",
            text: index_mjs(),
        },
        Output {
            path: "node/generated/table.d.ts",
            text: types(),
        },
    ]
}

/// Every export api.js gives but the legacy constants, in order.
fn exports() -> Vec<String> {
    let flags = Flag::ALL.iter().map(|flag| camel(flag.name()));
    let mut names: Vec<String> = API[..5].iter().map(|name| name.to_string()).collect();
    names.extend(flags);
    names.extend(API[5..].iter().map(|name| name.to_string()));
    names.extend(LEGACY_FUNCTIONS.iter().map(|name| name.to_string()));
    names
}

/// The table exactly as the addon's `table()` hands it over (node/src/rows.rs).
fn table() -> Value {
    let keys = reverse::keys();
    let hash = reverse::hash();
    let spellings = reverse::spellings(&keys);
    let widen = |bytes: &[u8]| bytes.iter().copied().map(u32::from).collect::<Vec<_>>();
    let wide = |values: &[u16]| values.iter().copied().map(u32::from).collect::<Vec<_>>();
    Value::Object(vec![
        ("version", Value::str(httpcodes::VERSION)),
        (
            "statuses",
            Value::List(Status::all().iter().map(|&s| status_row(s)).collect()),
        ),
        (
            "classes",
            Value::List(Class::ALL.iter().map(|&c| class_row(c)).collect()),
        ),
        (
            "reverse",
            Value::Object(vec![
                (
                    "spellings",
                    Value::List(spellings.iter().map(|(s, _)| Value::str(s)).collect()),
                ),
                (
                    "spellingCodes",
                    Value::Typed(
                        "Uint16Array",
                        spellings.iter().map(|&(_, c)| u32::from(c)).collect(),
                    ),
                ),
                (
                    "positions",
                    Value::Signed(
                        "Int8Array",
                        hash.positions.iter().copied().map(i32::from).collect(),
                    ),
                ),
                ("units", Value::Typed("Uint16Array", wide(&hash.units))),
                ("lengths", Value::Typed("Uint16Array", wide(&hash.lengths))),
                ("slots", Value::Typed("Uint8Array", widen(&hash.slots))),
                ("empty", Value::Num(hash.empty.into())),
                (
                    "keyUnits",
                    Value::Typed("Uint8Array", widen(&hash.key_units)),
                ),
                (
                    "keyStarts",
                    Value::Typed("Uint16Array", wide(&hash.key_starts)),
                ),
                (
                    "keyCodes",
                    Value::Typed("Uint16Array", wide(&hash.key_codes)),
                ),
                ("fold", Value::Typed("Uint8Array", widen(&hash.fold))),
                ("trimmed", Value::Typed("Uint8Array", widen(&hash.trimmed))),
                ("shortest", Value::Num(hash.shortest)),
                ("longest", Value::Num(hash.longest)),
            ]),
        ),
        (
            "statusOfCode",
            Value::Typed("Uint8Array", widen(&codes::statuses_of_codes())),
        ),
        (
            "classOfCode",
            Value::Typed("Uint8Array", widen(&codes::classes_of_codes())),
        ),
        (
            "flagsOfCode",
            Value::Typed("Uint16Array", wide(&codes::flags_of_codes())),
        ),
        (
            "flagNames",
            Value::List(codes::flag_names().iter().map(|n| Value::str(n)).collect()),
        ),
        (
            "excerptChars",
            Value::Num(httpcodes::doors::EXCERPT_CHARS as u32),
        ),
        (
            "excerptMarker",
            Value::str(httpcodes::doors::EXCERPT_MARKER),
        ),
        (
            "escapedChars",
            Value::Typed(
                "Uint32Array",
                codes::escaped_chars().map(u32::from).collect(),
            ),
        ),
        (
            "escapes",
            Value::List(
                codes::escaped_chars()
                    .map(|c| Value::Str(httpcodes::doors::escape(c).to_string()))
                    .collect(),
            ),
        ),
    ])
}

fn status_row(status: Status) -> Value {
    Value::Object(vec![
        ("code", Value::Num(status.code().into())),
        ("phrase", Value::str(status.phrase())),
        ("name", Value::str(status.name())),
        ("text", Value::Str(status.to_string())),
        ("classDigit", Value::Num(status.class().digit().into())),
    ])
}

fn class_row(class: Class) -> Value {
    Value::Object(vec![
        ("label", Value::str(class.label())),
        ("range", Value::str(class.range())),
        ("description", Value::str(class.description())),
    ])
}

fn table_module(table: &Value) -> String {
    format!(
        "'use strict';\n{}\nmodule.exports = {};\n",
        header(
            "//",
            "Core's table as the addon hands it over, for Node where no addon loads (loader.js)."
        ),
        table.source("")
    )
}

/// api.js without its CommonJS first and last lines: the one function both builds share.
fn api_function(source: &str) -> &str {
    let body = source
        .strip_prefix("'use strict';\n")
        .and_then(|rest| rest.strip_suffix("\nmodule.exports = createHttpcodes;\n"));
    body.expect("node/api.js starts with 'use strict' and ends by exporting createHttpcodes")
        .trim()
}

fn named_exports(names: impl IntoIterator<Item = String>) -> String {
    names
        .into_iter()
        .map(|name| format!("  {name},\n"))
        .collect()
}

fn status_names() -> impl Iterator<Item = String> {
    Status::all().iter().map(|status| status.name().to_owned())
}

fn js_build(table: &Value, api_source: &str) -> String {
    format!(
        "{}\nconst table = {};\n\n{}\n\nconst httpcodes = createHttpcodes(table, 'js', undefined);\n\n\
         export const {{\n{}{}}} = httpcodes;\n\nexport default httpcodes;\n",
        header(
            "//",
            "The pure-JS build for browsers, Deno, Bun and workers (the `browser`, `worker` and\n\
             // `deno` export conditions): core's table, then node/api.js verbatim; `backend` is 'js'."
        ),
        table.source(""),
        api_function(api_source),
        named_exports(exports()),
        named_exports(status_names()),
    )
}

fn legacy() -> String {
    format!(
        "{}import httpcodes from '../index.js';\n\nexport const {{\n{}}} = httpcodes;\n",
        header(
            "//",
            "The legacy constants of http-status-codes as ES-module named exports."
        ),
        named_exports(status_names()),
    )
}

fn index_mjs() -> String {
    format!(
        "{}import httpcodes from './index.js';\n\nexport const {{\n{}}} = httpcodes;\n\n\
         export * from './generated/legacy.mjs';\n\n\
         /**\n \
         * What `require('httpcodes')` gives, as Node gives a CommonJS package's exports to a default\n \
         * import: http-status-codes' default export (the legacy constants, `getStatusCode`,\n \
         * `getStatusText`) and everything else, `default` included.\n \
         */\n\
         export default httpcodes;\n",
        header(
            "//",
            "httpcodes as an ES module: the very objects `require('httpcodes')` returns, as named exports."
        ),
        named_exports(exports()),
    )
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn union(values: impl Iterator<Item = String>) -> String {
    values.map(|value| format!("\n  | {value}")).collect()
}

fn types() -> String {
    let each = |line: &dyn Fn(Status) -> String| -> String {
        Status::all().iter().map(|&status| line(status)).collect()
    };
    let mut text = header(
        "//",
        "The literal types of the table and the flag functions.",
    );
    text.push_str(&format!(
        "\n/** Every listed code by NAME, and every NAME by code, as http-status-codes' enum has them. */\n\
         export declare enum StatusCodes {{\n{}}}\n",
        each(&|s| format!("  /** `{s}` */\n  {} = {},\n", s.name(), s.code()))
    ));
    text.push_str(&format!(
        "\n/** Every reason phrase by NAME, as http-status-codes' enum has them. */\n\
         export declare enum ReasonPhrases {{\n{}}}\n",
        each(&|s| format!("  {} = {},\n", s.name(), quote(s.phrase())))
    ));
    let statuses = || Status::all().iter().copied();
    text.push_str(&format!(
        "\n/** A listed code. */\nexport type StatusCode ={};\n",
        union(statuses().map(|s| s.code().to_string()))
    ));
    text.push_str(&format!(
        "\n/** The NAME of a listed status, e.g. `NOT_FOUND`. */\nexport type StatusName ={};\n",
        union(statuses().map(|s| quote(s.name())))
    ));
    text.push_str(&format!(
        "\n/** A reason phrase as the spec writes it. */\nexport type ReasonPhrase ={};\n",
        union(statuses().map(|s| quote(s.phrase())))
    ));
    text.push_str(&format!(
        "\n/** The label of a class of codes. */\nexport type ClassLabel ={};\n",
        union(Class::ALL.iter().map(|c| quote(c.label())))
    ));
    text.push_str(&format!(
        "\n/** The range of a class of codes. */\nexport type ClassRange ={};\n",
        union(Class::ALL.iter().map(|c| quote(c.range())))
    ));
    text.push_str(&format!(
        "\n/** The phrase of each listed code. */\nexport interface PhraseByCode {{\n{}}}\n",
        each(&|s| format!("  {}: {};\n", s.code(), quote(s.phrase())))
    ));
    text.push_str(&format!(
        "\n/** The NAME of each listed code. */\nexport interface NameByCode {{\n{}}}\n",
        each(&|s| format!("  {}: {};\n", s.code(), quote(s.name())))
    ));
    text.push_str(&format!(
        "\n/** The legacy constants, NAME → code, as http-status-codes' default export holds them. */\n\
         export interface LegacyCodes {{\n{}}}\n",
        each(&|s| format!("  readonly {}: {};\n", s.name(), s.code()))
    ));
    for flag in Flag::ALL {
        text.push_str(&format!(
            "\n/** Whether `code` is {}. */\nexport declare function {}(code: number): boolean;\n",
            flag_doc(flag),
            camel(flag.name())
        ));
    }
    text.push_str(&each(&|s| {
        format!(
            "\n/** @deprecated Use `StatusCodes.{0}`, as http-status-codes advises. */\n\
             export declare const {0}: {1};\n",
            s.name(),
            s.code()
        )
    }));
    text
}
