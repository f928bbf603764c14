//! OVK-QUAL-008: money said to be decided with neither an amount nor words for what was
//! decided ("inom ordinarie budget").

use super::prelude::*;

definition!(DecidedWithoutAmount, "OVK-QUAL-008", Warning, Quality, [BudgetLine]);

struct DecidedWithoutAmountCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(DecidedWithoutAmountCheck)
}

impl<'a> Check<'a> for DecidedWithoutAmountCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::BudgetLine(line) = event else {
            return;
        };
        // An amount written with a problem was reported already.
        let in_words = line.source.as_ref().is_some_and(|s| !s.sv.trim().is_empty());
        if line.decided
            && line.amount.is_none()
            && !in_words
            && !cx.changes.failed(&at.with(&["amount"]))
        {
            out.push(
                Finding::new(RuleId::DecidedWithoutAmount, at.with(&["decided"]))
                    .arg("year", u64::try_from(line.year).unwrap_or_default())
                    .value("true"),
            );
        }
    }
}
