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
    Activity, ActivityCode, ActivityTime, Agreement, Assessment, FollowUp, LocalizedText, Period,
    Status,
};
use crate::time::TimeWindow;
use crate::validate::HolderKey;
pub use crate::window::WindowOrigin;
use crate::window::Windows;

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

/// Which layer of the plans holds an activity or an obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Layer {
    /// A plan with activities of its own, where there is no yearly action plan.
    Plan,
    /// A yearly action plan (*handlingsplan*).
    ActionPlan,
    /// A partnership (*IOP*), whose obligations are followed up like activities.
    Partnership,
}

/// Where one activity (or obligation) stands at the reference date. Its texts are borrowed
/// from the agreement: a report of many activities copies none of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ActivityState<'a> {
    /// What holds it: an action plan, a plan, or a partnership.
    pub layer: Layer,
    /// The id of the action plan, plan or partnership that holds it.
    pub plan: &'a str,
    /// Its code in its plan.
    pub code: &'a ActivityCode,
    /// JSON Pointer of the activity in the document.
    pub path: RowPath,
    /// The activity's title (an obligation's text).
    pub title: &'a LocalizedText,
    /// Status at the reference date; `None` when not reported (no status and no follow-up).
    pub status: Option<Status>,
    /// The date of the follow-up that gave the status; `None` when it is the activity's own.
    pub status_since: Option<Date>,
    /// The traffic light of that follow-up.
    pub assessment: Option<Assessment>,
    /// The latest note on or before the reference date.
    pub note: Option<&'a LocalizedText>,
    /// The time window, explicit or read from the text.
    pub window: Option<TimeWindow>,
    /// How the window was found.
    pub window_origin: WindowOrigin,
    /// The time as the source wrote it.
    pub time_text: Option<&'a str>,
    /// The window has ended and the activity is neither done nor cancelled.
    pub overdue: bool,
    /// In progress without a follow-up for too long.
    pub stale: bool,
    /// Days since the latest follow-up on or before the reference date.
    pub days_since_follow_up: Option<i64>,
    /// Who is responsible, as the source says it, one text per mention (an obligation's party).
    pub responsible: Vec<&'a str>,
}

/// Where an activity or an obligation stands in the document, written as a JSON Pointer
/// (`/action_plans/0/activities/3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RowPath {
    /// The list of holders: `action_plans`, `plans` or `partnerships`.
    pub list: &'static str,
    /// The holder's position in it.
    pub holder: usize,
    /// The holder's list of rows: `activities` or `obligations`.
    pub rows: &'static str,
    /// The row's position in that list.
    pub index: usize,
}

impl RowPath {
    /// The holder as the validation keys it.
    pub(crate) fn holder_key(self) -> HolderKey {
        match self.list {
            "action_plans" => HolderKey::ActionPlan(self.holder),
            "plans" => HolderKey::Plan(self.holder),
            _ => HolderKey::Partnership(self.holder),
        }
    }
}

impl std::fmt::Display for RowPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "/{}/{}/{}/{}",
            self.list, self.holder, self.rows, self.index
        )
    }
}

impl Serialize for RowPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A change between two dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// The status at `to` differs from the status at `from`.
    StatusChanged {
        /// The action plan or plan.
        plan: String,
        /// The activity.
        code: ActivityCode,
        /// Status on the earlier date; `None` when not reported.
        from: Option<Status>,
        /// Status on the later date; `None` when not reported.
        to: Option<Status>,
        /// The follow-up that made the change.
        date: Option<Date>,
    },
    /// An activity that did not exist at the earlier date: its plan began after it, or it is new in the later document.
    Added {
        /// The action plan or plan.
        plan: String,
        /// The activity.
        code: ActivityCode,
    },
    /// An activity that is no longer there in the later document.
    Removed {
        /// The action plan or plan.
        plan: String,
        /// The activity.
        code: ActivityCode,
    },
}

/// An activity with what holds it: the unit every count of the follow-up is made of.
#[derive(Debug, Clone, Copy)]
pub struct Work<'a> {
    /// Action plan or plan.
    pub layer: Layer,
    /// The id of the action plan or plan.
    pub plan: &'a str,
    /// Its title.
    pub plan_title: &'a LocalizedText,
    /// Its period.
    pub period: &'a Period,
    /// The first day of its period, when known (read once for the plan: a rough start is
    /// read by the time parser).
    pub start: Option<Date>,
    /// The activity.
    pub activity: &'a Activity,
    /// Where the activity stands in the document.
    pub path: RowPath,
}

/// Every activity of the document, in the order the follow-up counts them: the action plans'
/// in document order, then those of plans that have activities of their own.
pub fn work(doc: &Agreement) -> impl Iterator<Item = Work<'_>> {
    let action_plans = doc.action_plans.iter().enumerate().flat_map(|(i, plan)| {
        let start = plan.period.first_day();
        plan.activities
            .iter()
            .enumerate()
            .map(move |(j, activity)| Work {
                layer: Layer::ActionPlan,
                plan: plan.id.as_str(),
                plan_title: &plan.title,
                period: &plan.period,
                start,
                activity,
                path: RowPath {
                    list: "action_plans",
                    holder: i,
                    rows: "activities",
                    index: j,
                },
            })
    });
    let plans = doc.plans.iter().enumerate().flat_map(|(i, plan)| {
        let start = plan.period.first_day();
        plan.activities
            .iter()
            .enumerate()
            .map(move |(j, activity)| Work {
                layer: Layer::Plan,
                plan: plan.id.as_str(),
                plan_title: &plan.title,
                period: &plan.period,
                start,
                activity,
                path: RowPath {
                    list: "plans",
                    holder: i,
                    rows: "activities",
                    index: j,
                },
            })
    });
    action_plans.chain(plans)
}

/// The latest follow-up on or before `date`; follow-ups are kept oldest first, but order is not trusted.
pub fn latest_follow_up(activity: &Activity, date: Date) -> Option<&FollowUp> {
    latest_of(&activity.follow_ups, date)
}

fn latest_of(follow_ups: &[FollowUp], date: Date) -> Option<&FollowUp> {
    follow_ups
        .iter()
        .filter(|f| f.date <= date)
        .max_by_key(|f| f.date)
}

/// The activity's status on `date`: its latest follow-up's, else its own; `None` when not reported.
pub fn status_at(activity: &Activity, date: Date) -> Option<Status> {
    latest_follow_up(activity, date).map_or(activity.status, |f| Some(f.status))
}

/// What is followed up, whether an activity or an obligation.
struct Followed<'a> {
    layer: Layer,
    plan: &'a str,
    path: RowPath,
    code: &'a ActivityCode,
    title: &'a LocalizedText,
    time: Option<&'a ActivityTime>,
    status: Option<Status>,
    follow_ups: &'a [FollowUp],
    responsible: Vec<&'a str>,
    /// The first day of its plan: a quiet without any follow-up is counted from it.
    start: Option<Date>,
}

fn state_of<'a>(
    item: Followed<'a>,
    windows: &Windows,
    options: &FollowUpOptions,
) -> ActivityState<'a> {
    let as_of = options.as_of;
    let latest = latest_of(item.follow_ups, as_of);
    let status = latest.map_or(item.status, |f| Some(f.status));
    let (window, window_origin) = match windows.get(item.path.holder_key(), item.path.index) {
        Some(found) => (found.window.clone(), found.origin),
        None => (None, WindowOrigin::Absent),
    };
    let ended = window
        .as_ref()
        .and_then(|w| w.end)
        .is_some_and(|end| end < as_of);
    let last_report = latest.map(|f| f.date);
    let days_since_follow_up = last_report.map(|d| as_of.days_since(d));
    // Without any follow-up, the quiet is counted from the start of the plan.
    let quiet_days = days_since_follow_up
        .or_else(|| item.start.map(|start| as_of.days_since(start)))
        .unwrap_or(0);
    ActivityState {
        layer: item.layer,
        plan: item.plan,
        code: item.code,
        path: item.path,
        title: item.title,
        status,
        status_since: last_report,
        assessment: latest.and_then(|f| f.assessment),
        note: item
            .follow_ups
            .iter()
            .filter(|f| f.date <= as_of && f.note.is_some())
            .max_by_key(|f| f.date)
            .and_then(|f| f.note.as_ref()),
        window,
        window_origin,
        time_text: item
            .time
            .and_then(|t| t.text.as_ref())
            .map(|t| t.sv.as_str()),
        overdue: ended && status.is_some_and(|status| !status.is_closed()),
        stale: status == Some(Status::InProgress)
            && quiet_days > i64::from(options.stale_after_days),
        days_since_follow_up,
        responsible: item.responsible,
    }
}

/// Where every activity of the document stands at `options.as_of`, in the order of [`work`].
pub fn activity_states<'a>(
    doc: &'a Agreement,
    options: &FollowUpOptions,
) -> Vec<ActivityState<'a>> {
    activity_states_with(doc, &Windows::read(doc), options)
}

/// [`activity_states`] with the windows already read.
pub(crate) fn activity_states_with<'a>(
    doc: &'a Agreement,
    windows: &Windows,
    options: &FollowUpOptions,
) -> Vec<ActivityState<'a>> {
    work(doc)
        .map(|w| {
            let item = Followed {
                layer: w.layer,
                plan: w.plan,
                path: w.path,
                code: &w.activity.code,
                title: &w.activity.title,
                time: w.activity.time.as_ref(),
                status: w.activity.status,
                follow_ups: &w.activity.follow_ups,
                responsible: w
                    .activity
                    .responsible
                    .iter()
                    .filter_map(|m| m.text.as_ref().map(|t| t.sv.as_str()))
                    .collect(),
                start: w.start,
            };
            state_of(item, windows, options)
        })
        .collect()
}

/// Where every obligation of every partnership stands at `options.as_of`, by partnership in
/// document order.
pub fn obligation_states<'a>(
    doc: &'a Agreement,
    options: &FollowUpOptions,
) -> Vec<ActivityState<'a>> {
    obligation_states_with(doc, &Windows::read(doc), options)
}

/// [`obligation_states`] with the windows already read.
pub(crate) fn obligation_states_with<'a>(
    doc: &'a Agreement,
    windows: &Windows,
    options: &FollowUpOptions,
) -> Vec<ActivityState<'a>> {
    let mut states = Vec::new();
    for (i, partnership) in doc.partnerships.iter().enumerate() {
        for (j, obligation) in partnership.obligations.iter().enumerate() {
            let party = doc
                .parties
                .iter()
                .find(|p| p.id == obligation.party)
                .map_or(obligation.party.0.as_str(), |p| p.name.sv.as_str());
            let item = Followed {
                layer: Layer::Partnership,
                plan: partnership.id.as_str(),
                path: RowPath {
                    list: "partnerships",
                    holder: i,
                    rows: "obligations",
                    index: j,
                },
                code: &obligation.code,
                title: &obligation.text,
                time: obligation.time.as_ref(),
                status: obligation.status,
                follow_ups: &obligation.follow_ups,
                responsible: vec![party],
                start: partnership.period.as_ref().and_then(Period::first_day),
            };
            states.push(state_of(item, windows, options));
        }
    }
    states
}

/// Status changes between `from` and `to` in one document, and the activities of plans begun in between.
pub fn changes_between(doc: &Agreement, from: Date, to: Date) -> Vec<Change> {
    let mut changes = Vec::new();
    for w in work(doc) {
        let begun_since = w.start.is_some_and(|start| start > from && start <= to);
        let (plan, code) = (w.plan.to_owned(), w.activity.code.clone());
        if begun_since {
            changes.push(Change::Added { plan, code });
            continue;
        }
        let (before, after) = (status_at(w.activity, from), status_at(w.activity, to));
        if before != after {
            changes.push(Change::StatusChanged {
                plan,
                code,
                from: before,
                to: after,
                date: change_date(w.activity, to, after),
            });
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
    let keys = |doc: &Agreement| -> HashSet<(String, ActivityCode)> {
        work(doc)
            .map(|w| (w.plan.to_owned(), w.activity.code.clone()))
            .collect()
    };
    let (before, after) = (keys(previous), keys(current));
    let mut changes: Vec<Change> = after
        .difference(&before)
        .map(|(plan, code)| Change::Added {
            plan: plan.clone(),
            code: code.clone(),
        })
        .chain(
            before
                .difference(&after)
                .map(|(plan, code)| Change::Removed {
                    plan: plan.clone(),
                    code: code.clone(),
                }),
        )
        .collect();
    changes.sort_by(|a, b| change_key(a).cmp(&change_key(b)));
    changes
}

fn change_key(change: &Change) -> (&str, &str) {
    match change {
        Change::StatusChanged { plan, code, .. }
        | Change::Added { plan, code }
        | Change::Removed { plan, code } => (plan.as_str(), code.as_str()),
    }
}
