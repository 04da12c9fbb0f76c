//! The Node door's generated modules: the table as data for where no addon loads, the pure-JS
//! build, the ES-module named exports and the table's literal types.

use httpcodes::{Flag, Status};

use crate::js::{Tree, Value};
use crate::node_types::types;
use crate::text::{camel, header};
use crate::Output;

use httpcodes_node_table::{reverse, table};

/// What api.js returns before the flag functions, in index.mjs' order.
const BEFORE_FLAGS: [&str; 10] = [
    "reasonPhrase",
    "registeredPhrase",
    "referenceOf",
    "descriptionOf",
    "codeOf",
    "nameOf",
    "statusOf",
    "classOf",
    "headerFields",
    "missingFields",
];

/// What api.js returns after the flag functions and before the legacy constants.
const AFTER_FLAGS: [&str; 9] = [
    "all",
    "classes",
    "version",
    "backend",
    "StatusCodes",
    "ReasonPhrases",
    "getReasonPhrase",
    "getStatusCode",
    "getStatusText",
];

pub fn outputs() -> Vec<Output> {
    let table = table();
    let api_source: Vec<String> = API_MODULES
        .iter()
        .map(|path| {
            let source = std::fs::read_to_string(crate::repository().join("node").join(path));
            shared_body(
                &source.unwrap_or_else(|_| panic!("node/{path} is readable")),
                path,
            )
        })
        .collect();
    vec![
        Output {
            path: "node/generated/table.js",
            text: table_module(&table),
        },
        Output {
            path: "node/generated/js.mjs",
            text: js_build(&table, &api_source.join("\n\n")),
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
    BEFORE_FLAGS
        .iter()
        .map(|name| name.to_string())
        .chain(flags)
        .chain(AFTER_FLAGS.iter().map(|name| name.to_string()))
        .collect()
}

/// The table exactly as the addon's `table()` hands it over: the values node/table/src/table.rs
/// writes, which the addon writes as JSON.
fn table() -> Value {
    let keys = reverse::keys();
    let spellings = reverse::spellings(&keys);
    let mut tree = Tree::default();
    table::write_table(
        &mut tree,
        spellings.iter().map(|(text, code)| (text.as_str(), *code)),
    );
    tree.root.expect("the table is one object")
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

/// The modules of the function both builds share, each before the ones that use it: api.js's
/// own `require`s, then api.js.
const API_MODULES: [&str; 7] = [
    "api/errors.js",
    "api/records.js",
    "api/forward.js",
    "api/fields.js",
    "api/reverse.js",
    "api/peer.js",
    "api.js",
];

/// One module of [`API_MODULES`] without its CommonJS parts: its `'use strict'` line, its
/// `require`s of the others and its `module.exports` line. Each defines one `create…` function,
/// so the pure-JS build can hold them all in one scope.
fn shared_body(source: &str, path: &str) -> String {
    let body = source
        .strip_prefix("'use strict';\n")
        .and_then(|rest| rest.trim_end().rsplit_once("\nmodule.exports = "))
        .map(|(body, _)| body);
    let body = body.unwrap_or_else(|| {
        panic!("node/{path} starts with 'use strict' and ends by exporting its function")
    });
    let lines: Vec<&str> = body
        .lines()
        .filter(|line| !(line.starts_with("const create") && line.contains("= require('./api/")))
        .collect();
    lines.join("\n").trim().to_owned()
}

fn named_exports(names: impl IntoIterator<Item = String>) -> String {
    names
        .into_iter()
        .map(|name| format!("  {name},\n"))
        .collect()
}

/// The legacy constants: every NAME, then every alias name (`FOUND`).
fn constant_names() -> impl Iterator<Item = String> {
    let names = Status::all().iter().map(|status| status.name());
    let aliases = httpcodes::alias_names().iter().map(|&(name, _)| name);
    names.chain(aliases).map(str::to_owned)
}

fn js_build(table: &Value, api_source: &str) -> String {
    format!(
        "{}\nconst table = {};\n\n{}\n\nconst httpcodes = createHttpcodes(table, 'js', undefined);\n\n\
         export const {{\n{}{}}} = httpcodes;\n\nexport default httpcodes;\n",
        header(
            "//",
            "The pure-JS build for browsers, Deno, Bun and workers (the `browser`, `worker` and\n\
             // `deno` export conditions): core's table, then node/api.js and its modules; `backend`\n\
             // is 'js'."
        ),
        table.source(""),
        api_source,
        named_exports(exports()),
        named_exports(constant_names()),
    )
}

fn legacy() -> String {
    format!(
        "{}import httpcodes from '../index.js';\n\nexport const {{\n{}}} = httpcodes;\n",
        header(
            "//",
            "The legacy constants of http-status-codes as ES-module named exports."
        ),
        named_exports(constant_names()),
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
