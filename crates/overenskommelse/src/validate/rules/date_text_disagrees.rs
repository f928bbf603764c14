//! OVK-DATE-007: a date whose words say one time and whose `start` and `end` another.

use super::prelude::*;

definition!(DateTextDisagrees, "OVK-DATE-007", Warning, Dates, [Date]);

struct DateTextDisagreesCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(DateTextDisagreesCheck)
}

impl<'a> Check<'a> for DateTextDisagreesCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Date(date) = event else { return };
        if !date.is_explicit() {
            return;
        }
        let Some(read) = date.read_text() else { return };
        // The explicit window may narrow what the words say ("hösten" → October), not leave it.
        let before = matches!((date.start, read.start), (Some(given), Some(said)) if given < said);
        let after = matches!((date.end, read.end), (Some(given), Some(said)) if given > said);
        if !(before || after) {
            return;
        }
        let bound = |d: Option<crate::model::Date>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
        let text = date.text.as_ref().map(|t| t.sv.clone()).unwrap_or_default();
        out.push(
            Finding::new(RuleId::DateTextDisagrees, at.render())
                .arg("text", text.as_str())
                .arg("read", format!("{} – {}", bound(read.start), bound(read.end)))
                .arg("given", format!("{} – {}", bound(date.start), bound(date.end)))
                .value(text),
        );
    }
}
