//! The published schema and the library agree: on the Borås document and on broken ones.

mod common;

use serde_json::{json, Value};

fn validator() -> jsonschema::Validator {
    common::schema_validator(&common::checked_in_schema())
}

#[test]
fn schema_declares_draft_2020_12_and_an_id() {
    let schema = common::checked_in_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema["$id"]
        .as_str()
        .is_some_and(|id| id.ends_with("agreement:2.0")));
    assert!(schema["$defs"]["PersonalName"]["x-personal-data"] == json!(true));
}

#[test]
fn boras_document_passes_the_schema() {
    let validator = validator();
    let document = common::boras_value();
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn other_example_passes_the_schema() {
    let path = common::root().join("examples/other/overenskommelse.json");
    let document: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("JSON");
    let errors: Vec<String> = validator()
        .iter_errors(&document)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// One change to the Borås document: a pointer to set (or, with `None`, to remove) and the value.
fn broken(pointer: &str, value: Option<Value>) -> Value {
    let mut document = common::boras_value();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer with a parent");
    let target = document.pointer_mut(parent).expect("the parent exists");
    match (target, value) {
        (Value::Object(map), Some(value)) => {
            map.insert(key.to_owned(), value);
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(items), Some(value)) => items[key.parse::<usize>().expect("index")] = value,
        _ => panic!("cannot change {pointer}"),
    }
    document
}

#[test]
fn broken_documents_are_rejected_by_schema_and_library_alike() {
    let cases = [
        ("/parties/0/colour", Some(json!("red")), "OVK-STR-002"),
        ("/title", None, "OVK-STR-003"),
        ("/principles/0/name", Some(json!(42)), "OVK-STR-004"),
        (
            "/action_plans/0/activities/0/status",
            Some(json!("finished")),
            "OVK-STR-005",
        ),
        (
            "/plans/0/period/start",
            Some(json!("2019-02-30")),
            "OVK-DATE-001",
        ),
        ("/parties/1/side", Some(json!("private")), "OVK-STR-005"),
        ("/title", Some(json!({ "en": "No Swedish" })), "OVK-STR-003"),
        ("/parties/0/id", Some(json!("Borås Stad")), "OVK-ID-003"),
        ("/jurisdiction/code", Some(json!("149")), "OVK-CODE-001"),
    ];
    let validator = validator();
    for (pointer, value, code) in cases {
        let document = broken(pointer, value);
        assert!(
            !validator.is_valid(&document),
            "the schema accepts the change at {pointer}"
        );
        let bytes = serde_json::to_vec(&document).expect("serializes");
        let checked = overenskommelse::Document::from_slice(&bytes);
        assert!(
            !checked.is_valid(),
            "the library accepts the change at {pointer}"
        );
        assert!(
            checked.findings().iter().any(|f| f.code() == code),
            "expected {code} for {pointer}, got {:#?}",
            checked.findings()
        );
    }
}
