//! Partnerships under the agreement (*idéburet offentligt partnerskap*, IOP, and similar):
//! parties, money, and obligations per party that are followed up like activities.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{
    ActivityCode, ActivityTime, BudgetLine, Decision, Extensions, FollowUp, LocalizedText,
    PartnershipId, PartyId, Period, PlanId, Section, Status,
};

/// What kind of partnership it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartnershipKind {
    /// *Idéburet offentligt partnerskap* (IOP).
    Iop,
    /// A grant agreement (*bidragsavtal, överenskommelse om bidrag*).
    Grant,
    /// A letter of intent (*avsiktsförklaring*).
    LetterOfIntent,
    /// Anything else.
    Other,
}

/// A partnership under the agreement (IOP and similar), with its own parties, period,
/// decisions, money and obligations.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    /// Id, unique in the document.
    pub id: PartnershipId,
    /// What kind of partnership it is.
    pub kind: PartnershipKind,
    /// Title ("IOP om stödlinje för unga").
    pub title: LocalizedText,
    /// The plan it belongs to, when one covers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanId>,
    /// The parties to it.
    #[serde(default)]
    pub parties: Vec<PartyId>,
    /// When it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Decisions about it: adopted, signed, extended, ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Further text, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Money per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<BudgetLine>,
    /// What each party undertakes ("regionen ska…", "föreningen ska…").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<Obligation>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// What one party of a partnership undertakes (*åtagande*), followed up like an activity.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// Code, unique within the partnership ("R1").
    pub code: ActivityCode,
    /// The party that undertakes it.
    pub party: PartyId,
    /// The obligation, verbatim ("Regionen ska bidra med lokaler").
    pub text: LocalizedText,
    /// When (*tid*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<ActivityTime>,
    /// Status as stated; absent with no follow-up means not reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Dated status reports, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
