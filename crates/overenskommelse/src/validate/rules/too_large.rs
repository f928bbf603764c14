//! OVK-SYN-003: larger than the size limit. Checked before a byte is parsed, and while reading
//! from a stream, so that no more than the limit is ever held.

use super::prelude::*;

definition!(TooLarge, "OVK-SYN-003", Error, Syntax);

/// The document is larger than `limit` bytes; `size` when it is known.
pub(super) fn finding(size: Option<u64>, limit: u64) -> Finding {
    let finding = Finding::new(RuleId::TooLarge, "").arg("limit", limit);
    match size {
        Some(size) => finding.value(size.to_string()),
        None => finding,
    }
}
