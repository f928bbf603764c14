//! OVK-REF-002: a reference to an id of another kind of entity than the field expects.

use super::prelude::*;

definition!(WrongKindReference, "OVK-REF-002", Error, References, [Reference]);

struct WrongKindReferenceCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(WrongKindReferenceCheck)
}

impl<'a> Check<'a> for WrongKindReferenceCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Reference(expected, id) = event else {
            return;
        };
        let Some(found) = cx.kind_of(id).filter(|kind| *kind != expected) else {
            return;
        };
        let first = cx.ids.get(id).map(|d| d.path.clone()).unwrap_or_default();
        out.push(
            Finding::new(RuleId::WrongKindReference, at.render())
                .arg("id", id)
                .arg("found", Word::Kind(found))
                .arg("first", first)
                .arg("expected", Word::Kind(expected))
                .arg("list", found.list_name())
                .value(id),
        );
    }
}
