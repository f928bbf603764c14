//! OVK-QUAL-007: a role said to be vacant that names who holds it.

use super::prelude::*;

definition!(VacantRoleHeld, "OVK-QUAL-007", Error, Quality, [Role]);

struct VacantRoleHeldCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(VacantRoleHeldCheck)
}

impl<'a> Check<'a> for VacantRoleHeldCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Role(role) = event else { return };
        if let (true, Some(holder)) = (role.vacant, &role.holder) {
            out.push(
                Finding::new(RuleId::VacantRoleHeld, at.with(&["holder"]))
                    .arg("role", role.title.sv.as_str())
                    .arg("holder", holder.as_str())
                    .value(holder.as_str()),
            );
        }
    }
}
