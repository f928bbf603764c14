//! The root of a document: one kommun's or region's agreement with everything that hangs on it.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{
    ActionPlan, AgreementId, Body, BodyId, Challenge, Date, Decision, DecisionKind, Evaluation,
    Extensions, FormerName, Goal, InterestArea, LocalizedText, Partnership, Party, Period, Person,
    Plan, Principle, PrincipleId, Rhythm, Section, VersionId,
};

/// The schema version this library reads and writes.
pub const SCHEMA_VERSION: &str = "2.0";

/// The earlier schema version this library still reads, through [`crate::migrate`].
pub const SCHEMA_VERSION_1: &str = "1.0";

/// One kommun's or region's local agreement (*Överenskommelse*): the root of a document.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Överenskommelse (local agreement between a kommun and civil society)")]
pub struct Agreement {
    /// The JSON Schema the document follows, so that editors complete and check it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of the document format; this library writes `2.0` and reads `1.0` through a migration.
    #[schemars(extend("const" = "2.0"), example = "2.0")]
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
    /// Names the agreement had before (*tidigare namn*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
    /// The document's own words for its parts (*värdeord* for principles, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Terms>,
    /// The date the data describes; follow-ups after it are errors. Reports default to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Decisions about the agreement: proposed, adopted, signed, revised, extended, ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// The versions of the agreement (*versioner, revideringar*), oldest first; the last one
    /// no other replaces is the current one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<AgreementVersion>,
    /// When the agreement is valid; its start or end may be approximate or open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Period>,
    /// How often the agreement is to be revised ("ses över vart tredje år").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Rhythm>,
    /// The body that runs the agreement (*samrådet*, *styrgruppen*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managing_body: Option<BodyId>,
    /// Opening paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduction: Vec<LocalizedText>,
    /// The shared vision (*vision*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vision: Option<LocalizedText>,
    /// Goals above the interest areas (*mål*), with strategies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// The shared values (*principer*, *värdeord*, *grundprinciper*) of every version.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// The organisations taking part (*parter*) or named.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// People named in the documents: personal data.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Governance bodies and forums (*samråd, stormöte, nätverk, råd*).
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Welfare fields (*utmaningar*, *samhällsutmaningar*).
    #[serde(default)]
    pub challenges: Vec<Challenge>,
    /// Shared areas of interest (*intresseområden*, *utvecklingsområden*) with their objectives.
    #[serde(default)]
    pub interest_areas: Vec<InterestArea>,
    /// Plans above the action plans, such as the long-term plan.
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// Yearly plans of activities (*handlingsplaner*).
    #[serde(default)]
    pub action_plans: Vec<ActionPlan>,
    /// Partnerships under the agreement (*IOP*), with obligations per party.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partnerships: Vec<Partnership>,
    /// Evaluations of the agreement (*utvärderingar, enkäter*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<Evaluation>,
    /// Further text of the agreement, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Agreement {
    /// The current version: the last one no other version replaces.
    pub fn current_version(&self) -> Option<&AgreementVersion> {
        self.versions.iter().rev().find(|version| {
            !self
                .versions
                .iter()
                .any(|other| other.replaces.as_ref() == Some(&version.id))
        })
    }

    /// The latest day the agreement was adopted, signed, revised or extended (by its own
    /// decisions or its versions'), as far as known: where a revision rhythm counts from.
    pub fn last_renewal(&self) -> Option<Date> {
        let renews = |d: &&Decision| {
            matches!(
                d.kind,
                DecisionKind::Adopted
                    | DecisionKind::Signed
                    | DecisionKind::Revised
                    | DecisionKind::Extended
            )
        };
        self.decisions
            .iter()
            .chain(self.versions.iter().flat_map(|v| v.decisions.iter()))
            .filter(renews)
            .filter_map(|d| d.date.as_ref().and_then(|date| date.latest()))
            .max()
    }

    /// The decision that has ended the agreement by `as_of`: the first of kind `ended` that
    /// took effect on or before that day, or whose day is not known.
    pub fn ended_by(&self, as_of: Date) -> Option<&Decision> {
        self.decisions_of(DecisionKind::Ended).find(|d| {
            d.takes_effect()
                .and_then(super::ApproximateDate::earliest)
                .is_none_or(|day| day <= as_of)
        })
    }

    /// The decisions of `kind` about the agreement itself, in the order written.
    pub fn decisions_of(&self, kind: DecisionKind) -> impl Iterator<Item = &Decision> {
        self.decisions.iter().filter(move |d| d.kind == kind)
    }
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

/// One version of a revised agreement (*version, revidering*): its decisions, title and
/// principle set.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementVersion {
    /// Id, unique in the document.
    pub id: VersionId,
    /// Version number or name as the source gives it ("2", "2021 års revidering").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The title the agreement had in this version, when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// The version it replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<VersionId>,
    /// Decisions about this version: adopted, signed, revised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// When this version held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The principles of this version; each says in `derived_from` which earlier ones it comes from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<PrincipleId>,
    /// What changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The document's own words for its parts, where they differ from the model's: some call their
/// principles *värdeord* or *grundprinciper*, their interest areas *utvecklingsområden*.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// The word for principles ("värdeord", "grundprinciper").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principles: Option<LocalizedText>,
    /// The word for challenges ("samhällsutmaningar").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenges: Option<LocalizedText>,
    /// The word for interest areas ("utvecklingsområden", "fokusområden").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_areas: Option<LocalizedText>,
    /// The word for goals ("målsättningar").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals: Option<LocalizedText>,
    /// The word for objectives ("delmål").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectives: Option<LocalizedText>,
    /// The word for action plans ("aktivitetsplan", "verksamhetsplan").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_plans: Option<LocalizedText>,
    /// The word for activities ("insatser", "initiativ").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities: Option<LocalizedText>,
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
