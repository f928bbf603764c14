//! OVK-DATE-010: an agreement that ends (by a decision of kind `ended`: its `effective` day,
//! else its `date`) before it was adopted or before its validity began.

use super::prelude::*;
use crate::model::{Agreement, ApproximateDate, Date, Decision, DecisionKind};

definition!(EndedBeforeStart, "OVK-DATE-010", Error, Dates, [Agreement]);

struct EndedBeforeStartCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(EndedBeforeStartCheck)
}

impl<'a> Check<'a> for EndedBeforeStartCheck {
    fn visit(&mut self, _: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Agreement(doc) = event else { return };
        let starts = starts(doc);
        for (index, decision) in doc.decisions.iter().enumerate() {
            let Some((member, ended)) = end_of(decision) else {
                continue;
            };
            if let Some((word, start)) = too_early(ended, &starts) {
                out.push(
                    Finding::new(
                        RuleId::EndedBeforeStart,
                        format!("/decisions/{index}/{member}"),
                    )
                    .arg("ended", ended)
                    .arg("started", word)
                    .arg("start", start)
                    .value(ended.to_string()),
                );
            }
        }
    }
}

/// The day an agreement starts by each account, as the earliest day it can be, the date that
/// says so and the word for how it started: its adoption (the earliest of its adoptions, as
/// sources that disagree are read in its favour) and the start of its validity.
pub(super) type Start<'a> = (Date, &'a ApproximateDate, Word);

/// The ways the agreement starts that have a known day.
pub(super) fn starts(doc: &Agreement) -> Vec<Start<'_>> {
    let adopted = doc
        .decisions_of(DecisionKind::Adopted)
        .filter_map(|d| d.date.as_ref().or(d.effective.as_ref()))
        .filter_map(|date| Some((date.earliest()?, date, Word::WasAdopted)))
        .min_by_key(|(day, ..)| *day);
    let valid_from = doc.validity.as_ref().and_then(|validity| {
        Some((
            validity.first_day()?,
            validity.start.as_ref()?,
            Word::BecameValid,
        ))
    });
    adopted.into_iter().chain(valid_from).collect()
}

/// The end a decision of kind `ended` gives: the member that says it (`effective`, else
/// `date`) and the date; `None` for another kind or an end without a date.
pub(super) fn end_of(decision: &Decision) -> Option<(&'static str, &ApproximateDate)> {
    if decision.kind != DecisionKind::Ended {
        return None;
    }
    let member = if decision.effective.is_some() {
        "effective"
    } else {
        "date"
    };
    decision.takes_effect().map(|date| (member, date))
}

/// How the agreement started, when the end `ended` is certainly before it: the latest day
/// the end can be is before the earliest day of the start.
pub(super) fn too_early<'a>(
    ended: &ApproximateDate,
    starts: &[Start<'a>],
) -> Option<(Word, &'a ApproximateDate)> {
    let last = ended.latest()?;
    starts
        .iter()
        .find(|(day, ..)| last < *day)
        .map(|&(_, date, word)| (word, date))
}
