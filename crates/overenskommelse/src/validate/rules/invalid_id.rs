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
        let id = match event {
            // The agreement's own id is named by nothing, but is written by the same pattern.
            Event::Agreement(doc) => doc.id.as_str(),
            Event::Id(_, id) => id,
            Event::Row { code, .. } => code.as_str(),
            _ => return,
        };
        if is_valid_id(id) {
            return;
        }
        // Rendered only here: every row has a code, and almost every code is valid.
        let path = match event {
            Event::Agreement(_) => "/id".to_owned(),
            Event::Row { .. } => at.with(&["code"]),
            _ => at.render(),
        };
        out.push(Finding::new(RuleId::InvalidId, path).arg("id", id).value(id));
    }
}
