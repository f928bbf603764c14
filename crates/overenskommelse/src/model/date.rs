//! A day in the calendar, written `YYYY-MM-DD`: what JSON Schema's `date` format, Python's
//! `datetime.date` and Kotlin's `LocalDate` read too.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};

use crate::read::{Expected, FromJson, ProblemKind, Read, Reader};

/// A day in the calendar, exactly `YYYY-MM-DD` in documents: four-digit year, two-digit
/// month and day, and a day that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(NaiveDate);

impl Date {
    /// The day `year`-`month`-`day`, when it exists and its year has four digits.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let shape = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape {
            return None;
        }
        Date::from_ymd(
            text[..4].parse().ok()?,
            text[5..7].parse().ok()?,
            text[8..].parse().ok()?,
        )
    }

    /// Today, by this computer's clock and time zone.
    pub fn today() -> Date {
        Date(chrono::Local::now().date_naive())
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Whole days from `earlier` to this day (negative when `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i64 {
        (self.0 - earlier.0).num_days()
    }

    /// The same day as a `chrono` date, for date arithmetic.
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// A `chrono` date as a document date, when its year has four digits.
    pub fn from_naive(date: NaiveDate) -> Option<Date> {
        (0..=9999).contains(&date.year()).then_some(Date(date))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// Why a text is not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date YYYY-MM-DD: {0:?}")]
pub struct DateError(String);

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Date::parse(text).ok_or_else(|| DateError(text.to_owned()))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Written digit by digit, not through the formatting machinery, which cost a fifth of
        // writing a report as JSON: a report holds some hundred thousand dates.
        let (year, month, day) = (self.year(), self.month(), self.day());
        let year = match u32::try_from(year) {
            Ok(year) if year <= 9999 => year,
            _ => return serializer.collect_str(self),
        };
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let text = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        match std::str::from_utf8(&text) {
            Ok(text) => serializer.serialize_str(text),
            Err(_) => serializer.collect_str(self),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom(DateError(text.into_owned())))
    }
}

impl<'a> FromJson<'a> for Date {
    const EXPECTED: Expected = Expected::Date;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        let offset = r.value_start();
        let Some(text) = r.text(Expected::Date)? else {
            return Ok(None);
        };
        match Date::parse(&text) {
            Some(date) => Ok(Some(date)),
            None => {
                r.invalid(
                    ProblemKind::InvalidDate {
                        value: crate::read::shorten(&text),
                    },
                    offset,
                );
                Ok(None)
            }
        }
    }
}

impl JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date" })
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn a_date_is_written_in_json_as_it_is_displayed() {
        let days = [
            (0, 1, 1),
            (7, 2, 3),
            (999, 12, 31),
            (2018, 6, 15),
            (2024, 2, 29),
            (9999, 12, 31),
        ];
        for (year, month, day) in days {
            let date = Date::from_ymd(year, month, day).expect("a date");
            let json = serde_json::to_string(&date).expect("serializes");
            assert_eq!(json, format!("\"{date}\""));
        }
    }

    #[test]
    fn only_zero_padded_existing_days_are_dates() {
        assert!(Date::parse("2018-12-01").is_some());
        assert!(Date::parse("2020-02-29").is_some());
        assert!(Date::parse("2019-02-29").is_none());
        assert!(Date::parse("2018-12-1").is_none());
        assert!(Date::parse("18-12-01").is_none());
        assert!(Date::parse("2018/12/01").is_none());
        assert!(Date::parse("+2018-12-01").is_none());
        assert!(Date::parse("").is_none());
        assert_eq!(
            Date::parse("0001-01-01").map(|d| d.to_string()).as_deref(),
            Some("0001-01-01")
        );
    }
}
