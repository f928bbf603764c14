//! Follow-up of the agreement itself: evaluations, surveys and reviews.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{ApproximateDate, EvaluationId, Extensions, LocalizedText, Mention, Source};

/// What kind of evaluation it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EvaluationKind {
    /// A survey of the parties or the organisations (*enkät*).
    Survey,
    /// An evaluation by someone outside the parties (*extern utvärdering*).
    ExternalEvaluation,
    /// The parties' own review (*egen uppföljning, självvärdering*).
    InternalReview,
    /// Anything else.
    Other,
}

/// An evaluation of the agreement or one of its plans (*utvärdering, enkät*).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Id, unique in the document.
    pub id: EvaluationId,
    /// What kind of evaluation it is.
    pub kind: EvaluationKind,
    /// Title ("Enkät till föreningarna 2021").
    pub title: LocalizedText,
    /// Who carried it out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by: Vec<Mention>,
    /// When it was carried out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproximateDate>,
    /// What it found, as the source says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalizedText>,
    /// Where it is reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported_in: Vec<Source>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
