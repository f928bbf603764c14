//! Paths shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

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
