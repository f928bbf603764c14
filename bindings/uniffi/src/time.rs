//! The Swedish time parser.

use overenskommelse::time::{self, NamedEvent, TimeContext};
use overenskommelse::Date;

use crate::{date, OverenskommelseError};

/// The days from `start` to `end`, both included, as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DaySpan {
    /// The first day.
    pub start: String,
    /// The last day.
    pub end: String,
}

/// An event a time text may name ("till stormötet"), by the stem of its word.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimeEvent {
    /// The lower-case stem of the word as it stands in Swedish text (`stormöte`).
    pub stem: String,
    /// The id of the body that holds it (`stormotet`).
    pub id: String,
}

/// What a time text says: a window of days, how precise, recurring or not, uncertain or not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimeWindow {
    /// The first day, `YYYY-MM-DD`, when the text bounds it.
    pub start: Option<String>,
    /// The last day, `YYYY-MM-DD`, when the text bounds it.
    pub end: Option<String>,
    /// How precise the text is: `day`, `week`, `month`, `quarter`, `term`, `season`, `year`, ….
    pub precision: Option<String>,
    /// How it recurs (`continuous`, `daily`, `weekly`, `regular`, `as_needed`, …), if it does.
    pub recurrence: Option<String>,
    /// True when the text hedges ("preliminärt", "ca", "?") or several years fit.
    pub uncertain: bool,
    /// The separate days or spans of a list ("7 och 21 oktober").
    pub parts: Vec<DaySpan>,
    /// The years that fit when the text has none and the period spans several.
    pub years: Vec<i32>,
    /// The id of the body whose event the text names ("till stormötet").
    pub event: Option<String>,
    /// The whole window as JSON text, as the time corpus and the JSON Schema write it.
    pub json: String,
}

/// The serde name of a unit enum (`"quarter"`, `"continuous"`).
fn code_of(value: &impl serde::Serialize) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => Some(text),
        _ => None,
    }
}

fn day(date: Date) -> String {
    date.to_string()
}

impl TimeWindow {
    fn of(window: &time::TimeWindow) -> Self {
        Self {
            start: window.start.map(day),
            end: window.end.map(day),
            precision: code_of(&window.precision),
            recurrence: window.recurrence.as_ref().and_then(code_of),
            uncertain: window.uncertain,
            parts: window
                .parts
                .iter()
                .map(|part| DaySpan {
                    start: day(part.start),
                    end: day(part.end),
                })
                .collect(),
            years: window.years.clone(),
            event: window.event.clone(),
            json: serde_json::to_string(window).unwrap_or_default(),
        }
    }
}

/// Reads a Swedish time text ("Startar våren 2018", "vecka 12", "Löpande"); `None` when it
/// cannot be read (never a guess presented as certain). `period` is the plan's period, which
/// gives the year a text leaves out; `events` are the events a text may name. A date of the
/// period that is none is a `Usage` error.
#[uniffi::export(default(period = None, events = []))]
pub fn parse_time(
    text: String,
    period: Option<DaySpan>,
    events: Vec<TimeEvent>,
) -> Result<Option<TimeWindow>, OverenskommelseError> {
    let mut context = match period {
        None => TimeContext::default(),
        // A period that ends before it starts is the core's to judge: it reads as none.
        Some(period) => TimeContext::with_period(date(&period.start)?, date(&period.end)?),
    };
    for event in events {
        context = context.with_event(NamedEvent::new(event.stem, event.id));
    }
    Ok(time::parse(&text, &context).map(|window| TimeWindow::of(&window)))
}
