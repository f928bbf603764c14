//! OVK-DATE-006: a date known only roughly whose words the time parser cannot read, with no
//! window or day of the year given beside them.

use super::prelude::*;

definition!(UnreadableDate, "OVK-DATE-006", Warning, Dates, [Date]);

struct UnreadableDateCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(UnreadableDateCheck)
}

impl<'a> Check<'a> for UnreadableDateCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Date(date) = event else { return };
        if date.is_explicit() || date.day_of_year.is_some() || date.read_text().is_some() {
            return;
        }
        // A member written with a problem was reported already; what is left says nothing.
        let failed = ["text", "start", "end", "day_of_year"]
            .iter()
            .any(|member| cx.changes.failed(&at.with(&[member])));
        if failed {
            return;
        }
        let text = date.text.as_ref().map(|t| t.sv.clone()).unwrap_or_default();
        out.push(
            Finding::new(RuleId::UnreadableDate, at.render())
                .arg("text", text.as_str())
                .value(text),
        );
    }
}
