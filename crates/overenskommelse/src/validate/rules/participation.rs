//! OVK-REF-005: a party whose way of taking part lacks the party it goes through: represented
//! with no `represented_by`, a member with no `part_of`, or `represented_by` on a party that is
//! not represented.

use super::prelude::*;
use crate::model::Participation;

definition!(ParticipationIncomplete, "OVK-REF-005", Warning, References, [Party]);

struct ParticipationCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ParticipationCheck)
}

impl<'a> Check<'a> for ParticipationCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Party(party) = event else { return };
        let (field, missing) = match party.participation {
            Participation::Represented if party.represented_by.is_none() => ("represented_by", true),
            Participation::Member if party.part_of.is_none() => ("part_of", true),
            Participation::Represented => return,
            _ if party.represented_by.is_some() => ("represented_by", false),
            _ => return,
        };
        let (place, problem) = if missing {
            ("participation", Word::ParticipationWithoutUmbrella)
        } else {
            (field, Word::ParticipationNotRepresented)
        };
        out.push(
            Finding::new(RuleId::ParticipationIncomplete, at.with(&[place]))
                .arg("party", party.id.as_str())
                .arg("participation", participation_code(party.participation))
                .arg("field", field)
                .arg("problem", problem)
                .value(participation_code(party.participation)),
        );
    }
}

fn participation_code(participation: Participation) -> &'static str {
    match participation {
        Participation::Signatory => "signatory",
        Participation::Represented => "represented",
        Participation::Member => "member",
        Participation::Mentioned => "mentioned",
    }
}
