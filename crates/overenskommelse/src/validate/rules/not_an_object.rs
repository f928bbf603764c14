//! OVK-STR-001: the document is JSON but not an object. The reader finds it.

use super::prelude::*;
use crate::read::JsonType;

definition!(NotAnObject, "OVK-STR-001", Error, Structure);

/// The root is `found` instead of an object.
pub(super) fn finding(found: JsonType) -> Finding {
    Finding::new(RuleId::NotAnObject, "").arg("found", Word::JsonType(found))
}
