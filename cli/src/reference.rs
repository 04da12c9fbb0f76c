//! The whole reference, from core's table: markdown in the spec's page shape (its title, intro
//! and class sections, with each code's facts as columns), one self-contained HTML page, JSON
//! and CSV.

use std::fmt::Write as _;

use httpcodes::{Class, Status};
use serde::Serialize;

use crate::output::{flags, Entry, NOT_REGISTERED};

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
    /// description
    Csv,
}

/// The reference in `format`.
pub fn render(format: Format) -> String {
    match format {
        Format::Markdown => markdown(),
        Format::Html => html(),
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
            "\n## {}\n\n{}\n\n| Code | Phrase | Registered phrase | Reference | Description |\n\
             |---|---|---|---|---|\n",
            heading(class),
            class.description()
        );
        for status in class.statuses() {
            let cell = |text: &str| text.replace('|', "\\|");
            let registered = if status.registered_phrase() == status.phrase() {
                "—".to_owned()
            } else {
                cell(status.registered_phrase())
            };
            let _ = writeln!(
                page,
                "| {} | {} | {registered} | {} | {} |",
                status.code(),
                cell(status.phrase()),
                cell(status.reference().unwrap_or(NOT_REGISTERED)),
                cell(status.description()),
            );
        }
    }
    page
}

/// Text for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Colours for light and dark (by `prefers-color-scheme`) and the class filter, which is CSS
/// alone (`:target`), so the page filters from a file, without a server or a script.
const STYLE: &str = r##"
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --accent: #0969da; --on-accent: #ffffff; --chip: #f6f8fa; --hit: #fff8c5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
    --accent: #4493f8; --on-accent: #0d1117; --chip: #151b23; --hit: #3b2e00;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body {
  margin: 0 auto; max-width: 56rem; padding: 1.5rem 1rem 3rem;
  background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.25rem; }
h2 a { color: inherit; text-decoration: none; }
a { color: var(--accent); }
.only { display: block; height: 0; }
nav { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0; }
nav a {
  color: inherit; text-decoration: none; border: 1px solid var(--line); border-radius: 999px;
  padding: 0.25rem 0.75rem; background: var(--chip);
}
nav a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
nav a[href="#all"] {
  background: var(--accent); color: var(--on-accent); border-color: var(--accent);
}
.only:target ~ nav a[href="#all"] { background: var(--chip); color: inherit; border-color: var(--line); }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.what { color: var(--muted); font-size: 0.875rem; }
td.code a { font-variant-numeric: tabular-nums; font-weight: 600; text-decoration: none; }
code { font: 0.875em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.flag {
  font-size: 0.75rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 0.375rem;
  color: var(--muted); white-space: nowrap;
}
tr:target { background: var(--hit); }
footer { color: var(--muted); margin-top: 2rem; font-size: 0.875rem; }
"##;

/// Per class: while the URL names `#only-4xx`, the other sections are hidden and its chip lit.
fn filter_rules() -> String {
    let mut css = String::new();
    for class in Class::ALL {
        let range = class.range();
        let _ = writeln!(
            css,
            "#only-{range}:target ~ main > section:not([id=\"{range}\"]) {{ display: none; }}\n\
             #only-{range}:target ~ nav a[href=\"#only-{range}\"] {{ background: var(--accent); \
             color: var(--on-accent); border-color: var(--accent); }}"
        );
    }
    css
}

fn html() -> String {
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"color-scheme\" content=\"light dark\"/>\n\
         <meta name=\"generator\" content=\"httpcodes {version}\"/>\n\
         <title>{title}</title>\n<style>{STYLE}{filters}</style>\n</head>\n<body>\n\
         <h1 id=\"all\">{title}</h1>\n<p>{intro}</p>\n",
        version = httpcodes::VERSION,
        title = escape(TITLE),
        intro = escape(INTRO),
        filters = filter_rules(),
    );
    // Empty targets before the filter and the tables: `#only-4xx` in the URL (a chip's link, a
    // bookmark) shows only that class; `#all`, or any other anchor, shows every class.
    for class in Class::ALL {
        let _ = writeln!(
            page,
            "<span class=\"only\" id=\"only-{}\"></span>",
            class.range()
        );
    }
    page.push_str("<nav aria-label=\"Show one class\">\n<a href=\"#all\">All</a>\n");
    for class in Class::ALL {
        let _ = writeln!(
            page,
            "<a href=\"#only-{range}\">{range} {label}</a>",
            range = class.range(),
            label = escape(class.label())
        );
    }
    page.push_str("</nav>\n<main>\n");
    for class in Class::ALL {
        let range = class.range();
        let _ = write!(
            page,
            "<section id=\"{range}\">\n<h2><a href=\"#{range}\">{heading}</a></h2>\n<p>{description}</p>\n\
             <table>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Description</th>\
             <th scope=\"col\">Name</th><th scope=\"col\">Flags</th>\
             <th scope=\"col\">Reference</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n",
            heading = escape(&heading(class)),
            description = escape(class.description()),
        );
        for status in class.statuses() {
            let code = status.code();
            let flags: String = flags(status)
                .iter()
                .map(|flag| format!("<span class=\"flag\">{flag}</span>"))
                .collect();
            let registered = if status.registered_phrase() == status.phrase() {
                String::new()
            } else {
                format!(
                    "<br/><small>registered as {}</small>",
                    escape(status.registered_phrase())
                )
            };
            let _ = writeln!(
                page,
                "<tr id=\"{code}\"><td class=\"code\"><a href=\"#{code}\">{code}</a></td>\
                 <td>{phrase}{registered}</td><td><code>{name}</code></td><td>{flags}</td>\
                 <td>{reference}</td><td class=\"what\">{description}</td></tr>",
                phrase = escape(status.phrase()),
                name = escape(status.name()),
                reference = escape(status.reference().unwrap_or(NOT_REGISTERED)),
                description = escape(status.description()),
            );
        }
        page.push_str("</tbody>\n</table>\n</section>\n");
    }
    let _ = write!(
        page,
        "</main>\n<footer>Generated by httpcodes {} from its one table of {} statuses.</footer>\n\
         </body>\n</html>\n",
        httpcodes::VERSION,
        Status::all().len()
    );
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

/// A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv() -> String {
    let mut text =
        String::from("code,phrase,name,class,flags,registered_phrase,reference,description\n");
    for &status in Status::all() {
        let _ = writeln!(
            text,
            "{},{},{},{},{},{},{},{}",
            status.code(),
            csv_field(status.phrase()),
            csv_field(status.name()),
            csv_field(status.class().label()),
            csv_field(&flags(status).join(" ")),
            csv_field(status.registered_phrase()),
            csv_field(status.reference().unwrap_or_default()),
            csv_field(status.description()),
        );
    }
    text
}
