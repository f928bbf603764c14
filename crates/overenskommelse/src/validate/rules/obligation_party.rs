//! OVK-REF-004: an obligation of a party that is not a party to its partnership.

use super::prelude::*;

definition!(ObligationParty, "OVK-REF-004", Warning, References, [Obligation]);

struct ObligationPartyCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ObligationPartyCheck)
}

impl<'a> Check<'a> for ObligationPartyCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Obligation(partnership, obligation) = event else {
            return;
        };
        if partnership.parties.is_empty() || partnership.parties.contains(&obligation.party) {
            return;
        }
        out.push(
            Finding::new(RuleId::ObligationParty, at.with(&["party"]))
                .arg("party", obligation.party.as_str())
                .arg("partnership", partnership.id.as_str())
                .value(obligation.party.as_str()),
        );
    }
}
