//! The time window of an activity: given explicitly, or read from the words of its time.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Activity, ActivityTime, Agreement, BodyKind, Date, Period};
use crate::time::{parse, DateRange, NamedEvent, Prepared, TimeContext, TimeWindow};
use crate::validate::HolderKey;

/// What the time parser may know of a plan, action plan or partnership: its period and the
/// events of the document's bodies (the stormöte, the samråd, and bodies named by a word of
/// their own).
pub fn time_context(doc: &Agreement, period: Option<&Period>) -> TimeContext {
    let mut context = period.map(period_context).unwrap_or_default();
    for event in events(doc) {
        context = context.with_event(event);
    }
    context
}

/// The events of the document's bodies: the same for every plan.
fn events(doc: &Agreement) -> Vec<NamedEvent> {
    let mut events: Vec<NamedEvent> = Vec::new();
    for body in &doc.bodies {
        let stem = match body.kind {
            BodyKind::GeneralMeeting => Some("stormöte"),
            BodyKind::JointCouncil => Some("samråd"),
            _ => None,
        };
        if let Some(stem) = stem {
            events.push(NamedEvent::new(stem, body.id.as_str()));
        }
        if let Some(word) = body.name.sv.split_whitespace().next() {
            let word = word.to_lowercase();
            if word.chars().count() >= 4 && !events.iter().any(|e| word.starts_with(&e.stem)) {
                events.push(NamedEvent::new(word, body.id.as_str()));
            }
        }
    }
    events
}

/// A context with a plan's period: its first day, and its last, or for an open-ended plan the
/// end of the year it starts in. A plan with no known start gives no period.
pub fn period_context(period: &Period) -> TimeContext {
    period_range(period)
        .map(|range| TimeContext::with_period(range.start, range.end))
        .unwrap_or_default()
}

/// The days a plan's period bounds, as [`period_context`] says.
fn period_range(period: &Period) -> Option<DateRange> {
    let start = period.first_day()?;
    let end = period
        .last_day()
        .or_else(|| Date::from_ymd(start.year(), 12, 31))?;
    Some(DateRange { start, end })
}

/// How an activity's window was arrived at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowOrigin {
    /// Given in the document's `time.window`.
    Explicit,
    /// Read from `time.text`.
    Parsed,
    /// `time.text` could not be read.
    Unreadable,
    /// The activity has no time at all.
    Absent,
}

/// An activity's window and how it was arrived at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityWindow {
    /// How the window was found.
    pub origin: WindowOrigin,
    /// The window: explicit or read; `None` when unreadable or absent.
    pub window: Option<TimeWindow>,
}

/// The window of an activity: its explicit `window`, else what its text says.
pub fn activity_window(activity: &Activity, context: &TimeContext) -> ActivityWindow {
    window_of(activity.time.as_ref(), context)
}

/// The window of a time (an activity's or an obligation's): its explicit `window`, else what
/// its text says.
pub fn window_of(time: Option<&ActivityTime>, context: &TimeContext) -> ActivityWindow {
    window_read_by(time, |text| parse(text, context))
}

/// The window of a time, its text read by `read`.
fn window_read_by(
    time: Option<&ActivityTime>,
    read: impl FnOnce(&str) -> Option<TimeWindow>,
) -> ActivityWindow {
    let (origin, window) = match time {
        None => (WindowOrigin::Absent, None),
        Some(time) => match (&time.window, &time.text) {
            (Some(window), _) => (WindowOrigin::Explicit, Some(TimeWindow::clone(window))),
            (None, Some(text)) if !text.sv.trim().is_empty() => match read(&text.sv) {
                Some(window) => (WindowOrigin::Parsed, Some(window)),
                None => (WindowOrigin::Unreadable, None),
            },
            (None, _) => (WindowOrigin::Absent, None),
        },
    };
    ActivityWindow { origin, window }
}

/// The window of every activity and obligation of a document, by the action plan, plan or
/// partnership that holds it. Each distinct time of a holder is read once (plans repeat their
/// times, "Löpande", "Under 2018", and the parser is the costliest step of following up an
/// activity), and once for the whole run: the validation reads them, and the report of the
/// same document uses what was read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Windows {
    /// Each window read once; rows point into it. The first is the window of a row without
    /// a time, the most common one without a text.
    distinct: Vec<ActivityWindow>,
    /// For each holder, its rows' windows as positions in `distinct`.
    rows: HashMap<HolderKey, Vec<u32>>,
}

impl Windows {
    /// Reads the time of every row of every holder of `doc`.
    pub(crate) fn read(doc: &Agreement) -> Self {
        let mut windows = Self {
            distinct: vec![ActivityWindow {
                origin: WindowOrigin::Absent,
                window: None,
            }],
            rows: HashMap::new(),
        };
        let mut prepared = Prepared::new(&time_context(doc, None));
        for (key, period, times) in holders(doc) {
            prepared.set_period(period.and_then(period_range));
            let window_of = |time| window_read_by(time, |text| prepared.parse(text));
            let mut read: HashMap<&str, u32> = HashMap::new();
            let rows = times
                .map(|time| {
                    let text = time
                        .filter(|time| time.window.is_none())
                        .and_then(|time| time.text.as_ref())
                        .filter(|text| !text.sv.trim().is_empty());
                    match text {
                        Some(text) => *read
                            .entry(text.sv.as_str())
                            .or_insert_with(|| windows.push(window_of(time))),
                        None => windows.push(window_of(time)),
                    }
                })
                .collect();
            windows.rows.insert(key, rows);
        }
        windows
    }

    fn push(&mut self, window: ActivityWindow) -> u32 {
        // Kept once, first, where a search for it cost a look at every window read so far
        // for each row without a time.
        if window.origin == WindowOrigin::Absent {
            return 0;
        }
        self.distinct.push(window);
        (self.distinct.len() - 1) as u32
    }

    /// The window of the row at `index` of `holder`.
    pub(crate) fn get(&self, holder: HolderKey, index: usize) -> Option<&ActivityWindow> {
        let at = *self.rows.get(&holder)?.get(index)?;
        self.distinct.get(at as usize)
    }
}

/// Every holder of activities or obligations, with its period and its rows' times.
fn holders(
    doc: &Agreement,
) -> impl Iterator<
    Item = (
        HolderKey,
        Option<&Period>,
        Box<dyn Iterator<Item = Option<&ActivityTime>> + '_>,
    ),
> {
    fn times(activities: &[Activity]) -> Box<dyn Iterator<Item = Option<&ActivityTime>> + '_> {
        Box::new(activities.iter().map(|a| a.time.as_ref()))
    }
    let action_plans = doc.action_plans.iter().enumerate().map(|(i, plan)| {
        (
            HolderKey::ActionPlan(i),
            Some(&plan.period),
            times(&plan.activities),
        )
    });
    let plans = doc
        .plans
        .iter()
        .enumerate()
        .filter(|(_, plan)| !plan.activities.is_empty())
        .map(|(i, plan)| {
            (
                HolderKey::Plan(i),
                Some(&plan.period),
                times(&plan.activities),
            )
        });
    let partnerships = doc.partnerships.iter().enumerate().map(|(i, p)| {
        let times: Box<dyn Iterator<Item = Option<&ActivityTime>> + '_> =
            Box::new(p.obligations.iter().map(|o| o.time.as_ref()));
        (HolderKey::Partnership(i), p.period.as_ref(), times)
    });
    action_plans.chain(plans).chain(partnerships)
}
