//! OVK-REF-001: a reference to an id that no entity has.

use super::prelude::*;

definition!(UnresolvedReference, "OVK-REF-001", Error, References, [Reference]);

struct UnresolvedReferenceCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(UnresolvedReferenceCheck)
}

impl<'a> Check<'a> for UnresolvedReferenceCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Reference(expected, id) = event else {
            return;
        };
        // An entity left out for a structure problem was reported already.
        if cx.kind_of(id).is_some() || cx.left_out.contains(id) {
            return;
        }
        out.push(
            Finding::new(RuleId::UnresolvedReference, at.render())
                .arg("id", id)
                .arg("expected", Word::Kind(expected))
                .arg("list", expected.list_name())
                .value(id),
        );
    }
}
