//! OVK-DATE-004: a follow-up dated before its action plan began.

use super::prelude::*;

definition!(FollowUpBeforePlan, "OVK-DATE-004", Error, Dates, [FollowUp]);

struct FollowUpBeforePlanCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(FollowUpBeforePlanCheck)
}

impl<'a> Check<'a> for FollowUpBeforePlanCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::FollowUp {
            plan, follow_up, ..
        } = event
        else {
            return;
        };
        if follow_up.date < plan.period.start {
            out.push(
                Finding::new(RuleId::FollowUpBeforePlan, at.with(&["date"]))
                    .arg("date", follow_up.date)
                    .arg("start", plan.period.start)
                    .value(follow_up.date.to_string()),
            );
        }
    }
}
