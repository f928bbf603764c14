//! Follow-up: where each activity stands at a date, what is late, what has gone quiet, and what changed.
//!
//! An activity's status at a date comes from its latest follow-up on or before that date,
//! else from its own `status`; with neither it is *not reported* (`None`), which is never
//! counted as overdue. It is *overdue* when its time window has ended and its status is
//! neither done nor cancelled, and *stale* when it is in progress without a follow-up for
//! [`FollowUpOptions::stale_after_days`].

mod summary;

use serde::{Deserialize, Serialize};

pub use summary::{summarize, Group, GroupBy, IndicatorProgress, StatusCounts, Summary};

use crate::model::Date;
use crate::model::{
    ActionPlanId, Activity, ActivityCode, Agreement, Assessment, FollowUp, LocalizedText, Status,
};
use crate::time::TimeWindow;
pub use crate::window::WindowOrigin;
use crate::window::{activity_window, time_context};

/// What follow-up takes into account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpOptions {
    /// The reference date: statuses are as they were on this day.
    pub as_of: Date,
    /// The previous follow-up (the last stormöte): changes are counted from this day.
    pub since: Option<Date>,
    /// Days without a follow-up after which an activity in progress is stale.
    pub stale_after_days: u32,
}

/// The default number of days before an activity in progress counts as stale.
pub const DEFAULT_STALE_AFTER_DAYS: u32 = 120;

impl FollowUpOptions {
    /// Options at `as_of`, with no `since` and the default staleness.
    pub fn at(as_of: Date) -> Self {
        Self {
            as_of,
            since: None,
            stale_after_days: DEFAULT_STALE_AFTER_DAYS,
        }
    }
}

/// Where one activity stands at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ActivityState {
    /// The action plan the activity belongs to.
    pub action_plan: ActionPlanId,
    /// The activity's code in its action plan.
    pub code: ActivityCode,
    /// JSON Pointer of the activity in the document.
    pub path: String,
    /// The activity's title.
    pub title: LocalizedText,
    /// Status at the reference date; `None` when not reported (no status and no follow-up).
    pub status: Option<Status>,
    /// The date of the follow-up that gave the status; `None` when it is the activity's own.
    pub status_since: Option<Date>,
    /// The traffic light of that follow-up.
    pub assessment: Option<Assessment>,
    /// The latest note on or before the reference date.
    pub note: Option<LocalizedText>,
    /// The time window, explicit or read from the text.
    pub window: Option<TimeWindow>,
    /// How the window was found.
    pub window_origin: WindowOrigin,
    /// The time as the source wrote it.
    pub time_text: Option<String>,
    /// The window has ended and the activity is neither done nor cancelled.
    pub overdue: bool,
    /// In progress without a follow-up for too long.
    pub stale: bool,
    /// Days since the latest follow-up on or before the reference date.
    pub days_since_follow_up: Option<i64>,
    /// Who is responsible, as the source says it, one text per mention.
    pub responsible: Vec<String>,
}

/// A change between two dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// The status at `to` differs from the status at `from`.
    StatusChanged {
        /// The action plan.
        action_plan: ActionPlanId,
        /// The activity.
        code: ActivityCode,
        /// Status on the earlier date; `None` when not reported.
        from: Option<Status>,
        /// Status on the later date; `None` when not reported.
        to: Option<Status>,
        /// The follow-up that made the change.
        date: Option<Date>,
    },
    /// An activity that did not exist at the earlier date: its action plan began after it, or it is new in the later document.
    Added {
        /// The action plan.
        action_plan: ActionPlanId,
        /// The activity.
        code: ActivityCode,
    },
    /// An activity that is no longer there in the later document.
    Removed {
        /// The action plan.
        action_plan: ActionPlanId,
        /// The activity.
        code: ActivityCode,
    },
}

/// The latest follow-up on or before `date`; follow-ups are kept oldest first, but order is not trusted.
pub fn latest_follow_up(activity: &Activity, date: Date) -> Option<&FollowUp> {
    activity
        .follow_ups
        .iter()
        .filter(|f| f.date <= date)
        .max_by_key(|f| f.date)
}

/// The activity's status on `date`: its latest follow-up's, else its own; `None` when not reported.
pub fn status_at(activity: &Activity, date: Date) -> Option<Status> {
    latest_follow_up(activity, date).map_or(activity.status, |f| Some(f.status))
}

/// Where every activity of the document stands at `options.as_of`.
pub fn activity_states(doc: &Agreement, options: &FollowUpOptions) -> Vec<ActivityState> {
    let as_of = options.as_of;
    let mut states = Vec::new();
    for (i, plan) in doc.action_plans.iter().enumerate() {
        let context = time_context(doc, Some(&plan.period));
        for (j, activity) in plan.activities.iter().enumerate() {
            let latest = latest_follow_up(activity, as_of);
            let status = latest.map_or(activity.status, |f| Some(f.status));
            let found = activity_window(activity, &context);
            let (window, window_origin) = (found.window, found.origin);
            let ended = window
                .as_ref()
                .and_then(|w| w.end)
                .is_some_and(|end| end < as_of);
            let last_report = latest.map(|f| f.date);
            let days_since_follow_up = last_report.map(|d| as_of.days_since(d));
            // Without any follow-up, the quiet is counted from the start of the action plan.
            let quiet_days = days_since_follow_up
                .or_else(|| plan.period.first_day().map(|start| as_of.days_since(start)))
                .unwrap_or(0);
            states.push(ActivityState {
                action_plan: plan.id.clone(),
                code: activity.code.clone(),
                path: format!("/action_plans/{i}/activities/{j}"),
                title: activity.title.clone(),
                status,
                status_since: last_report,
                assessment: latest.and_then(|f| f.assessment),
                note: activity
                    .follow_ups
                    .iter()
                    .filter(|f| f.date <= as_of && f.note.is_some())
                    .max_by_key(|f| f.date)
                    .and_then(|f| f.note.clone()),
                window,
                window_origin,
                time_text: activity
                    .time
                    .as_ref()
                    .and_then(|t| t.text.as_ref())
                    .map(|t| t.sv.clone()),
                overdue: ended && status.is_some_and(|status| !status.is_closed()),
                stale: status == Some(Status::InProgress)
                    && quiet_days > i64::from(options.stale_after_days),
                days_since_follow_up,
                responsible: activity
                    .responsible
                    .iter()
                    .filter_map(|m| m.text.as_ref().map(|t| t.sv.clone()))
                    .collect(),
            });
        }
    }
    states
}

/// Status changes between `from` and `to` in one document, and the activities of action plans begun in between.
pub fn changes_between(doc: &Agreement, from: Date, to: Date) -> Vec<Change> {
    let mut changes = Vec::new();
    for plan in &doc.action_plans {
        let begun_since = plan
            .period
            .first_day()
            .is_some_and(|start| start > from && start <= to);
        for activity in &plan.activities {
            if begun_since {
                changes.push(Change::Added {
                    action_plan: plan.id.clone(),
                    code: activity.code.clone(),
                });
                continue;
            }
            let (before, after) = (status_at(activity, from), status_at(activity, to));
            if before != after {
                changes.push(Change::StatusChanged {
                    action_plan: plan.id.clone(),
                    code: activity.code.clone(),
                    from: before,
                    to: after,
                    date: change_date(activity, to, after),
                });
            }
        }
    }
    changes
}

/// The day the activity took the status it has at `to`: the first follow-up of the last run with that status.
fn change_date(activity: &Activity, to: Date, status: Option<Status>) -> Option<Date> {
    let mut reports: Vec<&FollowUp> = activity
        .follow_ups
        .iter()
        .filter(|f| f.date <= to)
        .collect();
    reports.sort_by_key(|f| f.date);
    reports
        .iter()
        .rev()
        .take_while(|f| Some(f.status) == status)
        .last()
        .map(|f| f.date)
}

/// Activities added and removed between two versions of a document, by action plan and code.
pub fn compare(previous: &Agreement, current: &Agreement) -> Vec<Change> {
    use std::collections::HashSet;
    let keys = |doc: &Agreement| -> HashSet<(ActionPlanId, ActivityCode)> {
        doc.action_plans
            .iter()
            .flat_map(|p| p.activities.iter().map(|a| (p.id.clone(), a.code.clone())))
            .collect()
    };
    let (before, after) = (keys(previous), keys(current));
    let mut changes: Vec<Change> = after
        .difference(&before)
        .map(|(action_plan, code)| Change::Added {
            action_plan: action_plan.clone(),
            code: code.clone(),
        })
        .chain(
            before
                .difference(&after)
                .map(|(action_plan, code)| Change::Removed {
                    action_plan: action_plan.clone(),
                    code: code.clone(),
                }),
        )
        .collect();
    changes.sort_by(|a, b| change_key(a).cmp(&change_key(b)));
    changes
}

fn change_key(change: &Change) -> (&str, &str) {
    match change {
        Change::StatusChanged {
            action_plan, code, ..
        }
        | Change::Added { action_plan, code }
        | Change::Removed { action_plan, code } => (action_plan.as_str(), code.as_str()),
    }
}
