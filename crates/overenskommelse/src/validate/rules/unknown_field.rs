//! OVK-STR-002: a field the model does not have here. The reader finds every one, keeps the
//! object, and names the fields that are allowed.

use super::prelude::*;

definition!(UnknownField, "OVK-STR-002", Error, Structure);

/// `field` is not one of `allowed`.
pub(super) fn finding(path: String, field: String, allowed: &[&str]) -> Finding {
    Finding::new(RuleId::UnknownField, path)
        .arg("field", field.clone())
        .arg(
            "allowed",
            Arg::List(allowed.iter().map(|name| format!("`{name}`")).collect()),
        )
        .value(field)
}
