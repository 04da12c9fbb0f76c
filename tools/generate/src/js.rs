//! JavaScript source for plain data: the table as Node's modules embed it.

use httpcodes_node_table::table::Write;

/// A value as the JavaScript table holds it.
pub enum Value {
    Str(String),
    Num(i64),
    Null,
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value as JavaScript source starting at column `indent`, wrapped near 100 columns.
    pub fn source(&self, indent: &str) -> String {
        let inner = format!("{indent}  ");
        match self {
            Value::Str(text) => string(text),
            Value::Num(number) => number.to_string(),
            Value::Null => "null".to_owned(),
            Value::List(items) if items.is_empty() => "[]".to_owned(),
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

/// Builds a [`Value`] from what node/table/src/table.rs writes, as the addon's JSON holds it.
#[derive(Default)]
pub struct Tree {
    /// The open objects and lists, innermost last, each with the key it will be stored under.
    open: Vec<(Option<String>, Value)>,
    /// The key of the next value.
    key: Option<String>,
    /// The whole value, once its outermost object or list is closed.
    pub root: Option<Value>,
}

impl Tree {
    fn add(&mut self, key: Option<String>, value: Value) {
        match self.open.last_mut() {
            None => self.root = Some(value),
            Some((_, Value::Object(fields))) => {
                fields.push((key.expect("a key before each value of an object"), value));
            }
            Some((_, Value::List(items))) => items.push(value),
            Some(_) => unreachable!("only objects and lists are open"),
        }
    }

    fn value(&mut self, value: Value) {
        let key = self.key.take();
        self.add(key, value);
    }

    fn close(&mut self) {
        let (key, value) = self.open.pop().expect("an object or list is open");
        self.add(key, value);
    }
}

impl Write for Tree {
    fn open_object(&mut self) {
        self.open.push((self.key.take(), Value::Object(Vec::new())));
    }

    fn close_object(&mut self) {
        self.close();
    }

    fn open_list(&mut self) {
        self.open.push((self.key.take(), Value::List(Vec::new())));
    }

    fn close_list(&mut self) {
        self.close();
    }

    fn key(&mut self, key: &str) {
        self.key = Some(key.to_owned());
    }

    fn text(&mut self, text: &str) {
        self.value(Value::Str(text.to_owned()));
    }

    fn number(&mut self, number: i64) {
        self.value(Value::Num(number));
    }

    fn null(&mut self) {
        self.value(Value::Null);
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
