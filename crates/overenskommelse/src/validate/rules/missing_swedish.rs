//! OVK-QUAL-005: a text with translations and no Swedish.

use super::prelude::*;

definition!(MissingSwedish, "OVK-QUAL-005", Warning, Quality, [Text]);

struct MissingSwedishCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(MissingSwedishCheck)
}

impl<'a> Check<'a> for MissingSwedishCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Text(_, text) = event else { return };
        // Most texts have no translations, and then need no look at their Swedish.
        if !text.translations.is_empty()
            && text.sv.trim().is_empty()
            && text.translations.values().any(|t| !t.trim().is_empty())
        {
            out.push(Finding::new(RuleId::MissingSwedish, at.with(&["sv"])));
        }
    }
}
