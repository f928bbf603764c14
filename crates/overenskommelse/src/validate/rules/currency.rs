//! OVK-CODE-006: a currency that is not three capital letters (ISO 4217).

use super::prelude::*;

definition!(Currency, "OVK-CODE-006", Error, Codes, [BudgetLine]);

struct CurrencyCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(CurrencyCheck)
}

impl<'a> Check<'a> for CurrencyCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::BudgetLine(line) = event else { return };
        let code = line.currency.as_str();
        if !(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())) {
            out.push(Finding::new(RuleId::Currency, at.with(&["currency"])).value(code));
        }
    }
}
