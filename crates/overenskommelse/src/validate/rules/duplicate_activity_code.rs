//! OVK-ID-002: two activities of one action plan (or plan), or two obligations of one
//! partnership, share a code.

use super::prelude::*;
use crate::validate::walk::HolderKey;

definition!(DuplicateActivityCode, "OVK-ID-002", Error, Identity, [Row]);

/// For each holder, each code and the position of its first row.
#[derive(Default)]
struct DuplicateActivityCodeCheck<'a> {
    seen: Map<(HolderKey, &'a str), usize>,
    next: Map<HolderKey, usize>,
}

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::<DuplicateActivityCodeCheck<'a>>::default()
}

impl<'a> Check<'a> for DuplicateActivityCodeCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Row { holder, code, .. } = event else {
            return;
        };
        let plan = holder.key();
        let position = self.next.entry(plan).or_insert(0);
        let here = *position;
        *position += 1;
        let code = code.as_str();
        let first = *self.seen.entry((plan, code)).or_insert(here);
        if first != here {
            out.push(
                Finding::new(RuleId::DuplicateActivityCode, at.with(&["code"]))
                    .arg("code", code)
                    .arg("number", first + 1)
                    .arg("first", at.sibling(first))
                    .value(code),
            );
        }
    }
}
