//! The time window of an activity: given explicitly, or read from the words of its time.

use serde::{Deserialize, Serialize};

use crate::model::{ActionPlan, Activity, Agreement, BodyKind, Date};
use crate::time::{parse, NamedEvent, TimeContext, TimeWindow};

/// What the time parser may know of an action plan: its period and the events of the
/// document's bodies (the stormöte, the samråd, and bodies named by a word of their own).
pub fn time_context(doc: &Agreement, plan: &ActionPlan) -> TimeContext {
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
    // An open-ended action plan is read as lasting to the end of the year it starts in.
    let end = plan
        .period
        .end
        .or_else(|| Date::from_ymd(plan.period.start.year(), 12, 31));
    let mut context = match end {
        Some(end) => TimeContext::with_period(plan.period.start, end),
        None => TimeContext::default(),
    };
    for event in events {
        context = context.with_event(event);
    }
    context
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
    let (origin, window) = match &activity.time {
        None => (WindowOrigin::Absent, None),
        Some(time) => match (&time.window, &time.text) {
            (Some(window), _) => (WindowOrigin::Explicit, Some(window.clone())),
            (None, Some(text)) if !text.sv.trim().is_empty() => match parse(&text.sv, context) {
                Some(window) => (WindowOrigin::Parsed, Some(window)),
                None => (WindowOrigin::Unreadable, None),
            },
            (None, _) => (WindowOrigin::Absent, None),
        },
    };
    ActivityWindow { origin, window }
}
