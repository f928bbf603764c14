//! OVK-SYN-004: nested deeper than the limit. The reader stops at the first bracket too deep.

use super::prelude::*;

definition!(TooDeep, "OVK-SYN-004", Error, Syntax);

/// The document nests objects and arrays more than `limit` levels deep.
pub(super) fn finding(limit: u64) -> Finding {
    Finding::new(RuleId::TooDeep, "").arg("limit", limit)
}
