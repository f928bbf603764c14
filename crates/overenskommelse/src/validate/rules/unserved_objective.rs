//! OVK-QUAL-004: an objective of a plan in action that no activity works toward.

use super::prelude::*;

definition!(UnservedObjective, "OVK-QUAL-004", Info, Quality, [Objective, Activity]);

/// Objectives that count (under a plan that action plans carry out), and those served.
struct UnservedObjectiveCheck<'a> {
    areas_in_action: Set<&'a str>,
    candidates: Vec<(&'a str, String)>,
    served: Set<&'a str>,
}

fn start<'a>(cx: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    let doc = cx.doc;
    // A set, not a search of the action plans for each plan: both lists can be long.
    let carried_out: Set<&str> = doc
        .action_plans
        .iter()
        .filter_map(|action_plan| action_plan.plan.as_ref().map(|id| id.as_str()))
        .collect();
    let areas_in_action = doc
        .plans
        .iter()
        .filter(|plan| carried_out.contains(plan.id.as_str()))
        .flat_map(|plan| plan.interest_areas.iter().map(|id| id.as_str()))
        .collect();
    Box::new(UnservedObjectiveCheck {
        areas_in_action,
        candidates: Vec::new(),
        served: Set::default(),
    })
}

impl<'a> Check<'a> for UnservedObjectiveCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, _: &mut Vec<Finding>) {
        match event {
            Event::Objective(area, objective) if self.areas_in_action.contains(area.id.as_str()) => {
                self.candidates.push((objective.id.as_str(), at.render()));
            }
            Event::Activity(activity) => {
                self.served
                    .extend(activity.objectives.iter().map(|id| id.as_str()));
            }
            _ => {}
        }
    }

    fn finish(&mut self, _: &Cx<'a>, out: &mut Vec<Finding>) {
        for (id, path) in self.candidates.drain(..) {
            if !self.served.contains(id) {
                out.push(
                    Finding::new(RuleId::UnservedObjective, path)
                        .arg("objective", id)
                        .value(id),
                );
            }
        }
    }
}
