//! The time window of an activity: given explicitly, or read from the words of its time.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Activity, ActivityTime, Agreement, BodyKind, Date, Period};
use crate::time::{parse, NamedEvent, TimeContext, TimeWindow};

/// What the time parser may know of a plan, action plan or partnership: its period and the
/// events of the document's bodies (the stormöte, the samråd, and bodies named by a word of
/// their own).
pub fn time_context(doc: &Agreement, period: Option<&Period>) -> TimeContext {
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
    let mut context = period.map(period_context).unwrap_or_default();
    for event in events {
        context = context.with_event(event);
    }
    context
}

/// A context with a plan's period: its first day, and its last, or for an open-ended plan the
/// end of the year it starts in. A plan with no known start gives no period.
pub fn period_context(period: &Period) -> TimeContext {
    let Some(start) = period.first_day() else {
        return TimeContext::default();
    };
    match period
        .last_day()
        .or_else(|| Date::from_ymd(start.year(), 12, 31))
    {
        Some(end) => TimeContext::with_period(start, end),
        None => TimeContext::default(),
    }
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
    let (origin, window) = match time {
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

/// Reads the times of one plan's activities with one context, each distinct text once: plans
/// repeat their times ("Löpande", "Under 2018"), and the parser is the costliest step of
/// following up an activity.
pub struct WindowReader<'a> {
    context: TimeContext,
    read: HashMap<&'a str, Option<TimeWindow>>,
}

impl<'a> WindowReader<'a> {
    /// A reader for times within `context`.
    pub fn new(context: TimeContext) -> Self {
        Self {
            context,
            read: HashMap::new(),
        }
    }

    /// The window of a time, as [`window_of`] gives it.
    pub fn window(&mut self, time: Option<&'a ActivityTime>) -> ActivityWindow {
        let text = match time {
            Some(time) if time.window.is_none() => time.text.as_ref(),
            _ => return window_of(time, &self.context),
        };
        let Some(text) = text.filter(|t| !t.sv.trim().is_empty()) else {
            return window_of(time, &self.context);
        };
        let context = &self.context;
        let window = self
            .read
            .entry(text.sv.as_str())
            .or_insert_with(|| parse(&text.sv, context))
            .clone();
        let origin = if window.is_some() {
            WindowOrigin::Parsed
        } else {
            WindowOrigin::Unreadable
        };
        ActivityWindow { origin, window }
    }
}
