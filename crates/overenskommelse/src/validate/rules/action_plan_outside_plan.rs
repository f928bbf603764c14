//! OVK-DATE-003: an action plan whose period is not within the plan it carries out.

use super::prelude::*;
use crate::model::Plan;

definition!(ActionPlanOutsidePlan, "OVK-DATE-003", Error, Dates, [ActionPlan]);

/// The plans by id, the first of each id, so that an action plan finds its plan without a
/// search of them all.
struct ActionPlanOutsidePlanCheck<'a> {
    plans: Map<&'a str, &'a Plan>,
}

fn start<'a>(cx: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    // Collected from the last to the first, so that the first of an id is the one kept.
    let plans = cx
        .doc
        .plans
        .iter()
        .rev()
        .map(|plan| (plan.id.as_str(), plan))
        .collect();
    Box::new(ActionPlanOutsidePlanCheck { plans })
}

impl<'a> Check<'a> for ActionPlanOutsidePlanCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::ActionPlan(action_plan) = event else {
            return;
        };
        let Some(plan) = action_plan
            .plan
            .as_ref()
            .and_then(|id| self.plans.get(id.as_str()).copied())
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
