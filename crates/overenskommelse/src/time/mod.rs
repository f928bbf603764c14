//! Swedish time expressions ("Startar våren 2018", "Löpande", "vecka 12") parsed into time windows.
//!
//! The "TID" column of an action plan is free text. [`parse`] reads the forms plans commonly
//! use (dates, weeks, months, seasons, terms, quarters, tertials, years, ranges, lists,
//! "senast"/"från"/"till" bounds, recurrences and named events) and answers `None` for
//! anything it cannot explain word for word, so a window is never a guess. A trailing
//! qualifier clause ("… med tema X", "… för föreningar") after a recognised time is ignored.
//!
//! ```
//! use overenskommelse::time::{parse, Precision, TimeContext};
//! let window = parse("Startar våren 2018", &TimeContext::default());
//! assert_eq!(window.as_ref().and_then(|w| w.start), overenskommelse::Date::from_ymd(2018, 3, 1));
//! assert_eq!(window.as_ref().and_then(|w| w.end), None);
//! assert_eq!(window.map(|w| w.precision), Some(Precision::Season));
//! ```

use chrono::{Datelike, NaiveDate};
use overenskommelse_derive::FromJson;
use serde::Serialize;

use crate::model::Date;

mod calendar;
mod lexer;
mod parser;
#[cfg(test)]
mod tests;

use lexer::Tok;
use parser::EventStem;

/// How finely a window's bounds were given in the text.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    FromJson,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// A date ("15 mars 2019").
    Day,
    /// An ISO week ("vecka 12").
    Week,
    /// A month ("mars 2019"), or a third of one ("början av mars").
    Month,
    /// A season ("våren 2018"; vinter is December to February).
    Season,
    /// A school term or half-year ("vt 2019", "läsåret 2019/2020", "första halvåret").
    Term,
    /// A tertial, four months ("T2").
    Tertial,
    /// A quarter ("Q2 2019").
    Quarter,
    /// A year, a run of years, or the action plan's period.
    Year,
}

/// A repeating pattern: the activity goes on over the whole window rather than happening once.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    FromJson,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Recurrence {
    /// Ongoing without pause ("löpande", "kontinuerligt", "pågående").
    Continuous,
    /// Every day ("dagligen").
    Daily,
    /// Every week ("varje vecka", "veckovis").
    Weekly,
    /// Every month ("månadsvis").
    Monthly,
    /// Every year ("årligen").
    Yearly,
    /// Repeatedly at some other or unstated interval ("regelbundet", "två gånger per år").
    Regular,
}

/// What was understood of a time text: a window with optional bounds, never a replacement for the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TimeWindow {
    /// First day of the window; `None` when open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day of the window (inclusive); `None` when open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// How finely the text gave the bounds (the coarsest part of a range or list).
    pub precision: Precision,
    /// Set when the activity repeats over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// True for question marks and alternatives ("April Mars, maj?").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
    /// Id of the event (a body such as the stormöte) the text refers to, when it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

/// What the parser may use besides the text itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TimeContext {
    /// The period of the action plan the activity belongs to: supplies the year when the text
    /// has none, and the window of recurring activities.
    pub period: Option<DateRange>,
    /// Named events that may appear in texts, such as the stormöte.
    pub events: Vec<NamedEvent>,
}

/// The days from `start` to `end`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    /// The first day.
    pub start: Date,
    /// The last day.
    pub end: Date,
}

/// An event a time text may name ("till stormötet"), by the stem of the word for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedEvent {
    /// The lower-case stem of the word as it stands in Swedish text (`stormöte`, `samråd`).
    pub stem: String,
    /// The id of the body that holds it (`stormotet`).
    pub id: String,
}

impl NamedEvent {
    /// An event by the stem of its word and the id of its body.
    pub fn new(stem: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            stem: stem.into(),
            id: id.into(),
        }
    }
}

impl TimeContext {
    /// A context with an action plan's period (its days `start` to `end`) and no events.
    pub fn with_period(start: Date, end: Date) -> Self {
        Self {
            period: Some(DateRange { start, end }),
            events: Vec::new(),
        }
    }

    /// The same context with one more event.
    pub fn with_event(mut self, event: NamedEvent) -> Self {
        self.events.push(event);
        self
    }

    /// The events every agreement has, for texts read without a document: the stormöte and
    /// the samråd.
    pub fn with_common_events(self) -> Self {
        self.with_event(NamedEvent::new("stormöte", "stormote"))
            .with_event(NamedEvent::new("samråd", "samrad"))
    }
}

/// Longer texts are prose, not time expressions; the cap also bounds the parser's work.
const MAX_CHARS: usize = 500;
const MAX_TOKENS: usize = 80;

/// Hedges that make a reading uncertain wherever they stand.
const HEDGES: &[&str] = &[
    "ca",
    "cirka",
    "circa",
    "ungefär",
    "preliminärt",
    "preliminär",
    "preliminära",
    "prel",
    "eventuellt",
    "ev",
    "troligen",
    "troligtvis",
    "förmodligen",
    "kanske",
];

/// Words that open a clause about the content rather than the time ("Start februari med tema X").
const QUALIFIERS: &[&[&str]] = &[
    &["i", "samband", "med"],
    &["med"],
    &["för"],
    &["kring"],
    &["inom"],
    &["gällande"],
    &["angående"],
    &["avseende"],
];

/// Parses a Swedish time text; `None` when it cannot be read (never a guess presented as certain).
///
/// A missing year comes from the start of `context.period`; a text that needs a year and has
/// neither gives `None`. Recurrences and events without a time of their own span the period
/// (open bounds without one). Every returned window has `start <= end` when both are set.
pub fn parse(text: &str, context: &TimeContext) -> Option<TimeWindow> {
    if text.chars().nth(MAX_CHARS).is_some() {
        return None;
    }
    let mut toks = lexer::tokenize(text);
    if toks.len() > MAX_TOKENS {
        return None;
    }
    let mut uncertain = false;
    toks.retain(|t| {
        let hedge = match t {
            Tok::Question => true,
            Tok::Word(w) => HEDGES.contains(&w.as_str()),
            _ => false,
        };
        uncertain |= hedge;
        !hedge
    });

    // A period that ends before it starts cannot bound anything, and one outside the years a
    // document can write (YYYY-MM-DD) cannot be written back: read as if there were none.
    let writable = |date: &NaiveDate| (1..=9999).contains(&date.year());
    let period = context
        .period
        .map(|range| (range.start.naive(), range.end.naive()))
        .filter(|(start, end)| start <= end && writable(start) && writable(end));
    let ctx = calendar::Ctx {
        year: period.map(|(start, _)| start.year()),
        period,
    };
    let events: Vec<EventStem> = context
        .events
        .iter()
        .filter_map(|event| EventStem::new(&event.stem, &event.id))
        .collect();

    let mut window = match interpret(&toks, &ctx, &events) {
        Some(w) => w,
        None => {
            let cut = (1..toks.len()).find_map(|i| {
                if !starts_qualifier(&toks, i) {
                    return None;
                }
                let head = toks.get(..i)?;
                let end = head
                    .iter()
                    .rposition(|t| !matches!(t, Tok::Comma | Tok::Dash))?;
                let mut w = interpret(head.get(..=end)?, &ctx, &events)?;
                if w.event.is_none() {
                    w.event = (i..toks.len())
                        .find_map(|j| parser::event_at(&toks, j, &events))
                        .map(|(_, id)| id.to_owned());
                }
                Some(w)
            });
            cut?
        }
    };
    window.uncertain |= uncertain;
    Some(window)
}

fn starts_qualifier(toks: &[Tok], i: usize) -> bool {
    let word = |k: usize| match toks.get(i.saturating_add(k)) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    // "med start mars" is a bound, not a qualifier.
    if word(0) == Some("med") && word(1) == Some("start") {
        return false;
    }
    QUALIFIERS
        .iter()
        .any(|q| q.iter().enumerate().all(|(k, w)| word(k) == Some(*w)))
}

fn interpret(toks: &[Tok], ctx: &calendar::Ctx, events: &[EventStem]) -> Option<TimeWindow> {
    let reading = parser::read(toks, events)?;
    let windows = reading
        .times
        .iter()
        .map(|expr| calendar::resolve(expr, ctx))
        .collect::<Option<Vec<_>>>()?;
    let window = match windows.as_slice() {
        [] => calendar::Window {
            start: ctx.period.map(|(start, _)| start),
            end: ctx.period.map(|(_, end)| end),
            precision: Precision::Year,
            uncertain: false,
        },
        [one] => *one,
        // Only a start and an end can be combined; two windows cannot.
        [a, b] => {
            let (from, until) = match (a.end, b.start) {
                (None, None) => (a, b),
                _ => (b, a),
            };
            if from.start.is_none() || from.end.is_some() || until.start.is_some() {
                return None;
            }
            calendar::Window {
                start: from.start,
                end: until.end,
                precision: calendar::coarser(from.precision, until.precision),
                uncertain: from.uncertain || until.uncertain,
            }
        }
        _ => return None,
    };
    if let (Some(start), Some(end)) = (window.start, window.end) {
        if start > end {
            return None;
        }
    }
    // A bound outside the years a document can write would not survive a round trip.
    let bound = |date: Option<NaiveDate>| match date {
        Some(date) => Date::from_naive(date).map(Some),
        None => Some(None),
    };
    Some(TimeWindow {
        start: bound(window.start)?,
        end: bound(window.end)?,
        precision: window.precision,
        recurrence: reading.recurrence,
        uncertain: window.uncertain,
        event: reading.event,
    })
}
