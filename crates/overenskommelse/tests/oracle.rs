//! The published schema as an oracle for the library's reader.
//!
//! Seeded documents, valid ones and ones with one mutation each, go to both the `jsonschema`
//! crate (with `schemas/agreement.schema.json`, Draft 2020-12, formats validated) and the
//! library. Both must agree about structure: every schema error must be matched by a library
//! error of the corresponding kind at a related pointer (a), and every structure finding of the
//! library must be matched by a schema error at a related pointer (b). All disagreements are
//! collected and reported together, so that one run says everything there is to fix.
//!
//! `cargo test` checks [`DEFAULT_DOCUMENTS`] documents; set `OVK_ORACLE_DOCUMENTS` for more.
//!
//! # What the schema can say, and what the library reports for it
//!
//! | schema keyword (where)                              | library finding                     |
//! | --------------------------------------------------- | ----------------------------------- |
//! | `type` (anywhere)                                   | OVK-STR-004 (OVK-STR-001 at root)   |
//! | `required`                                          | OVK-STR-003                         |
//! | `additionalProperties: false`                       | OVK-STR-002                         |
//! | `const` of an enum's `oneOf`, `enum`                | OVK-STR-005                         |
//! | `const: "2.0"` (`schema_version`)                   | OVK-VER-001 (OVK-VER-002 for "1.0"); OVK-STR-004 when not text |
//! | `minimum`, `maximum` (budget year)                  | OVK-STR-005                         |
//! | `minLength` (a person's name)                       | OVK-STR-005                         |
//! | `pattern` of an id, where it is defined             | OVK-ID-003                          |
//! | `pattern` of an id, where it is referred to         | OVK-REF-001 (nothing can match it)  |
//! | `pattern` of `jurisdiction.code`                    | OVK-CODE-001                        |
//! | `pattern` of `org_number`                           | OVK-CODE-002                        |
//! | `pattern` of `currency`                             | OVK-CODE-006                        |
//! | `pattern` of a day of the year (`MonthDay`)         | OVK-STR-005                         |
//! | `propertyNames` of a text object (language tag)     | OVK-CODE-003                        |
//! | `format: date`                                      | OVK-DATE-001                        |
//! | `format: email`                                     | OVK-CODE-004                        |
//! | `format: uri`                                       | OVK-CODE-005                        |
//! | `oneOf`, `anyOf` not matched                        | any finding one of its branches maps to |
//!
//! What the library checks and the schema cannot express, so only the library reports it and
//! the test does not ask the schema for it:
//!
//! | library finding                      | why the schema cannot say it                          |
//! | ------------------------------------ | ----------------------------------------------------- |
//! | OVK-STR-006 duplicate key            | JSON Schema sees parsed values; a duplicate is gone   |
//! | OVK-STR-007 too many problems        | a limit of the report, not of the document            |
//! | OVK-SYN-003 too large, OVK-SYN-004 too deep | limits against hostile input; no keyword for size or depth |
//! | OVK-ID-001/002 duplicate ids, codes  | uniqueness across the document                        |
//! | OVK-REF-001/002 references           | references between ids                                |
//! | OVK-DATE-002..005, 010, 011 in order | comparisons between values                            |
//! | OVK-CODE-001 SCB's list of codes, OVK-CODE-002 Luhn check digit, OVK-CODE-005 http(s) only, OVK-CODE-007 the name of the code | the schema has only the shape, as a pattern or format |
//! | OVK-STAT-*, OVK-QUAL-*               | content, not structure                                |
//!
//! So the library may reject codes and formats (OVK-CODE-*) that the schema accepts, and (b)
//! asks the schema only about syntax and structure findings: OVK-SYN-001/002 and
//! OVK-STR-001..005, which any validator of the schema must reject as well. The other way
//! round (a) holds for every keyword: what the schema's pattern or format rejects, the library
//! must reject too.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use jsonschema::error::ValidationErrorKind;
use overenskommelse::{Document, Severity};
use overenskommelse_synthetic::Rng;
use serde_json::{json, Map, Value};

/// Documents checked by `cargo test`; about half a minute on two cores in a debug build.
const DEFAULT_DOCUMENTS: usize = 3_000;

/// The environment variable that asks for more (or fewer) documents.
const DOCUMENTS_VARIABLE: &str = "OVK_ORACLE_DOCUMENTS";

/// Mutation kinds whose disagreements are known defects of the schema or the library, each
/// with the reason. Their disagreements are printed but do not fail the test; a kind listed
/// here that shows no disagreement any more fails it, so that the list stays true.
const KNOWN_DISAGREEMENTS: &[(&str /* mutation kind */, &str /* reason */)] = &[];

/// Disagreements shown in full for each class; the rest are counted.
const SHOWN: usize = 50;

/// How long a "very long" string is, in characters.
const LONG_STRING: usize = 100_000;

// --- The mutations -------------------------------------------------------------------------

/// One way of breaking (or, for a few, of changing without breaking) a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    RemoveRequired,
    StringToNumber,
    NumberToString,
    NumberToBool,
    BoolToNumber,
    UnknownMember,
    BadEnum,
    BadDate,
    BadId,
    EmptyName,
    NullRequired,
    NullOptional,
    ArrayObjectSwap,
    ObjectForString,
    OutOfRange,
    FloatForInteger,
    IntegralFloat,
    BeyondI64,
    LongString,
    DuplicateKey,
    BadLanguageTag,
    TextWithoutSv,
    BadKommunkod,
    BadEmail,
    EmailRfcInvalid,
    EmailNonAscii,
    BadUrl,
    UrlRfcInvalid,
    UrlNonAscii,
    ExtensionsExtraMember,
    ExtensionsDeep,
    ExtensionsTooDeep,
    SchemaVersion,
    BadDayOfYear,
    BadCurrency,
    BadOrgNumber,
}

impl Kind {
    const ALL: [Kind; 36] = [
        Kind::RemoveRequired,
        Kind::StringToNumber,
        Kind::NumberToString,
        Kind::NumberToBool,
        Kind::BoolToNumber,
        Kind::UnknownMember,
        Kind::BadEnum,
        Kind::BadDate,
        Kind::BadId,
        Kind::EmptyName,
        Kind::NullRequired,
        Kind::NullOptional,
        Kind::ArrayObjectSwap,
        Kind::ObjectForString,
        Kind::OutOfRange,
        Kind::FloatForInteger,
        Kind::IntegralFloat,
        Kind::BeyondI64,
        Kind::LongString,
        Kind::DuplicateKey,
        Kind::BadLanguageTag,
        Kind::TextWithoutSv,
        Kind::BadKommunkod,
        Kind::BadEmail,
        Kind::EmailRfcInvalid,
        Kind::EmailNonAscii,
        Kind::BadUrl,
        Kind::UrlRfcInvalid,
        Kind::UrlNonAscii,
        Kind::ExtensionsExtraMember,
        Kind::ExtensionsDeep,
        Kind::ExtensionsTooDeep,
        Kind::SchemaVersion,
        Kind::BadDayOfYear,
        Kind::BadCurrency,
        Kind::BadOrgNumber,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::RemoveRequired => "remove-required",
            Kind::StringToNumber => "string-to-number",
            Kind::NumberToString => "number-to-string",
            Kind::NumberToBool => "number-to-bool",
            Kind::BoolToNumber => "bool-to-number",
            Kind::UnknownMember => "unknown-member",
            Kind::BadEnum => "bad-enum",
            Kind::BadDate => "bad-date",
            Kind::BadId => "bad-id",
            Kind::EmptyName => "empty-name",
            Kind::NullRequired => "null-required",
            Kind::NullOptional => "null-optional",
            Kind::ArrayObjectSwap => "array-object-swap",
            Kind::ObjectForString => "object-for-string",
            Kind::OutOfRange => "out-of-range",
            Kind::FloatForInteger => "float-for-integer",
            Kind::IntegralFloat => "integral-float",
            Kind::BeyondI64 => "integer-beyond-i64",
            Kind::LongString => "long-string",
            Kind::DuplicateKey => "duplicate-key",
            Kind::BadLanguageTag => "bad-language-tag",
            Kind::TextWithoutSv => "text-without-sv",
            Kind::BadKommunkod => "bad-kommunkod",
            Kind::BadEmail => "bad-email",
            Kind::EmailRfcInvalid => "email-rfc-invalid",
            Kind::EmailNonAscii => "email-non-ascii",
            Kind::BadUrl => "bad-url",
            Kind::UrlRfcInvalid => "url-rfc-invalid",
            Kind::UrlNonAscii => "url-non-ascii",
            Kind::ExtensionsExtraMember => "extensions-extra-member",
            Kind::ExtensionsDeep => "extensions-deep",
            Kind::ExtensionsTooDeep => "extensions-too-deep",
            Kind::SchemaVersion => "schema-version",
            Kind::BadDayOfYear => "bad-day-of-year",
            Kind::BadCurrency => "bad-currency",
            Kind::BadOrgNumber => "bad-org-number",
        }
    }

    /// True when the kind can be applied at `site`.
    fn fits(self, site: &Site<'_>) -> bool {
        let schema = site.schema;
        match self {
            Kind::RemoveRequired => {
                site.shape == Shape::Object
                    && schema["required"].as_array().is_some_and(|r| !r.is_empty())
            }
            Kind::StringToNumber | Kind::LongString => site.shape == Shape::String,
            Kind::NumberToString | Kind::NumberToBool => site.shape == Shape::Number,
            Kind::BoolToNumber => site.shape == Shape::Bool,
            Kind::UnknownMember => {
                site.shape == Shape::Object && schema["additionalProperties"] == json!(false)
            }
            Kind::BadEnum => is_enum(schema),
            Kind::BadDate => site.shape == Shape::String && schema["format"] == "date",
            Kind::BadId => site.shape == Shape::String && site.def.is_some_and(is_id_definition),
            Kind::EmptyName => {
                site.declared && matches!(site.key.as_deref(), Some("name" | "title"))
            }
            Kind::NullRequired => site.required,
            Kind::NullOptional => site.declared && !site.required,
            Kind::ArrayObjectSwap => matches!(site.shape, Shape::Array | Shape::Object),
            Kind::ObjectForString => {
                site.shape == Shape::String && site.def != Some("LocalizedText")
            }
            Kind::OutOfRange => {
                site.shape == Shape::Number
                    && (schema.get("minimum").is_some() || schema.get("maximum").is_some())
            }
            Kind::FloatForInteger | Kind::IntegralFloat | Kind::BeyondI64 => {
                site.shape == Shape::Number && types(schema).contains(&"integer")
            }
            Kind::DuplicateKey => site.shape == Shape::Object && site.members > 0,
            Kind::BadLanguageTag | Kind::TextWithoutSv => {
                site.shape == Shape::Object && site.def == Some("LocalizedText")
            }
            Kind::BadKommunkod => site.pointer == "/jurisdiction/code",
            Kind::SchemaVersion => site.pointer == "/schema_version",
            Kind::BadEmail | Kind::EmailRfcInvalid | Kind::EmailNonAscii => declares(site, "email"),
            Kind::BadUrl | Kind::UrlRfcInvalid | Kind::UrlNonAscii => declares(site, "website"),
            Kind::ExtensionsExtraMember | Kind::ExtensionsDeep | Kind::ExtensionsTooDeep => {
                declares(site, "extensions")
            }
            Kind::BadDayOfYear => declares(site, "day_of_year"),
            Kind::BadCurrency => declares(site, "currency"),
            Kind::BadOrgNumber => declares(site, "org_number"),
        }
    }
}

/// The names of the schema's definitions whose values are ids (by pattern).
fn is_id_definition(name: &str) -> bool {
    name.ends_with("Id") || name == "ActivityCode"
}

/// A mutation as applied: where, and the document's bytes when they differ from the value's.
struct Mutation {
    pointer: String,
    text: Option<Vec<u8>>,
}

/// Applies `kind` at `site` of `document`; `None` when it cannot be applied there after all.
fn apply(
    kind: Kind,
    document: &mut Value,
    site: &Site<'_>,
    rng: &mut Rng,
    max_depth: usize,
) -> Option<Mutation> {
    let at = site.pointer.clone();
    if kind == Kind::DuplicateKey {
        let object = document.pointer(&at)?.as_object()?;
        let keys: Vec<&String> = object.keys().collect();
        if keys.is_empty() {
            return None;
        }
        let key = (*rng.pick(&keys)).clone();
        let mut text = String::new();
        write_with_duplicate(document, "", &at, &key, &mut text);
        return Some(Mutation {
            pointer: child(&at, &key),
            text: Some(text.into_bytes()),
        });
    }
    let target = document.pointer_mut(&at)?;
    let mut pointer = at.clone();
    match kind {
        Kind::RemoveRequired => {
            let required: Vec<&str> = site.schema["required"]
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let object = target.as_object_mut()?;
            let present: Vec<&str> = required
                .into_iter()
                .filter(|key| object.contains_key(*key))
                .collect();
            if present.is_empty() {
                return None;
            }
            let key = (*rng.pick(&present)).to_owned();
            remove_member(object, &key);
            pointer = child(&at, &key);
        }
        Kind::StringToNumber => *target = json!(42),
        Kind::NumberToString => *target = Value::String(target.to_string()),
        Kind::NumberToBool => *target = json!(true),
        Kind::BoolToNumber => *target = json!(1),
        Kind::UnknownMember => {
            target
                .as_object_mut()?
                .insert("okänt_fält".into(), json!("värde"));
            pointer = child(&at, "okänt_fält");
        }
        Kind::BadEnum => *target = json!(rng.pick(&["okänd_kod", "Planned", "pågår"])),
        Kind::BadDate => *target = json!(rng.pick(&["2018-02-30", "2018-2-3", "igår"])),
        Kind::BadId => *target = json!(rng.pick(&["två ord", "-x", ""])),
        Kind::EmptyName => *target = json!(""),
        Kind::NullRequired | Kind::NullOptional => *target = Value::Null,
        Kind::ArrayObjectSwap => {
            *target = match target.take() {
                Value::Array(items) => Value::Object(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| (index.to_string(), item))
                        .collect(),
                ),
                Value::Object(members) => Value::Array(members.into_iter().map(|m| m.1).collect()),
                other => other,
            }
        }
        Kind::ObjectForString => *target = json!({ "text": target.take() }),
        Kind::OutOfRange => {
            let below = site.schema["minimum"]
                .as_i64()
                .and_then(|min| min.checked_sub(1));
            let above = site.schema["maximum"]
                .as_i64()
                .and_then(|max| max.checked_add(1));
            let choices: Vec<i64> = below.into_iter().chain(above).collect();
            if choices.is_empty() {
                return None;
            }
            *target = json!(rng.pick(&choices));
        }
        Kind::FloatForInteger => *target = json!(target.as_f64()?.trunc() + 0.5),
        Kind::IntegralFloat => *target = json!(target.as_f64()?.trunc()),
        Kind::BeyondI64 => {
            *target = json!(rng.pick(&[i64::MAX as u64 + 1, u64::MAX]));
        }
        Kind::LongString => *target = json!("a".repeat(LONG_STRING)),
        // Written as text above: a value cannot hold a key twice.
        Kind::DuplicateKey => return None,
        Kind::BadLanguageTag => {
            let tag = *rng.pick(&["english language", "e", "abcd"]);
            target.as_object_mut()?.insert(tag.into(), json!("Text"));
            pointer = child(&at, tag);
        }
        Kind::TextWithoutSv => {
            let object = target.as_object_mut()?;
            remove_member(object, "sv");
            if object.is_empty() {
                object.insert("en".into(), json!("Text"));
            }
            pointer = child(&at, "sv");
        }
        Kind::BadKommunkod => *target = json!(rng.pick(&["149", "14900", "14a0", "1490 ", ""])),
        Kind::SchemaVersion => *target = json!("3.0"),
        Kind::BadEmail => {
            let bad = rng.pick(&["info.boras.se", "a b@boras.se", "@boras.se", "info@"]);
            pointer = set_member(target, &at, "email", json!(bad))?;
        }
        // Shaped like name@domain.se, but not an address by RFC 5321.
        Kind::EmailRfcInvalid => {
            let bad = rng.pick(&[
                "a..b@boras.se",
                ".info@boras.se",
                "info@-boras.se",
                "info@boras_x.se",
            ]);
            pointer = set_member(target, &at, "email", json!(bad))?;
        }
        // Swedish letters, in the name or in the domain (an IDN such as borås.se).
        Kind::EmailNonAscii => {
            let email = rng.pick(&["åsa@boras.se", "info@borås.se"]);
            pointer = set_member(target, &at, "email", json!(email))?;
        }
        Kind::BadUrl => {
            let bad = rng.pick(&[
                "www.boras.se",
                "boras se",
                "https://exempel .se",
                "://boras.se",
            ]);
            pointer = set_member(target, &at, "website", json!(bad))?;
        }
        // An http(s) address with a host, but not a URI by RFC 3986.
        Kind::UrlRfcInvalid => {
            let bad = rng.pick(&[
                "https://boras.se/%zz",
                "https://boras.se/{x}",
                "https://boras.se#a#b",
                "https://boras.se/a\\b",
            ]);
            pointer = set_member(target, &at, "website", json!(bad))?;
        }
        // Swedish letters in the host (an IDN) or the path.
        Kind::UrlNonAscii => {
            let url = rng.pick(&["https://www.borås.se", "https://boras.se/föreningar"]);
            pointer = set_member(target, &at, "website", json!(url))?;
        }
        Kind::BadDayOfYear => {
            let bad = rng.pick(&["--02-30", "--13-01", "28 november", "--4-1"]);
            pointer = set_member(target, &at, "day_of_year", json!(bad))?;
        }
        Kind::BadCurrency => {
            pointer = set_member(
                target,
                &at,
                "currency",
                json!(rng.pick(&["sek", "SEKR", "kr"])),
            )?;
        }
        Kind::BadOrgNumber => {
            let bad = rng.pick(&["21200-01561", "212000-156", "212000 1561"]);
            pointer = set_member(target, &at, "org_number", json!(bad))?;
        }
        Kind::ExtensionsExtraMember => {
            let extensions = extensions_of(target)?;
            let key = format!("eget_fält_{}", rng.below(1000));
            extensions.insert(
                key.clone(),
                json!({ "nummer": 12, "lista": [true, null, "x", 2.5], "text": { "sv": 1 } }),
            );
            pointer = child(&child(&at, "extensions"), &key);
        }
        Kind::ExtensionsDeep | Kind::ExtensionsTooDeep => {
            // The object at a pointer of n tokens is at depth n + 1 (the root is 1), so its
            // extensions are at n + 2; the nesting inside fills the rest up to the limit.
            let extensions_depth = depth_of(&at) + 2;
            let mut levels = max_depth.checked_sub(extensions_depth)?;
            if kind == Kind::ExtensionsTooDeep {
                levels += 1;
            }
            extensions_of(target)?.insert("djup".into(), nested(levels));
            pointer = child(&child(&at, "extensions"), "djup");
        }
    }
    Some(Mutation {
        pointer,
        text: None,
    })
}

/// Sets a member of the object `target`, which is at `at`, and gives the member's pointer.
fn set_member(target: &mut Value, at: &str, key: &str, value: Value) -> Option<String> {
    target.as_object_mut()?.insert(key.to_owned(), value);
    Some(child(at, key))
}

/// The `extensions` object of an object, made when it is absent.
fn extensions_of(target: &mut Value) -> Option<&mut Map<String, Value>> {
    target
        .as_object_mut()?
        .entry("extensions")
        .or_insert_with(|| json!({}))
        .as_object_mut()
}

/// `levels` arrays and objects inside each other, the innermost holding a number.
fn nested(levels: usize) -> Value {
    let mut value = json!(1);
    for level in 0..levels {
        value = if level % 2 == 0 {
            json!([value])
        } else {
            json!({ "n": value })
        };
    }
    value
}

/// Takes a member out of an object, keeping the order of the others.
fn remove_member(object: &mut Map<String, Value>, key: &str) {
    object.retain(|k, _| k != key);
}

/// The number of reference tokens of a pointer.
fn depth_of(pointer: &str) -> usize {
    pointer.matches('/').count()
}

/// The pointer of a member or element below `pointer`.
fn child(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}

/// Compact JSON of `value` with the member `key` of the object at `target` written twice,
/// which no `serde_json::Value` can hold.
fn write_with_duplicate(value: &Value, at: &str, target: &str, key: &str, out: &mut String) {
    match value {
        Value::Object(members) => {
            out.push('{');
            let mut first = true;
            for (name, member) in members {
                let times = if at == target && name == key { 2 } else { 1 };
                let below = if target.starts_with(at) {
                    child(at, name)
                } else {
                    // Nothing below can be the target; any pointer that is not its prefix will do.
                    String::from("\u{0}")
                };
                for _ in 0..times {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    out.push_str(&Value::String(name.clone()).to_string());
                    out.push(':');
                    write_with_duplicate(member, &below, target, key, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                let below = if target.starts_with(at) {
                    child(at, &index.to_string())
                } else {
                    String::from("\u{0}")
                };
                write_with_duplicate(item, &below, target, key, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

// --- Walking a document beside its schema ----------------------------------------------------

/// The JSON type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

fn shape(value: &Value) -> Shape {
    match value {
        Value::Null => Shape::Null,
        Value::Bool(_) => Shape::Bool,
        Value::Number(_) => Shape::Number,
        Value::String(_) => Shape::String,
        Value::Array(_) => Shape::Array,
        Value::Object(_) => Shape::Object,
    }
}

/// A value of a document with the part of the schema that describes it.
#[derive(Debug, Clone)]
struct Site<'s> {
    pointer: String,
    /// The subschema for the value, with `$ref` followed and the branch for its type chosen.
    schema: &'s Value,
    /// The `$defs` entry the value is an instance of, when it came through one.
    def: Option<&'s str>,
    /// The member's name, for a member of an object.
    key: Option<String>,
    /// A member the parent's `properties` declare.
    declared: bool,
    /// A member the parent's `required` lists.
    required: bool,
    shape: Shape,
    /// Members of an object.
    members: usize,
}

/// True when the object site's schema declares the member `name`.
fn declares(site: &Site<'_>, name: &str) -> bool {
    site.shape == Shape::Object && site.schema["properties"].get(name).is_some()
}

/// The types a schema names in `type`.
fn types(schema: &Value) -> Vec<&str> {
    match &schema["type"] {
        Value::String(one) => vec![one.as_str()],
        Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// A `oneOf` of constants: how the schema writes an enum.
fn is_enum(schema: &Value) -> bool {
    schema["oneOf"]
        .as_array()
        .is_some_and(|branches| branches.iter().all(|b| b.get("const").is_some()))
}

/// True when `value`'s JSON type is one `schema` allows; a `$ref` is followed into `root`'s definitions.
fn shape_allowed_in(root: &Value, schema: &Value, value: &Value) -> bool {
    if let Some(name) = schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        return shape_allowed_in(root, &root["$defs"][name], value);
    }
    types(schema).iter().any(|t| match (*t, value) {
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        ("number", Value::Number(_))
        | ("string", Value::String(_))
        | ("object", Value::Object(_))
        | ("array", Value::Array(_))
        | ("boolean", Value::Bool(_))
        | ("null", Value::Null) => true,
        _ => false,
    })
}

/// Follows `$ref`s and picks the `anyOf`/`oneOf` branch for the value's type.
fn resolve<'s>(
    root: &'s Value,
    mut node: &'s Value,
    value: &Value,
) -> (&'s Value, Option<&'s str>) {
    let mut def = None;
    loop {
        if let Some(name) = node["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            def = Some(name);
            node = &root["$defs"][name];
            continue;
        }
        if is_enum(node) {
            return (node, def);
        }
        let branches = node["anyOf"]
            .as_array()
            .or_else(|| node["oneOf"].as_array());
        let Some(branches) = branches else {
            return (node, def);
        };
        let null_branch = branches.iter().find(|b| types(b) == ["null"]);
        let chosen = match (value, null_branch) {
            (Value::Null, Some(null)) => Some(null),
            (_, Some(null)) => branches.iter().find(|b| !std::ptr::eq(*b, null)),
            (_, None) => branches.iter().find(|b| shape_allowed_in(root, b, value)),
        };
        match chosen {
            Some(branch) => node = branch,
            None => return (node, def),
        }
    }
}

/// Every value of the document with its schema, in document order; extensions are not entered.
fn sites<'s>(root: &'s Value, document: &Value) -> Vec<Site<'s>> {
    let mut out = Vec::new();
    walk(root, root, document, String::new(), None, &mut out);
    out
}

/// Where the value sits in its parent: its key, whether declared and whether required.
type Place = Option<(String, bool, bool)>;

fn walk<'s>(
    root: &'s Value,
    node: &'s Value,
    value: &Value,
    pointer: String,
    place: Place,
    out: &mut Vec<Site<'s>>,
) {
    let (schema, def) = resolve(root, node, value);
    let (key, declared, required) = match place {
        Some((key, declared, required)) => (Some(key), declared, required),
        None => (None, false, false),
    };
    out.push(Site {
        pointer: pointer.clone(),
        schema,
        def,
        key,
        declared,
        required,
        shape: shape(value),
        members: value.as_object().map_or(0, Map::len),
    });
    match value {
        Value::Object(members) => {
            let Some(properties) = schema["properties"].as_object() else {
                return;
            };
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for (name, member) in members {
                let (child_schema, declared) = match properties.get(name) {
                    Some(declared) => (declared, true),
                    None if schema["additionalProperties"].is_object() => {
                        (&schema["additionalProperties"], false)
                    }
                    None => continue,
                };
                let place = Some((name.clone(), declared, required.contains(&name.as_str())));
                walk(
                    root,
                    child_schema,
                    member,
                    child(&pointer, name),
                    place,
                    out,
                );
            }
        }
        Value::Array(items) => {
            let Some(item_schema) = schema.get("items") else {
                return;
            };
            for (index, item) in items.iter().enumerate() {
                let below = child(&pointer, &index.to_string());
                walk(root, item_schema, item, below, None, out);
            }
        }
        _ => {}
    }
}

// --- The documents -----------------------------------------------------------------------------

/// A document to mutate, with where it came from and its values beside their schema.
struct Base<'s> {
    name: String,
    value: Value,
    sites: Vec<Site<'s>>,
}

impl<'s> Base<'s> {
    fn new(schema: &'s Value, name: String, value: Value) -> Self {
        let sites = sites(schema, &value);
        Self { name, value, sites }
    }
}

/// The examples and the conformance documents without error findings.
fn fixed_documents(schema: &Value) -> Vec<Base<'_>> {
    let root = common::root();
    let mut out = Vec::new();
    // Every example, so that each part of the model an example shows is mutated too.
    let examples = common::example_files();
    for path in examples {
        let text = std::fs::read_to_string(&path).expect("the example is readable");
        let value = serde_json::from_str(&text).expect("the example is JSON");
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        out.push(Base::new(schema, name, value));
    }
    let cases = root.join("tests/conformance/cases");
    let mut folders: Vec<_> = std::fs::read_dir(&cases)
        .expect("tests/conformance/cases is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    folders.sort();
    for folder in folders {
        let Ok(expected) = std::fs::read_to_string(folder.join("expected.json")) else {
            continue;
        };
        let expected: Value = serde_json::from_str(&expected).expect("expected.json is JSON");
        let clean = expected["findings"]
            .as_array()
            .is_some_and(|findings| findings.iter().all(|f| f["severity"] != "error"));
        // A pending case's expectations are not yet the library's; options change what is clean.
        if !clean || expected.get("pending").is_some() || expected.get("options").is_some() {
            continue;
        }
        let Ok(bytes) = std::fs::read(folder.join("document.json")) else {
            continue;
        };
        let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
            continue;
        };
        // A 1.0 document follows the 1.0 schema; the library reads it through the migration.
        if value.is_object() && value["schema_version"] != "1.0" {
            let name = folder.file_name().map_or_else(String::new, |n| {
                format!("conformance/{}", n.to_string_lossy())
            });
            out.push(Base::new(schema, name, value));
        }
    }
    out
}

/// A synthetic document with the optional parts the generator leaves out added, all valid:
/// money, a meeting on a day of the year, contact details, a translation and a time window.
fn synthetic<'s>(rng: &mut Rng, schema: &'s Value) -> Base<'s> {
    let activities = 3 + rng.below(28);
    let seed = rng.next_u64();
    let mut value = overenskommelse_synthetic::document_value(activities, seed);
    // Adding members and elements at the end leaves every pointer found here valid.
    let mut objects = Vec::new();
    let mut texts = Vec::new();
    for site in sites(schema, &value) {
        if site.shape != Shape::Object {
            continue;
        }
        if site.def == Some("LocalizedText") {
            if rng.below(8) == 0 {
                texts.push(site.pointer);
            }
        } else if rng.below(4) == 0 {
            objects.push((site.pointer, site.schema));
        }
    }
    for (pointer, object_schema) in objects {
        if let Some(object) = value.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            enrich(object, object_schema, rng);
        }
    }
    // Texts with a translation beside the Swedish.
    for pointer in texts {
        if let Some(text) = value.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            text.insert("en".into(), json!("In English"));
        }
    }
    Base::new(schema, format!("synthetic({activities}, {seed})"), value)
}

/// Adds valid optional members to an object, by the members its schema declares.
fn enrich(object: &mut Map<String, Value>, schema: &Value, rng: &mut Rng) {
    let declared = |name: &str| schema["properties"].get(name).is_some();
    if declared("budget") {
        push(object, "budget", budget_line(rng));
    }
    if declared("follow_ups") {
        // An activity: a time window beside its time text.
        if let Some(time) = object.get_mut("time").and_then(Value::as_object_mut) {
            time.insert(
                "window".into(),
                json!({ "start": "2019-03-01", "end": "2019-05-31", "precision": "season",
                        "uncertain": rng.below(2) == 0 }),
            );
        }
    }
    if declared("website") {
        object.insert("email".into(), json!("info@exempelby.se"));
        object.insert("website".into(), json!("https://www.exempelby.se/forening"));
        object.insert("org_number".into(), json!("212000-1561"));
    } else if declared("email") {
        object.insert("email".into(), json!("processledare@exempelby.se"));
    }
    if declared("meetings") {
        push(
            object,
            "meetings",
            json!({ "date": { "day_of_year": "--11-28" }, "text": "Stormötet i november" }),
        );
    }
}

fn budget_line(rng: &mut Rng) -> Value {
    json!({
        "year": 2019 + rng.below(4),
        "amount": 1000 * rng.below(500),
        "currency": "SEK",
        "decided": rng.below(2) == 0,
    })
}

fn push(object: &mut Map<String, Value>, key: &str, item: Value) {
    if let Some(items) = object
        .entry(key)
        .or_insert_with(|| json!([]))
        .as_array_mut()
    {
        items.push(item);
    }
}

// --- Comparing ---------------------------------------------------------------------------------

/// One error of the schema, with the library codes that correspond to it.
struct SchemaError {
    path: String,
    message: String,
    codes: BTreeSet<&'static str>,
}

/// The schema's patterns and the library code each corresponds to.
struct Patterns(Vec<(String, &'static [&'static str])>);

impl Patterns {
    fn of(schema: &Value) -> Self {
        let at = |pointer: &str| -> String {
            schema
                .pointer(pointer)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("the schema has no pattern at {pointer}"))
                .to_owned()
        };
        Self(vec![
            (
                overenskommelse::ID_PATTERN.to_owned(),
                &["OVK-ID-003", "OVK-REF-001"],
            ),
            (
                at("/$defs/Jurisdiction/properties/code/pattern"),
                &["OVK-CODE-001"],
            ),
            (
                at("/$defs/Party/properties/org_number/pattern"),
                &["OVK-CODE-002"],
            ),
            (
                at("/$defs/BudgetLine/properties/currency/pattern"),
                &["OVK-CODE-006"],
            ),
            (
                at("/$defs/LocalizedText/oneOf/1/propertyNames/pattern"),
                &["OVK-CODE-003"],
            ),
            (at("/$defs/MonthDay/pattern"), &["OVK-STR-005"]),
        ])
    }

    fn codes(&self, pattern: &str) -> &'static [&'static str] {
        self.0
            .iter()
            .find(|(p, _)| p == pattern)
            .map_or(&[], |(_, codes)| *codes)
    }
}

/// The library codes that correspond to a schema error (the table at the top of this file).
fn codes_for(
    kind: &ValidationErrorKind,
    path: &str,
    patterns: &Patterns,
    out: &mut BTreeSet<&'static str>,
) {
    match kind {
        ValidationErrorKind::Required { .. } => {
            out.insert("OVK-STR-003");
        }
        ValidationErrorKind::AdditionalProperties { .. } => {
            out.insert("OVK-STR-002");
        }
        ValidationErrorKind::Type { .. } => {
            out.insert(if path.is_empty() {
                "OVK-STR-001"
            } else {
                "OVK-STR-004"
            });
        }
        ValidationErrorKind::Constant { expected_value } => {
            if **expected_value == json!(overenskommelse::SCHEMA_VERSION) {
                // The schema gives only the `const` error for `schema_version` of any type;
                // the library calls a version that is not text a wrong type.
                out.extend(["OVK-VER-001", "OVK-STR-004"]);
            } else {
                out.insert("OVK-STR-005");
            }
        }
        ValidationErrorKind::Enum { .. }
        | ValidationErrorKind::Minimum { .. }
        | ValidationErrorKind::Maximum { .. }
        | ValidationErrorKind::ExclusiveMinimum { .. }
        | ValidationErrorKind::ExclusiveMaximum { .. }
        | ValidationErrorKind::MinLength { .. } => {
            out.insert("OVK-STR-005");
        }
        ValidationErrorKind::Pattern { pattern } => out.extend(patterns.codes(pattern)),
        ValidationErrorKind::Format { format } => {
            out.extend(match format.as_str() {
                "date" => Some("OVK-DATE-001"),
                // The schema names the formats that allow Swedish letters (RFC 6531, RFC 3987).
                "email" | "idn-email" => Some("OVK-CODE-004"),
                "uri" | "iri" => Some("OVK-CODE-005"),
                _ => None,
            });
        }
        ValidationErrorKind::PropertyNames { error } => {
            codes_for(error.kind(), path, patterns, out);
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            for error in context.iter().flatten() {
                codes_for(error.kind(), error.instance_path().as_str(), patterns, out);
            }
        }
        _ => {}
    }
}

/// True when one pointer is the other or lies below it.
fn related(a: &str, b: &str) -> bool {
    let below = |outer: &str, inner: &str| {
        inner
            .strip_prefix(outer)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    below(a, b) || below(b, a)
}

/// Library findings the schema must agree with: syntax and structure. Duplicate keys are
/// invisible to it, the count of problems and the size and depth limits are not structure.
fn schema_must_agree(code: &str) -> bool {
    (code.starts_with("OVK-SYN-") || code.starts_with("OVK-STR-"))
        && !matches!(
            code,
            "OVK-STR-006" | "OVK-STR-007" | "OVK-SYN-003" | "OVK-SYN-004"
        )
}

/// The findings that make a document structurally invalid for the library.
fn is_structure_finding(code: &str) -> bool {
    code.starts_with("OVK-SYN-")
        || code.starts_with("OVK-STR-")
        || code.starts_with("OVK-CODE-")
        || matches!(code, "OVK-DATE-001" | "OVK-ID-003" | "OVK-VER-001")
}

/// One disagreement, with what each side said.
struct Disagreement {
    kind: &'static str,
    base: String,
    pointer: String,
    what: String,
    schema: Vec<String>,
    library: Vec<String>,
}

impl Disagreement {
    /// The group it is reported in: its kind and what disagrees, without the pointer.
    fn class(&self) -> (&'static str, &str) {
        let what = self.what.split(" at ").next().unwrap_or_default();
        (self.kind, what)
    }

    fn describe(&self, out: &mut String) {
        let schema = if self.schema.is_empty() {
            "accepts".to_owned()
        } else {
            self.schema.join("\n             ")
        };
        let library = if self.library.is_empty() {
            "no errors".to_owned()
        } else {
            self.library.join(", ")
        };
        let _ = writeln!(
            out,
            "- {} ({}, mutated at {:?})\n    schema:  {schema}\n    library: {library}",
            self.what, self.base, self.pointer,
        );
    }
}

/// Counts per mutation kind.
#[derive(Default)]
struct Tally {
    documents: usize,
    schema_rejects: usize,
    library_rejects: usize,
    disagreements: usize,
}

/// Both validators, and what they said so far.
struct Oracle<'v> {
    validator: &'v jsonschema::Validator,
    patterns: &'v Patterns,
    tallies: BTreeMap<&'static str, Tally>,
    disagreements: Vec<Disagreement>,
}

impl Oracle<'_> {
    /// Checks one document, `value` as the schema sees it and `mutation.text` (else the
    /// value's JSON) as the library reads it, and notes every disagreement.
    fn check(&mut self, kind: Option<Kind>, base: &str, value: &Value, mutation: &Mutation) {
        let name = kind.map_or("valid", Kind::name);
        let bytes = match &mutation.text {
            Some(text) => text.clone(),
            None => serde_json::to_vec(value).expect("a value serializes"),
        };
        let document = Document::from_slice(&bytes);
        let library: Vec<(&str, &str)> = document
            .findings()
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| (f.code(), f.path.as_str()))
            .collect();
        let library_text: Vec<String> = library
            .iter()
            .map(|(code, path)| format!("{code} at {path:?}"))
            .collect();
        let mut found = Vec::new();
        let mut disagree = |what: String, schema: Vec<String>| {
            found.push(Disagreement {
                kind: name,
                base: base.to_owned(),
                pointer: mutation.pointer.clone(),
                what,
                schema,
                library: library_text.clone(),
            });
        };

        let mut schema_rejects = false;
        if kind == Some(Kind::DuplicateKey) {
            // The schema reads a parsed value, in which the duplicate is gone: only the
            // library can see it, and must report it where it stands.
            let reported = library
                .iter()
                .any(|(code, path)| *code == "OVK-STR-006" && *path == mutation.pointer);
            if !reported {
                disagree(
                    "the library does not report OVK-STR-006 for the duplicate key".into(),
                    Vec::new(),
                );
            }
        } else {
            let schema_ok = self.validator.is_valid(value);
            schema_rejects = !schema_ok;
            let errors = if schema_ok {
                Vec::new()
            } else {
                self.schema_errors(value)
            };
            let schema_text = |errors: &[SchemaError]| -> Vec<String> {
                errors
                    .iter()
                    .map(|e| format!("at {:?}: {} (maps to {:?})", e.path, e.message, e.codes))
                    .collect()
            };
            // (a) Every schema error has a library error of a corresponding kind where it stands.
            for error in &errors {
                let matched = library
                    .iter()
                    .any(|(code, path)| error.codes.contains(code) && related(&error.path, path));
                if !matched {
                    let what = format!(
                        "the schema rejects at {:?}; the library reports none of {:?} there",
                        error.path, error.codes
                    );
                    disagree(what, schema_text(std::slice::from_ref(error)));
                }
            }
            // (b) Every syntax or structure finding has a schema error where it stands.
            for (code, path) in &library {
                if !schema_must_agree(code) || errors.iter().any(|e| related(&e.path, path)) {
                    continue;
                }
                let what = if schema_ok {
                    format!("the library reports {code} at {path:?}; the schema accepts it")
                } else {
                    format!(
                        "the library reports {code} at {path:?}; the schema finds nothing there"
                    )
                };
                disagree(what, schema_text(&errors));
            }
        }
        let tally = self.tallies.entry(name).or_default();
        tally.documents += 1;
        tally.schema_rejects += usize::from(schema_rejects);
        tally.library_rejects +=
            usize::from(library.iter().any(|(code, _)| is_structure_finding(code)));
        tally.disagreements += found.len();
        self.disagreements.extend(found);
    }

    /// Every error of the schema, with the library codes that correspond to it.
    fn schema_errors(&self, value: &Value) -> Vec<SchemaError> {
        self.validator
            .iter_errors(value)
            .map(|error| {
                let path = error.instance_path().as_str().to_owned();
                let mut codes = BTreeSet::new();
                codes_for(error.kind(), &path, self.patterns, &mut codes);
                // A `oneOf` error quotes the whole value: enough of it to recognise.
                let mut message = error.to_string();
                if let Some((cut, _)) = message.char_indices().nth(300) {
                    message.truncate(cut);
                    message.push('…');
                }
                SchemaError {
                    path,
                    message,
                    codes,
                }
            })
            .collect()
    }
}

/// The number of documents to check.
fn documents_to_check() -> usize {
    match std::env::var(DOCUMENTS_VARIABLE) {
        Ok(text) => text.trim().parse().unwrap_or_else(|_| {
            panic!("{DOCUMENTS_VARIABLE} must be a whole number, not {text:?}")
        }),
        Err(_) => DEFAULT_DOCUMENTS,
    }
}

#[test]
fn schema_and_library_agree_on_structure() {
    let schema = common::checked_in_schema();
    let validator = common::schema_validator(&schema);
    let patterns = Patterns::of(&schema);
    let max_depth = usize::try_from(overenskommelse::Limits::default().max_depth)
        .expect("the depth limit fits in memory");
    let total = documents_to_check();
    // The examples, the clean conformance documents and synthetic ones, each checked as it
    // is and then mutated; synthetic documents are made once, as walking them is the slow part.
    let mut rng = Rng::new(0x4F56_4B2D_4F52_4143);
    let fixed = fixed_documents(&schema);
    let synthetic: Vec<Base<'_>> = (0..(total / 25).clamp(8, 4_000))
        .map(|_| synthetic(&mut rng, &schema))
        .collect();

    let mut oracle = Oracle {
        validator: &validator,
        patterns: &patterns,
        tallies: BTreeMap::new(),
        disagreements: Vec::new(),
    };
    let mut checked = 0;
    let unchanged = Mutation {
        pointer: String::new(),
        text: None,
    };
    for base in fixed.iter().chain(&synthetic).take(total) {
        oracle.check(None, &base.name, &base.value, &unchanged);
        checked += 1;
    }
    // Each kind in turn, on a synthetic document half the time and else on a fixed one; when
    // the document drawn has no place for the kind, the next one that has.
    let mut round = 0;
    while checked < total {
        let kind = Kind::ALL[round % Kind::ALL.len()];
        round += 1;
        let (pool, others) = if rng.below(2) == 0 {
            (&synthetic, &fixed)
        } else {
            (&fixed, &synthetic)
        };
        let start = rng.below(pool.len());
        let order = pool.iter().cycle().skip(start).take(pool.len());
        let mut done = false;
        for base in order.chain(others) {
            let candidates: Vec<&Site<'_>> =
                base.sites.iter().filter(|site| kind.fits(site)).collect();
            if candidates.is_empty() {
                continue;
            }
            let site = *rng.pick(&candidates);
            let mut value = base.value.clone();
            let Some(mutation) = apply(kind, &mut value, site, &mut rng, max_depth) else {
                continue;
            };
            oracle.check(Some(kind), &base.name, &value, &mutation);
            done = true;
            break;
        }
        assert!(done, "no document has a place for {}", kind.name());
        checked += 1;
    }
    let Oracle {
        tallies,
        disagreements,
        ..
    } = oracle;

    // The summary: every kind with its counts, known disagreements with their reasons.
    let known = |kind: &str| KNOWN_DISAGREEMENTS.iter().find(|(k, _)| *k == kind);
    let mut summary = format!(
        "{checked} documents, {} mutation kinds\n{:<26} {:>6} {:>8} {:>8} {:>9}\n",
        Kind::ALL.len(),
        "kind",
        "docs",
        "schema✗",
        "library✗",
        "disagree"
    );
    for (kind, tally) in &tallies {
        let note = known(kind).map_or(String::new(), |(_, why)| format!("  known, {why}"));
        let _ = writeln!(
            summary,
            "{kind:<26} {:>6} {:>8} {:>8} {:>9}{note}",
            tally.documents, tally.schema_rejects, tally.library_rejects, tally.disagreements
        );
    }
    println!("{summary}");

    // Every disagreement, grouped by kind and by what disagrees; the known ones only shown.
    let mut groups: BTreeMap<(&str, &str), Vec<&Disagreement>> = BTreeMap::new();
    for disagreement in &disagreements {
        groups
            .entry(disagreement.class())
            .or_default()
            .push(disagreement);
    }
    let mut report = String::new();
    for ((kind, _), group) in &groups {
        if let Some((_, why)) = known(kind) {
            let mut example = String::new();
            group[0].describe(&mut example);
            println!(
                "known, {kind}: {} ({why}); for example\n{example}",
                group.len()
            );
            continue;
        }
        let _ = writeln!(report, "\n== {kind}: {} disagreement(s)", group.len());
        for disagreement in group.iter().take(SHOWN) {
            disagreement.describe(&mut report);
        }
        if group.len() > SHOWN {
            let _ = writeln!(report, "  … and {} more like these", group.len() - SHOWN);
        }
    }
    // A known kind that agrees everywhere has been fixed: it must leave the list.
    let fixed_kinds: Vec<&str> = KNOWN_DISAGREEMENTS
        .iter()
        .filter(|(kind, _)| {
            tallies
                .get(kind)
                .is_some_and(|t| t.documents >= 20 && t.disagreements == 0)
        })
        .map(|(kind, _)| *kind)
        .collect();
    assert!(
        fixed_kinds.is_empty(),
        "these kinds agree now; remove them from KNOWN_DISAGREEMENTS: {fixed_kinds:?}"
    );
    assert!(
        report.is_empty(),
        "the schema and the library disagree:\n{summary}{report}"
    );
}
