//! OVK-DATE-001: a date that is not `YYYY-MM-DD` or not in the calendar. The reader finds it
//! where a date is read.

use super::prelude::*;

definition!(InvalidDate, "OVK-DATE-001", Error, Dates);

/// `value` at `path` is not a date.
pub(super) fn finding(path: String, value: String) -> Finding {
    Finding::new(RuleId::InvalidDate, path).value(value)
}
