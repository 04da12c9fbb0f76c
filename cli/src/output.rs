//! How answers are printed: text for people, JSON for programs.

use std::fmt::Write as _;

use httpcodes::{Flag, HeaderField, Status};
use serde::Serialize;

use crate::lookup::Answer;

/// One status (or an unlisted code's class) in JSON; these keys are stable, and new ones are
/// only ever added after them.
#[derive(Serialize)]
pub struct Entry {
    pub code: i64,
    pub phrase: Option<&'static str>,
    pub name: Option<&'static str>,
    pub class: Option<&'static str>,
    pub flags: Vec<&'static str>,
    pub registered_phrase: Option<&'static str>,
    pub reference: Option<&'static str>,
    pub description: Option<&'static str>,
    pub header_fields: Vec<FieldEntry>,
}

/// One header field of a status in JSON: the RFC's name, level, section and condition (null when
/// the level always applies).
#[derive(Serialize)]
pub struct FieldEntry {
    pub name: &'static str,
    pub level: &'static str,
    pub section: &'static str,
    pub condition: Option<&'static str>,
}

impl FieldEntry {
    pub fn of(field: &HeaderField) -> FieldEntry {
        FieldEntry {
            name: field.name(),
            level: field.level().name(),
            section: field.section(),
            condition: field.condition(),
        }
    }
}

impl Entry {
    pub fn of(status: Status) -> Entry {
        Entry {
            code: i64::from(status.code()),
            phrase: Some(status.phrase()),
            name: Some(status.name()),
            class: Some(status.class().label()),
            flags: flags(status),
            registered_phrase: status.registered_phrase(),
            reference: status.reference(),
            description: Some(status.description()),
            header_fields: status.header_fields().iter().map(FieldEntry::of).collect(),
        }
    }
}

/// What a person reads for a code the registry does not list.
pub const NOT_REGISTERED: &str = "none: not in the IANA registry";

/// The listed flags of `status` (those beyond its class), by core's names: `is_retry`.
pub fn flags(status: Status) -> Vec<&'static str> {
    Flag::ALL
        .into_iter()
        .filter(|&flag| flag.is_listed() && status.has(flag))
        .map(Flag::name)
        .collect()
}

/// The JSON of one answer: an object, an array for a class, or null when not found.
fn json_of(answer: &Answer) -> String {
    match answer {
        Answer::Status(status) => compact(&Entry::of(*status)),
        Answer::Class(class) => compact(&class.statuses().map(Entry::of).collect::<Vec<_>>()),
        Answer::Unlisted { code, class } => compact(&Entry {
            code: *code,
            phrase: None,
            name: None,
            class: Some(class.label()),
            flags: Vec::new(),
            registered_phrase: None,
            reference: None,
            description: None,
            header_fields: Vec::new(),
        }),
        Answer::Miss(_) => "null".to_owned(),
    }
}

/// Compact JSON of anything this program builds (plain data: it always serializes).
fn compact(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// An array with one element per line, so it reads well and still parses as one document.
fn json_array(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    if items.is_empty() {
        return "[]\n".to_owned();
    }
    format!("[\n  {}\n]\n", items.join(",\n  "))
}

/// The answers to the queries: one object for a single status query, else one array element
/// per query; in text, a detailed block for a single status, else one line per status.
pub fn answers(answers: &[Answer], json: bool) -> String {
    if json {
        return match answers {
            [single @ (Answer::Status(_) | Answer::Unlisted { .. } | Answer::Miss(_))] => {
                format!("{}\n", json_of(single))
            }
            [Answer::Class(class)] => statuses(&class.statuses().collect::<Vec<_>>(), true),
            _ => json_array(answers.iter().map(json_of)),
        };
    }
    if let [Answer::Status(status)] = answers {
        return detail(*status);
    }
    let mut text = String::new();
    for answer in answers {
        match answer {
            Answer::Status(status) => text.push_str(&line(*status)),
            Answer::Class(class) => {
                let _ = writeln!(text, "{} — {}", class.range(), class.label());
                let _ = writeln!(text, "{}", class.description());
                for status in class.statuses() {
                    text.push_str(&line(status));
                }
            }
            Answer::Unlisted { .. } | Answer::Miss(_) => {}
        }
    }
    text
}

/// A list of statuses: a JSON array, or one line each.
pub fn statuses(statuses: &[Status], json: bool) -> String {
    if json {
        return json_array(statuses.iter().map(|&status| compact(&Entry::of(status))));
    }
    statuses.iter().map(|&status| line(status)).collect()
}

/// The widest phrase, so the NAME column lines up in every list.
fn phrase_width() -> usize {
    Status::all()
        .iter()
        .map(|status| status.phrase().chars().count())
        .max()
        .unwrap_or(0)
}

fn line(status: Status) -> String {
    format!(
        "{}  {:<width$}  {}\n",
        status.code(),
        status.phrase(),
        status.name(),
        width = phrase_width()
    )
}

fn detail(status: Status) -> String {
    let class = status.class();
    let flags = flags(status);
    let alias_names: Vec<&str> = status.alias_names().collect();
    let aliases: Vec<&str> = status.aliases().collect();
    let mut rows = vec![("name", status.name().to_owned())];
    if !alias_names.is_empty() {
        rows.push(("also named", alias_names.join(", ")));
    }
    rows.push(("class", format!("{} {}", class.range(), class.label())));
    rows.push((
        "flags",
        if flags.is_empty() {
            "none".to_owned()
        } else {
            flags.join(", ")
        },
    ));
    rows.push((
        "registered phrase",
        status
            .registered_phrase()
            .unwrap_or(NOT_REGISTERED)
            .to_owned(),
    ));
    rows.push((
        "reference",
        status.reference().unwrap_or(NOT_REGISTERED).to_owned(),
    ));
    rows.push(("description", status.description().to_owned()));
    rows.push(("header fields", header_fields(status)));
    if !aliases.is_empty() {
        rows.push(("aliases", aliases.join(", ")));
    }
    let width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 1;
    let mut text = format!("{status}\n");
    for (label, value) in rows {
        // A value of several lines (the header fields) continues under its first line.
        let value = value.replace('\n', &format!("\n{:width$} ", ""));
        let _ = writeln!(text, "{:<width$} {value}", format!("{label}:"));
    }
    text
}

/// The header fields of `status`, one per line as they show
/// (`Allow (MUST, RFC 9110, Section 15.5.6)`), or `none`.
pub fn header_fields(status: Status) -> String {
    let fields: Vec<String> = status
        .header_fields()
        .iter()
        .map(ToString::to_string)
        .collect();
    if fields.is_empty() {
        "none".to_owned()
    } else {
        fields.join("\n")
    }
}
