//! Date rules: periods in order, action plans inside their plan, follow-ups inside time.

use super::{rules, Context, Finding};
use crate::i18n::Message;
use crate::model::Period;

pub(super) fn check(cx: &mut Context<'_>) {
    let doc = cx.doc;
    if let Some(period) = &doc.validity {
        period_order(cx, period, "/validity");
    }
    for (i, party) in doc.parties.iter().enumerate() {
        if let Some(period) = &party.period {
            period_order(cx, period, &format!("/parties/{i}/period"));
        }
    }
    for (i, person) in doc.people.iter().enumerate() {
        for (j, role) in person.roles.iter().enumerate() {
            if let Some(period) = &role.period {
                period_order(cx, period, &format!("/people/{i}/roles/{j}/period"));
            }
        }
    }
    for (i, area) in doc.interest_areas.iter().enumerate() {
        for (j, objective) in area.objectives.iter().enumerate() {
            for (k, indicator) in objective.indicators.iter().enumerate() {
                let base = format!("/interest_areas/{i}/objectives/{j}/indicators/{k}");
                let values = indicator
                    .baseline
                    .iter()
                    .map(|v| ("baseline".to_owned(), v))
                    .chain(
                        indicator
                            .targets
                            .iter()
                            .enumerate()
                            .map(|(n, v)| (format!("targets/{n}"), v)),
                    )
                    .chain(
                        indicator
                            .actuals
                            .iter()
                            .enumerate()
                            .map(|(n, v)| (format!("actuals/{n}"), v)),
                    );
                for (at, value) in values {
                    period_order(cx, &value.period, &format!("{base}/{at}/period"));
                }
            }
        }
    }
    for (i, plan) in doc.plans.iter().enumerate() {
        period_order(cx, &plan.period, &format!("/plans/{i}/period"));
    }
    for (i, action_plan) in doc.action_plans.iter().enumerate() {
        let period = &action_plan.period;
        period_order(cx, period, &format!("/action_plans/{i}/period"));
        if let Some(plan) = action_plan
            .plan
            .as_ref()
            .and_then(|id| doc.plans.iter().find(|p| p.id == *id))
        {
            if !plan.period.covers(period) {
                cx.push(Finding::new(
                    &rules::ACTION_PLAN_OUTSIDE_PLAN,
                    format!("/action_plans/{i}/period"),
                    Message::new(
                        format!(
                            "Handlingsplanens period {} ligger inte inom planen \"{}\" ({}).",
                            show(period),
                            plan.id,
                            show(&plan.period)
                        ),
                        format!(
                            "The action plan's period {} is not within the plan \"{}\" ({}).",
                            show(period),
                            plan.id,
                            show(&plan.period)
                        ),
                    ),
                ));
            }
        }
        for (j, activity) in action_plan.activities.iter().enumerate() {
            for (k, follow_up) in activity.follow_ups.iter().enumerate() {
                let path = || format!("/action_plans/{i}/activities/{j}/follow_ups/{k}/date");
                if follow_up.date < period.start {
                    cx.push(
                        Finding::new(
                            &rules::FOLLOW_UP_BEFORE_PLAN,
                            path(),
                            Message::new(
                                format!(
                                    "Uppföljningen är daterad {}, före handlingsplanens start {}.",
                                    follow_up.date, period.start
                                ),
                                format!(
                                    "The follow-up is dated {}, before the action plan starts on {}.",
                                    follow_up.date, period.start
                                ),
                            ),
                        )
                        .with_value(follow_up.date.to_string()),
                    );
                }
                if let Some(as_of) = cx.as_of.filter(|as_of| follow_up.date > *as_of) {
                    cx.push(
                        Finding::new(
                            &rules::FOLLOW_UP_IN_FUTURE,
                            path(),
                            Message::new(
                                format!(
                                    "Uppföljningen är daterad {}, efter dokumentets datum {as_of}.",
                                    follow_up.date
                                ),
                                format!(
                                    "The follow-up is dated {}, after the document's date {as_of}.",
                                    follow_up.date
                                ),
                            ),
                        )
                        .with_value(follow_up.date.to_string()),
                    );
                }
            }
        }
    }
}

fn show(period: &Period) -> String {
    match period.end {
        Some(end) => format!("{}–{end}", period.start),
        None => format!("{}–", period.start),
    }
}

fn period_order(cx: &mut Context<'_>, period: &Period, path: &str) {
    if let Some(end) = period.end.filter(|end| *end < period.start) {
        cx.push(
            Finding::new(
                &rules::PERIOD_REVERSED,
                format!("{path}/end"),
                Message::new(
                    format!("Perioden slutar {end}, före sin start {}.", period.start),
                    format!(
                        "The period ends on {end}, before it starts on {}.",
                        period.start
                    ),
                ),
            )
            .with_value(end.to_string()),
        );
    }
}
