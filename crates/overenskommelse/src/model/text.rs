//! Localized text: Swedish first, any other language beside it.

use std::collections::BTreeMap;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that people read, in Swedish (`sv`, required) and optionally in other languages.
///
/// In JSON it is an object keyed by BCP 47 language tag, `{"sv": "Dialog", "en": "Dialogue"}`;
/// a plain string is read as Swedish. It is always written back as an object.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct LocalizedText {
    /// The Swedish text, kept verbatim from the source.
    pub sv: String,
    /// Translations keyed by BCP 47 language tag (`en`, `fi`, `se`, `ar`, …), never `sv`.
    pub translations: BTreeMap<String, String>,
}

impl LocalizedText {
    /// Swedish text with no translations.
    pub fn sv(text: impl Into<String>) -> Self {
        Self {
            sv: text.into(),
            translations: BTreeMap::new(),
        }
    }

    /// Adds or replaces the translation for a language tag and returns the text.
    pub fn with(mut self, tag: impl Into<String>, text: impl Into<String>) -> Self {
        let tag = tag.into();
        let text = text.into();
        if tag == "sv" {
            self.sv = text;
        } else {
            self.translations.insert(tag, text);
        }
        self
    }

    /// The text in the given language when present, else the Swedish text.
    pub fn get(&self, tag: &str) -> &str {
        if tag == "sv" {
            return &self.sv;
        }
        self.translations.get(tag).map_or(&self.sv, String::as_str)
    }

    /// Every (language tag, text) pair, Swedish first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        std::iter::once(("sv", self.sv.as_str())).chain(
            self.translations
                .iter()
                .map(|(tag, text)| (tag.as_str(), text.as_str())),
        )
    }
}

impl From<&str> for LocalizedText {
    fn from(text: &str) -> Self {
        Self::sv(text)
    }
}

impl From<String> for LocalizedText {
    fn from(text: String) -> Self {
        Self::sv(text)
    }
}

impl fmt::Display for LocalizedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sv)
    }
}

impl Serialize for LocalizedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1 + self.translations.len()))?;
        map.serialize_entry("sv", &self.sv)?;
        for (tag, text) in &self.translations {
            map.serialize_entry(tag, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LocalizedTextVisitor)
    }
}

struct LocalizedTextVisitor;

impl<'de> Visitor<'de> for LocalizedTextVisitor {
    type Value = LocalizedText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a string (Swedish) or an object of texts keyed by language tag with `sv` required",
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(LocalizedText::sv(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(LocalizedText::sv(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut sv = None;
        let mut translations = BTreeMap::new();
        while let Some(tag) = map.next_key::<String>()? {
            let text: String = map.next_value()?;
            if tag == "sv" {
                if sv.replace(text).is_some() {
                    return Err(de::Error::duplicate_field("sv"));
                }
            } else if translations.insert(tag, text).is_some() {
                return Err(de::Error::custom("duplicate language tag"));
            }
        }
        let sv = sv.ok_or_else(|| de::Error::missing_field("sv"))?;
        Ok(LocalizedText { sv, translations })
    }
}

impl JsonSchema for LocalizedText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LocalizedText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "Localized text (lokaliserad text)",
            "description": "Text that people read. A plain string is Swedish; an object maps BCP 47 language tags to texts and must hold `sv`.",
            "oneOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "required": ["sv"],
                    "properties": { "sv": { "type": "string" } },
                    "propertyNames": { "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$" },
                    "additionalProperties": { "type": "string" }
                }
            ],
            "examples": ["Dialog", { "sv": "Öppenhet och insyn", "en": "Openness and transparency" }]
        })
    }
}
