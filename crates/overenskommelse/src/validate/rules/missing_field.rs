//! OVK-STR-003: a required field is absent. The reader reports every missing field of an
//! object at the pointer of the member that should be there, and leaves the object out.

use super::prelude::*;

definition!(MissingField, "OVK-STR-003", Error, Structure);

/// The member at `path`, called `field`, is missing.
pub(super) fn finding(path: String, field: &str) -> Finding {
    Finding::new(RuleId::MissingField, path)
        .arg("field", field)
        .value(field)
}
