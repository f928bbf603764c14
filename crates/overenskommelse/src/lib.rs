//! # överenskommelse
//!
//! The local *Överenskommelse* between a Swedish kommun and its civil society, as data:
//! the model of the agreement, its plans and action plans, validation with stable codes
//! and JSON Pointers, and the JSON Schema of the document.
//!
//! ```
//! let agreement = overenskommelse::from_path("../../examples/boras/overenskommelse.json")?;
//! assert_eq!(agreement.principles.len(), 6);
//! let findings = overenskommelse::validate(&agreement);
//! assert!(findings.iter().all(|f| f.severity != overenskommelse::Severity::Error));
//! # Ok::<(), overenskommelse::LoadError>(())
//! ```
#![forbid(unsafe_code)]

pub mod follow_up;
pub mod i18n;
pub mod load;
pub mod model;
pub mod report;
pub mod schema;
mod strict;
pub mod time;
pub mod validate;
pub mod window;

pub use i18n::{Lang, Message};
pub use load::{from_path, from_slice, from_str, Limits, LoadError};
pub use model::*;
pub use validate::{check_slice, validate, validate_with, Checked, Finding, Options, Severity};
