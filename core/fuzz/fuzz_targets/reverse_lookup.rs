//! Reverse lookup and `FromStr` on arbitrary bytes: no panic, and the perfect hash agrees with a
//! plain scan of the table. Run with `make fuzz` (cargo-fuzz, nightly).
#![no_main]

use httpcodes::Status;
use libfuzzer_sys::fuzz_target;

fn scan(text: &[u8]) -> Option<Status> {
    let text = text.trim_ascii();
    let phrases = Status::all().iter().map(|s| (s.phrase(), *s));
    phrases
        .chain(httpcodes::aliases().iter().copied())
        .find(|(key, _)| key.as_bytes().eq_ignore_ascii_case(text))
        .map(|(_, status)| status)
}

fuzz_target!(|data: &[u8]| {
    assert_eq!(Status::from_phrase_bytes(data), scan(data));
    let by_name = Status::all().iter().copied().find(|s| s.name().as_bytes() == data);
    assert_eq!(Status::from_name_bytes(data), by_name);
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(Status::from_phrase(text), scan(data));
        if let Ok(status) = text.parse::<Status>() {
            assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        }
    }
});
