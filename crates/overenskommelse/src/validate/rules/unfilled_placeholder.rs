//! OVK-QUAL-009: a text that still holds a placeholder of the starter document ("[Fyll i: …]").

use super::prelude::*;
use crate::starter::is_placeholder;

definition!(UnfilledPlaceholder, "OVK-QUAL-009", Warning, Quality, [Text]);

struct UnfilledPlaceholderCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(UnfilledPlaceholderCheck)
}

impl<'a> Check<'a> for UnfilledPlaceholderCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Text(_, text) = event else { return };
        // A placeholder in Swedish is one finding for the whole text, whatever its
        // translations hold; a translation left unfilled beside filled Swedish is its own.
        if is_placeholder(&text.sv) {
            out.push(Finding::new(RuleId::UnfilledPlaceholder, at.render()).value(text.sv.as_str()));
            return;
        }
        for (tag, translation) in &text.translations {
            if is_placeholder(translation) {
                out.push(
                    Finding::new(RuleId::UnfilledPlaceholder, at.with(&[tag.as_str()]))
                        .value(translation.as_str()),
                );
            }
        }
    }
}
