//! Who decided what and when, where it is said, and the small records that go with it:
//! counts, former names and rhythms.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{ApproximateDate, Extensions, LocalizedText, Mention, PartyId, Period};

/// What a decision did.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, FromJson, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DecisionKind {
    /// Sent out for comments (*remiss*) or put forward as a proposal (*förslag*).
    Proposed,
    /// Adopted (*antagen, fastställd*).
    Adopted,
    /// Signed (*undertecknad*).
    Signed,
    /// Revised (*reviderad*).
    Revised,
    /// Extended (*förlängd*).
    Extended,
    /// Ended (*avslutad, uppsagd*).
    Ended,
    /// Anything else.
    Other,
}

impl DecisionKind {
    /// The JSON code (`adopted`).
    pub fn code(self) -> &'static str {
        match self {
            DecisionKind::Proposed => "proposed",
            DecisionKind::Adopted => "adopted",
            DecisionKind::Signed => "signed",
            DecisionKind::Revised => "revised",
            DecisionKind::Extended => "extended",
            DecisionKind::Ended => "ended",
            DecisionKind::Other => "other",
        }
    }
}

/// A decision about the agreement, a version, a plan or a partnership (*beslut*): what was
/// decided, when, by whom, and where it is said.
///
/// Two sources that disagree on a date are two decisions of the same kind, each with its
/// source: `[{"kind": "adopted", "date": "2013-05-16", "sources": [...]},
/// {"kind": "adopted", "date": {"text": "juni 2013"}, "sources": [...]}]`.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What the decision did.
    pub kind: DecisionKind,
    /// When it was decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproximateDate>,
    /// When it takes effect, when that differs from the day of the decision (the last day of
    /// an agreement that is ended, the first day of one adopted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<ApproximateDate>,
    /// Who decided: the deciding body or party ("Kommunfullmäktige", "regionfullmäktige").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by: Vec<Mention>,
    /// The decision as the source writes it, or why it was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// The case or paragraph number (*diarienummer, paragraf*): "KS 2022/0318", "§ 89".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Parties that signed, for a signing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signed_by: Vec<PartyId>,
    /// How many signed, as the source says it ("ett åttiotal föreningar").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signatories: Option<Count>,
    /// Where it is said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Decision {
    /// When the decision takes effect: its `effective` day, else the day it was taken.
    pub fn takes_effect(&self) -> Option<&ApproximateDate> {
        self.effective.as_ref().or(self.date.as_ref())
    }

    /// A decision of `kind` with nothing else said.
    pub fn new(kind: DecisionKind) -> Self {
        Self {
            kind,
            date: None,
            effective: None,
            by: Vec::new(),
            text: None,
            reference: None,
            signed_by: Vec::new(),
            signatories: None,
            sources: Vec::new(),
            extensions: Extensions::default(),
        }
    }
}

/// Where something is said (*källa*): a document, a page, a minute.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document or minute ("Kommunfullmäktiges protokoll 2013-05-16").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// Where in it ("§ 89", "s. 4").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
    /// Web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "iri"))]
    pub url: Option<String>,
    /// The words of the source, quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<LocalizedText>,
}

/// A number as the source gives it, perhaps roughly and at a time: "47 föreningar vid
/// undertecknandet", "ett tjugotal 2023".
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The number; for a rough one ("ett åttiotal") the round number it names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("maximum" = u32::MAX))]
    pub value: Option<u32>,
    /// True when the source gives it roughly ("ett åttiotal", "drygt 40").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// The count as the source writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// When the count held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproximateDate>,
}

/// A name something had before (*tidigare namn*), with when it was used.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    /// The name.
    pub name: LocalizedText,
    /// When it was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// The unit of a rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RhythmUnit {
    /// Years (*år*).
    Year,
    /// Months (*månader*).
    Month,
}

/// How often something recurs: "ses över vart tredje år" is `{"every": 3, "unit": "year"}`.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rhythm {
    /// How many units between two times.
    #[schemars(range(min = 1, max = 100))]
    pub every: u32,
    /// The unit.
    pub unit: RhythmUnit,
    /// The rhythm as the source writes it ("ses över vart tredje år").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
}

impl Rhythm {
    /// The rhythm in whole months.
    pub fn months(&self) -> u32 {
        match self.unit {
            RhythmUnit::Year => self.every.saturating_mul(12),
            RhythmUnit::Month => self.every,
        }
    }
}
