//! OVK-STAT-001: an activity's follow-ups not in date order.

use super::prelude::*;

definition!(FollowUpsUnordered, "OVK-STAT-001", Error, Status, [FollowUp]);

struct FollowUpsUnorderedCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(FollowUpsUnorderedCheck)
}

impl<'a> Check<'a> for FollowUpsUnorderedCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Some((before, after)) = event.follow_up_pair() else {
            return;
        };
        if after.date < before.date {
            out.push(
                Finding::new(RuleId::FollowUpsUnordered, at.with(&["date"]))
                    .arg("date", after.date)
                    .arg("before", before.date)
                    .value(after.date.to_string()),
            );
        }
    }
}
