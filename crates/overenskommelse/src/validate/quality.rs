//! Quality rules: gaps that keep a plan from being finished, and personal data in the wrong place.

use std::collections::HashSet;

use super::texts::{visit_texts, TextRole};
use super::{rules, Context, Finding};
use crate::i18n::Message;
use crate::model::Mention;
use crate::window::{activity_window, time_context, WindowSource};

pub(super) fn check(cx: &mut Context<'_>) {
    let doc = cx.doc;
    let mut served = HashSet::new();
    for (i, plan) in doc.action_plans.iter().enumerate() {
        let context = time_context(doc, plan);
        for (j, activity) in plan.activities.iter().enumerate() {
            let path = |field: &str| format!("/action_plans/{i}/activities/{j}/{field}");
            let label = activity.code.as_str();
            if activity.responsible.iter().all(Mention::is_empty) {
                cx.push(Finding::new(
                    &rules::NO_RESPONSIBLE,
                    path("responsible"),
                    Message::new(
                        format!("Aktivitet {label} har ingen ansvarig."),
                        format!("Activity {label} has nobody responsible."),
                    ),
                ));
            }
            if activity.target_groups.iter().all(Mention::is_empty) {
                cx.push(Finding::new(
                    &rules::NO_TARGET_GROUP,
                    path("target_groups"),
                    Message::new(
                        format!("Aktivitet {label} har ingen målgrupp."),
                        format!("Activity {label} has no target group."),
                    ),
                ));
            }
            if let WindowSource::Unreadable = activity_window(activity, &context) {
                let text = activity
                    .time
                    .as_ref()
                    .and_then(|time| time.text.as_ref())
                    .map(|text| text.sv.clone())
                    .unwrap_or_default();
                cx.push(
                    Finding::new(
                        &rules::UNREADABLE_TIME,
                        path("time/text"),
                        Message::new(
                            format!("Tiden \"{text}\" för aktivitet {label} går inte att tolka."),
                            format!(
                                "The time \"{text}\" of activity {label} could not be understood."
                            ),
                        ),
                    )
                    .with_value(text),
                );
            }
            served.extend(activity.objectives.iter().map(|id| id.as_str()));
        }
    }
    // Objectives count as unserved only under a plan that action plans already carry out.
    let areas_in_action: HashSet<&str> = doc
        .plans
        .iter()
        .filter(|plan| {
            doc.action_plans
                .iter()
                .any(|ap| ap.plan.as_ref() == Some(&plan.id))
        })
        .flat_map(|plan| plan.interest_areas.iter().map(|id| id.as_str()))
        .collect();
    for (i, area) in doc.interest_areas.iter().enumerate() {
        if !areas_in_action.contains(area.id.as_str()) {
            continue;
        }
        for (j, objective) in area.objectives.iter().enumerate() {
            if !served.contains(objective.id.as_str()) {
                cx.push(
                    Finding::new(
                        &rules::UNSERVED_OBJECTIVE,
                        format!("/interest_areas/{i}/objectives/{j}"),
                        Message::new(
                            format!("Ingen aktivitet arbetar för målet \"{}\".", objective.id),
                            format!(
                                "No activity works toward the objective \"{}\".",
                                objective.id
                            ),
                        ),
                    )
                    .with_value(objective.id.as_str()),
                );
            }
        }
    }
    texts(cx);
}

/// Swedish missing beside other languages, and people's names in free text.
fn texts(cx: &mut Context<'_>) {
    let doc = cx.doc;
    let people: Vec<(&str, &str)> = doc
        .people
        .iter()
        .map(|person| (person.id.as_str(), person.name.as_str().trim()))
        .filter(|(_, name)| name.chars().count() >= 2)
        .collect();
    let mut found = Vec::new();
    visit_texts(doc, &mut |pointer, role, text| {
        if text.sv.trim().is_empty() && text.translations.values().any(|t| !t.trim().is_empty()) {
            found.push(Finding::new(
                &rules::MISSING_SWEDISH,
                pointer.with(&["sv"]),
                Message::new(
                    "Texten har översättningar men ingen svensk text.",
                    "The text has translations but no Swedish text.",
                ),
            ));
        }
        for &(id, name) in &people {
            let referenced = match role {
                TextRole::Mention(mention) => mention.people.iter().any(|p| p.as_str() == id),
                TextRole::Name | TextRole::Prose => false,
            };
            if !referenced && text.iter().any(|(_, t)| contains_word(t, name)) {
                found.push(
                    Finding::new(
                        &rules::NAME_IN_FREE_TEXT,
                        pointer.render(),
                        Message::new(
                            format!("Texten nämner {name} (personen \"{id}\") vid namn."),
                            format!("The text names {name} (the person \"{id}\")."),
                        ),
                    )
                    .with_value(name),
                );
            }
        }
    });
    cx.findings.extend(found);
}

/// True when `needle` stands in `haystack` as whole words.
fn contains_word(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(start, _)| {
        let before = haystack[..start].chars().next_back();
        let after = haystack[start + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn names_match_whole_words_only() {
        assert!(contains_word("Malin och Anders", "Anders"));
        assert!(!contains_word("Ander och Malin", "Anders"));
        assert!(!contains_word("Andersson", "Anders"));
        assert!(contains_word(
            "föreläsare Lari Pitkä Kangas För",
            "Lari Pitkä Kangas"
        ));
    }
}
