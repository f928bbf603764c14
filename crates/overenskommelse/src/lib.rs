//! # överenskommelse
//!
//! The local *Överenskommelse* between a Swedish kommun or region and its civil society, as
//! data: the model of the agreement, its plans and action plans; checking with stable codes,
//! JSON Pointers, lines and columns, and messages in Swedish and English; the follow-up report
//! for the stormöte; and the JSON Schema of the document.
//!
//! A [`Document`] is what callers hold: checked from bytes, it owns the agreement and every
//! finding, and gives the report and the document's JSON.
//!
//! ```
//! use overenskommelse::{Document, Lang, Severity};
//!
//! let document = Document::from_path("../../examples/boras/overenskommelse.json", &Default::default())?;
//! assert!(document.findings().iter().all(|f| f.severity != Severity::Error));
//! let agreement = document.agreement().expect("the document is readable");
//! assert_eq!(agreement.principles.len(), 6);
//!
//! let broken = Document::from_slice(br#"{"schema_version": "2.0", "id": "x"}"#);
//! let first = &broken.findings()[0];
//! assert_eq!((first.code(), first.path.as_str()), ("OVK-STR-003", "/jurisdiction"));
//! assert_eq!(first.message(Lang::En), "Required field `jurisdiction` is missing.");
//! # Ok::<(), overenskommelse::Error>(())
//! ```
#![forbid(unsafe_code)]

mod document;
mod error;
pub mod follow_up;
pub mod i18n;
mod migrate;
pub mod model;
mod read;
pub mod report;
pub mod schema;
pub mod starter;
pub mod time;
pub mod validate;
pub mod window;
#[cfg(feature = "workbook")]
pub mod workbook;

pub use document::{Counts, Document, Options, ReportOptions};
pub use error::{Error, IoProblem};
pub use i18n::Lang;
pub use model::*;
pub use read::{Expected, JsonType, Limits, SyntaxProblem};
pub use report::Report;
pub use validate::{Finding, Rule, RuleId, Severity};

/// Reads a document from bytes (UTF-8 JSON) into the model; fails on the first syntax or
/// structure error. The validation rules do not run: [`Document`] checks a document and
/// reports every problem.
pub fn from_slice(bytes: &[u8]) -> Result<Agreement, Error> {
    let document = Document::read(bytes, &Options::default(), document::Rules::Skip);
    let structure_errors: Vec<&Finding> = document
        .findings()
        .iter()
        .filter(|f| {
            // What the reader finds: syntax, structure and dates, not the rules on content.
            let read_by_reader = matches!(
                f.rule().family,
                validate::Family::Syntax | validate::Family::Structure
            ) && f.rule != RuleId::SchemaVersion
                || f.rule == RuleId::InvalidDate;
            f.severity == Severity::Error && read_by_reader
        })
        .collect();
    if let Some(first) = structure_errors.first() {
        return Err(Error::Invalid {
            errors: structure_errors.len() as u64,
            first: Box::new((*first).clone()),
        });
    }
    document
        .into_agreement()
        .ok_or(Error::Unreadable { errors: 0 })
}

/// Migrates a document of format 1.0 to 2.0 and answers its JSON text (members in the order
/// written, numbers as written); a 2.0 document comes back as it is. Fails as [`from_slice`]
/// does on syntax or structure errors, so that nothing is migrated that could not be read whole.
///
/// ```
/// let one = br#"{"schema_version": "1.0", "id": "x", "jurisdiction": {"kind": "kommun",
///   "name": "X", "code": "1490"}, "title": "X", "adopted": "2013-05-16"}"#;
/// let two: serde_json::Value = serde_json::from_str(&overenskommelse::migrate(one)?).unwrap();
/// assert_eq!(two["schema_version"], "2.0");
/// assert_eq!(two["decisions"][0]["kind"], "adopted");
/// assert_eq!(two["decisions"][0]["date"], "2013-05-16");
/// # Ok::<(), overenskommelse::Error>(())
/// ```
pub fn migrate(bytes: &[u8]) -> Result<String, Error> {
    from_slice(bytes)?;
    match migrate::read_version_1(bytes) {
        Some(mut tree) => {
            migrate::upgrade(&mut tree);
            Ok(migrate::to_json(&tree))
        }
        None => Ok(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// Reads a document from text; see [`from_slice`].
pub fn from_str(text: &str) -> Result<Agreement, Error> {
    from_slice(text.as_bytes())
}

/// Reads a document from a file; see [`from_slice`].
pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Agreement, Error> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| Error::read(&path.display().to_string(), &e))?;
    from_slice(&bytes)
}

/// The examples of `docs/api.md`, run as tests so that the documented boundary stays true.
#[doc = include_str!("../../../docs/api.md")]
#[cfg(doctest)]
pub struct ApiDocumentation;
