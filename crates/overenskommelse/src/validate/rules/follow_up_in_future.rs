//! OVK-DATE-005: a follow-up dated after the document's date (`as_of`).

use super::prelude::*;

definition!(FollowUpInFuture, "OVK-DATE-005", Error, Dates, [FollowUp]);

struct FollowUpInFutureCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(FollowUpInFutureCheck)
}

impl<'a> Check<'a> for FollowUpInFutureCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::FollowUp { follow_up, .. } = event else {
            return;
        };
        if let Some(as_of) = cx.as_of.filter(|as_of| follow_up.date > *as_of) {
            out.push(
                Finding::new(RuleId::FollowUpInFuture, at.with(&["date"]))
                    .arg("date", follow_up.date)
                    .arg("as_of", as_of)
                    .value(follow_up.date.to_string()),
            );
        }
    }
}
