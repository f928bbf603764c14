//! OVK-DATE-011: a plan or action plan that starts, or a follow-up of one of their activities
//! dated, after the agreement has ended.

use super::prelude::*;
use super::ended_before_start::{end_of, starts, too_early};
use crate::model::{ApproximateDate, Date, Period};
use crate::validate::walk::Holder;

definition!(AfterEnd, "OVK-DATE-011", Warning, Dates, [Agreement, FollowUp]);

struct AfterEndCheck<'a> {
    /// The last day the agreement can have ended on, and the date that says so; `None` when
    /// it has not ended or its end has no known day.
    end: Option<(Date, &'a ApproximateDate)>,
}

fn start<'a>(cx: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    // Sources that disagree on the end are read in the document's favour: the latest end. An
    // end before the agreement began is OVK-DATE-010's, and says nothing of what came after.
    let starts = starts(cx.doc);
    let end = cx
        .doc
        .decisions
        .iter()
        .filter_map(|decision| end_of(decision).map(|(_, date)| date))
        .filter(|date| too_early(date, &starts).is_none())
        .filter_map(|date| Some((date.latest()?, date)))
        .max_by_key(|(day, _)| *day);
    Box::new(AfterEndCheck { end })
}

impl<'a> Check<'a> for AfterEndCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Some((last, ended)) = self.end else {
            return;
        };
        let finding = |path: String, subject: Word, date: Arg| {
            Finding::new(RuleId::AfterEnd, path)
                .arg("subject", subject)
                .arg("date", date)
                .arg("ended", ended)
        };
        match event {
            Event::Agreement(doc) => {
                let periods = doc
                    .plans
                    .iter()
                    .map(|plan| (&plan.period, "plans", Word::PlanStarts))
                    .enumerate()
                    .chain(
                        doc.action_plans
                            .iter()
                            .map(|plan| (&plan.period, "action_plans", Word::ActionPlanStarts))
                            .enumerate(),
                    );
                for (index, (period, list, subject)) in periods {
                    let (Some(first), Some(start)) = (Period::first_day(period), &period.start)
                    else {
                        continue;
                    };
                    if first > last {
                        out.push(
                            finding(
                                format!("/{list}/{index}/period/start"),
                                subject,
                                Arg::from(start),
                            )
                            .value(start.to_string()),
                        );
                    }
                }
            }
            Event::FollowUp {
                holder, follow_up, ..
            } => {
                // A partnership is an agreement of its own, with its own period.
                if matches!(holder, Holder::Partnership(..)) || follow_up.date <= last {
                    return;
                }
                out.push(
                    finding(
                        at.with(&["date"]),
                        Word::FollowUpDated,
                        Arg::from(follow_up.date),
                    )
                    .value(follow_up.date.to_string()),
                );
            }
            _ => {}
        }
    }
}
