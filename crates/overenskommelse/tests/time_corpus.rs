//! The corpus of time texts, `tests/time/phrases.json`: every phrase through the time parser,
//! all mismatches reported at once. The format is in `tests/time/README.md`.

mod common;

use std::collections::HashSet;

use overenskommelse::time::{parse, NamedEvent, TimeContext, TimeWindow};
use overenskommelse::Date;
use serde_json::Value;

/// The corpus must keep at least this many phrases.
const MIN_PHRASES: usize = 200;

fn corpus() -> Value {
    let path = common::root().join("tests/time/phrases.json");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn phrases(corpus: &Value) -> &[Value] {
    corpus["phrases"]
        .as_array()
        .map(Vec::as_slice)
        .expect("the corpus has a list of phrases")
}

fn date(value: &Value) -> Result<Date, String> {
    let text = value
        .as_str()
        .ok_or_else(|| format!("{value} is not a date"))?;
    text.parse().map_err(|e| format!("{text:?}: {e}"))
}

/// The phrase's period and the corpus' events.
fn context(corpus: &Value, phrase: &Value) -> Result<TimeContext, String> {
    let mut context = match &phrase["period"] {
        Value::Null => TimeContext::default(),
        period => TimeContext::with_period(date(&period["start"])?, date(&period["end"])?),
    };
    for event in corpus["events"].as_array().into_iter().flatten() {
        match (event["stem"].as_str(), event["id"].as_str()) {
            (Some(stem), Some(id)) => context = context.with_event(NamedEvent::new(stem, id)),
            _ => return Err(format!("event {event} needs a stem and an id")),
        }
    }
    Ok(context)
}

/// What is wrong with one phrase, if anything.
fn check(corpus: &Value, phrase: &Value) -> Option<String> {
    let Some(text) = phrase["text"].as_str() else {
        return Some("has no text".to_owned());
    };
    let context = match context(corpus, phrase) {
        Ok(context) => context,
        Err(e) => return Some(format!("{text:?}: bad period: {e}")),
    };
    let expected_json = phrase.get("window").cloned().unwrap_or(Value::Null);
    let expected: Option<TimeWindow> = match serde_json::from_value(expected_json.clone()) {
        Ok(window) => window,
        Err(e) => {
            return Some(format!(
                "{text:?}: the expected window is not a window: {e}"
            ))
        }
    };
    // Written as the library writes it, so that other languages can compare JSON as it stands.
    let canonical = serde_json::to_value(&expected).ok();
    if canonical.as_ref() != Some(&expected_json) {
        return Some(format!(
            "{text:?}: write the expected window as {}",
            canonical.unwrap_or_default()
        ));
    }
    let got = parse(text, &context);
    (got != expected).then(|| {
        let got = serde_json::to_value(&got).unwrap_or_default();
        format!(
            "{text:?} (period {})\n  expected {expected_json}\n  got      {got}",
            phrase["period"]
        )
    })
}

#[test]
fn every_phrase_reads_as_expected() {
    let corpus = corpus();
    let phrases = phrases(&corpus);
    let failures: Vec<String> = phrases.iter().filter_map(|p| check(&corpus, p)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} phrases failed:\n{}",
        failures.len(),
        phrases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_corpus_is_large_and_has_each_phrase_once() {
    let corpus = corpus();
    let phrases = phrases(&corpus);
    assert!(
        phrases.len() >= MIN_PHRASES,
        "the corpus has {} phrases, fewer than {MIN_PHRASES}",
        phrases.len()
    );
    let mut seen = HashSet::new();
    let repeated: Vec<String> = phrases
        .iter()
        .filter(|p| !seen.insert((p["text"].to_string(), p["period"].to_string())))
        .map(|p| format!("{} with period {}", p["text"], p["period"]))
        .collect();
    assert!(repeated.is_empty(), "repeated phrases: {repeated:?}");
    let unknown: Vec<String> = phrases
        .iter()
        .flat_map(|p| p.as_object().into_iter().flat_map(|o| o.keys()))
        .filter(|k| !matches!(k.as_str(), "group" | "text" | "period" | "window" | "note"))
        .cloned()
        .collect();
    assert!(
        unknown.is_empty(),
        "unknown members of phrases: {unknown:?}"
    );
}

/// Borås' own TID texts stay in the corpus, each with its action plan's period.
#[test]
fn the_corpus_holds_every_boras_time_text() {
    let corpus = corpus();
    let held: HashSet<(String, String)> = phrases(&corpus)
        .iter()
        .map(|p| (p["text"].to_string(), p["period"].to_string()))
        .collect();
    let boras = common::boras_value();
    let mut missing = Vec::new();
    for plan in boras["action_plans"].as_array().into_iter().flatten() {
        for activity in plan["activities"].as_array().into_iter().flatten() {
            let text = &activity["time"]["text"];
            if text.is_string() && !held.contains(&(text.to_string(), plan["period"].to_string())) {
                missing.push(format!("{text} with period {}", plan["period"]));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "Borås texts missing from the corpus: {missing:?}"
    );
}
