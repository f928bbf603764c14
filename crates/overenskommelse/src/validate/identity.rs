//! Identity rules: every id unique and well formed, activity codes unique within their action plan.

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;

use super::{rules, Context, Entry, Finding, Kind};
use crate::i18n::Message;
use crate::model::is_valid_id;

pub(super) fn check(cx: &mut Context<'_>) {
    let doc = cx.doc;
    for (i, principle) in doc.principles.iter().enumerate() {
        define(
            cx,
            principle.id.as_str(),
            Kind::Principle,
            format!("/principles/{i}/id"),
        );
    }
    for (i, party) in doc.parties.iter().enumerate() {
        define(
            cx,
            party.id.as_str(),
            Kind::Party,
            format!("/parties/{i}/id"),
        );
    }
    for (i, person) in doc.people.iter().enumerate() {
        define(
            cx,
            person.id.as_str(),
            Kind::Person,
            format!("/people/{i}/id"),
        );
    }
    for (i, body) in doc.bodies.iter().enumerate() {
        define(cx, body.id.as_str(), Kind::Body, format!("/bodies/{i}/id"));
    }
    for (i, challenge) in doc.challenges.iter().enumerate() {
        define(
            cx,
            challenge.id.as_str(),
            Kind::Challenge,
            format!("/challenges/{i}/id"),
        );
    }
    for (i, goal) in doc.goals.iter().enumerate() {
        define(cx, goal.id.as_str(), Kind::Goal, format!("/goals/{i}/id"));
    }
    for (i, area) in doc.interest_areas.iter().enumerate() {
        define(
            cx,
            area.id.as_str(),
            Kind::InterestArea,
            format!("/interest_areas/{i}/id"),
        );
        for (j, objective) in area.objectives.iter().enumerate() {
            define(
                cx,
                objective.id.as_str(),
                Kind::Objective,
                format!("/interest_areas/{i}/objectives/{j}/id"),
            );
            for (k, indicator) in objective.indicators.iter().enumerate() {
                define(
                    cx,
                    indicator.id.as_str(),
                    Kind::Indicator,
                    format!("/interest_areas/{i}/objectives/{j}/indicators/{k}/id"),
                );
            }
        }
    }
    for (i, plan) in doc.plans.iter().enumerate() {
        define(cx, plan.id.as_str(), Kind::Plan, format!("/plans/{i}/id"));
    }
    for (i, plan) in doc.action_plans.iter().enumerate() {
        define(
            cx,
            plan.id.as_str(),
            Kind::ActionPlan,
            format!("/action_plans/{i}/id"),
        );
        for (j, priority) in plan.priorities.iter().enumerate() {
            define(
                cx,
                priority.id.as_str(),
                Kind::Priority,
                format!("/action_plans/{i}/priorities/{j}/id"),
            );
        }
    }
    check_activity_codes(cx);
}

fn check_activity_codes(cx: &mut Context<'_>) {
    for (i, plan) in cx.doc.action_plans.iter().enumerate() {
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(plan.activities.len());
        for (j, activity) in plan.activities.iter().enumerate() {
            let code = activity.code.as_str();
            let path = || format!("/action_plans/{i}/activities/{j}/code");
            if !is_valid_id(code) {
                cx.findings.push(invalid_id(code, &path()));
            }
            if let Some(first) = seen.insert(code, j) {
                seen.insert(code, first);
                cx.findings.push(
                    Finding::new(
                        &rules::DUPLICATE_ACTIVITY_CODE,
                        path(),
                        Message::new(
                            format!(
                                "Aktivitetskoden \"{code}\" används redan av aktivitet {} (/action_plans/{i}/activities/{first}) i samma handlingsplan.",
                                first + 1
                            ),
                            format!(
                                "Activity code \"{code}\" is already used by activity {} (/action_plans/{i}/activities/{first}) of the same action plan.",
                                first + 1
                            ),
                        ),
                    )
                    .with_value(code),
                );
            }
        }
    }
}

fn define<'a>(cx: &mut Context<'a>, id: &'a str, kind: Kind, path: String) {
    if !is_valid_id(id) {
        cx.push(invalid_id(id, &path));
    }
    match cx.index.entry(id) {
        Slot::Occupied(first) => {
            let first_path = first.get().path.clone();
            cx.push(
                Finding::new(
                    &rules::DUPLICATE_ID,
                    path,
                    Message::new(
                        format!("Id \"{id}\" används redan vid {first_path}."),
                        format!("Id \"{id}\" is already used at {first_path}."),
                    ),
                )
                .with_value(id),
            );
        }
        Slot::Vacant(slot) => {
            slot.insert(Entry { kind, path });
        }
    }
}

fn invalid_id(id: &str, path: &str) -> Finding {
    Finding::new(
        &rules::INVALID_ID,
        path,
        Message::new(
            format!("\"{id}\" är inte ett giltigt id: använd a–z, A–Z, siffror, punkt, understreck och bindestreck."),
            format!("\"{id}\" is not a valid id: use a–z, A–Z, digits, dot, underscore and hyphen."),
        ),
    )
    .with_value(id)
}
