//! Tests of the time parser: the Borås texts, a table of common forms, and properties.

use super::*;
use proptest::prelude::*;
use Precision::*;
use Recurrence::*;

fn date(text: &str) -> Option<Date> {
    if text.is_empty() {
        return None;
    }
    match text.parse() {
        Ok(d) => Some(d),
        Err(e) => panic!("bad date {text:?} in a test: {e}"),
    }
}

/// A day that exists.
fn ymd(year: i32, month: u32, day: u32) -> Date {
    Date::from_ymd(year, month, day).unwrap_or_else(|| panic!("{year}-{month}-{day} is a day"))
}

/// Expected window; "" is an open bound.
fn w(start: &str, end: &str, precision: Precision) -> Option<TimeWindow> {
    Some(TimeWindow {
        start: date(start),
        end: date(end),
        precision,
        recurrence: None,
        uncertain: false,
        event: None,
    })
}

/// The whole context period of Borås' plan 2018.
fn period(recurrence: Recurrence) -> Option<TimeWindow> {
    w("2018-01-01", "2018-12-31", Year).rec(recurrence)
}

trait Tweak {
    fn rec(self, recurrence: Recurrence) -> Self;
    fn unsure(self) -> Self;
    fn event(self, id: &str) -> Self;
}

impl Tweak for Option<TimeWindow> {
    fn rec(self, recurrence: Recurrence) -> Self {
        self.map(|w| TimeWindow {
            recurrence: Some(recurrence),
            ..w
        })
    }
    fn unsure(self) -> Self {
        self.map(|w| TimeWindow {
            uncertain: true,
            ..w
        })
    }
    fn event(self, id: &str) -> Self {
        self.map(|w| TimeWindow {
            event: Some(id.to_owned()),
            ..w
        })
    }
}

fn boras() -> TimeContext {
    TimeContext::with_period(ymd(2018, 1, 1), ymd(2018, 12, 31))
        .with_event(NamedEvent::new("stormöte", "stormotet"))
        .with_event(NamedEvent::new("samråd", "samradet"))
}

/// Runs every case and reports all mismatches at once.
fn check(context: &TimeContext, cases: &[(&str, Option<TimeWindow>)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, expected)| {
            let got = parse(text, context);
            (got != *expected)
                .then(|| format!("{text:?}\n  expected {expected:?}\n  got      {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn boras_action_plan_2018() {
    check(
        &boras(),
        &[
            ("Regelbunden uppdatering.", period(Regular)),
            ("Dagligt underhåll", period(Daily)),
            ("Startar våren 2018", w("2018-03-01", "", Season)),
            (
                "Datum för stormötet 2018 ?",
                w("2018-01-01", "2018-12-31", Year)
                    .unsure()
                    .event("stormotet"),
            ),
            ("Under 2018", w("2018-01-01", "2018-12-31", Year)),
            (
                "April Mars, maj?",
                w("2018-03-01", "2018-05-31", Month).unsure(),
            ),
            (
                "Start februari med tema extratjänster.",
                w("2018-02-01", "", Month),
            ),
            ("Löpande", period(Continuous)),
        ],
    );
}

#[test]
fn dates() {
    check(
        &boras(),
        &[
            ("2019-03-15", w("2019-03-15", "2019-03-15", Day)),
            ("15 mars 2019", w("2019-03-15", "2019-03-15", Day)),
            ("15/3 2019", w("2019-03-15", "2019-03-15", Day)),
            ("15/3/2019", w("2019-03-15", "2019-03-15", Day)),
            ("15/3", w("2018-03-15", "2018-03-15", Day)),
            ("den 15 mars", w("2018-03-15", "2018-03-15", Day)),
            ("1:a april 2019", w("2019-04-01", "2019-04-01", Day)),
            ("15:e mars", w("2018-03-15", "2018-03-15", Day)),
            (
                "Måndag 15 april 2019 kl. 18.00–20.00",
                w("2019-04-15", "2019-04-15", Day),
            ),
            ("15–17 mars 2019", w("2019-03-15", "2019-03-17", Day)),
            ("15-17 mars", w("2018-03-15", "2018-03-17", Day)),
            ("15/3–17/4 2019", w("2019-03-15", "2019-04-17", Day)),
            (
                "15 mars – 17 april 2019",
                w("2019-03-15", "2019-04-17", Day),
            ),
            (
                "2019-03-15 – 2019-04-01",
                w("2019-03-15", "2019-04-01", Day),
            ),
            ("2019-03-15--2019-04-01", w("2019-03-15", "2019-04-01", Day)),
            ("15, 16 och 17 mars", w("2018-03-15", "2018-03-17", Day)),
            (
                "15 eller 17 mars",
                w("2018-03-15", "2018-03-17", Day).unsure(),
            ),
            ("mellan 15 och 17 mars", w("2018-03-15", "2018-03-17", Day)),
            ("29 februari 2020", w("2020-02-29", "2020-02-29", Day)),
            ("30 februari 2019", None),
            ("29 februari 2019", None),
            ("2019-13-01", None),
            ("2019-02-30", None),
            ("32 mars", None),
            ("0 mars", None),
            ("17–15 mars", None),
            ("15", None),
        ],
    );
}

#[test]
fn months() {
    check(
        &boras(),
        &[
            ("januari", w("2018-01-01", "2018-01-31", Month)),
            ("jan", w("2018-01-01", "2018-01-31", Month)),
            ("Jan.", w("2018-01-01", "2018-01-31", Month)),
            ("sept", w("2018-09-01", "2018-09-30", Month)),
            ("sep 2019", w("2019-09-01", "2019-09-30", Month)),
            ("Februari 2020", w("2020-02-01", "2020-02-29", Month)),
            ("i mars månad", w("2018-03-01", "2018-03-31", Month)),
            ("2019-03", w("2019-03-01", "2019-03-31", Month)),
            ("mars–maj 2019", w("2019-03-01", "2019-05-31", Month)),
            ("mars till maj", w("2018-03-01", "2018-05-31", Month)),
            ("jan-mar 2020", w("2020-01-01", "2020-03-31", Month)),
            (
                "november 2018 - februari 2019",
                w("2018-11-01", "2019-02-28", Month),
            ),
            ("maj–mars 2019", None),
            ("november–februari 2019", None),
            ("november–februari", None),
            (
                "mars eller april 2019",
                w("2019-03-01", "2019-04-30", Month).unsure(),
            ),
            ("mars/april", w("2018-03-01", "2018-04-30", Month).unsure()),
            ("mars och maj", w("2018-03-01", "2018-05-31", Month)),
            ("mars, april och maj", w("2018-03-01", "2018-05-31", Month)),
            (
                "mars, maj 2019",
                w("2019-03-01", "2019-05-31", Month).unsure(),
            ),
            ("2019 mars", w("2019-03-01", "2019-03-31", Month)),
            ("mars 2019 2020", None),
        ],
    );
}

#[test]
fn weeks() {
    check(
        &boras(),
        &[
            ("vecka 12", w("2018-03-19", "2018-03-25", Week)),
            ("v. 12", w("2018-03-19", "2018-03-25", Week)),
            ("v12", w("2018-03-19", "2018-03-25", Week)),
            ("V.12", w("2018-03-19", "2018-03-25", Week)),
            ("v 12 2019", w("2019-03-18", "2019-03-24", Week)),
            ("vecka 12–14", w("2018-03-19", "2018-04-08", Week)),
            ("v 12-14 2019", w("2019-03-18", "2019-04-07", Week)),
            ("vecka 12, 13 och 14", w("2018-03-19", "2018-04-08", Week)),
            ("v 1 2019", w("2018-12-31", "2019-01-06", Week)),
            ("v 53 2020", w("2020-12-28", "2021-01-03", Week)),
            (
                "vecka 50 2018 – vecka 2 2019",
                w("2018-12-10", "2019-01-13", Week),
            ),
            ("vecka 53 2019", None),
            ("v 0", None),
            ("vecka 99", None),
            ("vecka", None),
        ],
    );
}

#[test]
fn quarters_tertials_and_halves() {
    check(
        &boras(),
        &[
            ("kvartal 2", w("2018-04-01", "2018-06-30", Quarter)),
            ("Q2 2019", w("2019-04-01", "2019-06-30", Quarter)),
            ("andra kvartalet", w("2018-04-01", "2018-06-30", Quarter)),
            ("kv 3", w("2018-07-01", "2018-09-30", Quarter)),
            ("kv. 3", w("2018-07-01", "2018-09-30", Quarter)),
            ("2:a kvartalet 2019", w("2019-04-01", "2019-06-30", Quarter)),
            ("sista kvartalet", w("2018-10-01", "2018-12-31", Quarter)),
            ("Q2-Q3 2019", w("2019-04-01", "2019-09-30", Quarter)),
            ("kvartal 2–3", w("2018-04-01", "2018-09-30", Quarter)),
            ("kvartal 5", None),
            ("Q0", None),
            ("tertial 1", w("2018-01-01", "2018-04-30", Tertial)),
            ("T2", w("2018-05-01", "2018-08-31", Tertial)),
            ("tredje tertialen", w("2018-09-01", "2018-12-31", Tertial)),
            ("tertial 4", None),
            ("första halvåret 2019", w("2019-01-01", "2019-06-30", Term)),
            ("H2", w("2018-07-01", "2018-12-31", Term)),
            // The hull's precision is the longer unit's, not the later enum variant's.
            ("vt, Q2", w("2018-01-01", "2018-06-30", Term).unsure()),
        ],
    );
}

#[test]
fn seasons_and_terms() {
    check(
        &boras(),
        &[
            ("våren", w("2018-03-01", "2018-05-31", Season)),
            ("vår 2019", w("2019-03-01", "2019-05-31", Season)),
            ("sommaren", w("2018-06-01", "2018-08-31", Season)),
            ("hösten 2019", w("2019-09-01", "2019-11-30", Season)),
            ("vintern", w("2018-12-01", "2019-02-28", Season)),
            ("vintern 2019/2020", w("2019-12-01", "2020-02-29", Season)),
            ("hösten -19", w("2019-09-01", "2019-11-30", Season)),
            ("försommaren", w("2018-06-01", "2018-06-30", Season)),
            (
                "hösten 2018 – våren 2019",
                w("2018-09-01", "2019-05-31", Season),
            ),
            (
                "våren och hösten 2019",
                w("2019-03-01", "2019-11-30", Season),
            ),
            ("vt 2019", w("2019-01-01", "2019-06-30", Term)),
            ("VT19", w("2019-01-01", "2019-06-30", Term)),
            ("ht 2019", w("2019-08-01", "2019-12-31", Term)),
            ("ht-19", w("2019-08-01", "2019-12-31", Term)),
            ("vårterminen", w("2018-01-01", "2018-06-30", Term)),
            ("höstterminen 2019", w("2019-08-01", "2019-12-31", Term)),
            ("läsåret 2019/2020", w("2019-08-01", "2020-06-30", Term)),
            ("läsåret 2019/2021", None),
            ("läsåret 18/19", w("2018-08-01", "2019-06-30", Term)),
            ("vintern 18/19", w("2018-12-01", "2019-02-28", Season)),
            ("Vinter 2018–2019", w("2018-12-01", "2019-02-28", Season)),
        ],
    );
}

#[test]
fn years() {
    check(
        &boras(),
        &[
            ("2019", w("2019-01-01", "2019-12-31", Year)),
            ("2019–2022", w("2019-01-01", "2022-12-31", Year)),
            ("2019 - 2022", w("2019-01-01", "2022-12-31", Year)),
            ("åren 2019-2022", w("2019-01-01", "2022-12-31", Year)),
            ("år 2019", w("2019-01-01", "2019-12-31", Year)),
            ("2019/2020", w("2019-01-01", "2020-12-31", Year)),
            ("under året", w("2018-01-01", "2018-12-31", Year)),
            ("hela året", w("2018-01-01", "2018-12-31", Year)),
            ("nästa år", w("2019-01-01", "2019-12-31", Year)),
            ("under perioden", w("2018-01-01", "2018-12-31", Year)),
            ("2022–2019", None),
            ("2019 2020", None),
        ],
    );
}

#[test]
fn thirds() {
    check(
        &boras(),
        &[
            ("början av mars", w("2018-03-01", "2018-03-10", Month)),
            ("mitten av mars 2019", w("2019-03-11", "2019-03-20", Month)),
            (
                "i slutet av februari 2020",
                w("2020-02-21", "2020-02-29", Month),
            ),
            (
                "slutet av februari 2019",
                w("2019-02-21", "2019-02-28", Month),
            ),
            ("i slutet av året", w("2018-09-01", "2018-12-31", Year)),
            ("början av 2019", w("2019-01-01", "2019-04-30", Year)),
            ("mitten av 2019", w("2019-05-01", "2019-08-31", Year)),
            ("slutet av våren", w("2018-05-01", "2018-05-31", Season)),
            ("början av vecka 12", w("2018-03-19", "2018-03-20", Week)),
            (
                "slutet av mars – början av april",
                w("2018-03-21", "2018-04-10", Month),
            ),
            ("början av", None),
        ],
    );
}

#[test]
fn bounds() {
    check(
        &boras(),
        &[
            ("senast mars 2019", w("", "2019-03-31", Month)),
            ("Senast vecka 12", w("", "2018-03-25", Week)),
            ("senast den 31 mars", w("", "2018-03-31", Day)),
            ("klart i maj", w("", "2018-05-31", Month)),
            ("fr.o.m. mars", w("2018-03-01", "", Month)),
            ("från och med 2019", w("2019-01-01", "", Year)),
            ("från mars", w("2018-03-01", "", Month)),
            ("Start v. 12", w("2018-03-19", "", Week)),
            ("med start i september", w("2018-09-01", "", Month)),
            (
                "från mars till maj 2019",
                w("2019-03-01", "2019-05-31", Month),
            ),
            (
                "fr.o.m. mars t.o.m. maj",
                w("2018-03-01", "2018-05-31", Month),
            ),
            ("t.o.m. 2019", w("", "2019-12-31", Year)),
            ("till och med juni", w("", "2018-06-30", Month)),
            ("till sommaren", w("", "2018-08-31", Season)),
            ("under hösten", w("2018-09-01", "2018-11-30", Season)),
            ("i mars", w("2018-03-01", "2018-03-31", Month)),
            ("2019 och framåt", w("2019-01-01", "", Year)),
            ("hösten 2018 och framåt", w("2018-09-01", "", Season)),
            ("2019 –", w("2019-01-01", "", Year)),
            ("före sommaren", w("", "2018-05-31", Season)),
            ("efter sommaren", w("2018-09-01", "", Season)),
            ("till maj och framåt", None),
            (
                "Start hösten 2018, klart våren 2019",
                w("2018-09-01", "2019-05-31", Season),
            ),
            (
                "fr.o.m. mars, senast 15 juni",
                w("2018-03-01", "2018-06-15", Month),
            ),
            (
                "senast juni, från mars",
                w("2018-03-01", "2018-06-30", Month),
            ),
            ("start mars, start april", None),
            ("klart i maj, start i juni", None),
        ],
    );
}

#[test]
fn recurrences() {
    check(
        &boras(),
        &[
            ("kontinuerligt", period(Continuous)),
            ("Fortlöpande", period(Continuous)),
            ("pågående", period(Continuous)),
            ("dagligen", period(Daily)),
            ("dagligt", period(Daily)),
            ("varje vecka", period(Weekly)),
            ("veckovis", period(Weekly)),
            ("varje månad", period(Monthly)),
            ("månadsvis", period(Monthly)),
            ("årligen", period(Yearly)),
            ("varje år", period(Yearly)),
            ("årlig", period(Yearly)),
            ("regelbundet", period(Regular)),
            ("regelbunden", period(Regular)),
            ("två gånger per år", period(Regular)),
            ("en gång i månaden", period(Monthly)),
            (
                "årligen 2019",
                w("2019-01-01", "2019-12-31", Year).rec(Yearly),
            ),
            (
                "varje vecka under hösten 2019",
                w("2019-09-01", "2019-11-30", Season).rec(Weekly),
            ),
            (
                "löpande från mars",
                w("2018-03-01", "", Month).rec(Continuous),
            ),
            (
                "Löpande under 2019",
                w("2019-01-01", "2019-12-31", Year).rec(Continuous),
            ),
            ("löpande, regelbundet", None),
            ("vid behov", None),
        ],
    );
}

#[test]
fn uncertainty() {
    check(
        &boras(),
        &[
            (
                "ca mars 2019",
                w("2019-03-01", "2019-03-31", Month).unsure(),
            ),
            (
                "cirka vecka 12",
                w("2018-03-19", "2018-03-25", Week).unsure(),
            ),
            (
                "preliminärt hösten",
                w("2018-09-01", "2018-11-30", Season).unsure(),
            ),
            ("prel. v 12", w("2018-03-19", "2018-03-25", Week).unsure()),
            (
                "eventuellt maj",
                w("2018-05-01", "2018-05-31", Month).unsure(),
            ),
            ("ev. maj", w("2018-05-01", "2018-05-31", Month).unsure()),
            ("mars 2019?", w("2019-03-01", "2019-03-31", Month).unsure()),
            ("kring mars", w("2018-03-01", "2018-03-31", Month).unsure()),
            ("?", None),
        ],
    );
}

#[test]
fn events_and_qualifiers() {
    check(
        &boras(),
        &[
            ("vid stormötet", period_window().event("stormotet")),
            ("I samband med samrådet", period_window().event("samradet")),
            (
                "stormötet i mars",
                w("2018-03-01", "2018-03-31", Month).event("stormotet"),
            ),
            (
                "mars 2019 i samband med stormötet",
                w("2019-03-01", "2019-03-31", Month).event("stormotet"),
            ),
            (
                "Mars 2019 för alla föreningar",
                w("2019-03-01", "2019-03-31", Month),
            ),
            (
                "Hösten, med fokus på unga",
                w("2018-09-01", "2018-11-30", Season),
            ),
            (
                "Vecka 12 inom ramen för projektet",
                w("2018-03-19", "2018-03-25", Week),
            ),
            ("stormötet och samrådet", None),
            ("Vid varje stormöte", period(Regular).event("stormotet")),
            ("Senast vid stormötet", period_window().event("stormotet")),
            (
                "Genomförs under hösten",
                w("2018-09-01", "2018-11-30", Season),
            ),
            ("Sker löpande", period(Continuous)),
        ],
    );
}

fn period_window() -> Option<TimeWindow> {
    w("2018-01-01", "2018-12-31", Year)
}

#[test]
fn noise() {
    check(
        &boras(),
        &[
            ("  Mars\u{a0}2019. ", w("2019-03-01", "2019-03-31", Month)),
            ("Vecka  12 – 14", w("2018-03-19", "2018-04-08", Week)),
            ("mars — maj 2019", w("2019-03-01", "2019-05-31", Month)),
            ("MARS 2019", w("2019-03-01", "2019-03-31", Month)),
            ("ho\u{308}sten", w("2018-09-01", "2018-11-30", Season)),
            (
                "(prel.) mars",
                w("2018-03-01", "2018-03-31", Month).unsure(),
            ),
        ],
    );
}

#[test]
fn unreadable() {
    check(
        &boras(),
        &[
            ("", None),
            ("   ", None),
            ("Se bilaga", None),
            ("När det passar", None),
            ("asdf 2019", None),
            ("mars 2019 asdf", None),
            ("med tema", None),
            ("mars 50%", None),
            ("mars 😀", None),
            ("och 2019", None),
            ("början av 12 maj", None),
        ],
    );
}

#[test]
fn without_context() {
    let none = TimeContext::default();
    check(
        &none,
        &[
            ("mars", None),
            ("vintern", None),
            ("början av året", None),
            ("mars 2019", w("2019-03-01", "2019-03-31", Month)),
            ("mars–maj 2019", w("2019-03-01", "2019-05-31", Month)),
            ("Löpande", w("", "", Year).rec(Continuous)),
            ("Startar våren 2018", w("2018-03-01", "", Season)),
        ],
    );
}

#[test]
fn backwards_period_is_ignored() {
    let backwards = TimeContext::with_period(ymd(2019, 1, 1), ymd(2018, 1, 1));
    check(
        &backwards,
        &[("Löpande", w("", "", Year).rec(Continuous)), ("mars", None)],
    );
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

/// The invariants of any answer: ordered bounds, and a serde round trip.
fn assert_sound(text: &str, context: &TimeContext) -> Result<(), TestCaseError> {
    if let Some(window) = parse(text, context) {
        if let (Some(start), Some(end)) = (window.start, window.end) {
            prop_assert!(start <= end, "{text:?} gave {window:?}");
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
