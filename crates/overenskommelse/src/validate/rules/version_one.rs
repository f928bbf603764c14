//! OVK-VER-002: a document of format 1.0, read through the migration to 2.0.

use super::prelude::*;
use crate::model::{SCHEMA_VERSION, SCHEMA_VERSION_1};

definition!(VersionOne, "OVK-VER-002", Warning, Structure);

/// The document is 1.0 and was checked as the 2.0 document it migrates to.
pub(crate) fn finding() -> Finding {
    Finding::new(RuleId::VersionOne, "/schema_version")
        .arg("version", SCHEMA_VERSION_1)
        .arg("supported", SCHEMA_VERSION)
        .value(SCHEMA_VERSION_1)
}
