//! OVK-DATE-012: an activity's or obligation's time window far outside the period of its plan:
//! more than a year before it starts or after it ends, most often a typo in a year ("2201"
//! for 2021). Work that starts a little early or runs on into the next year is not reported.

use chrono::Months;

use super::prelude::*;
use crate::model::{Date, Period};
use crate::validate::walk::HolderKey;

definition!(WindowFarOutside, "OVK-DATE-012", Warning, Dates, [Row]);

/// The holder whose rows the walk is in, with the earliest and latest a window of its rows
/// may reach: worked out once for all its rows.
#[derive(Default)]
struct WindowFarOutsideCheck {
    limits: Option<(HolderKey, Option<Date>, Option<Date>)>,
}

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::<WindowFarOutsideCheck>::default()
}

/// How far outside its plan's period a window may lie before it is reported.
const MARGIN: Months = Months::new(12);

impl<'a> Check<'a> for WindowFarOutsideCheck {
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Row {
            holder,
            index,
            code,
            ..
        } = event
        else {
            return;
        };
        let key = holder.key();
        let Some(window) = cx.window(key, index).and_then(|w| w.window.as_ref()) else {
            return;
        };
        let Some(period) = holder.period() else {
            return;
        };
        let (earliest, latest) = match self.limits {
            Some((at, earliest, latest)) if at == key => (earliest, latest),
            _ => {
                let shifted = |date: Option<Date>, back: bool| {
                    date.and_then(|d| {
                        let moved = if back {
                            d.naive().checked_sub_months(MARGIN)
                        } else {
                            d.naive().checked_add_months(MARGIN)
                        };
                        moved.and_then(Date::from_naive)
                    })
                };
                let earliest = shifted(period.first_day(), true);
                let latest = shifted(period.last_day(), false);
                self.limits = Some((key, earliest, latest));
                (earliest, latest)
            }
        };
        let before = matches!((window.end, earliest), (Some(end), Some(limit)) if end < limit);
        let after = matches!((window.start, latest), (Some(start), Some(limit)) if start > limit);
        if !(before || after) {
            return;
        }
        let bound = |d: Option<Date>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
        out.push(
            Finding::new(RuleId::WindowFarOutside, at.with(&["time"]))
                .arg("activity", code.as_str())
                .arg("window", format!("{} – {}", bound(window.start), bound(window.end)))
                .arg("period", Period::span(period))
                .value(code.as_str()),
        );
    }
}
