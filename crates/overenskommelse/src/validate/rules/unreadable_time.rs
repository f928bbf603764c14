//! OVK-QUAL-003: an activity's time text that the time parser cannot read.

use super::prelude::*;
use crate::window::WindowOrigin;

definition!(UnreadableTime, "OVK-QUAL-003", Warning, Quality, [Row]);

struct UnreadableTimeCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(UnreadableTimeCheck)
}

impl<'a> Check<'a> for UnreadableTimeCheck {
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
        if cx
            .window(holder.key(), index)
            .is_none_or(|w| w.origin != WindowOrigin::Unreadable)
        {
            return;
        }
        let text = time
            .and_then(|time| time.text.as_ref())
            .map(|text| text.sv.clone())
            .unwrap_or_default();
        // A placeholder is no attempt at a time: OVK-QUAL-009 says to fill it in.
        if crate::starter::is_placeholder(&text) {
            return;
        }
        out.push(
            Finding::new(RuleId::UnreadableTime, at.with(&["time", "text"]))
                .arg("activity", code.as_str())
                .value(text),
        );
    }
}
