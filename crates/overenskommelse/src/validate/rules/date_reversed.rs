//! OVK-DATE-008: an approximate date whose `end` is before its `start`.

use super::prelude::*;

definition!(DateReversed, "OVK-DATE-008", Error, Dates, [Date]);

struct DateReversedCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(DateReversedCheck)
}

impl<'a> Check<'a> for DateReversedCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Date(date) = event else { return };
        if let (Some(first), Some(last)) = (date.start, date.end) {
            if last < first {
                out.push(
                    Finding::new(RuleId::DateReversed, at.with(&["end"]))
                        .arg("start", first)
                        .arg("end", last)
                        .value(last.to_string()),
                );
            }
        }
    }
}
