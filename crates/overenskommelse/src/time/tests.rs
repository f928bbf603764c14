//! Tests of the time parser that its corpus cannot express: the JSON shape of a window, the
//! caps on length, and properties of any text. Phrases and what they read as are data, in
//! `tests/time/phrases.json` (run by `tests/time_corpus.rs`).

use super::*;
use proptest::prelude::*;

/// A day that exists.
fn ymd(year: i32, month: u32, day: u32) -> Date {
    Date::from_ymd(year, month, day).unwrap_or_else(|| panic!("{year}-{month}-{day} is a day"))
}

fn boras() -> TimeContext {
    TimeContext::with_period(ymd(2018, 1, 1), ymd(2018, 12, 31))
        .with_event(NamedEvent::new("stormöte", "stormotet"))
        .with_event(NamedEvent::new("samråd", "samradet"))
}

#[test]
fn serde_shape() {
    let window = parse("Startar våren 2018", &boras());
    let json = window.as_ref().map(serde_json::to_string);
    assert!(
        matches!(&json, Some(Ok(s)) if s == r#"{"start":"2018-03-01","precision":"season"}"#),
        "{json:?}"
    );
    let back: Result<TimeWindow, _> =
        serde_json::from_str(r#"{"start":"2018-03-01","precision":"season"}"#);
    assert_eq!(back.ok(), window);
    let unknown: Result<TimeWindow, _> = serde_json::from_str(r#"{"precision":"year","x":1}"#);
    assert!(unknown.is_err());
    let schema = serde_json::to_value(schemars::schema_for!(TimeWindow));
    assert!(schema.is_ok_and(|s| s["properties"]["precision"].is_object()));
}

/// Every field a window may have, written and read back, in the order the library writes them.
#[test]
fn every_field_round_trips() {
    let full = r#"{"start":"2019-03-01","end":"2022-05-31","precision":"month","parts":[{"start":"2019-03-01","end":"2019-03-31"},{"start":"2022-05-01","end":"2022-05-31"}],"recurrence":"regular","frequency":{"times":4,"every":2,"unit":"half_year"},"uncertain":true,"years":[2019,2022],"weekday_mismatch":true,"event":"stormotet"}"#;
    let window: Result<TimeWindow, _> = serde_json::from_str(full);
    let back = window.as_ref().ok().map(serde_json::to_string);
    assert!(
        matches!(&back, Some(Ok(s)) if s == full),
        "{window:?} {back:?}"
    );
    let on_demand: Result<TimeWindow, _> =
        serde_json::from_str(r#"{"precision":"year","recurrence":"on_demand"}"#);
    assert!(on_demand.is_ok_and(|w| w.recurrence == Some(Recurrence::OnDemand)));
}

/// A frequency's counts default to 1, are written only when they are not, and are never 0.
#[test]
fn frequency_counts() {
    let read = |json: &str| serde_json::from_str::<Frequency>(json).ok();
    let quarterly = read(r#"{"unit":"quarter"}"#);
    assert_eq!(
        quarterly,
        Some(Frequency {
            times: 1,
            every: 1,
            unit: Some(FrequencyUnit::Quarter)
        })
    );
    let written = quarterly.as_ref().map(serde_json::to_string);
    assert!(
        matches!(&written, Some(Ok(s)) if s == r#"{"unit":"quarter"}"#),
        "{written:?}"
    );
    assert_eq!(read(r#"{"times":0,"unit":"year"}"#), None);
    assert_eq!(read(r#"{"every":101,"unit":"year"}"#), None);
    assert_eq!(read(r#"{"unit":"fortnight"}"#), None);
    let schema = serde_json::to_value(schemars::schema_for!(Frequency));
    assert!(schema.is_ok_and(|s| s["properties"]["times"]["minimum"] == 1));
}

/// Texts longer than a time expression, in characters or in tokens, are not read.
#[test]
fn long_texts_are_not_read() {
    let context = boras();
    assert!(parse("mars", &context).is_some());
    let long = format!("mars{}", " ".repeat(MAX_CHARS));
    assert_eq!(parse(&long, &context), None);
    let many = vec!["mars"; MAX_TOKENS + 1].join(", ");
    assert!(many.chars().count() < MAX_CHARS);
    assert_eq!(parse(&many, &context), None);
}

/// Events are found by the stem of their word, in the context they are given.
#[test]
fn events_come_from_the_context() {
    let context = TimeContext::with_period(ymd(2018, 1, 1), ymd(2018, 12, 31))
        .with_event(NamedEvent::new("dialogmöte", "dialogmotena"))
        .with_event(NamedEvent::new("Forum idéburet", "forum"));
    let event = |text: &str| parse(text, &context).and_then(|w| w.event);
    assert_eq!(
        event("vid dialogmötena i maj").as_deref(),
        Some("dialogmotena")
    );
    assert_eq!(event("inför forum idéburet").as_deref(), Some("forum"));
    assert_eq!(event("vid stormötet"), None);
}

const VOCABULARY: &[&str] = &[
    "januari",
    "jan",
    "feb",
    "februari",
    "mars",
    "mar",
    "april",
    "maj",
    "juni",
    "jul",
    "aug",
    "sept",
    "sep",
    "okt",
    "nov",
    "december",
    "vecka",
    "v",
    "v.",
    "kvartal",
    "kv",
    "q",
    "Q",
    "t",
    "T",
    "tertial",
    "tertialen",
    "första",
    "andra",
    "tredje",
    "fjärde",
    "sista",
    "kvartalet",
    "halvåret",
    "h",
    "våren",
    "vår",
    "sommaren",
    "hösten",
    "vintern",
    "vinter",
    "försommaren",
    "vt",
    "ht",
    "vårterminen",
    "höstterminen",
    "läsåret",
    "år",
    "året",
    "åren",
    "nästa",
    "hela",
    "perioden",
    "början",
    "mitten",
    "slutet",
    "av",
    "på",
    "i",
    "senast",
    "fr.o.m.",
    "från",
    "och",
    "med",
    "start",
    "startar",
    "t.o.m.",
    "till",
    "under",
    "framåt",
    "tills",
    "vidare",
    "före",
    "efter",
    "mellan",
    "eller",
    "den",
    "kl",
    "löpande",
    "dagligen",
    "dagligt",
    "underhåll",
    "varje",
    "varannan",
    "veckovis",
    "månad",
    "årligen",
    "regelbunden",
    "gånger",
    "per",
    "ca",
    "prel.",
    "ev.",
    "kring",
    "för",
    "tema",
    "stormötet",
    "samrådet",
    "datum",
    "måndag",
    "1:a",
    "2:a",
    "15:e",
    "sedan",
    "gäller",
    "årsskiftet",
    "vid utgången av",
    "vartannat",
    "vart",
    "var",
    "tredje",
    "3:e",
    "gång",
    "ggr",
    "träffar",
    "termin",
    "kvartalsvis",
    "vid behov",
    "fredagen",
    "torsdagen",
    "en",
    "någon",
    "mandatperioden",
    "över",
    "?",
    ",",
    ".",
    "-",
    "–",
    "—",
    "/",
    "\u{a0}",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(VOCABULARY).prop_map(str::to_owned),
        1 => (0u32..60).prop_map(|n| n.to_string()),
        1 => (1890i32..2110).prop_map(|y| y.to_string()),
        1 => any::<u32>().prop_map(|n| n.to_string()),
        1 => (0u32..100).prop_map(|n| format!("{n:02}")),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&[" ", " ", "", "-", "–", "/", ", ", ".", "  ", ":"][..])
}

fn some_date() -> impl Strategy<Value = Date> {
    prop_oneof![
        Just(ymd(0, 1, 1)),
        Just(ymd(9999, 12, 31)),
        (1890i32..2110, 1u32..=12, 1u32..=31)
            .prop_filter_map("valid date", |(y, m, d)| Date::from_ymd(y, m, d)),
    ]
}

fn context() -> impl Strategy<Value = TimeContext> {
    (
        proptest::option::of((some_date(), some_date())),
        any::<bool>(),
    )
        .prop_map(|(period, with_events)| {
            let context = match period {
                Some((start, end)) => TimeContext::with_period(start, end),
                None => TimeContext::default(),
            };
            if with_events {
                TimeContext {
                    events: boras().events,
                    ..context
                }
            } else {
                context.with_event(NamedEvent::new("", "empty"))
            }
        })
}

/// The invariants of any answer: ordered bounds; parts in order, apart, spanning the bounds;
/// candidate years and a wrong weekday only on uncertain windows; a frequency only on a regular
/// recurrence, with counts in range; and a serde round trip.
fn assert_sound(text: &str, context: &TimeContext) -> Result<(), TestCaseError> {
    if let Some(window) = parse(text, context) {
        if let (Some(start), Some(end)) = (window.start, window.end) {
            prop_assert!(start <= end, "{text:?} gave {window:?}");
        }
        if !window.parts.is_empty() {
            prop_assert!(window.parts.len() >= 2, "{text:?} gave {window:?}");
            prop_assert_eq!(window.parts.first().map(|p| p.start), window.start);
            prop_assert_eq!(window.parts.last().map(|p| p.end), window.end);
            for part in &window.parts {
                prop_assert!(part.start <= part.end, "{text:?} gave {window:?}");
            }
            for pair in window.parts.windows(2) {
                if let [a, b] = pair {
                    prop_assert!(b.start.days_since(a.end) > 1, "{text:?} gave {window:?}");
                }
            }
        }
        if !window.years.is_empty() {
            prop_assert!(
                window.uncertain && window.years.len() >= 2,
                "{text:?} gave {window:?}"
            );
            prop_assert!(window.parts.is_empty(), "{text:?} gave {window:?}");
        }
        if window.weekday_mismatch {
            prop_assert!(window.uncertain, "{text:?} gave {window:?}");
        }
        if let Some(frequency) = window.frequency {
            prop_assert_eq!(window.recurrence, Some(Recurrence::Regular));
            let counts = [frequency.times, frequency.every];
            prop_assert!(
                counts.iter().all(|n| (1..=100).contains(n)),
                "{text:?} gave {window:?}"
            );
        }
        let json = serde_json::to_string(&window);
        prop_assert!(json.is_ok());
        let back: Option<TimeWindow> = json.ok().and_then(|j| serde_json::from_str(&j).ok());
        prop_assert_eq!(back, Some(window));
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_text_is_safe(text in any::<String>(), context in context()) {
        assert_sound(&text, &context)?;
    }

    #[test]
    fn vocabulary_text_is_safe(
        words in prop::collection::vec((token(), separator()), 0..9),
        context in context(),
    ) {
        let text: String = words.iter().flat_map(|(w, s)| [w.as_str(), *s]).collect();
        assert_sound(&text, &context)?;
    }
}
