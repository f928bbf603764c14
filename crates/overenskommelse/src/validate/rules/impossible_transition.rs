//! OVK-STAT-002: a done or cancelled activity taken up again without a word of why.

use super::prelude::*;

definition!(ImpossibleTransition, "OVK-STAT-002", Error, Status, [Activity]);

struct ImpossibleTransitionCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ImpossibleTransitionCheck)
}

impl<'a> Check<'a> for ImpossibleTransitionCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Activity(_, activity) = event else {
            return;
        };
        for (k, pair) in activity.follow_ups.windows(2).enumerate() {
            let (before, after) = (&pair[0], &pair[1]);
            // Out of order is its own finding (OVK-STAT-001); the order says nothing then.
            if after.date < before.date {
                continue;
            }
            let explained = after
                .note
                .as_ref()
                .is_some_and(|note| !note.sv.trim().is_empty());
            if before.status.is_closed() && !after.status.is_closed() && !explained {
                let index = (k + 1).to_string();
                out.push(
                    Finding::new(
                        RuleId::ImpossibleTransition,
                        at.with(&["follow_ups", &index, "status"]),
                    )
                    .arg("from", Word::Status(before.status))
                    .arg("before", before.date)
                    .arg("to", Word::Status(after.status))
                    .arg("date", after.date)
                    .value(after.status.code()),
                );
            }
        }
    }
}
