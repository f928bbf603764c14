//! Swedish time expressions ("Startar våren 2018", "Löpande", "vecka 12") parsed into time windows.
//!
//! The "TID" column of an action plan is free text. [`parse`] reads the forms plans commonly
//! use (dates, with a weekday checked against them; weeks, months, seasons, terms, quarters,
//! tertials, years, the turn of the year; ranges and lists; "senast"/"från"/"sedan"/"till"
//! bounds; recurrences with their frequency, "vid behov"; and named events) and answers `None`
//! for anything it cannot explain word for word, so a window is never a guess. A trailing
//! qualifier clause ("… med tema X", "… för föreningar") after a recognised time is ignored.
//! The phrases it is held to are data: `tests/time/phrases.json` in the repository.
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
    /// Repeatedly at some other or unstated interval ("regelbundet", "två gånger per år",
    /// "vartannat år"); the window's `frequency` says how often when the text does.
    Regular,
    /// When needed, at no time of its own (*vid behov*): without a time in the text the window
    /// has no bounds, not even the action plan's period.
    OnDemand,
}

/// The unit a [`Frequency`] counts in.
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
pub enum FrequencyUnit {
    /// A day (*dag*).
    Day,
    /// A week (*vecka*; also "varje måndag").
    Week,
    /// A month (*månad*).
    Month,
    /// A quarter (*kvartal*).
    Quarter,
    /// A tertial, four months (*tertial*).
    Tertial,
    /// A school term (*termin*).
    Term,
    /// A half-year (*halvår*).
    HalfYear,
    /// A year (*år*).
    Year,
}

/// How often a recurring activity happens, when the text says it in numbers or in a unit that
/// [`Recurrence`] has no word for: `times` times every `every` `unit`s. "fyra gånger per år"
/// is `{"times": 4, "unit": "year"}`, "vartannat år" `{"every": 2, "unit": "year"}`,
/// "kvartalsvis" `{"unit": "quarter"}`, "tre gånger under hösten" `{"times": 3}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Frequency {
    /// How many times in each stretch of `every` units (*gånger*, *tillfällen*); 1 when absent.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    #[schemars(range(min = 1, max = 100))]
    pub times: u32,
    /// How many units one stretch lasts (*varannan* 2, *var tredje* 3); 1 when absent.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    #[schemars(range(min = 1, max = 100))]
    pub every: u32,
    /// The unit; absent when `times` counts over the whole window ("tre gånger under hösten").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<FrequencyUnit>,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
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
    /// The separate times of a list (*uppräkning*) with gaps between them ("7 och 21 oktober",
    /// "2015 och 2017"), in order: the activity is on each of them, not on the days between, which
    /// `start`–`end` spans too. Absent when the text names one stretch of time, or a list whose
    /// items follow on each other ("15, 16 och 17 mars", "2019, 2020, 2021"), or alternatives
    /// ("mars eller april", which are `uncertain`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<DateRange>,
    /// Set when the activity repeats over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// How often it repeats (*hur ofta*), when the text says it in numbers or in a unit
    /// `recurrence` has no word for ("fyra gånger per år", "vartannat år", "kvartalsvis"); `recurrence` is then
    /// `regular`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// True for question marks, hedges and alternatives ("April Mars, maj?", "ca mars"), for a
    /// time whose year the plan's period leaves open (see `years`), and for a weekday that does
    /// not fit its date (see `weekday_mismatch`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
    /// The years (*år*) the text may mean when it gives none and the plan's period spans several
    /// ("mars" in a plan for 2019–2022 gives `[2019, 2020, 2021, 2022]`): each as the text
    /// would write it ("vecka 1 2020", "vintern 2019" for 2019/2020, "nästa år" as that
    /// year, "årsskiftet" as the year it turns into). The window spans every reading and is
    /// `uncertain`. Absent when the period leaves one year ("mars" in a plan from June to May
    /// is the March in it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<i32>,
    /// True when the text names a weekday (*veckodag*) that its date does not fall on ("torsdagen den 13
    /// oktober 2023", a Friday): the window is the date's, and `uncertain`. Absent when the
    /// weekday fits or none is named.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weekday_mismatch: bool,
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

/// The days from `start` to `end`, both included (*från och med – till och med*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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

/// The most years a period may span for a text without a year to be read in it: every year
/// is a possible reading, and more than this many say nothing useful.
const MAX_PERIOD_YEARS: i32 = 40;

/// Parses a Swedish time text; `None` when it cannot be read (never a guess presented as certain).
///
/// A missing year comes from `context.period`: the year in which the time falls within the
/// period. When several years fit (a period over several years), the window spans them all, is
/// uncertain and lists them in `years`; a text that needs a year and has no period gives
/// `None`. Recurrences and events without a time of their own span the period (open bounds
/// without one); "vid behov" has open bounds. Every returned window has `start <= end` when
/// both are set.
pub fn parse(text: &str, context: &TimeContext) -> Option<TimeWindow> {
    Prepared::new(context).parse(text)
}

/// A context made ready for reading many texts: the words of its events found once, where
/// [`parse`] finds them again for each text (a document reads thousands of texts with the
/// same few events).
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    period: Option<(NaiveDate, NaiveDate)>,
    events: Vec<EventStem>,
}

impl Prepared {
    /// The context's period and events, ready.
    pub(crate) fn new(context: &TimeContext) -> Self {
        let mut prepared = Self {
            period: None,
            events: context
                .events
                .iter()
                .filter_map(|event| EventStem::new(&event.stem, &event.id))
                .collect(),
        };
        prepared.set_period(context.period);
        prepared
    }

    /// Another period (another plan's) with the same events.
    pub(crate) fn set_period(&mut self, period: Option<DateRange>) {
        // A period that ends before it starts cannot bound anything, and one outside the
        // years a document can write (YYYY-MM-DD) cannot be written back: read as if there
        // were none.
        let writable = |date: &NaiveDate| (1..=9999).contains(&date.year());
        self.period = period
            .map(|range| (range.start.naive(), range.end.naive()))
            .filter(|(start, end)| start <= end && writable(start) && writable(end));
    }

    /// Parses a time text as [`parse`] does.
    pub(crate) fn parse(&self, text: &str) -> Option<TimeWindow> {
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
        let (period, events) = (self.period, self.events.as_slice());
        let mut window = match interpret(&toks, period, events) {
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
                    let mut w = interpret(head.get(..=end)?, period, events)?;
                    if w.event.is_none() {
                        w.event = (i..toks.len())
                            .find_map(|j| parser::event_at(&toks, j, events))
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

/// Reads the tokens, taking a missing year from the period: first without one, then in each
/// year the period touches (and the next, for "till årsskiftet"), keeping the readings that
/// begin within the period.
fn interpret(
    toks: &[Tok],
    period: Option<(NaiveDate, NaiveDate)>,
    events: &[EventStem],
) -> Option<TimeWindow> {
    let reading = parser::read(toks, events)?;
    let without_year = calendar::Ctx { year: None, period };
    if let Some((window, _)) = window_of(&reading, &without_year) {
        return Some(window);
    }
    let (first, last) = period?;
    let (first_year, last_year) = (first.year(), last.year());
    if last_year - first_year > MAX_PERIOD_YEARS {
        return None;
    }
    // Each reading with the year the context gave it and the year as the text would write it.
    let readings: Vec<(i32, TimeWindow, Option<i32>)> = (first_year..=last_year + 1)
        .filter_map(|year| {
            let ctx = calendar::Ctx {
                year: Some(year),
                period,
            };
            let (window, written) = window_of(&reading, &ctx)?;
            Some((year, window, written))
        })
        .collect();
    let anchor = |w: &TimeWindow| w.start.or(w.end).map(Date::naive);
    // A reading fits when it begins within the period, and each time it lists meets it:
    // "hösten och våren" in a plan from June to May is not spring and autumn of the same year.
    let within = |w: &TimeWindow| {
        anchor(w).is_some_and(|d| first <= d && d <= last)
            && w.parts
                .iter()
                .all(|p| p.start.naive() <= last && p.end.naive() >= first)
    };
    let overlaps = |w: &TimeWindow| {
        w.start.is_none_or(|s| s.naive() <= last) && w.end.is_none_or(|e| e.naive() >= first)
    };
    let in_period_years = |(year, _, _): &&(i32, TimeWindow, Option<i32>)| *year <= last_year;
    let mut fits: Vec<&(i32, TimeWindow, Option<i32>)> =
        readings.iter().filter(|(_, w, _)| within(w)).collect();
    if fits.is_empty() {
        fits = readings
            .iter()
            .filter(in_period_years)
            .filter(|(_, w, _)| overlaps(w))
            .collect();
    }
    if fits.is_empty() {
        fits = readings.iter().filter(in_period_years).collect();
    }
    // A weekday settles the year when it fits only some of them.
    if fits.iter().any(|(_, w, _)| !w.weekday_mismatch) {
        fits.retain(|(_, w, _)| !w.weekday_mismatch);
    }
    match fits.as_slice() {
        [] => None,
        [(_, one, _)] => Some(one.clone()),
        [(_, head, _), ..] => {
            let start: Option<Vec<Date>> = fits.iter().map(|(_, w, _)| w.start).collect();
            let end: Option<Vec<Date>> = fits.iter().map(|(_, w, _)| w.end).collect();
            let mut years: Vec<i32> = fits
                .iter()
                .filter_map(|(_, w, written)| written.or_else(|| anchor(w).map(|d| d.year())))
                .collect();
            years.sort_unstable();
            years.dedup();
            Some(TimeWindow {
                start: start.and_then(|s| s.into_iter().min()),
                end: end.and_then(|e| e.into_iter().max()),
                parts: Vec::new(),
                uncertain: true,
                years,
                ..head.clone()
            })
        }
    }
}

/// The window of a reading in the calendar of `ctx`, and the year it took from `ctx` as the
/// text would write it; `None` when it needs a year `ctx` lacks, or does not fit the calendar.
fn window_of(reading: &parser::Reading, ctx: &calendar::Ctx) -> Option<(TimeWindow, Option<i32>)> {
    let windows = reading
        .times
        .iter()
        .map(|expr| calendar::resolve(expr, ctx))
        .collect::<Option<Vec<_>>>()?;
    let context_year = windows.iter().find_map(|w| w.context_year);
    let window = match windows.as_slice() {
        // "vid behov" has no time of its own; other recurrences and events span the period.
        [] if reading.recurrence == Some(Recurrence::OnDemand) => calendar::Window {
            start: None,
            end: None,
            precision: Precision::Year,
            uncertain: false,
            weekday_mismatch: false,
            parts: Vec::new(),
            context_year: None,
        },
        [] => calendar::Window {
            start: ctx.period.map(|(start, _)| start),
            end: ctx.period.map(|(_, end)| end),
            precision: Precision::Year,
            uncertain: false,
            weekday_mismatch: false,
            parts: Vec::new(),
            context_year: None,
        },
        [one] => one.clone(),
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
                weekday_mismatch: from.weekday_mismatch || until.weekday_mismatch,
                parts: Vec::new(),
                context_year,
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
    let parts = window
        .parts
        .iter()
        .map(|&(start, end)| {
            Some(DateRange {
                start: Date::from_naive(start)?,
                end: Date::from_naive(end)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let window = TimeWindow {
        start: bound(window.start)?,
        end: bound(window.end)?,
        precision: window.precision,
        parts,
        recurrence: reading.recurrence,
        frequency: reading.frequency,
        uncertain: window.uncertain,
        years: Vec::new(),
        weekday_mismatch: window.weekday_mismatch,
        event: reading.event.clone(),
    };
    Some((window, context_year))
}
