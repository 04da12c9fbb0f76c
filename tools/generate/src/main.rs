//! Writes every file httpcodes derives from core's table, from core itself, and the C header
//! from ffi-c's sources (cbindgen): no wheel, addon or venv is built first, so the files cannot
//! disagree with the library they describe.
//!
//!     cargo run -p httpcodes-generate            # rewrite the stale files (`make generate`)
//!     cargo run -p httpcodes-generate -- --check # name each stale file, exit 1 (`make lint`)
//!
//! Every file written here is wholly generated and says so on its first lines; none is spliced
//! into a hand-written one.

mod c;
mod compat;
mod header;
mod js;
mod node;
mod node_types;
mod python;
mod python_flags;
mod python_pure;
mod python_table;
mod text;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One generated file: its path from the repository root and what it must hold.
pub struct Output {
    pub path: &'static str,
    pub text: String,
}

/// What derives from core's table.
fn table_outputs() -> Vec<Output> {
    let mut outputs = Vec::new();
    outputs.extend(c::outputs());
    outputs.extend(python::outputs());
    outputs.extend(node::outputs());
    outputs.extend(compat::outputs());
    outputs
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(_) => {
            eprintln!("usage: generate [--check]");
            return ExitCode::from(2);
        }
    };
    // The header is read from ffi-c's sources, one of which (`statuses.rs`) derives from the
    // table: it is made once the table's files are written.
    let stale = match settle(table_outputs(), check) {
        Ok(stale) => stale,
        Err(code) => return code,
    };
    let stale = stale
        + match settle(header::outputs(), check) {
            Ok(stale) => stale,
            Err(code) => return code,
        };
    if stale > 0 {
        return ExitCode::FAILURE;
    }
    if check {
        println!("every generated file is current");
    }
    ExitCode::SUCCESS
}

/// Writes each stale file of `outputs`, or with `check` names it; how many were stale.
fn settle(outputs: Vec<Output>, check: bool) -> Result<usize, ExitCode> {
    let root = repository();
    let mut stale = 0;
    for output in outputs {
        let path = root.join(output.path);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == output.text {
            continue;
        }
        if check {
            eprintln!(
                "{} is stale: run `make generate` and commit it",
                output.path
            );
            stale += 1;
        } else if let Err(error) = std::fs::write(&path, &output.text) {
            eprintln!("cannot write {}: {error}", output.path);
            return Err(ExitCode::FAILURE);
        } else {
            println!("wrote {}", output.path);
        }
    }
    Ok(stale)
}
