//! JavaScript source for plain data: the table as Node's modules embed it.

/// A value as the JavaScript table holds it.
pub enum Value {
    Str(String),
    Num(u32),
    List(Vec<Value>),
    /// A typed array of unsigned integers, e.g. `Uint16Array`.
    Typed(&'static str, Vec<u32>),
    /// A typed array of signed integers, e.g. `Int8Array`.
    Signed(&'static str, Vec<i32>),
    Object(Vec<(&'static str, Value)>),
}

impl Value {
    pub fn str(text: &str) -> Value {
        Value::Str(text.to_owned())
    }

    /// The value as JavaScript source starting at column `indent`, wrapped near 100 columns.
    pub fn source(&self, indent: &str) -> String {
        let inner = format!("{indent}  ");
        match self {
            Value::Str(text) => string(text),
            Value::Num(number) => number.to_string(),
            Value::Typed(kind, numbers) => {
                let items = numbers.iter().map(u32::to_string).collect();
                format!("new {kind}({})", wrapped(items, indent))
            }
            Value::Signed(kind, numbers) => {
                let items = numbers.iter().map(i32::to_string).collect();
                format!("new {kind}({})", wrapped(items, indent))
            }
            Value::List(items) if items.iter().all(|item| !item.is_compound()) => {
                wrapped(items.iter().map(|item| item.source("")).collect(), indent)
            }
            Value::List(items) => {
                let lines: String = items
                    .iter()
                    .map(|item| format!("{inner}{},\n", item.source(&inner)))
                    .collect();
                format!("[\n{lines}{indent}]")
            }
            Value::Object(fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(key, value)| format!("{key}: {}", value.source(&inner)))
                    .collect();
                let line = format!("{{ {} }}", fields.join(", "));
                if !line.contains('\n') && indent.len() + line.chars().count() <= 100 {
                    return line;
                }
                let lines: String = fields.iter().map(|f| format!("{inner}{f},\n")).collect();
                format!("{{\n{lines}{indent}}}")
            }
        }
    }

    fn is_compound(&self) -> bool {
        matches!(self, Value::List(_) | Value::Object(_))
    }
}

/// `text` as a JavaScript string literal: JSON's escapes, which JavaScript reads the same.
pub fn string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Short items, as many to a line as fit.
fn wrapped(items: Vec<String>, indent: &str) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for item in items {
        if line.len() + item.len() > 96 - indent.len() {
            lines.push(std::mem::take(&mut line));
        }
        line.push_str(&item);
        line.push_str(", ");
    }
    lines.push(line);
    let body: String = lines
        .iter()
        .map(|line| format!("{indent}  {}\n", line.trim_end()))
        .collect();
    format!("[\n{body}{indent}]")
}
