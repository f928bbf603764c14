//! OVK-STR-005: a value of the right type that is not allowed: an unknown code, a number out
//! of range, a day of the year that does not exist. The reader finds it.

use super::prelude::*;

definition!(InvalidValue, "OVK-STR-005", Error, Structure);

fn finding(path: String, value: String, reason: Word) -> Finding {
    Finding::new(RuleId::InvalidValue, path)
        .value(value)
        .arg("reason", reason)
}

/// `value` is not one of the codes `allowed`.
pub(super) fn unknown_code(path: String, value: String, allowed: &[&str]) -> Finding {
    finding(path, value, Word::UnknownCode).arg("allowed", Arg::Codes(crate::i18n::codes(allowed)))
}

/// The number `value` is outside `min..=max`.
pub(super) fn out_of_range(path: String, value: String, min: i64, max: i64) -> Finding {
    finding(path, value, Word::OutOfRange)
        .arg("min", Arg::Text(min.to_string()))
        .arg("max", Arg::Text(max.to_string()))
}

/// `value` is not a day of the year `--MM-DD`.
pub(super) fn day_of_year(path: String, value: String) -> Finding {
    finding(path, value, Word::InvalidDayOfYear)
}

/// The number `value` is too large to hold.
pub(super) fn too_large(path: String, value: String) -> Finding {
    finding(path, value, Word::NumberTooLarge)
}

/// An empty text where a name is needed.
pub(super) fn empty(path: String) -> Finding {
    finding(path, String::new(), Word::EmptyText)
}
