//! The time window of an activity: given explicitly, or read from the words of its time.

use crate::model::{ActionPlan, Activity, Agreement, BodyKind};
use crate::time::{parse, TimeContext, TimeWindow};

/// What the time parser may know of an action plan: its period and the events of the document's bodies.
pub fn time_context(doc: &Agreement, plan: &ActionPlan) -> TimeContext {
    let mut events = Vec::new();
    for body in &doc.bodies {
        let stem = match body.kind {
            BodyKind::GeneralMeeting => Some("stormöte"),
            BodyKind::JointCouncil => Some("samråd"),
            _ => None,
        };
        if let Some(stem) = stem {
            events.push((stem.to_owned(), body.id.0.clone()));
        }
        if let Some(word) = body.name.sv.split_whitespace().next() {
            let word = word.to_lowercase();
            if word.chars().count() >= 4
                && !events
                    .iter()
                    .any(|(stem, _)| word.starts_with(stem.as_str()))
            {
                events.push((word, body.id.0.clone()));
            }
        }
    }
    let end = plan.period.end.or_else(|| {
        chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&plan.period.start), 12, 31)
    });
    TimeContext {
        period: end.map(|end| (plan.period.start, end)),
        events,
    }
}

/// How an activity's window was arrived at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowSource {
    /// Given in the document's `time.window`.
    Explicit(TimeWindow),
    /// Read from `time.text`.
    Parsed(TimeWindow),
    /// `time.text` could not be read.
    Unreadable,
    /// The activity has no time at all.
    Absent,
}

impl WindowSource {
    /// The window, however it was arrived at.
    pub fn window(&self) -> Option<&TimeWindow> {
        match self {
            WindowSource::Explicit(window) | WindowSource::Parsed(window) => Some(window),
            WindowSource::Unreadable | WindowSource::Absent => None,
        }
    }
}

/// The window of an activity: its explicit `window`, else what its text says.
pub fn activity_window(activity: &Activity, context: &TimeContext) -> WindowSource {
    let Some(time) = &activity.time else {
        return WindowSource::Absent;
    };
    if let Some(window) = &time.window {
        return WindowSource::Explicit(window.clone());
    }
    match &time.text {
        Some(text) if !text.sv.trim().is_empty() => match parse(&text.sv, context) {
            Some(window) => WindowSource::Parsed(window),
            None => WindowSource::Unreadable,
        },
        _ => WindowSource::Absent,
    }
}
