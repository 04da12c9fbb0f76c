//! The shapes the addon hands to JavaScript, built from core.

use httpcodes::{Class, Status};
use napi::bindgen_prelude::{Uint16Array, Uint8Array};
use napi_derive::napi;

use crate::codes;

/// One listed status.
#[napi(object)]
pub struct StatusRow {
    /// The code, e.g. 404.
    pub code: u16,
    /// The spec's reason phrase, e.g. `Not Found`.
    pub phrase: String,
    /// The contract's NAME, e.g. `NOT_FOUND`.
    pub name: String,
    /// The text form, e.g. `404 Not Found`.
    pub text: String,
    /// The position of its class in `Table::classes` plus one.
    pub class_number: u8,
}

/// One class of codes.
#[napi(object)]
pub struct ClassRow {
    /// The spec's name, e.g. `Client Error`.
    pub label: String,
    /// The range it covers, e.g. `4xx`.
    pub range: String,
    /// The spec's one-line description.
    pub description: String,
}

/// A phrase other tables use, accepted by reverse lookup.
#[napi(object)]
pub struct AliasRow {
    /// The alias, e.g. `Payload Too Large`.
    pub phrase: String,
    /// The code it stands for, e.g. 413.
    pub code: u16,
}

/// Core's whole table, in the shapes JavaScript indexes.
#[napi(object)]
pub struct Table {
    /// The version every httpcodes package carries.
    pub version: String,
    /// Every listed status, in ascending code order.
    pub statuses: Vec<StatusRow>,
    /// The five classes, in ascending order.
    pub classes: Vec<ClassRow>,
    /// The extra phrases reverse lookup accepts.
    pub aliases: Vec<AliasRow>,
    /// For each integer 0–999, the position of its status in `statuses` plus one, or 0 for none.
    pub status_of_code: Uint8Array,
    /// For each integer 0–999, the position of its class in `classes` plus one, or 0 for none.
    pub class_of_code: Uint8Array,
    /// For each integer 0–999, the bits of the predicates that hold for it.
    pub predicates_of_code: Uint16Array,
    /// The JavaScript name of the predicate of each bit, lowest bit first.
    pub predicate_names: Vec<String>,
}

pub fn table() -> Table {
    Table {
        version: httpcodes::VERSION.to_owned(),
        statuses: Status::all()
            .iter()
            .map(|&status| status_row(status))
            .collect(),
        classes: Class::ALL.iter().map(|&class| class_row(class)).collect(),
        aliases: httpcodes::aliases()
            .iter()
            .map(|&(phrase, status)| AliasRow {
                phrase: phrase.to_owned(),
                code: status.code(),
            })
            .collect(),
        status_of_code: Uint8Array::new(codes::statuses_of_codes()),
        class_of_code: Uint8Array::new(codes::classes_of_codes()),
        predicates_of_code: Uint16Array::new(codes::predicates_of_codes()),
        predicate_names: codes::PREDICATES
            .iter()
            .map(|&(name, _)| name.to_owned())
            .collect(),
    }
}

fn status_row(status: Status) -> StatusRow {
    StatusRow {
        code: status.code(),
        phrase: status.phrase().to_owned(),
        name: status.name().to_owned(),
        text: status.to_string(),
        class_number: codes::class_number(status.class()),
    }
}

fn class_row(class: Class) -> ClassRow {
    ClassRow {
        label: class.label().to_owned(),
        range: class.range().to_owned(),
        description: class.description().to_owned(),
    }
}
