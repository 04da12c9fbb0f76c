//! Core's whole table as plain values, in the shape the JavaScript layer reads (api.js).
//!
//! The addon hands it over as JSON text, once, at load (`table()` in lib.rs): one string crosses
//! Node-API instead of a thousand values, each of which needed conversion code of its own in the
//! addon (close to a tenth of its size). tools/generate writes the very
//! same values as JavaScript source for the pure-JS build (node/generated/), so the two builds
//! cannot get different tables.
//!
//! [`write_table`] streams the values into a [`Write`], with no tree in between: [`Json`] in the
//! addon, a tree of JavaScript values in tools/generate. Every list of numbers is a plain list;
//! api.js copies each into a typed array.

use httpcodes::{Class, HeaderField, Status};

use crate::json::Json;
use crate::{codes, reverse};

/// Where [`write_table`] writes: plain values, objects and lists, in order. A key comes before
/// each value of an object.
pub trait Write {
    fn open_object(&mut self);
    fn close_object(&mut self);
    fn open_list(&mut self);
    fn close_list(&mut self);
    fn key(&mut self, key: &str);
    fn text(&mut self, text: &str);
    fn number(&mut self, number: i64);
    /// No value where one may be, e.g. the reference of an unregistered code.
    fn null(&mut self);
}

/// Everything the JavaScript layer needs, from core, into `w`. `spellings` are the spellings of
/// core's keys with their codes (`reverse::spellings`), which build.rs computes ahead for the
/// addon.
pub fn write_table<'a, W: Write>(
    w: &mut W,
    spellings: impl Iterator<Item = (&'a str, u16)> + Clone,
) {
    w.open_object();
    // The version every httpcodes package carries.
    w.key("version");
    w.text(httpcodes::VERSION);
    // Every listed status, in ascending code order.
    w.key("statuses");
    w.open_list();
    for &status in Status::all() {
        status_row(w, status);
    }
    w.close_list();
    // The other names code written for other tables uses (`FOUND`), in core's order.
    w.key("aliasNames");
    w.open_list();
    for &(name, status) in httpcodes::alias_names() {
        w.open_object();
        w.key("name");
        w.text(name);
        w.key("code");
        w.number(status.code().into());
        w.close_object();
    }
    w.close_list();
    // The five classes, in ascending order.
    w.key("classes");
    w.open_list();
    for class in Class::ALL {
        class_row(w, class);
    }
    w.close_list();
    w.key("reverse");
    reverse_table(w, spellings);
    // For each integer 0–999: the position of its status in `statuses` plus one, the position
    // of its class in `classes` plus one (0 for none), and the bits of the flags that hold.
    w.key("statusOfCode");
    numbers(w, codes::statuses_of_codes());
    w.key("classOfCode");
    numbers(w, codes::classes_of_codes());
    w.key("flagsOfCode");
    numbers(w, codes::flags_of_codes());
    // The JavaScript name of the flag of each bit, lowest bit first.
    w.key("flagNames");
    w.open_list();
    for name in codes::flag_names() {
        w.text(&name);
    }
    w.close_list();
    // Core's excerpt rule: how many characters of a bad value a message quotes, what follows a
    // cut one, and every character it escapes (by code point) with how it is written.
    w.key("excerptChars");
    w.number(i64::try_from(httpcodes::doors::EXCERPT_CHARS).unwrap_or(i64::MAX));
    w.key("excerptMarker");
    w.text(httpcodes::doors::EXCERPT_MARKER);
    w.key("escapedChars");
    numbers(w, codes::escaped_chars().map(u32::from));
    w.key("escapes");
    w.open_list();
    for c in codes::escaped_chars() {
        w.text(&httpcodes::doors::escape(c).to_string());
    }
    w.close_list();
    w.close_object();
}

/// The table as JSON text.
pub fn json<'a>(spellings: impl Iterator<Item = (&'a str, u16)> + Clone) -> String {
    let mut json = Json::with_capacity(1 << 16);
    write_table(&mut json, spellings);
    json.into_string()
}

fn numbers<W: Write, N: Into<i64>>(w: &mut W, numbers: impl IntoIterator<Item = N>) {
    w.open_list();
    for number in numbers {
        w.number(number.into());
    }
    w.close_list();
}

/// One listed status: its code, phrase, NAME, text form (`404 Not Found`), class digit (its
/// class's position in `classes` plus one), registered phrase and reference (each `null` for a
/// code the registry does not list: 419, 420), description and header fields.
fn status_row<W: Write>(w: &mut W, status: Status) {
    w.open_object();
    w.key("code");
    w.number(status.code().into());
    w.key("phrase");
    w.text(status.phrase());
    w.key("name");
    w.text(status.name());
    w.key("text");
    w.text(&status.to_string());
    w.key("classDigit");
    w.number(status.class().digit().into());
    w.key("registeredPhrase");
    optional_text(w, status.registered_phrase());
    w.key("reference");
    optional_text(w, status.reference());
    w.key("description");
    w.text(status.description());
    w.key("headerFields");
    w.open_list();
    for field in status.header_fields() {
        header_field(w, field);
    }
    w.close_list();
    w.close_object();
}

/// `text`, or `null` where there is none.
fn optional_text<W: Write>(w: &mut W, text: Option<&str>) {
    match text {
        Some(text) => w.text(text),
        None => w.null(),
    }
}

/// One header field a response with the status carries: its name, level (`MUST`, …, `names
/// it`), section (`RFC 9110, Section 15.5.6`) and condition (`null` where the level always
/// applies), in core's words.
fn header_field<W: Write>(w: &mut W, field: &HeaderField) {
    w.open_object();
    w.key("name");
    w.text(field.name());
    w.key("level");
    w.text(field.level().name());
    w.key("section");
    w.text(field.section());
    w.key("condition");
    optional_text(w, field.condition());
    w.close_object();
}

/// One class: its label, range (`4xx`) and the spec's one line.
fn class_row<W: Write>(w: &mut W, class: Class) {
    w.open_object();
    w.key("label");
    w.text(class.label());
    w.key("range");
    w.text(class.range());
    w.key("description");
    w.text(class.description());
    w.close_object();
}

/// Reverse lookup (text → code) as data: the spellings answered with one property read, then
/// core's perfect hash, which api.js walks without repeating any of core's choices (reverse.rs
/// says how).
fn reverse_table<'a, W: Write>(w: &mut W, spellings: impl Iterator<Item = (&'a str, u16)> + Clone) {
    let hash = reverse::hash();
    w.open_object();
    w.key("spellings");
    w.open_list();
    for (text, _) in spellings.clone() {
        w.text(text);
    }
    w.close_list();
    w.key("spellingCodes");
    numbers(w, spellings.map(|(_, code)| code));
    w.key("positions");
    numbers(w, hash.positions);
    w.key("units");
    numbers(w, hash.units);
    w.key("lengths");
    numbers(w, hash.lengths);
    w.key("slots");
    numbers(w, hash.slots);
    w.key("empty");
    w.number(hash.empty.into());
    w.key("keyUnits");
    numbers(w, hash.key_units);
    w.key("keyStarts");
    numbers(w, hash.key_starts);
    w.key("keyCodes");
    numbers(w, hash.key_codes);
    w.key("fold");
    numbers(w, hash.fold);
    w.key("trimmed");
    numbers(w, hash.trimmed);
    w.key("shortest");
    w.number(hash.shortest.into());
    w.key("longest");
    w.number(hash.longest.into());
    w.close_object();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> String {
        let keys = reverse::keys();
        let spellings = reverse::spellings(&keys);
        json(spellings.iter().map(|(s, c)| (s.as_str(), *c)))
    }

    /// `text` as a JSON string, by the addon's writer.
    fn quoted(text: &str) -> String {
        let mut json = Json::default();
        json.text(text);
        json.into_string()
    }

    #[test]
    fn every_status_carries_its_facts_from_core() {
        let table = table();
        let optional = |text: Option<&str>| text.map_or("null".to_owned(), quoted);
        for status in Status::all() {
            let fields: Vec<String> = status
                .header_fields()
                .iter()
                .map(|field| {
                    format!(
                        "{{\"name\":{},\"level\":{},\"section\":{},\"condition\":{}}}",
                        quoted(field.name()),
                        quoted(field.level().name()),
                        quoted(field.section()),
                        optional(field.condition()),
                    )
                })
                .collect();
            let row = format!(
                "{{\"code\":{},\"phrase\":{},\"name\":{},\"text\":{},\"classDigit\":{},\
                 \"registeredPhrase\":{},\"reference\":{},\"description\":{},\
                 \"headerFields\":[{}]}}",
                status.code(),
                quoted(status.phrase()),
                quoted(status.name()),
                quoted(&status.to_string()),
                status.class().digit(),
                optional(status.registered_phrase()),
                optional(status.reference()),
                quoted(status.description()),
                fields.join(","),
            );
            assert!(table.contains(&row), "{row}");
        }
        assert!(table.is_ascii());
        assert!(table.contains("\"reference\":null"));
        assert!(table.contains("\"registeredPhrase\":null"));
        assert!(table.contains("\"condition\":null"));
        assert!(table.contains("\"aliasNames\":[{\"name\":\"FOUND\",\"code\":302},"));
    }
}
