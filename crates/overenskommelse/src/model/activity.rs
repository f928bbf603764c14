//! What is done: activities of an action plan, their time and their follow-ups.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{
    ActivityCode, BodyId, BudgetLine, Date, Extensions, GoalId, InterestAreaId, LocalizedText,
    Mention, ObjectiveId, PrincipleId, PriorityId, Section, StrategyId,
};
use crate::time::TimeWindow;

/// One row of an action plan (*aktivitet*, the VAD column), with a letter code.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Code, unique within the action plan ("A").
    pub code: ActivityCode,
    /// Title ("Gemensam hemsida på Borås Stads webbplats").
    pub title: LocalizedText,
    /// Description, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Sub-items and further text of the row, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Section>,
    /// Who the activity is for (*målgrupp*).
    #[serde(default)]
    pub target_groups: Vec<Mention>,
    /// Who is responsible (*ansvarig*).
    #[serde(default)]
    pub responsible: Vec<Mention>,
    /// When (*tid*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<ActivityTime>,
    /// Status as stated; the latest follow-up, when there is one, says more. Absent with no
    /// follow-up, the activity is *not reported* (never counted as overdue).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Objectives the activity serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    /// Interest areas the activity belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interest_areas: Vec<InterestAreaId>,
    /// Goals the activity serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<GoalId>,
    /// Strategies of the goals the activity carries out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<StrategyId>,
    /// Priorities of the action plan the activity carries out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priorities: Vec<PriorityId>,
    /// Principles the activity puts into practice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<PrincipleId>,
    /// Money per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<BudgetLine>,
    /// Dated status reports, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// When an activity happens (*tid*): the source's words, and what was understood of them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityTime {
    /// The time as the source writes it ("Startar våren 2018"), verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// The window, when given explicitly; otherwise it is read from `text`.
    // Boxed: few activities give one, and every activity would carry its room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Box<TimeWindow>>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Where an activity stands. Codes are English; labels come from [`crate::i18n`].
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    FromJson,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// *Planerad*: not started.
    #[default]
    Planned,
    /// *Pågående*: started, not finished.
    InProgress,
    /// *Genomförd*: done.
    Done,
    /// *Uppskjuten*: moved to later.
    Postponed,
    /// *Inställd*: will not be done.
    Cancelled,
}

impl Status {
    /// Every status, in the order of an activity's life.
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Postponed,
        Status::Cancelled,
    ];

    /// The JSON code (`in_progress`).
    pub fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Postponed => "postponed",
            Status::Cancelled => "cancelled",
        }
    }

    /// True for done and cancelled: nothing more is expected.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Cancelled)
    }
}

/// A traffic-light judgement in a follow-up.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, FromJson, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Assessment {
    /// *Grön*: on track.
    Green,
    /// *Gul*: at risk.
    Yellow,
    /// *Röd*: off track.
    Red,
}

/// A dated status report on an activity (*uppföljning*).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The day of the report.
    pub date: Date,
    /// The activity's status on that day.
    pub status: Status,
    /// Traffic light.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// What was done, learnt or changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
    /// Who reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported_by: Vec<Mention>,
    /// The meeting or body where it was reported (the stormöte, the samråd).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BodyId>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
