//! A kommun's own fields, kept exactly as written.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::read::{Expected, FromJson, JsonType, Read, Reader};

/// Free JSON object for a kommun's own fields on any entity (`extensions`).
///
/// The library never interprets it and keeps it exactly as written: key order, numbers of
/// any size or precision and escapes stay as they are (only white space between values is
/// dropped). At the library's boundary it is JSON text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Extensions {
    /// The object as compact JSON text; none when there are no fields. Boxed, not a String:
    /// almost every entity has no extensions, and a document holds many entities.
    json: Option<Box<str>>,
}

impl Extensions {
    /// True when no extension field is set.
    pub fn is_empty(&self) -> bool {
        self.json.is_none()
    }

    /// The fields as compact JSON text (`{}` when there are none).
    pub fn as_json(&self) -> &str {
        self.json.as_deref().unwrap_or("{}")
    }

    /// The fields as a JSON object, in the order written.
    pub fn to_map(&self) -> Map<String, Value> {
        serde_json::from_str(self.as_json()).unwrap_or_default()
    }

    /// The field `key`, when it is set.
    pub fn get(&self, key: &str) -> Option<Value> {
        self.to_map().remove(key)
    }

    /// Extensions holding the fields of `map`.
    pub fn from_map(map: &Map<String, Value>) -> Self {
        if map.is_empty() {
            return Self::default();
        }
        Self {
            json: serde_json::to_string(map).ok().map(String::into_boxed_str),
        }
    }
}

impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match serde_json::from_str::<&RawValue>(self.as_json()) {
            Ok(raw) => raw.serialize(serializer),
            Err(error) => Err(serde::ser::Error::custom(error)),
        }
    }
}

impl<'a> FromJson<'a> for Extensions {
    const EXPECTED: Expected = Expected::Extensions;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        if r.peek_type()? != JsonType::Object {
            return r.wrong_type(Self::EXPECTED);
        }
        let json = compact(r.raw_value()?);
        Ok(Some(if json == "{}" {
            Self::default()
        } else {
            Self {
                json: Some(json.into_boxed_str()),
            }
        }))
    }
}

impl<'de> serde::Deserialize<'de> for Extensions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read::deserialize(deserializer)
    }
}

/// JSON text without the white space between values; strings are left exactly as they are.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_keep_order_precision_and_escapes() {
        let text = r#"{ "z": 1, "a": 123456789012345678901234567890.5, "s": "a \" b\u00e5 ",
            "nested": { "y": [1, 2] } }"#;
        let read: Extensions = crate::read::read_value(text.as_bytes()).expect("an object");
        assert_eq!(
            read.as_json(),
            r#"{"z":1,"a":123456789012345678901234567890.5,"s":"a \" b\u00e5 ","nested":{"y":[1,2]}}"#
        );
        let written = serde_json::to_string(&read).expect("serializes");
        assert_eq!(written, read.as_json());
        assert!(crate::read::read_value::<Extensions>(b"{}")
            .expect("empty")
            .is_empty());
    }
}
