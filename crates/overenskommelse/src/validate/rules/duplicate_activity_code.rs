//! OVK-ID-002: two activities of one action plan (or plan), or two obligations of one
//! partnership, share a code.

use super::prelude::*;
use crate::validate::walk::HolderKey;

definition!(DuplicateActivityCode, "OVK-ID-002", Error, Identity, [Row]);

/// The codes of the holder whose rows the walk is in, each with the position of its first
/// row. The walk hands over a holder's rows one after another and does not come back to it,
/// so one holder's codes are kept at a time, in room reused from holder to holder.
#[derive(Default)]
struct DuplicateActivityCodeCheck<'a> {
    holder: Option<HolderKey>,
    seen: Map<&'a str, usize>,
}

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::<DuplicateActivityCodeCheck<'a>>::default()
}

impl<'a> Check<'a> for DuplicateActivityCodeCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Row {
            holder,
            index,
            code,
            ..
        } = event
        else {
            return;
        };
        let holder = holder.key();
        if self.holder != Some(holder) {
            self.holder = Some(holder);
            self.seen.clear();
        }
        let code = code.as_str();
        let first = *self.seen.entry(code).or_insert(index);
        if first != index {
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
