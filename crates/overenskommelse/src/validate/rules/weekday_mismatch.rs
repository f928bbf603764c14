//! OVK-DATE-013: a time that names a weekday and a date that fall on different days
//! ("torsdagen den 13 oktober 2023", a Friday): one of them is wrong.

use super::prelude::*;

definition!(WeekdayMismatch, "OVK-DATE-013", Warning, Dates, [Row]);

struct WeekdayMismatchCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(WeekdayMismatchCheck)
}

impl<'a> Check<'a> for WeekdayMismatchCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Row {
            holder,
            index,
            code,
            time,
        } = event
        else {
            return;
        };
        let mismatch = cx
            .window(holder.key(), index)
            .and_then(|w| w.window.as_ref())
            .is_some_and(|w| w.weekday_mismatch);
        // A window given explicitly is the author's; only a window read from words is judged.
        let Some(text) = time.filter(|_| mismatch).and_then(|t| t.text.as_ref()) else {
            return;
        };
        out.push(
            Finding::new(RuleId::WeekdayMismatch, at.with(&["time", "text"]))
                .arg("activity", code.as_str())
                .arg("text", text.sv.as_str())
                .value(text.sv.as_str()),
        );
    }
}
