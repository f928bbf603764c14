//! Localized text: Swedish first, any other language beside it.

use std::collections::BTreeMap;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::read::{Expected, FromJson, JsonType, Read, Reader, Slot};

/// Text that people read, in Swedish (`sv`, required) and optionally in other languages.
///
/// In JSON it is an object keyed by BCP 47 language tag, `{"sv": "Dialog", "en": "Dialogue"}`;
/// a plain string is read as Swedish. It is always written back as an object.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct LocalizedText {
    /// The Swedish text, kept verbatim from the source.
    pub sv: String,
    /// Translations keyed by BCP 47 language tag (`en`, `fi`, `se`, `ar`, …), never `sv`.
    pub translations: Translations,
}

/// The translations of a text, by language tag: a map, held only when there is one (most
/// texts of a document have none, and a document holds many texts).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
// Boxed, the map costs a text 8 bytes, not 24, when there is none.
#[allow(clippy::box_collection)]
pub struct Translations(Option<Box<BTreeMap<String, String>>>);

/// What a text without translations has.
static NO_TRANSLATIONS: BTreeMap<String, String> = BTreeMap::new();

impl Translations {
    /// Adds or replaces the translation for `tag`; gives the one it replaced.
    pub fn insert(&mut self, tag: String, text: String) -> Option<String> {
        self.0
            .get_or_insert_with(Default::default)
            .insert(tag, text)
    }
}

impl std::ops::Deref for Translations {
    type Target = BTreeMap<String, String>;

    fn deref(&self) -> &Self::Target {
        self.0.as_deref().unwrap_or(&NO_TRANSLATIONS)
    }
}

impl From<BTreeMap<String, String>> for Translations {
    fn from(map: BTreeMap<String, String>) -> Self {
        Self((!map.is_empty()).then(|| Box::new(map)))
    }
}

impl FromIterator<(String, String)> for Translations {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        BTreeMap::from_iter(pairs).into()
    }
}

impl<'a> IntoIterator for &'a Translations {
    type Item = (&'a String, &'a String);
    type IntoIter = std::collections::btree_map::Iter<'a, String, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl LocalizedText {
    /// Swedish text with no translations.
    pub fn sv(text: impl Into<String>) -> Self {
        Self {
            sv: text.into(),
            translations: Translations::default(),
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

impl<'a> FromJson<'a> for LocalizedText {
    const EXPECTED: Expected = Expected::LocalizedText;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        match r.peek_type()? {
            JsonType::String => Ok(r.text(Self::EXPECTED)?.map(Self::sv)),
            JsonType::Object => {
                let Some(object_at) = r.begin_object::<Self>()? else {
                    return Ok(None);
                };
                let mut sv = Slot::Absent;
                let mut translations = BTreeMap::new();
                while let Some(tag) = r.next_key()? {
                    if tag == "sv" {
                        r.member("sv", &mut sv)?;
                    } else if translations.contains_key(tag.as_ref()) {
                        r.duplicate(tag)?;
                    } else {
                        // A translation of the wrong type is reported and left out; the text stays.
                        if let Some(text) = r.within(tag.clone(), String::from_json)? {
                            translations.insert(tag.into_owned(), text);
                        }
                    }
                }
                let mut complete = true;
                let sv = r.required(sv, "sv", object_at, &mut complete);
                Ok(sv.map(|sv| LocalizedText {
                    sv,
                    translations: translations.into(),
                }))
            }
            _ => r.wrong_type(Self::EXPECTED),
        }
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read::deserialize(deserializer)
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
                    "propertyNames": { "pattern": "^([A-Za-z]{2,3}|[A-Za-z]{5,8})(-[A-Za-z0-9]{1,8})*$" },
                    "additionalProperties": { "type": "string" }
                }
            ],
            "examples": ["Dialog", { "sv": "Öppenhet och insyn", "en": "Openness and transparency" }]
        })
    }
}
