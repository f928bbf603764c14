//! OVK-STR-004: a value of the wrong JSON type. The reader skips it: a required value leaves
//! its object out, an optional one is left out of its object.

use super::prelude::*;
use crate::read::{Expected, JsonType};

definition!(WrongType, "OVK-STR-004", Error, Structure);

/// `expected` was expected at `path`, and `found` stands there.
pub(super) fn finding(path: String, expected: Expected, found: JsonType) -> Finding {
    Finding::new(RuleId::WrongType, path)
        .arg("expected", Word::Expected(expected))
        .arg("found", Word::JsonType(found))
}
