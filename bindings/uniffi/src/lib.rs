//! Kotlin and Swift bindings of överenskommelse, through uniffi's proc-macros: the core's
//! checked [`Document`] with its findings, the document's JSON and the stormöte report, the
//! Swedish time parser, the JSON Schema, the rule catalogue and the migration from format 1.0.
//!
//! Every decision is the core's: this crate converts arguments and answers, as
//! `bindings/python` does for Python, and nothing else. Dates cross as text `YYYY-MM-DD`,
//! which the core reads. The generated sources live in `bindings/kotlin` and `bindings/swift`
//! (`make generate` writes them; a test fails when they are stale).

// The error crosses to Kotlin and Swift by value, its fields as they are: a box would be one
// more type on the other side for no gain, since an error is made once per failed call.
#![allow(clippy::result_large_err)]

mod document;
mod error;
mod rules;
mod time;

pub use document::{
    load_bytes, load_path, load_text, migrate_bytes, migrate_text, Counts, Document, Finding,
    LoadOptions, ReportFormat, ReportRequest,
};
pub use error::OverenskommelseError;
pub use rules::{rules, schema_json, Lang, Rule, Severity};
pub use time::{parse_time, DaySpan, TimeEvent, TimeWindow};

uniffi::setup_scaffolding!();

/// The version of the library (`0.1.0`), the same as the Rust crates'.
#[uniffi::export]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A date given as text `YYYY-MM-DD`, refused with the core's message when it is none.
fn date(text: &str) -> Result<overenskommelse::Date, OverenskommelseError> {
    overenskommelse::Date::parse(text).ok_or_else(|| {
        error::usage(
            overenskommelse::i18n::Word::NotADate,
            &overenskommelse::i18n::Args::new().with("text", text),
        )
    })
}

/// An optional date given as text.
fn optional_date(
    text: Option<&str>,
) -> Result<Option<overenskommelse::Date>, OverenskommelseError> {
    text.map(date).transpose()
}
