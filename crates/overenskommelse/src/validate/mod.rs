//! Validation: every finding of a document, each with a stable code, a JSON Pointer and typed
//! arguments that render in Swedish and English.
//!
//! The reader ([`crate::read`]) reports syntax and structure; the rules under `rules/` look at
//! the agreement in one walk ([`walk`]), each rule one file.

mod check;
mod finding;
mod pointer;
mod rules;
pub(crate) mod scb;
mod walk;

pub use check::EntityKind;
pub use finding::{Finding, Severity};
pub use rules::{markdown, Family, Rule, RuleId};

pub(crate) use check::run;
pub(crate) use rules::{fatal_finding, structure_finding, version_1_finding, workbook};
pub(crate) use walk::HolderKey;
