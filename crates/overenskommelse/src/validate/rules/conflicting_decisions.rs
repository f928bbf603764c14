//! OVK-DATE-009: two decisions of the same kind about one thing with different dates, where
//! not each says where it comes from.
//!
//! Sources that disagree are recorded side by side, each with its `sources`; without them a
//! second date reads as a mistake.

use super::prelude::*;
use crate::model::{ApproximateDate, Decision};

definition!(ConflictingDecisions, "OVK-DATE-009", Warning, Dates, [Decisions]);

struct ConflictingDecisionsCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ConflictingDecisionsCheck)
}

impl<'a> Check<'a> for ConflictingDecisionsCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Decisions(decisions) = event else {
            return;
        };
        for (later, decision) in decisions.iter().enumerate() {
            let Some(first) = decisions[..later]
                .iter()
                .position(|earlier| conflicts(earlier, decision))
            else {
                continue;
            };
            out.push(
                Finding::new(
                    RuleId::ConflictingDecisions,
                    at.with(&[&later.to_string(), "date"]),
                )
                .arg("kind", decision.kind.code())
                .arg("number", first + 1)
                .value(decision.kind.code()),
            );
        }
    }
}

/// Same kind, both dated, on different days, and at least one without a source.
fn conflicts(a: &Decision, b: &Decision) -> bool {
    a.kind == b.kind
        && matches!((&a.date, &b.date), (Some(x), Some(y)) if different(x, y))
        && (a.sources.is_empty() || b.sources.is_empty())
}

/// Dates that mean different days: "2013-05-16" and "16 maj 2013" are the same day written
/// two ways; dates whose days are not both known differ when they are written differently.
fn different(x: &ApproximateDate, y: &ApproximateDate) -> bool {
    match (x.window(), y.window()) {
        (Some(a), Some(b)) => (a.start, a.end) != (b.start, b.end),
        _ => x != y,
    }
}
