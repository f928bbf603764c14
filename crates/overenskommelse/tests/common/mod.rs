//! Paths shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The Borås document.
pub fn boras_path() -> PathBuf {
    root().join("examples/boras/overenskommelse.json")
}

/// The Borås document's bytes.
pub fn boras_bytes() -> Vec<u8> {
    std::fs::read(boras_path()).expect("examples/boras/overenskommelse.json is readable")
}

/// The Borås document as a JSON value, for tests that change it.
pub fn boras_value() -> serde_json::Value {
    serde_json::from_slice(&boras_bytes()).expect("the Borås document is JSON")
}

/// The checked-in schema of a document, `schemas/agreement.schema.json`.
pub fn checked_in_schema() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("schemas/agreement.schema.json"))
        .expect("schemas/agreement.schema.json exists");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// An independent validator of `schema` (Draft 2020-12). Formats (date, email, uri) are only
/// annotations unless asked for; the library checks them, so the schema must too.
pub fn schema_validator(schema: &serde_json::Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles under Draft 2020-12")
}

/// Every `.json` file under `examples/`, found by walking the folder, in a stable order, so
/// that a new example is covered without being named.
pub fn example_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{} is readable: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "json") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("examples"), &mut files);
    files.sort();
    assert!(files.len() >= 4, "the examples are found: {files:?}");
    files
}
