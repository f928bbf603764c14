//! OVK-STAT-001: an activity's follow-ups not in date order.

use super::prelude::*;

definition!(FollowUpsUnordered, "OVK-STAT-001", Error, Status, [Activity]);

struct FollowUpsUnorderedCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(FollowUpsUnorderedCheck)
}

impl<'a> Check<'a> for FollowUpsUnorderedCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Activity(_, activity) = event else {
            return;
        };
        for (k, pair) in activity.follow_ups.windows(2).enumerate() {
            let (before, after) = (&pair[0], &pair[1]);
            if after.date < before.date {
                let index = (k + 1).to_string();
                out.push(
                    Finding::new(
                        RuleId::FollowUpsUnordered,
                        at.with(&["follow_ups", &index, "date"]),
                    )
                    .arg("date", after.date)
                    .arg("before", before.date)
                    .value(after.date.to_string()),
                );
            }
        }
    }
}
