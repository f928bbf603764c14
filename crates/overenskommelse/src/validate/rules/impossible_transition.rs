//! OVK-STAT-002: a done or cancelled activity taken up again without a word of why.

use super::prelude::*;

definition!(ImpossibleTransition, "OVK-STAT-002", Error, Status, [FollowUp]);

struct ImpossibleTransitionCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ImpossibleTransitionCheck)
}

impl<'a> Check<'a> for ImpossibleTransitionCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Some((before, after)) = event.follow_up_pair() else {
            return;
        };
        // Out of order is its own finding (OVK-STAT-001); the order says nothing then.
        if after.date < before.date {
            return;
        }
        let explained = after
            .note
            .as_ref()
            .is_some_and(|note| !note.sv.trim().is_empty());
        if before.status.is_closed() && !after.status.is_closed() && !explained {
            out.push(
                Finding::new(RuleId::ImpossibleTransition, at.with(&["status"]))
                    .arg("from", Word::Status(before.status))
                    .arg("before", before.date)
                    .arg("to", Word::Status(after.status))
                    .arg("date", after.date)
                    .value(after.status.code()),
            );
        }
    }
}
