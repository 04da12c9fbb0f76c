//! The C door's generated items (ffi-c/src): one `httpcodes_is_*` function per core flag, and one
//! `HTTPCODES_STATUS_*` constant per `NAME` and alias name.

use httpcodes::{Flag, Status};

use crate::text::{flag_doc, header};
use crate::Output;

pub fn outputs() -> Vec<Output> {
    vec![flags(), statuses()]
}

fn flags() -> Output {
    let mut text = header(
        "//",
        "The C door's `httpcodes_is_*` functions, one per flag of core.",
    );
    text.push_str("\nuse crate::boundary::guard;\n");
    for flag in Flag::ALL {
        let name = flag.name();
        text.push_str(&format!(
            "\n/// Whether `code` is {}.\n///\n/// Thread-safe.\n\
             #[no_mangle]\n\
             pub extern \"C\" fn httpcodes_{name}(code: i32) -> bool {{\n    \
             guard(false, || httpcodes::{name}(code.into()))\n\
             }}\n",
            flag_doc(flag)
        ));
    }
    Output {
        path: "ffi-c/src/flags.rs",
        text,
    }
}

/// Constants, not a C enum: an alias name shares its code with the table's `NAME`.
fn statuses() -> Output {
    let mut text = header(
        "//",
        "The C door's `HTTPCODES_STATUS_*` constants: every `NAME`, then every alias name.",
    );
    for &status in Status::all() {
        text.push_str(&format!(
            "\n/// `{} {}`\npub const HTTPCODES_STATUS_{}: i32 = {};\n",
            status.code(),
            status.phrase(),
            status.name(),
            status.code()
        ));
    }
    for &(name, status) in httpcodes::alias_names() {
        text.push_str(&format!(
            "\n/// `{} {}`, by the name other tables use\npub const HTTPCODES_STATUS_{name}: i32 = {};\n",
            status.code(),
            status.phrase(),
            status.code()
        ));
    }
    Output {
        path: "ffi-c/src/statuses.rs",
        text,
    }
}
