//! Compares the three ways to read a document: the strict `overenskommelse::from_slice`,
//! the checked `Document::from_slice`, and `serde_json::from_slice::<Agreement>`.
//!
//! Asserts, for every input:
//! - `from_slice` succeeds exactly when the `Document` has no error of the reader's rules
//!   (codes `OVK-SYN-*`, `OVK-STR-*` and `OVK-DATE-001`), and then gives the same agreement;
//!   when it fails, its error counts those findings and names the first of them;
//! - when the input is JSON that serde_json reads, with no key twice in one object, the
//!   serde path (which goes through the same reader) succeeds exactly when `from_slice` does.
//!   Duplicate keys are left out because serde_json keeps the last value silently.
#![no_main]

use std::collections::HashSet;
use std::fmt;

use libfuzzer_sys::fuzz_target;
use overenskommelse::{Agreement, Document, Error, Finding, Severity};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

fuzz_target!(|bytes: &[u8]| {
    let strict = overenskommelse::from_slice(bytes);
    let document = Document::from_slice(bytes);
    let reader_errors: Vec<&Finding> = document
        .findings()
        .iter()
        .filter(|f| f.severity == Severity::Error && is_readers(f.code()))
        .collect();

    match &strict {
        Ok(agreement) => {
            assert!(
                reader_errors.is_empty(),
                "from_slice succeeded though the document has {:?}",
                codes(&reader_errors)
            );
            assert_eq!(
                document.agreement(),
                Some(agreement),
                "from_slice and Document read different agreements"
            );
        }
        Err(Error::Invalid { errors, first }) => {
            assert!(
                !reader_errors.is_empty(),
                "from_slice failed with {} though the document has no reader error",
                first.code()
            );
            assert_eq!(*errors, reader_errors.len() as u64, "from_slice miscounts");
            assert_eq!(
                (first.code(), first.path.as_str()),
                (reader_errors[0].code(), reader_errors[0].path.as_str()),
                "from_slice names another first error"
            );
        }
        Err(other) => panic!("from_slice failed with {other:?}"),
    }

    if serde_json::from_slice::<UniqueKeys>(bytes).is_ok() {
        let serde = serde_json::from_slice::<Agreement>(bytes);
        assert_eq!(
            serde.is_ok(),
            strict.is_ok(),
            "serde_json gives {:?} where from_slice gives {:?}",
            serde.as_ref().err().map(ToString::to_string),
            strict
                .as_ref()
                .err()
                .map(|e| e.message(overenskommelse::Lang::En))
        );
    }
});

fn is_readers(code: &str) -> bool {
    code.starts_with("OVK-SYN-") || code.starts_with("OVK-STR-") || code == "OVK-DATE-001"
}

fn codes<'a>(findings: &[&'a Finding]) -> Vec<(&'static str, &'a str)> {
    findings
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect()
}

/// Any JSON value in which no object has the same key twice.
struct UniqueKeys;

impl<'de> Deserialize<'de> for UniqueKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueKeysVisitor)
    }
}

struct UniqueKeysVisitor;

impl<'de> Visitor<'de> for UniqueKeysVisitor {
    type Value = UniqueKeys;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON without duplicate keys")
    }

    fn visit_bool<E>(self, _: bool) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_i64<E>(self, _: i64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_u64<E>(self, _: u64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_f64<E>(self, _: f64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_str<E>(self, _: &str) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_unit<E>(self) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<UniqueKeys, A::Error> {
        while seq.next_element::<UniqueKeys>()?.is_some() {}
        Ok(UniqueKeys)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UniqueKeys, A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key) {
                return Err(serde::de::Error::custom("a key given twice"));
            }
            map.next_value::<UniqueKeys>()?;
        }
        Ok(UniqueKeys)
    }
}
