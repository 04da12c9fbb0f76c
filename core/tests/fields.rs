//! The header-field vectors (`tests/vectors/header_fields.tsv`, `missing_fields.tsv`) against the
//! core.

use std::path::PathBuf;

use httpcodes::Status;

mod tsv;

/// The data rows of one vector file (the vectors travel inside the crate: tests/vectors).
fn rows(file: &str) -> Vec<Vec<String>> {
    tsv::rows(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors"),
        file,
    )
}

#[test]
fn every_header_field() {
    let rows = rows("header_fields.tsv");
    for &status in Status::all() {
        let expected: Vec<String> = rows
            .iter()
            .filter(|row| row[0] == status.code().to_string())
            .map(|row| row[1..].join("\t"))
            .collect();
        let found: Vec<String> = status
            .header_fields()
            .iter()
            .map(|field| {
                let condition = field.condition().unwrap_or("-");
                let level = field.level().name();
                format!(
                    "{}\t{level}\t{}\t{condition}",
                    field.name(),
                    field.section()
                )
            })
            .collect();
        assert_eq!(found, expected, "{status}");
        let code = i64::from(status.code());
        assert_eq!(httpcodes::header_fields(code), Some(status.header_fields()));
    }
    let listed = |code: &str| Status::from_code(code.parse().unwrap()).is_some();
    assert!(
        rows.iter().all(|row| listed(&row[0])),
        "a row for an unlisted code"
    );
    assert_eq!(httpcodes::header_fields(499), None);
}

#[test]
fn every_missing_fields_case() {
    let list = |field: &str| -> Vec<String> {
        match field {
            "-" => vec![],
            field => field.split(',').map(str::to_owned).collect(),
        }
    };
    for row in rows("missing_fields.tsv") {
        let [code, present, missing, case] = &row[..] else {
            unreachable!()
        };
        let status = Status::from_code(code.parse().unwrap()).unwrap();
        let found: Vec<&str> = status
            .missing_fields(&list(&tsv::unescape(present)))
            .map(|field| field.name())
            .collect();
        assert_eq!(found, list(missing), "{case}");
    }
}
