//! OVK-DATE-002: a period that ends before it starts.

use super::prelude::*;

definition!(PeriodReversed, "OVK-DATE-002", Error, Dates, [Period]);

struct PeriodReversedCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(PeriodReversedCheck)
}

impl<'a> Check<'a> for PeriodReversedCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Period(period) = event else { return };
        let (Some(start), Some(end)) = (&period.start, &period.end) else {
            return;
        };
        // Reversed only when the latest the end can be is before the earliest the start can be.
        if let (Some(first), Some(last)) = (start.earliest(), end.latest()) {
            if last < first {
                out.push(
                    Finding::new(RuleId::PeriodReversed, at.with(&["end"]))
                        .arg("start", start)
                        .arg("end", end)
                        .value(end.to_string()),
                );
            }
        }
    }
}
