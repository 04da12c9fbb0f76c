//! The whole reference, from core's table: markdown in the spec's page shape (its title, intro
//! and class sections, with each code's facts as columns), one self-contained HTML page, JSON
//! and CSV.

use std::fmt::Write as _;

use httpcodes::{Class, Status};
use serde::Serialize;

use crate::output::{flags, Entry, NOT_REGISTERED};

mod html;

/// The page's title and first paragraph, as in the spec's page.
const TITLE: &str = "HTTP Response Status Codes";
const INTRO: &str = "Every API response includes an HTTP status code indicating the result of \
                     the request. Use this reference to understand what each code means.";

/// The formats of the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The spec's page: a heading, description and table per class, one row per code
    #[value(alias = "md")]
    Markdown,
    /// One self-contained page: light and dark, an anchor per code, a class filter
    Html,
    /// The classes with their descriptions and statuses
    Json,
    /// One row per status: code, phrase, name, class, flags, registered phrase, reference,
    /// description, header fields
    Csv,
}

/// The reference in `format`.
pub fn render(format: Format) -> String {
    match format {
        Format::Markdown => markdown(),
        Format::Html => html::page(),
        Format::Json => json(),
        Format::Csv => csv(),
    }
}

/// A class's heading as the spec writes it, e.g. `4xx — Client Error`.
fn heading(class: Class) -> String {
    format!("{} — {}", class.range(), class.label())
}

fn markdown() -> String {
    let mut page = format!("# {TITLE}\n\n{INTRO}\n");
    for class in Class::ALL {
        let _ = write!(
            page,
            "\n## {}\n\n{}\n\n| Code | Phrase | Registered phrase | Reference | Description | \
             Header fields |\n|---|---|---|---|---|---|\n",
            heading(class),
            class.description()
        );
        for status in class.statuses() {
            let cell = |text: &str| text.replace('|', "\\|");
            let registered = match status.registered_phrase() {
                Some(registered) if registered != status.phrase() => cell(registered),
                Some(_) => "—".to_owned(),
                None => cell(NOT_REGISTERED),
            };
            let fields = header_fields(status, "; ");
            let _ = writeln!(
                page,
                "| {} | {} | {registered} | {} | {} | {} |",
                status.code(),
                cell(status.phrase()),
                cell(status.reference().unwrap_or(NOT_REGISTERED)),
                cell(status.description()),
                cell(if fields.is_empty() { "—" } else { &fields }),
            );
        }
    }
    page
}

#[derive(Serialize)]
struct Reference {
    title: &'static str,
    version: &'static str,
    classes: Vec<ClassEntry>,
}

#[derive(Serialize)]
struct ClassEntry {
    class: &'static str,
    range: &'static str,
    description: &'static str,
    statuses: Vec<Entry>,
}

fn json() -> String {
    let reference = Reference {
        title: TITLE,
        version: httpcodes::VERSION,
        classes: Class::ALL
            .into_iter()
            .map(|class| ClassEntry {
                class: class.label(),
                range: class.range(),
                description: class.description(),
                statuses: class.statuses().map(Entry::of).collect(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&reference).unwrap_or_else(|_| "null".to_owned());
    text.push('\n');
    text
}

/// The header fields of `status` as they show (`Allow (MUST, RFC 9110, Section 15.5.6)`),
/// joined by `separator`; empty for none.
fn header_fields(status: Status, separator: &str) -> String {
    let fields: Vec<String> = status
        .header_fields()
        .iter()
        .map(ToString::to_string)
        .collect();
    fields.join(separator)
}

/// A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv() -> String {
    let mut text = String::from(
        "code,phrase,name,class,flags,registered_phrase,reference,description,header_fields\n",
    );
    for &status in Status::all() {
        let _ = writeln!(
            text,
            "{},{},{},{},{},{},{},{},{}",
            status.code(),
            csv_field(status.phrase()),
            csv_field(status.name()),
            csv_field(status.class().label()),
            csv_field(&flags(status).join(" ")),
            csv_field(status.registered_phrase().unwrap_or_default()),
            csv_field(status.reference().unwrap_or_default()),
            csv_field(status.description()),
            csv_field(&header_fields(status, "; ")),
        );
    }
    text
}
