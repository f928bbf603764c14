//! OVK-STAT-003: the agreement's revision rhythm says it is due for revision at the reference
//! date: the last adoption, signing, revision or extension (of the agreement or a version) is
//! longer ago than the rhythm.

use super::prelude::*;
use crate::model::{Agreement, Date};

definition!(RevisionDue, "OVK-STAT-003", Warning, Status, [Agreement]);

struct RevisionDueCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(RevisionDueCheck)
}

impl<'a> Check<'a> for RevisionDueCheck {
    fn visit(&mut self, cx: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Agreement(doc) = event else { return };
        let (Some(rhythm), Some(as_of)) = (&doc.revision, cx.as_of) else {
            return;
        };
        if has_ended(doc, as_of) {
            return;
        }
        let Some(last) = doc.last_renewal() else {
            return;
        };
        let due = last
            .naive()
            .checked_add_months(chrono::Months::new(rhythm.months()))
            .and_then(Date::from_naive);
        if let Some(due) = due.filter(|due| *due <= as_of) {
            out.push(
                Finding::new(RuleId::RevisionDue, "/revision")
                    .arg("last", last)
                    .arg("due", due)
                    .arg("as_of", as_of)
                    .value(due.to_string()),
            );
        }
    }
}

/// True when the agreement has ended by `as_of`: an ending decision in effect, or a validity
/// that is over.
fn has_ended(doc: &Agreement, as_of: Date) -> bool {
    let ended = doc.ended_by(as_of).is_some();
    let over = doc
        .validity
        .as_ref()
        .and_then(|v| v.last_day())
        .is_some_and(|end| end < as_of);
    ended || over
}
