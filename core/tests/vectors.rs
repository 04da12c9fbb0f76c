//! Runs every shared vector in `tests/vectors/` against the core.

use std::path::PathBuf;

use httpcodes::{Class, Status};

mod tsv;

use tsv::unescape;

/// The data rows of one vector file (the vectors travel inside the crate: tests/vectors).
fn rows(file: &str) -> Vec<Vec<String>> {
    tsv::rows(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors"),
        file,
    )
}

fn expected_code(field: &str) -> Option<u16> {
    (field != "unknown").then(|| field.parse().expect("a code or `unknown`"))
}

fn class_by_label(label: &str) -> Option<Class> {
    Class::ALL.into_iter().find(|class| class.label() == label)
}

#[test]
fn every_status_row() {
    let rows = rows("statuses.tsv");
    assert_eq!(httpcodes::COUNT, rows.len());
    for (index, row) in rows.iter().enumerate() {
        let [code, phrase, name, class, flags] = &row[..] else {
            unreachable!()
        };
        let code: i64 = code.parse().unwrap();
        let status = Status::from_code(code).unwrap_or_else(|| panic!("{code} is listed"));
        assert_eq!(i64::from(status.code()), code);
        assert_eq!(status.phrase(), phrase);
        assert_eq!(status.name(), name);
        assert_eq!(status.class().label(), class);
        let listed = |flag: &str| flags.split(',').any(|listed| listed == flag);
        assert_eq!(status.is_redirect(), listed("is_redirect"), "{code}");
        assert_eq!(status.is_empty_body(), listed("is_empty_body"), "{code}");
        assert_eq!(status.is_retry(), listed("is_retry"), "{code}");
        assert_eq!(
            status.is_cacheable_by_default(),
            listed("is_cacheable_by_default"),
            "{code}"
        );
        assert_eq!(
            httpcodes::is_cacheable_by_default(code),
            listed("is_cacheable_by_default"),
            "{code}"
        );
        assert_eq!(status.to_string(), format!("{code} {phrase}"));
        assert_eq!(
            httpcodes::doors::nth(index),
            Some(status),
            "ascending order"
        );
        assert_eq!(httpcodes::doors::index(status), index);
        assert_eq!(Status::all()[index], status);

        assert_eq!(httpcodes::reason_phrase(code), Some(phrase.as_str()));
        assert_eq!(
            httpcodes::doors::reason_phrase_c(code).map(|c| c.to_str()),
            Some(Ok(phrase.as_str()))
        );
        assert_eq!(
            httpcodes::doors::phrase_c(status).to_str(),
            Ok(phrase.as_str())
        );
        assert_eq!(httpcodes::doors::name_c(status).to_str(), Ok(name.as_str()));
        assert_eq!(httpcodes::name_of(code), Some(name.as_str()));
        assert_eq!(httpcodes::code_of(phrase), Some(status.code()));
        assert_eq!(
            httpcodes::code_of(&phrase.to_uppercase()),
            Some(status.code())
        );
        assert_eq!(
            httpcodes::code_of(&phrase.to_lowercase()),
            Some(status.code())
        );
        assert_eq!(Status::from_name(name), Some(status));
        assert_eq!(
            httpcodes::class_of(code).map(|c| c.label()),
            Some(class.as_str())
        );
        assert_eq!(httpcodes::is_redirect(code), listed("is_redirect"));
        assert_eq!(httpcodes::is_empty_body(code), listed("is_empty_body"));
        assert_eq!(httpcodes::is_retry(code), listed("is_retry"));

        for text in [
            phrase.as_str(),
            name,
            &code.to_string(),
            &status.to_string(),
        ] {
            assert_eq!(text.parse::<Status>(), Ok(status), "{text:?}");
        }
    }
    assert_eq!(httpcodes::doors::nth(rows.len()), None);
    assert_eq!(httpcodes::doors::nth(usize::MAX), None);
}

#[test]
fn every_class_row() {
    let rows = rows("classes.tsv");
    assert_eq!(rows.len(), Class::ALL.len());
    for (row, class) in rows.iter().zip(Class::ALL) {
        let [label, range, description] = &row[..] else {
            unreachable!()
        };
        assert_eq!(class.label(), label);
        assert_eq!(class.range(), range);
        assert_eq!(class.description(), description);
        assert_eq!(class.to_string(), *label);
        let first: i64 = range[..1].parse::<i64>().unwrap() * 100;
        for code in first..first + 100 {
            assert_eq!(Class::from_code(code), Some(class), "{code}");
        }
    }
}

#[test]
fn every_alias() {
    let rows = rows("aliases.tsv");
    assert_eq!(rows.len(), httpcodes::aliases().len());
    for row in &rows {
        let [alias, code] = &row[..] else {
            unreachable!()
        };
        let code: u16 = code.parse().unwrap();
        assert_eq!(httpcodes::code_of(alias), Some(code), "{alias:?}");
        assert_eq!(
            httpcodes::code_of(&alias.to_lowercase()),
            Some(code),
            "{alias:?}"
        );
        assert!(
            httpcodes::aliases()
                .iter()
                .any(|(a, s)| a == alias && s.code() == code),
            "{alias:?} is listed by aliases()"
        );
        // Forward lookup answers with the spec's phrase, never the alias.
        assert_ne!(httpcodes::reason_phrase(code.into()), Some(alias.as_str()));
    }
}

#[test]
fn every_reverse_case() {
    for row in rows("reverse.tsv") {
        let [input, expected, case] = &row[..] else {
            unreachable!()
        };
        let input = unescape(input);
        let expected = expected_code(expected);
        assert_eq!(httpcodes::code_of(&input), expected, "{case}: {input:?}");
        assert_eq!(
            Status::from_phrase_bytes(input.as_bytes()).map(Status::code),
            expected
        );
    }
}

#[test]
fn every_name_case() {
    for row in rows("names.tsv") {
        let [input, expected, case] = &row[..] else {
            unreachable!()
        };
        let input = unescape(input);
        let found = Status::from_name(&input).map(Status::code);
        assert_eq!(found, expected_code(expected), "{case}: {input:?}");
    }
}

#[test]
fn every_forward_case() {
    for row in rows("forward.tsv") {
        let [code, phrase, class] = &row[..] else {
            unreachable!()
        };
        let code: i64 = code.parse().unwrap();
        let phrase = (phrase != "unknown").then_some(phrase.as_str());
        let class = (class != "none").then(|| class_by_label(class).expect("a class label"));
        assert_eq!(httpcodes::reason_phrase(code), phrase, "{code}");
        let phrase_c = httpcodes::doors::reason_phrase_c(code).map(|c| c.to_str().unwrap());
        assert_eq!(phrase_c, phrase, "{code}");
        assert_eq!(
            Status::from_code(code).is_some(),
            phrase.is_some(),
            "{code}"
        );
        assert_eq!(httpcodes::class_of(code), class, "{code}");
        assert_eq!(
            httpcodes::is_client_error(code),
            class == Some(Class::ClientError)
        );
        assert_eq!(
            httpcodes::is_error(code),
            matches!(class, Some(Class::ClientError | Class::ServerError)),
            "{code}"
        );
    }
}

#[test]
fn every_status_fact() {
    let rows = rows("facts.tsv");
    assert_eq!(rows.len(), Status::all().len());
    for (row, &status) in rows.iter().zip(Status::all()) {
        let [code, registered, reference, description] = &row[..] else {
            unreachable!()
        };
        assert_eq!(code, &status.code().to_string());
        let registered = (registered != "none").then_some(registered.as_str());
        assert_eq!(status.registered_phrase(), registered, "{code}");
        let reference = (reference != "none").then_some(reference.as_str());
        assert_eq!(status.reference(), reference, "{code}");
        assert_eq!(status.description(), description, "{code}");
        let c = |text: &std::ffi::CStr| text.to_str().unwrap().to_owned();
        assert_eq!(
            httpcodes::doors::registered_phrase_c(status)
                .map(c)
                .as_deref(),
            registered
        );
        assert_eq!(
            httpcodes::doors::reference_c(status).map(c).as_deref(),
            reference
        );
        assert_eq!(
            c(httpcodes::doors::status_description_c(status)),
            *description
        );
    }
}

#[test]
fn every_alias_name() {
    let mut expected: Vec<(String, String)> = rows("alias_names.tsv")
        .into_iter()
        .map(|row| (row[0].clone(), row[1].clone()))
        .collect();
    let mut found: Vec<(String, String)> = httpcodes::alias_names()
        .iter()
        .map(|&(name, status)| (name.to_owned(), status.code().to_string()))
        .collect();
    expected.sort();
    found.sort();
    assert_eq!(found, expected);
    for &(name, status) in httpcodes::alias_names() {
        assert_eq!(Status::from_name(name), Some(status));
        assert!(status.alias_names().any(|alias_name| alias_name == name));
        // The table's NAME stays the status's name.
        assert_ne!(status.name(), name);
    }
}

/// The contract's rule: upper-case the phrase, drop `'`, make each other run of
/// non-alphanumerics one `_`.
fn derived_name(phrase: &str) -> String {
    let mut derived = String::new();
    for c in phrase.to_uppercase().chars().filter(|&c| c != '\'') {
        if c.is_ascii_alphanumeric() {
            derived.push(c);
        } else if !derived.ends_with('_') {
            derived.push('_');
        }
    }
    derived
}

#[test]
fn names_follow_the_derivation_rule() {
    for row in rows("statuses.tsv") {
        assert_eq!(derived_name(&row[1]), row[2]);
    }
}

/// An alias name is the `NAME` of an alias phrase, and every alias phrase whose `NAME` is not
/// its code's gives one.
#[test]
fn alias_names_are_the_names_of_aliases() {
    let mut expected: Vec<(String, u16)> = httpcodes::aliases()
        .iter()
        .map(|&(alias, status)| (derived_name(alias), status.code()))
        .filter(|(name, code)| Status::from_code((*code).into()).unwrap().name() != name)
        .collect();
    let mut found: Vec<(String, u16)> = httpcodes::alias_names()
        .iter()
        .map(|&(name, status)| (name.to_owned(), status.code()))
        .collect();
    expected.sort();
    found.sort();
    assert_eq!(found, expected);
}
