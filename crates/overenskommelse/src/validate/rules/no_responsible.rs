//! OVK-QUAL-001: an activity nobody is responsible for.

use super::prelude::*;
use crate::model::Mention;

definition!(NoResponsible, "OVK-QUAL-001", Warning, Quality, [Activity]);

struct NoResponsibleCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(NoResponsibleCheck)
}

impl<'a> Check<'a> for NoResponsibleCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Activity(activity) = event else {
            return;
        };
        if activity.responsible.iter().all(Mention::is_empty) {
            out.push(
                Finding::new(RuleId::NoResponsible, at.with(&["responsible"]))
                    .arg("activity", activity.code.as_str()),
            );
        }
    }
}
