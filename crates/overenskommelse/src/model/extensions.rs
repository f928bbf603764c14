//! A kommun's own fields, kept on round-trip.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Free JSON object for a kommun's own fields on any entity (`extensions`).
///
/// The library never interprets it and writes it back unchanged.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Extensions(pub Map<String, Value>);

impl Extensions {
    /// True when no extension field is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl JsonSchema for Extensions {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Extensions".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "Extensions (egna fält)",
            "description": "A kommun's own fields. Kept unchanged on round-trip; never interpreted by the library.",
            "type": "object",
            "examples": [{ "diarienummer": "KS 2018-00123" }]
        })
    }
}
