//! The domain model: plain owned data, serde (de)serializable, one file per family.

mod activity;
mod agreement;
mod common;
mod date;
mod decision;
mod evaluation;
mod extensions;
mod ids;
mod partnership;
mod party;
mod plan;
mod text;
mod when;

pub use activity::{Activity, ActivityTime, Assessment, FollowUp, Status};
pub use agreement::{
    Agreement, AgreementVersion, Jurisdiction, JurisdictionKind, Terms, SCHEMA_VERSION,
    SCHEMA_VERSION_1,
};
pub use common::{BudgetLine, FollowUpArrangement, Item, Mention, MonthDay, Period, Section};
pub use date::{Date, DateError};
pub use decision::{Count, Decision, DecisionKind, FormerName, Rhythm, RhythmUnit, Source};
pub use evaluation::{Evaluation, EvaluationKind};
pub use extensions::Extensions;
pub use ids::{
    is_valid_id, ActionPlanId, ActivityCode, AgreementId, BodyId, ChallengeId, EvaluationId,
    GoalId, IndicatorId, InterestAreaId, ObjectiveId, PartnershipId, PartyId, PersonId, PlanId,
    PrincipleId, PriorityId, StrategyId, VersionId, ID_PATTERN,
};
pub use partnership::{Obligation, Partnership, PartnershipKind};
pub use party::{
    Body, BodyKind, Meeting, Participation, Party, PartyKind, Person, PersonalName, Role, Seats,
    Side,
};
pub use plan::{
    ActionPlan, ActionPlanKind, Challenge, Goal, Indicator, IndicatorValue, InterestArea, Learning,
    Objective, Plan, PlanKind, PlanOwner, PlanStatus, Principle, Priority, Strategy,
};
pub use text::{LocalizedText, Translations};
pub use when::{ApproximateDate, DateWindow};
