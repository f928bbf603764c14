//! The Borås documents as data: every fact held, every sentence kept, no errors.

mod common;

use overenskommelse::{Severity, Status};

#[test]
fn boras_document_holds_the_facts_of_both_source_documents() {
    let doc = overenskommelse::from_path(common::boras_path()).expect("the Borås document loads");
    assert_eq!(doc.jurisdiction.code, "1490");
    assert_eq!(doc.principles.len(), 6);
    let parties: Vec<_> = doc.parties.iter().map(|p| p.name.sv.as_str()).collect();
    assert!(parties.contains(&"Borås Stad") && parties.contains(&"Det Idéburna"));
    assert_eq!(doc.challenges.len(), 5);
    let objectives: Vec<usize> = doc
        .interest_areas
        .iter()
        .map(|a| a.objectives.len())
        .collect();
    assert_eq!(objectives, [2, 2, 2, 4]);
    let plan = &doc.plans[0];
    assert_eq!(
        plan.period.first_day().map(|d| d.to_string()).as_deref(),
        Some("2019-01-01")
    );
    assert_eq!(
        plan.period.last_day().map(|d| d.to_string()).as_deref(),
        Some("2022-12-31")
    );
    let learning = plan
        .learning
        .as_ref()
        .expect("the plan has its learning part");
    assert_eq!(learning.themes.len(), 3);
    assert_eq!(
        learning
            .reflection_questions
            .as_ref()
            .map(|q| q.items.len()),
        Some(4)
    );
    assert_eq!(plan.conditions.as_ref().map(|c| c.items.len()), Some(4));
    let action_plan = &doc.action_plans[0];
    assert_eq!(action_plan.priorities.len(), 5);
    let codes: String = action_plan
        .activities
        .iter()
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(codes, "ABCDEFGH");
    assert!(action_plan
        .activities
        .iter()
        .all(|a| a.status == Some(Status::Planned)));
    // The source keeps its typos, and so does the data.
    let f = &action_plan.activities[5];
    assert_eq!(
        f.responsible[0].text.as_ref().map(|t| t.sv.as_str()),
        Some("Ander och Malin")
    );
    assert_eq!(
        action_plan.activities[0].target_groups[0]
            .text
            .as_ref()
            .map(|t| t.sv.as_str()),
        Some("Idébruna och kommunala personer")
    );
    // Activity G has nobody responsible in the source.
    assert!(action_plan.activities[6].responsible.is_empty());
}

#[test]
fn boras_document_has_no_errors_and_the_expected_warnings() {
    let checked = overenskommelse::Document::from_slice(&common::boras_bytes());
    let errors: Vec<_> = checked
        .findings()
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let warnings: Vec<_> = checked
        .findings()
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .map(|f| (f.code(), f.path.as_str()))
        .collect();
    assert!(warnings.contains(&("OVK-QUAL-001", "/action_plans/0/activities/6/responsible")));
    assert!(warnings.contains(&("OVK-QUAL-006", "/action_plans/0/activities/5/description")));
}

#[test]
fn boras_document_round_trips_without_loss() {
    let original = common::boras_value();
    let doc = overenskommelse::from_slice(&common::boras_bytes()).expect("loads");
    let written = serde_json::to_value(&doc).expect("serializes");
    let again: overenskommelse::Agreement =
        serde_json::from_value(written.clone()).expect("reloads");
    assert_eq!(again, doc);
    // Every string of the source document survives, verbatim; writing adds only defaults.
    let mut before = Vec::new();
    strings(&original, &mut before);
    let mut after = Vec::new();
    strings(&written, &mut after);
    for text in &before {
        let position = after.iter().position(|s| s == text);
        assert!(position.is_some(), "lost on round-trip: {text:?}");
        after.swap_remove(position.unwrap_or_default());
    }
    assert!(
        after.iter().all(|s| s == "planned"),
        "added on round-trip: {after:?}"
    );
}

fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => out.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Splits a source text into the fragments that must each be found in the document:
/// lines, table cells, HTML paragraphs and list items, and sentences.
fn fragments(source: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut in_tag = false;
    for c in source.replace("**", "").chars() {
        match c {
            '<' => {
                in_tag = true;
                plain.push('\n');
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            '\t' => plain.push('\n'),
            _ => plain.push(c),
        }
    }
    let mut out = Vec::new();
    for line in plain.lines() {
        // List items inside table cells are written " - item".
        for piece in line.split(" - ") {
            let piece = piece.trim().trim_start_matches("- ").trim();
            for sentence in split_sentences(piece) {
                let normalized = normalize(&sentence);
                // Single letters are the activity codes of the table (A, B, …), held as `code`.
                if normalized.chars().count() > 1 {
                    out.push(normalized);
                }
            }
        }
    }
    out
}

fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let next_is_space = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if matches!(c, '.' | '?' | '!') && next_is_space {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The table header of the action plan names the columns the model holds as fields.
const TABLE_HEADER: [&str; 4] = ["VAD (Aktivitet)", "MÅLGRUPP", "ANSVARIG", "TID"];

#[test]
fn every_sentence_of_the_sources_appears_verbatim_in_the_document() {
    let document = common::boras_value();
    let mut haystack = Vec::new();
    strings(&document, &mut haystack);
    let haystack: Vec<String> = haystack.iter().map(|s| normalize(s)).collect();
    // A table cell of the PDF runs an activity's title, text and sub-items together
    // ("Dialogmöten Samtal för …"): read each activity in order as one text too.
    let doc = overenskommelse::from_slice(&common::boras_bytes()).expect("loads");
    let joined: Vec<String> = doc
        .action_plans
        .iter()
        .flat_map(|plan| &plan.activities)
        .map(reading_order)
        .collect();
    for file in ["plan-2019-2022.txt", "handlingsplan-2018.txt"] {
        let source =
            std::fs::read_to_string(common::root().join("examples/boras/source").join(file))
                .expect("the source text is in examples/boras/source");
        let mut missing = Vec::new();
        let all = fragments(&source);
        assert!(all.len() > 40, "{file} splits into {} fragments", all.len());
        for fragment in all {
            if TABLE_HEADER.contains(&fragment.as_str()) {
                continue;
            }
            let found = haystack
                .iter()
                .chain(&joined)
                .any(|s| s.contains(&fragment));
            if !found {
                missing.push(fragment);
            }
        }
        assert!(
            missing.is_empty(),
            "not in the document, from {file}: {missing:#?}"
        );
    }
}

fn reading_order(activity: &overenskommelse::Activity) -> String {
    let mut words = vec![activity.title.sv.clone()];
    words.extend(activity.description.iter().map(|d| d.sv.clone()));
    for part in &activity.parts {
        words.extend(part.title.iter().map(|t| t.sv.clone()));
        words.extend(part.text.iter().map(|t| t.sv.clone()));
        for item in &part.items {
            words.extend(item.title.iter().chain(&item.text).map(|t| t.sv.clone()));
        }
        words.extend(part.after.iter().map(|t| t.sv.clone()));
    }
    normalize(&words.join(" "))
}
