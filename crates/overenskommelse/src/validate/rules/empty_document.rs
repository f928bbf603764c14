//! OVK-SYN-002: nothing but white space. The reader finds it.

use super::prelude::*;

definition!(EmptyDocument, "OVK-SYN-002", Error, Syntax);

/// The document is empty.
pub(super) fn finding() -> Finding {
    Finding::new(RuleId::EmptyDocument, "")
}
