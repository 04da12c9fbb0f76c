//! The C door's flag functions, one `httpcodes_is_*` per core flag (ffi-c/src/flags.rs).

use httpcodes::Flag;

use crate::text::{flag_doc, header};
use crate::Output;

pub fn outputs() -> Vec<Output> {
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
    vec![Output {
        path: "ffi-c/src/flags.rs",
        text,
    }]
}
