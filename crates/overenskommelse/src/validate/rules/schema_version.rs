//! OVK-VER-001: a document of a format version this library does not read.

use super::prelude::*;
use crate::model::SCHEMA_VERSION;

definition!(SchemaVersion, "OVK-VER-001", Error, Structure, [Agreement]);

struct SchemaVersionCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(SchemaVersionCheck)
}

impl<'a> Check<'a> for SchemaVersionCheck {
    fn visit(&mut self, _: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        if let Event::Agreement(doc) = event {
            if doc.schema_version != SCHEMA_VERSION {
                out.push(
                    Finding::new(RuleId::SchemaVersion, "/schema_version")
                        .value(doc.schema_version.clone())
                        .arg("supported", SCHEMA_VERSION),
                );
            }
        }
    }
}
