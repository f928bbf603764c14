//! OVK-ID-003: an id or activity code that breaks the id pattern.

use super::prelude::*;
use crate::model::is_valid_id;

definition!(InvalidId, "OVK-ID-003", Error, Identity, [Agreement, Id, Row]);

struct InvalidIdCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(InvalidIdCheck)
}

impl<'a> Check<'a> for InvalidIdCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let (id, path) = match event {
            // The agreement's own id is named by nothing, but is written by the same pattern.
            Event::Agreement(doc) => (doc.id.as_str(), "/id".to_owned()),
            Event::Id(_, id) => (id, at.render()),
            Event::Row { code, .. } => (code.as_str(), at.with(&["code"])),
            _ => return,
        };
        if !is_valid_id(id) {
            out.push(Finding::new(RuleId::InvalidId, path).arg("id", id).value(id));
        }
    }
}
