//! OVK-STR-007: more structure problems than the stated limit; the rest are counted out loud
//! rather than silently dropped.

use super::prelude::*;

definition!(TooManyProblems, "OVK-STR-007", Error, Structure);

/// More than `limit` structure problems were found.
pub(super) fn finding(limit: u64) -> Finding {
    Finding::new(RuleId::TooManyProblems, "").arg("limit", limit)
}
