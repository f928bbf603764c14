//! Quality rules: gaps that keep a plan from being finished, and personal data in the wrong place.

use std::collections::{HashMap, HashSet};

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
    let names = Names::new(
        doc.people
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str().trim())),
    );
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
        if names.is_empty() {
            return;
        }
        let mut named: Vec<(&str, &str)> = Vec::new();
        for (_, t) in text.iter() {
            names.find_in(t, &mut named);
        }
        named.sort_unstable();
        named.dedup();
        for (id, name) in named {
            let referenced = match role {
                TextRole::Mention(mention) => mention.people.iter().any(|p| p.as_str() == id),
                TextRole::Name | TextRole::Prose => false,
            };
            if !referenced {
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

/// People's names by their first word, so that a text is scanned once for all of them.
struct Names<'a> {
    by_first_word: HashMap<&'a str, Vec<(&'a str, &'a str)>>,
}

impl<'a> Names<'a> {
    fn new(people: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut by_first_word: HashMap<&str, Vec<(&str, &str)>> = HashMap::new();
        for (id, name) in people.filter(|(_, name)| name.chars().count() >= 2) {
            if let Some((start, end)) = words(name).next() {
                by_first_word
                    .entry(&name[start..end])
                    .or_default()
                    .push((id, name));
            }
        }
        Self { by_first_word }
    }

    fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
    }

    /// Adds (id, name) for every person whose whole name stands in `text` as whole words.
    fn find_in(&self, text: &str, out: &mut Vec<(&'a str, &'a str)>) {
        for (start, end) in words(text) {
            let Some(candidates) = self.by_first_word.get(&text[start..end]) else {
                continue;
            };
            for &(id, name) in candidates {
                let rest = &text[start..];
                let ends_on_boundary = rest
                    .strip_prefix(name)
                    .is_some_and(|after| !after.chars().next().is_some_and(char::is_alphanumeric));
                if ends_on_boundary {
                    out.push((id, name));
                }
            }
        }
    }
}

/// Byte ranges of the words (runs of letters and digits) of `text`.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        Some((start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::Names;

    fn found(text: &str) -> Vec<&'static str> {
        let names = Names::new([("anders", "Anders"), ("lari", "Lari Pitkä Kangas")].into_iter());
        let mut out = Vec::new();
        names.find_in(text, &mut out);
        out.into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn names_match_whole_words_only() {
        assert_eq!(found("Malin och Anders"), ["anders"]);
        assert!(found("Ander och Malin").is_empty());
        assert!(found("Andersson").is_empty());
        assert!(found("Lari Pitkä").is_empty());
        assert_eq!(found("föreläsare Lari Pitkä Kangas För"), ["lari"]);
        assert_eq!(found("(Anders)"), ["anders"]);
    }
}
