//! Validation: every finding of a document at once, each with a stable code, a JSON Pointer and a message in Swedish and English.

mod codes;
mod dates;
mod finding;
mod history;
mod identity;
mod pointer;
mod quality;
mod references;
pub mod rules;
mod texts;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

pub use finding::{escape_token, Finding, Severity};

use crate::i18n::Message;
use crate::load::{load_all, Limits};
use crate::model::{Agreement, SCHEMA_VERSION};

/// What validation may take into account besides the document.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date follow-ups may not be after; defaults to the document's `as_of`.
    pub as_of: Option<NaiveDate>,
    /// Limits for reading bytes.
    pub limits: Limits,
}

/// The outcome of checking a document: the agreement when it could be read, and every finding.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The agreement, when the document could be read; parts with structure errors are left out.
    pub agreement: Option<Agreement>,
    /// Every finding, in document order within each family.
    pub findings: Vec<Finding>,
}

impl Checked {
    /// True when no finding is an error.
    pub fn is_valid(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Reads and validates a document, reporting every syntax, structure and content problem.
pub fn check_slice(bytes: &[u8], options: &Options) -> Checked {
    let loaded = load_all(bytes, options.limits);
    let mut findings = loaded.findings.clone();
    if let Some(agreement) = &loaded.agreement {
        // Content findings point into the repaired document; map them back to the bytes as written.
        findings.extend(
            run(agreement, options, &loaded.left_out_ids)
                .into_iter()
                .filter_map(|mut finding| {
                    finding.path = loaded.original_pointer(&finding.path)?;
                    Some(finding)
                }),
        );
    }
    Checked {
        agreement: loaded.agreement,
        findings,
    }
}

/// Validates a loaded agreement with default options.
pub fn validate(agreement: &Agreement) -> Vec<Finding> {
    validate_with(agreement, &Options::default())
}

/// Validates a loaded agreement.
pub fn validate_with(agreement: &Agreement, options: &Options) -> Vec<Finding> {
    run(agreement, options, &HashSet::new())
}

fn run(agreement: &Agreement, options: &Options, left_out: &HashSet<String>) -> Vec<Finding> {
    let mut context = Context {
        doc: agreement,
        as_of: options.as_of.or(agreement.as_of),
        index: HashMap::new(),
        left_out,
        findings: Vec::new(),
    };
    if agreement.schema_version != SCHEMA_VERSION {
        context.push(
            Finding::new(
                &rules::SCHEMA_VERSION,
                "/schema_version",
                Message::new(
                    format!(
                        "Schemaversion \"{}\" stöds inte; biblioteket läser \"{SCHEMA_VERSION}\".",
                        agreement.schema_version
                    ),
                    format!(
                        "Schema version \"{}\" is not supported; the library reads \"{SCHEMA_VERSION}\".",
                        agreement.schema_version
                    ),
                ),
            )
            .with_value(agreement.schema_version.clone()),
        );
    }
    identity::check(&mut context);
    references::check(&mut context);
    dates::check(&mut context);
    codes::check(&mut context);
    history::check(&mut context);
    quality::check(&mut context);
    context.findings
}

/// The kinds of entity an id can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Principle,
    Party,
    Person,
    Body,
    Challenge,
    Goal,
    InterestArea,
    Objective,
    Indicator,
    Plan,
    ActionPlan,
    Priority,
}

impl Kind {
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Kind::Principle => ("en princip", "a principle"),
            Kind::Party => ("en part", "a party"),
            Kind::Person => ("en person", "a person"),
            Kind::Body => (
                "ett organ (samråd, stormöte, nätverk)",
                "a body (samråd, stormöte, network)",
            ),
            Kind::Challenge => ("en utmaning", "a challenge"),
            Kind::Goal => ("ett mål", "a goal"),
            Kind::InterestArea => ("ett intresseområde", "an interest area"),
            Kind::Objective => ("ett mål inom ett intresseområde", "an objective"),
            Kind::Indicator => ("en indikator", "an indicator"),
            Kind::Plan => ("en plan", "a plan"),
            Kind::ActionPlan => ("en handlingsplan", "an action plan"),
            Kind::Priority => ("en prioritering", "a priority"),
        }
    }

    /// The field of a [`crate::model::Mention`] or document that lists this kind.
    fn list_name(self) -> &'static str {
        match self {
            Kind::Principle => "principles",
            Kind::Party => "parties",
            Kind::Person => "people",
            Kind::Body => "bodies",
            Kind::Challenge => "challenges",
            Kind::Goal => "goals",
            Kind::InterestArea => "interest_areas",
            Kind::Objective => "objectives",
            Kind::Indicator => "indicators",
            Kind::Plan => "plans",
            Kind::ActionPlan => "action_plans",
            Kind::Priority => "priorities",
        }
    }
}

/// Where an id is defined.
pub(crate) struct Entry {
    kind: Kind,
    path: String,
}

pub(crate) struct Context<'a> {
    doc: &'a Agreement,
    as_of: Option<NaiveDate>,
    index: HashMap<&'a str, Entry>,
    left_out: &'a HashSet<String>,
    findings: Vec<Finding>,
}

impl Context<'_> {
    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }
}
