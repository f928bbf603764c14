//! OVK-DATE-004: a follow-up dated before its action plan began.

use super::prelude::*;
use crate::model::Period;

definition!(FollowUpBeforePlan, "OVK-DATE-004", Error, Dates, [FollowUp]);

struct FollowUpBeforePlanCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(FollowUpBeforePlanCheck)
}

impl<'a> Check<'a> for FollowUpBeforePlanCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::FollowUp {
            holder, follow_up, ..
        } = event
        else {
            return;
        };
        let Some(start) = holder.period().and_then(Period::first_day) else {
            return;
        };
        if follow_up.date < start {
            out.push(
                Finding::new(RuleId::FollowUpBeforePlan, at.with(&["date"]))
                    .arg("date", follow_up.date)
                    .arg("start", start)
                    .value(follow_up.date.to_string()),
            );
        }
    }
}
