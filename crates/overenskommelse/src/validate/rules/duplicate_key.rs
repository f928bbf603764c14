//! OVK-STR-006: a key given twice in one object. The first counts; the reader reports the
//! second at its pointer instead of letting one copy silently hide the other.

use super::prelude::*;

definition!(DuplicateKey, "OVK-STR-006", Error, Structure);

/// `key` stands a second time at `path`.
pub(super) fn finding(path: String, key: String) -> Finding {
    Finding::new(RuleId::DuplicateKey, path)
        .arg("key", key.clone())
        .value(key)
}
