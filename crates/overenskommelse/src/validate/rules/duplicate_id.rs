//! OVK-ID-001: two entities share an id, whatever their kinds.

use super::prelude::*;

definition!(DuplicateId, "OVK-ID-001", Error, Identity, [Id]);

/// The ids met so far in the walk; the first of each is its definition.
#[derive(Default)]
struct DuplicateIdCheck<'a> {
    seen: Set<&'a str>,
}

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::<DuplicateIdCheck<'a>>::default()
}

impl<'a> Check<'a> for DuplicateIdCheck<'a> {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Id(_, id) = event else { return };
        if !self.seen.insert(id) {
            let first = cx.ids.get(id).map(|d| d.path.clone()).unwrap_or_default();
            out.push(
                Finding::new(RuleId::DuplicateId, at.render())
                    .arg("id", id)
                    .arg("first", first)
                    .value(id),
            );
        }
    }
}
