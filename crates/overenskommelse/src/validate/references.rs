//! Reference rules: every reference resolves, to the right kind of entity.

use super::{rules, Context, Finding, Kind};
use crate::i18n::Message;
use crate::model::{BudgetLine, Mention};

pub(super) fn check(cx: &mut Context<'_>) {
    let doc = cx.doc;
    for (i, party) in doc.parties.iter().enumerate() {
        if let Some(id) = &party.part_of {
            refer(cx, Kind::Party, id.as_str(), || {
                format!("/parties/{i}/part_of")
            });
        }
    }
    for (i, person) in doc.people.iter().enumerate() {
        if let Some(id) = &person.party {
            refer(cx, Kind::Party, id.as_str(), || {
                format!("/people/{i}/party")
            });
        }
        for (j, role) in person.roles.iter().enumerate() {
            if let Some(id) = &role.body {
                refer(cx, Kind::Body, id.as_str(), || {
                    format!("/people/{i}/roles/{j}/body")
                });
            }
            if let Some(id) = &role.party {
                refer(cx, Kind::Party, id.as_str(), || {
                    format!("/people/{i}/roles/{j}/party")
                });
            }
        }
    }
    for (i, body) in doc.bodies.iter().enumerate() {
        mentions(cx, &body.members, &format!("/bodies/{i}/members"));
    }
    for (i, area) in doc.interest_areas.iter().enumerate() {
        for (j, id) in area.challenges.iter().enumerate() {
            refer(cx, Kind::Challenge, id.as_str(), || {
                format!("/interest_areas/{i}/challenges/{j}")
            });
        }
        for (j, id) in area.goals.iter().enumerate() {
            refer(cx, Kind::Goal, id.as_str(), || {
                format!("/interest_areas/{i}/goals/{j}")
            });
        }
    }
    for (i, plan) in doc.plans.iter().enumerate() {
        if let Some(id) = &plan.parent {
            refer(cx, Kind::Plan, id.as_str(), || format!("/plans/{i}/parent"));
        }
        for (j, id) in plan.interest_areas.iter().enumerate() {
            refer(cx, Kind::InterestArea, id.as_str(), || {
                format!("/plans/{i}/interest_areas/{j}")
            });
        }
        if let Some(follow_up) = &plan.follow_up {
            for (j, id) in follow_up.bodies.iter().enumerate() {
                refer(cx, Kind::Body, id.as_str(), || {
                    format!("/plans/{i}/follow_up/bodies/{j}")
                });
            }
        }
        budget(cx, &plan.budget, &format!("/plans/{i}/budget"));
    }
    for (i, plan) in doc.action_plans.iter().enumerate() {
        if let Some(id) = &plan.plan {
            refer(cx, Kind::Plan, id.as_str(), || {
                format!("/action_plans/{i}/plan")
            });
        }
        if let Some(follow_up) = &plan.follow_up {
            for (j, id) in follow_up.bodies.iter().enumerate() {
                refer(cx, Kind::Body, id.as_str(), || {
                    format!("/action_plans/{i}/follow_up/bodies/{j}")
                });
            }
        }
        for (j, priority) in plan.priorities.iter().enumerate() {
            for (k, id) in priority.interest_areas.iter().enumerate() {
                refer(cx, Kind::InterestArea, id.as_str(), || {
                    format!("/action_plans/{i}/priorities/{j}/interest_areas/{k}")
                });
            }
        }
        mentions(
            cx,
            &plan.adopted_by,
            &format!("/action_plans/{i}/adopted_by"),
        );
        budget(cx, &plan.budget, &format!("/action_plans/{i}/budget"));
        for (j, activity) in plan.activities.iter().enumerate() {
            let at = |field: &str| format!("/action_plans/{i}/activities/{j}/{field}");
            mentions(cx, &activity.target_groups, &at("target_groups"));
            mentions(cx, &activity.responsible, &at("responsible"));
            for (k, id) in activity.objectives.iter().enumerate() {
                refer(cx, Kind::Objective, id.as_str(), || {
                    format!("{}/{k}", at("objectives"))
                });
            }
            for (k, id) in activity.interest_areas.iter().enumerate() {
                refer(cx, Kind::InterestArea, id.as_str(), || {
                    format!("{}/{k}", at("interest_areas"))
                });
            }
            for (k, id) in activity.priorities.iter().enumerate() {
                refer(cx, Kind::Priority, id.as_str(), || {
                    format!("{}/{k}", at("priorities"))
                });
            }
            for (k, id) in activity.principles.iter().enumerate() {
                refer(cx, Kind::Principle, id.as_str(), || {
                    format!("{}/{k}", at("principles"))
                });
            }
            if !activity.budget.is_empty() {
                budget(cx, &activity.budget, &at("budget"));
            }
            for (k, follow_up) in activity.follow_ups.iter().enumerate() {
                if let Some(id) = &follow_up.body {
                    refer(cx, Kind::Body, id.as_str(), || {
                        format!("{}/{k}/body", at("follow_ups"))
                    });
                }
                if !follow_up.reported_by.is_empty() {
                    mentions(
                        cx,
                        &follow_up.reported_by,
                        &format!("{}/{k}/reported_by", at("follow_ups")),
                    );
                }
            }
        }
    }
}

fn mentions(cx: &mut Context<'_>, mentions: &[Mention], path: &str) {
    for (i, mention) in mentions.iter().enumerate() {
        for (j, id) in mention.parties.iter().enumerate() {
            refer(cx, Kind::Party, id.as_str(), || {
                format!("{path}/{i}/parties/{j}")
            });
        }
        for (j, id) in mention.people.iter().enumerate() {
            refer(cx, Kind::Person, id.as_str(), || {
                format!("{path}/{i}/people/{j}")
            });
        }
        for (j, id) in mention.bodies.iter().enumerate() {
            refer(cx, Kind::Body, id.as_str(), || {
                format!("{path}/{i}/bodies/{j}")
            });
        }
    }
}

fn budget(cx: &mut Context<'_>, lines: &[BudgetLine], path: &str) {
    for (i, line) in lines.iter().enumerate() {
        if let Some(id) = &line.funder {
            refer(cx, Kind::Party, id.as_str(), || {
                format!("{path}/{i}/funder")
            });
        }
    }
}

/// Checks one reference; `path` is only rendered when there is something to report.
fn refer(cx: &mut Context<'_>, expected: Kind, id: &str, path: impl FnOnce() -> String) {
    let (want_sv, want_en) = expected.words();
    let finding = match cx.index.get(id) {
        Some(entry) if entry.kind == expected => return,
        Some(entry) => {
            let (is_sv, is_en) = entry.kind.words();
            Finding::new(
                &rules::WRONG_KIND_REFERENCE,
                path(),
                Message::new(
                    format!(
                        "\"{id}\" är {is_sv} ({}), men här väntas {want_sv}.",
                        entry.path
                    ),
                    format!(
                        "\"{id}\" is {is_en} ({}), but {want_en} is expected here.",
                        entry.path
                    ),
                ),
            )
            .with_hint(Message::new(
                format!(
                    "Flytta referensen till fältet `{}`, eller rätta id:t.",
                    entry.kind.list_name()
                ),
                format!(
                    "Move the reference to the field `{}`, or fix the id.",
                    entry.kind.list_name()
                ),
            ))
        }
        None if cx.left_out.contains(id) => return,
        None => Finding::new(
            &rules::UNRESOLVED_REFERENCE,
            path(),
            Message::new(
                format!("\"{id}\" finns inte: här väntas id för {want_sv}."),
                format!("\"{id}\" does not exist: the id of {want_en} is expected here."),
            ),
        )
        .with_hint(Message::new(
            format!(
                "Rätta id:t eller lägg till det under `{}`.",
                expected.list_name()
            ),
            format!("Fix the id or add it under `{}`.", expected.list_name()),
        )),
    };
    cx.push(finding.with_value(id));
}
