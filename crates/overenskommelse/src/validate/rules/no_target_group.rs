//! OVK-QUAL-002: an activity without anyone it is for.

use super::prelude::*;
use crate::model::Mention;

definition!(NoTargetGroup, "OVK-QUAL-002", Warning, Quality, [Activity]);

struct NoTargetGroupCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(NoTargetGroupCheck)
}

impl<'a> Check<'a> for NoTargetGroupCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Activity(activity) = event else {
            return;
        };
        if activity.target_groups.iter().all(Mention::is_empty) {
            out.push(
                Finding::new(RuleId::NoTargetGroup, at.with(&["target_groups"]))
                    .arg("activity", activity.code.as_str()),
            );
        }
    }
}
