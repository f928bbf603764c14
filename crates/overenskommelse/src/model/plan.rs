//! What the parties want: principles, challenges, goals, interest areas with objectives, and the plans.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{
    ActionPlanId, Activity, BudgetLine, ChallengeId, Decision, Extensions, FollowUpArrangement,
    GoalId, IndicatorId, InterestAreaId, LocalizedText, ObjectiveId, Period, PlanId, PrincipleId,
    PriorityId, Rhythm, Section, StrategyId,
};

/// A shared value of the agreement (*princip*): Borås has the six national ones, others have five to eight of their own.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Id, unique in the document.
    pub id: PrincipleId,
    /// Name ("Öppenhet och insyn").
    pub name: LocalizedText,
    /// What the principle means for the parties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// The principles of an earlier version it comes from (two merged into one, one renamed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<PrincipleId>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A welfare field the parties work in (*utmaning*): demokrati, folkhälsa, integration, …
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    /// Id, unique in the document.
    pub id: ChallengeId,
    /// Name ("folkhälsa").
    pub name: LocalizedText,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A goal above the interest areas (*mål*), with the strategies that lead to it.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Id, unique in the document.
    pub id: GoalId,
    /// The goal.
    pub text: LocalizedText,
    /// Strategies (*strategier*) for reaching it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<Strategy>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A strategy for reaching a goal (*strategi*), with an id activities can refer to.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    /// Id, unique in the document.
    pub id: StrategyId,
    /// The strategy, verbatim.
    pub text: LocalizedText,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A shared area of interest within the challenges (*intresseområde*), with its objectives.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterestArea {
    /// Id, unique in the document.
    pub id: InterestAreaId,
    /// Title ("Boråsarnas röst lyfts fram").
    pub title: LocalizedText,
    /// Background, one paragraph a string.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<LocalizedText>,
    /// The challenges the area belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<ChallengeId>,
    /// The goals the area serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<GoalId>,
    /// The words that introduce the objectives ("Vi arbetar tillsammans för:").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectives_title: Option<LocalizedText>,
    /// What the parties work for together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One thing the parties work for together within an interest area ("Vi arbetar tillsammans för: …").
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Id, unique in the document.
    pub id: ObjectiveId,
    /// The objective, verbatim ("Vi vill … genom att:").
    pub text: LocalizedText,
    /// The means it names, one bullet each (the list after "genom att:").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub means: Vec<LocalizedText>,
    /// How progress is measured.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A measure of an objective with a baseline, targets and actual values (as IATI results have).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Id, unique in the document.
    pub id: IndicatorId,
    /// What is measured ("Antal föreningar som hyr kommunens lokaler").
    pub name: LocalizedText,
    /// Unit ("föreningar", "procent").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<LocalizedText>,
    /// The starting value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<IndicatorValue>,
    /// Target values, each for a period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<IndicatorValue>,
    /// Measured values, each for a period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actuals: Vec<IndicatorValue>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One value of an indicator for a period.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorValue {
    /// The period the value is for.
    pub period: Period,
    /// The value.
    pub value: f64,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
}

/// What layer of the plans a plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanKind {
    /// The agreement's own programme (*program*).
    Programme,
    /// A long-term plan (*långsiktig plan*), Borås' plan 2019–2022.
    LongTerm,
    /// A development plan (*utvecklingsplan*), often four years.
    Development,
    /// Anything else.
    Other,
}

/// Whose plan it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanOwner {
    /// The parties' joint plan (*gemensam*).
    #[default]
    Joint,
    /// The public side's own plan (the kommun's or region's).
    PublicSide,
    /// Civil society's own plan (*det idéburnas egen plan*).
    CivilSociety,
}

/// Where a plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanStatus {
    /// A draft or proposal (*förslag*).
    Proposal,
    /// Out for comments (*på remiss*).
    Consultation,
    /// Adopted and in force (*antagen*).
    Adopted,
    /// Replaced by a later plan (*ersatt*).
    Superseded,
}

fn is_joint(owner: &PlanOwner) -> bool {
    *owner == PlanOwner::Joint
}

/// A plan above the yearly action plans (*plan*), with a validity period.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Id, unique in the document.
    pub id: PlanId,
    /// Which layer the plan is.
    pub kind: PlanKind,
    /// Title ("Plan för Överenskommelsen i Borås").
    pub title: LocalizedText,
    /// Whose plan it is: joint (the default), the public side's, or civil society's own.
    #[serde(default, skip_serializing_if = "is_joint")]
    pub owner: PlanOwner,
    /// Where the plan stands: proposal, out for comments, adopted, superseded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PlanStatus>,
    /// The plan above this one, for plans in layers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<PlanId>,
    /// The plan this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<PlanId>,
    /// When the plan is valid.
    pub period: Period,
    /// Decisions about the plan: proposed, adopted, revised, extended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// How often action plans follow under it ("en ny handlingsplan varje år").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_plan_rhythm: Option<Rhythm>,
    /// Opening paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduction: Vec<LocalizedText>,
    /// The purpose of the plan (*syfte*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Section>,
    /// What the plan covers (*planen innefattar*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Section>,
    /// Learning and knowledge (*lärande och kunskap*): themes and reflection questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning: Option<Learning>,
    /// Conditions for collaboration (*förutsättningar för samverkan*), one item each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Section>,
    /// The challenges the plan works with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<ChallengeId>,
    /// The interest areas the plan works with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interest_areas: Vec<InterestAreaId>,
    /// How the plan is followed up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUpArrangement>,
    /// Further text of the plan, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Activities or initiatives of the plan itself, where there is no yearly action plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// Money per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<BudgetLine>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Learning and knowledge (*lärande och kunskap*): how it is created and the questions each party asks itself.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Learning {
    /// Heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// Paragraphs before the themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<LocalizedText>,
    /// Themes of learning, each a title and its text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<super::Item>,
    /// Guiding questions for self-reflection (*självreflekterande frågor*), with their heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflection_questions: Option<Section>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// What kind of yearly plan an action plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, FromJson, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActionPlanKind {
    /// *Handlingsplan*: what the parties do together.
    ActionPlan,
    /// *Uppdragsplan*: what is commissioned.
    AssignmentPlan,
    /// *Handlings- och uppdragsplan*: both in one.
    ActionAndAssignmentPlan,
}

/// A yearly (or two-yearly) plan of activities (*handlingsplan*).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    /// Id, unique in the document.
    pub id: ActionPlanId,
    /// What kind of plan it is.
    pub kind: ActionPlanKind,
    /// Title ("Gemensam handlingsplan för Överenskommelsen i Borås").
    pub title: LocalizedText,
    /// The plan it carries out, when one covers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanId>,
    /// The action plan this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<ActionPlanId>,
    /// Where the action plan stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PlanStatus>,
    /// The period the action plan is for.
    pub period: Period,
    /// Decisions about the action plan: proposed, adopted, revised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// The interest areas the action plan works with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interest_areas: Vec<InterestAreaId>,
    /// The purpose of the action plan (*syfte*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Section>,
    /// Further text, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Heading of the priorities ("Prioriterade områden/teman 2018").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priorities_title: Option<LocalizedText>,
    /// The themes prioritised for the period (*prioriterade områden/teman*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priorities: Vec<Priority>,
    /// How the action plan is followed up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUpArrangement>,
    /// Heading of the activity table ("Handlings- och uppdragsplan").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities_title: Option<LocalizedText>,
    /// The activities, one row of the table each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// Money per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<BudgetLine>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A theme prioritised in an action plan (*prioriterat område/tema*).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Id, unique in the document.
    pub id: PriorityId,
    /// The priority, verbatim.
    pub text: LocalizedText,
    /// Interest areas it belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interest_areas: Vec<InterestAreaId>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
