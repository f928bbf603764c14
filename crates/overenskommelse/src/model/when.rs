//! Dates people write: a full day, or a day known only roughly ("maj 2013", "hösten 2017").

use overenskommelse_derive::FromJson;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};

use super::{Date, LocalizedText, MonthDay};
use crate::read::{Expected, FromJson, JsonType, Read, Reader};
use crate::time::{self, Precision, TimeContext, TimeWindow};

/// A date as the sources give it (*datum*): a full day, or a day known only roughly.
///
/// A full day is written as a string, `"2019-03-01"`. A rough one is an object with the
/// verbatim text and, where the text alone does not say it, the window it is understood as:
/// `{"text": "hösten 2017"}` (read by the same time parser as an activity's time),
/// `{"text": "en onsdag i april 2020", "start": "2020-04-01", "end": "2020-04-30"}`,
/// `{"text": "12 oktober", "day_of_year": "--10-12"}` (no year).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ApproximateDate {
    /// The date as the source writes it, verbatim.
    pub text: Option<LocalizedText>,
    /// The first day it may be, when given explicitly.
    pub start: Option<Date>,
    /// The last day it may be, when given explicitly.
    pub end: Option<Date>,
    /// How finely it is known, when given explicitly.
    pub precision: Option<Precision>,
    /// The day of the year when the source gives no year ("12 oktober").
    pub day_of_year: Option<MonthDay>,
    /// True when the source hedges ("troligen i maj").
    pub uncertain: bool,
}

/// What an approximate date is understood as: the days it may fall on and how finely it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DateWindow {
    /// The first day it may be; `None` when unknown.
    pub start: Option<Date>,
    /// The last day it may be; `None` when unknown.
    pub end: Option<Date>,
    /// How finely it is known.
    pub precision: Precision,
    /// True when the source hedges.
    pub uncertain: bool,
}

impl ApproximateDate {
    /// A full day.
    pub fn day(date: Date) -> Self {
        Self {
            start: Some(date),
            end: Some(date),
            ..Self::default()
        }
    }

    /// A date known only by its words, read by the time parser.
    pub fn text(text: impl Into<LocalizedText>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    /// The day, when the date is one full day written as `YYYY-MM-DD`.
    pub fn exact(&self) -> Option<Date> {
        let plain = self.text.is_none()
            && self.day_of_year.is_none()
            && !self.uncertain
            && self.precision.is_none_or(|p| p == Precision::Day);
        match (self.start, self.end) {
            (Some(start), Some(end)) if plain && start == end => Some(start),
            _ => None,
        }
    }

    /// True when the window is given by `start` or `end` rather than read from the text.
    pub fn is_explicit(&self) -> bool {
        self.start.is_some() || self.end.is_some()
    }

    /// What the text alone says, read by the time parser with no context; `None` when it has
    /// no text or the text cannot be read.
    pub fn read_text(&self) -> Option<TimeWindow> {
        let text = self.text.as_ref()?;
        time::parse(&text.sv, &TimeContext::default())
    }

    /// The window the date is understood as: the explicit bounds when given, else the text
    /// read by the time parser; `None` when neither says anything (a text that cannot be read,
    /// or only a day of the year).
    pub fn window(&self) -> Option<DateWindow> {
        if self.is_explicit() {
            let precision = self.precision.unwrap_or(match (self.start, self.end) {
                (Some(start), Some(end)) => precision_of_span(start, end),
                _ => Precision::Day,
            });
            return Some(DateWindow {
                start: self.start,
                end: self.end,
                precision,
                uncertain: self.uncertain,
            });
        }
        let read = self.read_text()?;
        Some(DateWindow {
            start: read.start,
            end: read.end,
            precision: self.precision.unwrap_or(read.precision),
            uncertain: self.uncertain || read.uncertain,
        })
    }

    /// The first day the date may be, when known.
    pub fn earliest(&self) -> Option<Date> {
        self.start.or_else(|| self.window().and_then(|w| w.start))
    }

    /// The last day the date may be, when known.
    pub fn latest(&self) -> Option<Date> {
        self.end.or_else(|| self.window().and_then(|w| w.end))
    }
}

/// The precision a closed span of days suggests: the finest unit it fits within (a day, a
/// week, a month, a quarter, a half-year, else years).
fn precision_of_span(start: Date, end: Date) -> Precision {
    let days = end.days_since(start) + 1;
    let same_month = start.year() == end.year() && start.month() == end.month();
    if days <= 1 {
        Precision::Day
    } else if days <= 7 {
        Precision::Week
    } else if same_month {
        Precision::Month
    } else if days <= 92 {
        Precision::Quarter
    } else if days <= 184 {
        Precision::Term
    } else {
        Precision::Year
    }
}

impl From<Date> for ApproximateDate {
    fn from(date: Date) -> Self {
        Self::day(date)
    }
}

impl std::fmt::Display for ApproximateDate {
    /// The verbatim text when there is one, else the day or the window.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(text) = &self.text {
            return f.write_str(&text.sv);
        }
        match (self.start, self.end, self.day_of_year) {
            (Some(start), Some(end), _) if start == end => write!(f, "{start}"),
            (Some(start), Some(end), _) => write!(f, "{start} – {end}"),
            (Some(start), None, _) => write!(f, "{start} –"),
            (None, Some(end), _) => write!(f, "– {end}"),
            (None, None, Some(day)) => write!(f, "{day}"),
            (None, None, None) => Ok(()),
        }
    }
}

/// The object form of an [`ApproximateDate`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "ApproximateDateObject",
    title = "Approximate date (ungefärligt datum)"
)]
struct Fields {
    /// The date as the source writes it, verbatim ("hösten 2017", "maj 2013").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<LocalizedText>,
    /// The first day it may be; give it when the text alone does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<Date>,
    /// The last day it may be; give it when the text alone does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<Date>,
    /// How finely the date is known; read from the text or the span when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    precision: Option<Precision>,
    /// The day of the year when the source gives no year ("12 oktober" → `--10-12`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    day_of_year: Option<MonthDay>,
    /// True when the source hedges ("troligen", "ca").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    uncertain: bool,
}

impl From<Fields> for ApproximateDate {
    fn from(f: Fields) -> Self {
        Self {
            text: f.text,
            start: f.start,
            end: f.end,
            precision: f.precision,
            day_of_year: f.day_of_year,
            uncertain: f.uncertain,
        }
    }
}

impl Serialize for ApproximateDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(day) = self.exact() {
            return day.serialize(serializer);
        }
        Fields {
            text: self.text.clone(),
            start: self.start,
            end: self.end,
            precision: self.precision,
            day_of_year: self.day_of_year,
            uncertain: self.uncertain,
        }
        .serialize(serializer)
    }
}

impl<'a> FromJson<'a> for ApproximateDate {
    const EXPECTED: Expected = Expected::ApproximateDate;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        match r.peek_type()? {
            JsonType::String => Ok(Date::from_json(r)?.map(Self::day)),
            JsonType::Object => Ok(Fields::from_json(r)?.map(Self::from)),
            _ => r.wrong_type(Self::EXPECTED),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ApproximateDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read::deserialize(deserializer)
    }
}

impl JsonSchema for ApproximateDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ApproximateDate".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let object = generator.subschema_for::<Fields>();
        json_schema!({
            "title": "Date, exact or approximate (datum)",
            "description": "A full day as `YYYY-MM-DD`, or an object with the date as the source writes it (`text`, read by the time parser) and, where the text does not say, the window it is understood as (`start`, `end`) or the day of the year (`day_of_year`).",
            "oneOf": [
                { "type": "string", "format": "date" },
                object
            ],
            "examples": ["2019-03-01", { "text": "hösten 2017" }, { "text": "12 oktober", "day_of_year": "--10-12" }]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> ApproximateDate {
        serde_json::from_str(json).expect("an approximate date")
    }

    #[test]
    fn a_full_day_is_a_string_both_ways() {
        let date = read("\"2019-03-01\"");
        assert_eq!(date.exact(), Date::from_ymd(2019, 3, 1));
        assert_eq!(
            serde_json::to_string(&date).expect("writes"),
            "\"2019-03-01\""
        );
    }

    #[test]
    fn a_rough_date_is_read_from_its_text() {
        let date = read(r#"{"text": "hösten 2017"}"#);
        let window = date.window().expect("readable");
        assert_eq!(window.start, Date::from_ymd(2017, 9, 1));
        assert_eq!(window.end, Date::from_ymd(2017, 11, 30));
        assert_eq!(window.precision, Precision::Season);
        assert_eq!(date.exact(), None);
        assert_eq!(
            serde_json::to_string(&date).expect("writes"),
            r#"{"text":{"sv":"hösten 2017"}}"#
        );
    }

    #[test]
    fn explicit_bounds_win_and_give_a_precision() {
        let date = read(
            r#"{"text": "en onsdag i april 2020", "start": "2020-04-01", "end": "2020-04-30"}"#,
        );
        let window = date.window().expect("explicit");
        assert_eq!(window.precision, Precision::Month);
        assert_eq!(date.earliest(), Date::from_ymd(2020, 4, 1));
        let year = read(r#"{"start": "2019-01-01", "end": "2019-12-31"}"#);
        assert_eq!(year.window().map(|w| w.precision), Some(Precision::Year));
    }

    #[test]
    fn a_day_without_a_year_has_no_window() {
        let date = read(r#"{"text": "12 oktober", "day_of_year": "--10-12"}"#);
        assert_eq!(date.window(), None);
        assert_eq!(date.day_of_year, Some(MonthDay { month: 10, day: 12 }));
    }

    #[test]
    fn other_types_and_unknown_members_are_refused() {
        assert!(serde_json::from_str::<ApproximateDate>("2019").is_err());
        assert!(serde_json::from_str::<ApproximateDate>(r#"{"year": 2019}"#).is_err());
        assert!(serde_json::from_str::<ApproximateDate>("\"2019-02-30\"").is_err());
    }
}
