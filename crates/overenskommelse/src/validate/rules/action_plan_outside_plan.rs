//! OVK-DATE-003: an action plan whose period is not within the plan it carries out.

use super::prelude::*;

definition!(ActionPlanOutsidePlan, "OVK-DATE-003", Error, Dates, [ActionPlan]);

struct ActionPlanOutsidePlanCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ActionPlanOutsidePlanCheck)
}

impl<'a> Check<'a> for ActionPlanOutsidePlanCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::ActionPlan(action_plan) = event else {
            return;
        };
        let Some(plan) = action_plan
            .plan
            .as_ref()
            .and_then(|id| cx.doc.plans.iter().find(|p| p.id == *id))
        else {
            return;
        };
        if !plan.period.covers(&action_plan.period) {
            out.push(
                Finding::new(RuleId::ActionPlanOutsidePlan, at.with(&["period"]))
                    .arg("period", action_plan.period.span())
                    .arg("plan", plan.id.as_str())
                    .arg("plan_period", plan.period.span()),
            );
        }
    }
}
