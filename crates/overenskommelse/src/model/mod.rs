//! The domain model: plain owned data, serde (de)serializable, one file per family.

mod activity;
mod agreement;
mod common;
mod date;
mod extensions;
mod ids;
mod party;
mod plan;
mod text;

pub use activity::{Activity, ActivityTime, Assessment, FollowUp, Status};
pub use agreement::{
    Agreement, AgreementVersion, Ending, Jurisdiction, JurisdictionKind, SCHEMA_VERSION,
};
pub use common::{BudgetLine, FollowUpArrangement, Item, Mention, MonthDay, Period, Section};
pub use date::{Date, DateError};
pub use extensions::Extensions;
pub use ids::{
    is_valid_id, ActionPlanId, ActivityCode, AgreementId, BodyId, ChallengeId, GoalId, IndicatorId,
    InterestAreaId, ObjectiveId, PartyId, PersonId, PlanId, PrincipleId, PriorityId, ID_PATTERN,
};
pub use party::{Body, BodyKind, Meeting, Party, PartyKind, Person, PersonalName, Role, Side};
pub use plan::{
    ActionPlan, ActionPlanKind, Challenge, Goal, Indicator, IndicatorValue, InterestArea, Learning,
    Objective, Plan, PlanKind, Principle, Priority,
};
pub use text::LocalizedText;
