//! The root of a document: one kommun's or region's agreement with everything that hangs on it.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{
    ActionPlan, AgreementId, Body, Challenge, Date, Extensions, Goal, InterestArea, LocalizedText,
    Party, Period, Person, Plan, Principle, Section,
};

/// The schema version this library reads and writes.
pub const SCHEMA_VERSION: &str = "1.0";

/// One kommun's or region's local agreement (*Överenskommelse*): the root of a document.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Överenskommelse (local agreement between a kommun and civil society)")]
pub struct Agreement {
    /// The JSON Schema the document follows, so that editors complete and check it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of the document format; this library reads `1.0`.
    #[schemars(extend("const" = "1.0"), example = "1.0")]
    #[json(stand_in = "stand_in::schema_version")]
    pub schema_version: String,
    /// Id of the agreement ("boras").
    #[json(stand_in = "stand_in::id")]
    pub id: AgreementId,
    /// Whose agreement it is.
    #[json(stand_in = "stand_in::jurisdiction")]
    pub jurisdiction: Jurisdiction,
    /// Title ("Överenskommelsen i Borås").
    #[json(stand_in = "stand_in::text")]
    pub title: LocalizedText,
    /// The date the data describes; follow-ups after it are errors. Reports default to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Which version of the agreement this is, for agreements that are revised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<AgreementVersion>,
    /// When the agreement was adopted (*antagen*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Date>,
    /// When the agreement is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Period>,
    /// When and why the agreement ended before its time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ending>,
    /// Opening paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduction: Vec<LocalizedText>,
    /// The shared vision (*vision*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vision: Option<LocalizedText>,
    /// Goals above the interest areas (*mål*), with strategies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// The shared values (*principer*).
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// The organisations taking part (*parter*).
    #[serde(default)]
    pub parties: Vec<Party>,
    /// People named in the documents: personal data.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Governance bodies and forums (*samråd, stormöte, nätverk, råd*).
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Welfare fields (*utmaningar*).
    #[serde(default)]
    pub challenges: Vec<Challenge>,
    /// Shared areas of interest (*intresseområden*) with their objectives.
    #[serde(default)]
    pub interest_areas: Vec<InterestArea>,
    /// Plans above the action plans, such as the long-term plan.
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// Yearly plans of activities (*handlingsplaner*).
    #[serde(default)]
    pub action_plans: Vec<ActionPlan>,
    /// Further text of the agreement, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Whether the agreement is a kommun's or a region's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum JurisdictionKind {
    /// A kommun: the code is the four-digit *kommunkod* (Borås 1490).
    Kommun,
    /// A region: the code is the two-digit *länskod* (Skåne 12).
    Region,
}

/// Whose agreement it is: a kommun or a region, by name and official code.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Kommun or region.
    #[json(stand_in = "stand_in::kind")]
    pub kind: JurisdictionKind,
    /// Name ("Borås Stad").
    #[json(stand_in = "stand_in::text")]
    pub name: LocalizedText,
    /// Kommunkod (four digits) or länskod (two digits), as SCB assigns them.
    #[schemars(regex(pattern = r"^\d{2}(\d{2})?$"), example = "1490")]
    #[json(stand_in = "stand_in::code")]
    pub code: String,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Which version of a revised agreement a document holds.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementVersion {
    /// Version number or name ("2", "2021 års revidering").
    pub number: String,
    /// When this version was adopted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The version it replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// What changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<LocalizedText>,
}

/// The end of an agreement before its time (*uppsägning*).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    /// The last day the agreement held.
    pub date: Date,
    /// Why it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<LocalizedText>,
}

/// Values that stand in for the root's required fields when they are missing or wrong, so that
/// the rest of the document can still be checked. Findings inside a stand-in are not reported.
mod stand_in {
    use super::*;

    pub(super) fn schema_version() -> String {
        SCHEMA_VERSION.to_owned()
    }

    pub(super) fn id() -> AgreementId {
        AgreementId::from("missing")
    }

    pub(super) fn text() -> LocalizedText {
        LocalizedText::default()
    }

    pub(super) fn kind() -> JurisdictionKind {
        JurisdictionKind::Kommun
    }

    pub(super) fn code() -> String {
        "1490".to_owned()
    }

    pub(super) fn jurisdiction() -> Jurisdiction {
        Jurisdiction {
            kind: kind(),
            name: text(),
            code: code(),
            extensions: Extensions::default(),
        }
    }
}
