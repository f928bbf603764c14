//! `migrate` from 1.0 to 2.0 loses nothing: every value of the 1.0 document is found again in
//! the 2.0 document, where the table of moves below (written here, apart from the library's
//! own) says it goes, and every value of the 2.0 document is either one of them or one of the
//! few the migration adds. Checked on Borås, the invented Exempelby, and every conformance
//! document that was valid in 1.0 (`tests/migration/`).

use std::path::{Path, PathBuf};

use overenskommelse::{Document, Severity};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The 1.0 documents: Borås, its follow-up, Exempelby and the valid conformance documents.
fn documents() -> Vec<PathBuf> {
    let dir = root().join("tests/migration");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/migration")
        .chain(std::fs::read_dir(dir.join("conformance-1.0")).expect("conformance-1.0"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() > 50, "the 1.0 corpus is there: {}", paths.len());
    paths
}

/// Every leaf of `value` (and every empty object or array) with its JSON Pointer.
fn leaves(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, v) in map {
                let token = key.replace('~', "~0").replace('/', "~1");
                leaves(v, format!("{at}/{token}"), out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, format!("{at}/{i}"), out);
            }
        }
        other => out.push((at, other.clone())),
    }
}

/// Where a 1.0 pointer is in 2.0, by the migration's table (docs/model.md, "From 1.0 to 2.0").
/// `two` is the migrated document, to find the decision an old field became.
fn moved(pointer: &str, two: &Value) -> String {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let decision = |prefix: &str, kind: &str| -> usize {
        let list = two
            .pointer(&format!("{prefix}/decisions"))
            .and_then(Value::as_array);
        list.and_then(|l| l.iter().position(|d| d["kind"] == kind))
            .expect("the decision the field became")
    };
    let last_version = || {
        two["versions"]
            .as_array()
            .map_or(0, |versions| versions.len() - 1)
    };
    let rest = |from: usize| -> String {
        tokens
            .get(from..)
            .unwrap_or_default()
            .iter()
            .map(|t| format!("/{t}"))
            .collect()
    };
    match tokens.as_slice() {
        ["adopted"] => format!("/decisions/{}/date", decision("", "adopted")),
        ["ended", "date", ..] => {
            format!("/decisions/{}/effective{}", decision("", "ended"), rest(2))
        }
        ["ended", "reason", ..] => format!("/decisions/{}/text{}", decision("", "ended"), rest(2)),
        ["version", "number"] => format!("/versions/{}/name", last_version()),
        ["version", "date"] => format!("/versions/{}/decisions/0/date", last_version()),
        ["version", "replaces"] => "/versions/0/name".to_owned(),
        ["version", field, ..] => format!("/versions/{}/{field}{}", last_version(), rest(2)),
        [list @ ("plans" | "action_plans"), i, "adopted"] => {
            let at = format!("/{list}/{i}");
            format!("{at}/decisions/{}/date", decision(&at, "adopted"))
        }
        ["action_plans", i, "adopted_by", ..] => {
            let at = format!("/action_plans/{i}");
            format!("{at}/decisions/{}/by{}", decision(&at, "adopted"), rest(3))
        }
        ["goals", i, "strategies", j, ..] => format!("/goals/{i}/strategies/{j}/text{}", rest(4)),
        ["bodies", i, "meetings", j, "day_of_year"] => {
            format!("/bodies/{i}/meetings/{j}/date/day_of_year")
        }
        // A meeting that had a day of the year beside its date keeps the date as the start.
        ["bodies", i, "meetings", j, "date"]
            if two
                .pointer(&format!("/bodies/{i}/meetings/{j}/date/start"))
                .is_some() =>
        {
            format!("{pointer}/start")
        }
        _ => match tokens.iter().rposition(|t| *t == "funder") {
            Some(at) if at + 1 == tokens.len() => format!("{pointer}/parties/0"),
            _ => pointer.to_owned(),
        },
    }
}

/// Values the migration adds: the new version, the kinds of the decisions it makes, ids of
/// versions and strategies, and the status 1.0 left implicit.
fn added(pointer: &str, value: &Value, two: &Value) -> bool {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    match tokens.as_slice() {
        ["schema_version"] => value == "2.0",
        [.., "decisions", _, "kind"] => matches!(value.as_str(), Some("adopted" | "ended")),
        ["versions", _, "id"] | ["versions", _, "replaces"] => value.is_string(),
        ["goals", _, "strategies", _, "id"] => value.is_string(),
        ["action_plans", _, "activities", _, "status"] => value == "planned",
        // The end of a meeting's date that had a day of the year beside it: its start again.
        ["bodies", i, "meetings", j, "date", "end"] => {
            two.pointer(&format!("/bodies/{i}/meetings/{j}/date/start")) == Some(value)
        }
        _ => false,
    }
}

#[test]
fn migration_keeps_every_value_and_adds_only_what_it_says() {
    for path in documents() {
        let bytes = std::fs::read(&path).expect("readable");
        let one: Value = match serde_json::from_slice(&bytes) {
            Ok(value) => value,
            Err(_) => continue,
        };
        let text = overenskommelse::migrate(&bytes)
            .unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message(Default::default())));
        let two: Value = serde_json::from_str(&text).expect("migrated text is JSON");
        let mut old = Vec::new();
        leaves(&one, String::new(), &mut old);
        let mut found = std::collections::HashSet::new();
        for (pointer, value) in &old {
            if pointer == "/schema_version" {
                continue;
            }
            let new = moved(pointer, &two);
            assert_eq!(
                two.pointer(&new),
                Some(value),
                "{}: {pointer} should be at {new}",
                path.display()
            );
            found.insert(new);
        }
        let mut new = Vec::new();
        leaves(&two, String::new(), &mut new);
        for (pointer, value) in new {
            assert!(
                found.contains(&pointer) || added(&pointer, &value, &two),
                "{}: {pointer} = {value} comes from nowhere",
                path.display()
            );
        }
    }
}

#[test]
fn a_migrated_document_says_what_its_1_0_form_said() {
    for path in documents() {
        let bytes = std::fs::read(&path).expect("readable");
        let Ok(text) = overenskommelse::migrate(&bytes) else {
            continue;
        };
        let one = Document::from_slice(&bytes);
        let two = Document::from_slice(text.as_bytes());
        assert_eq!(one.agreement(), two.agreement(), "{}", path.display());
        // The same findings but the one that says to migrate, at the places the moves say.
        let codes = |d: &Document| {
            let mut codes: Vec<&str> = d
                .findings()
                .iter()
                .map(|f| f.code())
                .filter(|code| *code != "OVK-VER-002")
                .collect();
            codes.sort();
            codes
        };
        assert_eq!(codes(&one), codes(&two), "{}", path.display());
        assert!(
            one.findings()
                .iter()
                .any(|f| f.code() == "OVK-VER-002" && f.severity == Severity::Warning),
            "{}",
            path.display()
        );
        assert!(two.findings().iter().all(|f| f.code() != "OVK-VER-002"));
    }
}

#[test]
fn the_boras_examples_are_their_1_0_documents_migrated() {
    for (one, two) in [
        (
            "tests/migration/boras-1.0.json",
            "examples/boras/overenskommelse.json",
        ),
        (
            "tests/migration/boras-uppfoljning-2018-1.0.json",
            "examples/boras/uppfoljning-2018.json",
        ),
    ] {
        let bytes = std::fs::read(root().join(one)).expect("1.0 Borås");
        let expected = std::fs::read_to_string(root().join(two)).expect("2.0 Borås");
        assert_eq!(
            overenskommelse::migrate(&bytes).expect("migrates"),
            expected,
            "{two} is `ovk migrate {one}`"
        );
    }
}

#[test]
fn a_2_0_document_comes_back_as_it_is_and_a_broken_one_is_refused() {
    let two = std::fs::read(root().join("examples/boras/overenskommelse.json")).expect("Borås");
    assert_eq!(
        overenskommelse::migrate(&two)
            .expect("2.0 is fine")
            .as_bytes(),
        two.as_slice()
    );
    let broken = br#"{"schema_version": "1.0", "id": "x", "title": "X",
        "jurisdiction": {"kind": "kommun", "name": "X", "code": "1490"}, "adopted": "maj 2013"}"#;
    let error = overenskommelse::migrate(broken).expect_err("a date that is not a date");
    assert!(
        error
            .message(overenskommelse::Lang::En)
            .contains("/adopted"),
        "{}",
        error.message(overenskommelse::Lang::En)
    );
}

#[test]
fn numbers_and_member_order_stay_as_written() {
    let one = br#"{"schema_version": "1.0", "id": "x", "title": "X",
        "jurisdiction": {"kind": "kommun", "name": "X", "code": "1490"},
        "adopted": "2013-05-16",
        "extensions": {"z": 1, "big": 123456789012345678901234567890, "a": 1.50}}"#;
    let text = overenskommelse::migrate(one).expect("migrates");
    assert!(text.contains("123456789012345678901234567890"), "{text}");
    assert!(text.contains("1.50"), "{text}");
    let order: Vec<usize> = [
        "\"schema_version\"",
        "\"decisions\"",
        "\"extensions\"",
        "\"z\"",
        "\"a\"",
    ]
    .iter()
    .map(|key| text.find(key).expect(key))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
}
