//! Dates in documents are exactly `YYYY-MM-DD`: what JSON Schema's `date` format, Python and Kotlin accept too.

use chrono::NaiveDate;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// Reads `YYYY-MM-DD` with four-digit year and two-digit month and day, and a day that exists.
pub fn parse_strict(text: &str) -> Option<NaiveDate> {
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
    NaiveDate::from_ymd_opt(
        text[..4].parse().ok()?,
        text[5..7].parse().ok()?,
        text[8..].parse().ok()?,
    )
}

fn invalid<E: de::Error>(text: &str) -> E {
    E::custom(format!("invalid date `{text}`: expected YYYY-MM-DD"))
}

/// `#[serde(with = "strict")]` for a required date.
pub mod strict {
    use super::*;

    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        date.serialize(serializer)
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        parse_strict(&text).ok_or_else(|| invalid(&text))
    }
}

/// `#[serde(with = "strict_option")]` for an optional date.
pub mod strict_option {
    use super::*;

    /// Writes `YYYY-MM-DD` or null.
    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.serialize(serializer)
    }

    /// Reads exactly `YYYY-MM-DD`, or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => parse_strict(&text).map(Some).ok_or_else(|| invalid(&text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_strict;

    #[test]
    fn only_zero_padded_existing_days_are_dates() {
        assert!(parse_strict("2018-12-01").is_some());
        assert!(parse_strict("2020-02-29").is_some());
        assert!(parse_strict("2019-02-29").is_none());
        assert!(parse_strict("2018-12-1").is_none());
        assert!(parse_strict("18-12-01").is_none());
        assert!(parse_strict("2018/12/01").is_none());
        assert!(parse_strict("+2018-12-01").is_none());
        assert!(parse_strict("").is_none());
    }
}
