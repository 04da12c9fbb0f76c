//! A few lookups, both ways: `cargo run -p httpcodes --example lookup`.

use httpcodes::Status;

fn main() {
    for code in [200, 302, 404, 418, 499, 65940] {
        match Status::from_code(code) {
            Some(status) => println!("{code:>6} -> {status} ({})", status.class()),
            None => match httpcodes::class_of(code) {
                Some(class) => println!("{code:>6} -> unlisted, class {class}"),
                None => println!("{code:>6} -> unknown"),
            },
        }
    }
    for text in [
        "not found",
        "  Payload Too Large ",
        "IM_A_TEAPOT",
        "Early Hints",
    ] {
        match text.parse::<Status>() {
            Ok(status) => println!("{text:?} -> {} ({})", status.code(), status.name()),
            Err(error) => println!("{text:?} -> {error}"),
        }
    }
    let redirects: Vec<u16> = Status::all()
        .iter()
        .filter(|s| s.is_redirect())
        .map(|s| s.code())
        .collect();
    println!("redirects: {redirects:?}");
}
