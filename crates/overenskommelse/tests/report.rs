//! The follow-up report: what it counts on the Borås documents and on small hand-built ones, and how it renders.

use overenskommelse::follow_up::{Change, FollowUpOptions};
use overenskommelse::report::{build, html, markdown, Report};
use overenskommelse::{Agreement, Date, Document, Lang, Options, Severity, Status};
use serde_json::{json, Value};

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("a valid date")
}

/// Every finding of an agreement held in memory.
fn findings_of(doc: &Agreement) -> Vec<overenskommelse::Finding> {
    Document::from_agreement(doc.clone(), &Options::default())
        .findings()
        .to_vec()
}

fn example(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/boras")
        .join(name)
}

fn bare() -> Agreement {
    overenskommelse::from_path(example("overenskommelse.json")).expect("the Borås document loads")
}

fn followed_up() -> Agreement {
    overenskommelse::from_path(example("uppfoljning-2018.json"))
        .expect("the Borås follow-up example loads")
}

fn report_at(doc: &Agreement, as_of: Date, since: Option<Date>) -> Report<'_> {
    build(
        doc,
        &findings_of(doc),
        &FollowUpOptions {
            as_of,
            since,
            stale_after_days: 120,
        },
    )
}

/// The report the stormöte of 2018 would see: at 2018-12-31, changes since 2018-06-15.
fn report_2018(doc: &Agreement) -> Report<'_> {
    report_at(doc, date(2018, 12, 31), Some(date(2018, 6, 15)))
}

fn codes<'a>(
    states: impl Iterator<Item = &'a overenskommelse::follow_up::ActivityState<'a>>,
) -> Vec<String> {
    states.map(|s| s.code.as_str().to_owned()).collect()
}

const SV_HEADINGS: [&str; 10] = [
    "## Antal per status",
    "## Per intresseområde",
    "## Per ansvarig",
    "## Per handlingsplan",
    "## Försenade aktiviteter",
    "## Utan uppföljning på länge",
    "## Förändringar sedan förra stormötet",
    "## Tider som inte gick att tolka",
    "## Alla aktiviteter",
    "## Validering",
];

// ---------------------------------------------------------------- Borås

#[test]
fn bare_boras_is_all_planned_and_only_windows_ended_before_the_day_are_overdue() {
    let doc = bare();
    let report = report_2018(&doc);
    assert_eq!(report.summary.totals.planned, 8);
    assert_eq!(report.summary.totals.total(), 8);
    assert!(report
        .activities
        .iter()
        .all(|a| a.status == Some(Status::Planned)));
    // "April Mars, maj?" ended 2018-05-31; "Under 2018", "Löpande" and the others end on 2018-12-31, which is not past yet.
    assert_eq!(codes(report.overdue()), ["F"]);
    assert_eq!(report.summary.overdue, 1);
    let e = report
        .activity("handlingsplan-2018", "E")
        .expect("E is reported");
    assert_eq!(e.time_text, Some("Under 2018"));
    assert!(!e.overdue);
    // Nothing is in progress, so nothing is stale, and nothing changed.
    assert_eq!(report.summary.stale, 0);
    assert!(report.changes.is_empty());

    // A day later every window that ended with the year is overdue too; the open-ended C and G are not.
    let next_year = report_at(&doc, date(2019, 1, 1), None);
    assert_eq!(codes(next_year.overdue()), ["A", "B", "D", "E", "F", "H"]);
    let c = next_year
        .activity("handlingsplan-2018", "C")
        .expect("C is reported");
    assert_eq!(c.window.as_ref().and_then(|w| w.end), None);
}

#[test]
fn follow_up_example_keeps_the_boras_document_and_only_adds_invented_follow_ups() {
    let mut with = serde_json::to_value(followed_up()).expect("serializes");
    let without = serde_json::to_value(bare()).expect("serializes");
    let extensions = with["extensions"].clone();
    assert!(extensions["exempel"]
        .as_str()
        .is_some_and(|s| s.contains("påhittade")));
    assert!(extensions["example"]
        .as_str()
        .is_some_and(|s| s.contains("invented")));
    assert_eq!(with["as_of"], "2018-12-31");
    let object = with.as_object_mut().expect("an object");
    object.remove("extensions");
    object.remove("as_of");
    for activity in with["action_plans"][0]["activities"]
        .as_array_mut()
        .expect("activities")
    {
        let follow_ups = activity
            .as_object_mut()
            .expect("an activity")
            .remove("follow_ups")
            .expect("every activity A–H is followed up");
        let dates: Vec<&str> = follow_ups
            .as_array()
            .expect("a list")
            .iter()
            .map(|f| f["date"].as_str().expect("a date"))
            .collect();
        let mut sorted = dates.clone();
        sorted.sort_unstable();
        assert_eq!(dates, sorted, "follow-ups in date order");
        assert!(dates.iter().all(|d| d.starts_with("2018-")));
    }
    assert_eq!(with, without);

    let findings = findings_of(&followed_up());
    assert!(
        findings.iter().all(|f| f.severity != Severity::Error),
        "{findings:?}"
    );
    assert!(
        findings.iter().all(|f| !f.path.contains("follow_ups")),
        "no finding about the follow-ups (names in notes, order, transitions): {findings:?}"
    );
}

#[test]
fn follow_up_example_counts_what_it_says() {
    let doc = followed_up();
    let report = report_2018(&doc);
    let totals = report.summary.totals;
    assert_eq!(
        (
            totals.planned,
            totals.in_progress,
            totals.done,
            totals.postponed,
            totals.cancelled
        ),
        (0, 3, 3, 1, 1)
    );
    let status = |code: &str| {
        report
            .activity("handlingsplan-2018", code)
            .map(|a| a.status)
            .expect("the activity is reported")
    };
    assert_eq!(status("A"), Some(Status::InProgress));
    assert_eq!(status("C"), Some(Status::Done));
    assert_eq!(status("F"), Some(Status::Postponed));
    assert_eq!(status("G"), Some(Status::Cancelled));
    // F was postponed in May and its window ended in May: still expected, so overdue.
    assert_eq!(codes(report.overdue()), ["F"]);
    // B was last followed up 2018-03-15, H 2018-08-21: both more than 120 days ago.
    assert_eq!(codes(report.stale()), ["B", "H"]);
    let days: Vec<_> = report.stale().map(|a| a.days_since_follow_up).collect();
    assert_eq!(days, [Some(291), Some(132)]);
    assert_eq!(report.validation.errors, 0);

    type StatusChange = (String, Option<Status>, Option<Status>, Option<Date>);
    let changed: Vec<StatusChange> = report
        .changes
        .iter()
        .map(|c| match c {
            Change::StatusChanged {
                code,
                from,
                to,
                date,
                ..
            } => (code.as_str().to_owned(), *from, *to, *date),
            other => panic!("only status changes in one action plan: {other:?}"),
        })
        .collect();
    assert_eq!(
        changed,
        [
            (
                "C".to_owned(),
                Some(Status::InProgress),
                Some(Status::Done),
                Some(date(2018, 10, 16))
            ),
            (
                "D".to_owned(),
                Some(Status::Planned),
                Some(Status::Done),
                Some(date(2018, 11, 27))
            ),
            (
                "E".to_owned(),
                Some(Status::InProgress),
                Some(Status::Done),
                Some(date(2018, 12, 11))
            ),
            (
                "G".to_owned(),
                Some(Status::InProgress),
                Some(Status::Cancelled),
                Some(date(2018, 9, 4))
            ),
        ]
    );
    // And there were changes before the stormöte too.
    let before =
        overenskommelse::follow_up::changes_between(&doc, date(2018, 1, 1), date(2018, 6, 15));
    assert_eq!(before.len(), 7, "{before:?}");
}

#[test]
fn markdown_has_every_section_every_activity_and_the_numbers() {
    let doc = followed_up();
    let report = report_2018(&doc);
    let md = markdown(&report, Lang::Sv);
    assert!(md.starts_with("# Överenskommelsen i Borås\n"));
    assert!(md.contains("Uppföljning per 2018-12-31"));
    assert!(md.contains("Borås Stad"));
    assert!(md.contains("Förändringar sedan 2018-06-15"));
    assert!(md.contains("2018-01-01 – 2018-12-31"));
    let mut at = 0;
    for heading in SV_HEADINGS {
        let found = md[at..]
            .find(&format!("{heading}\n"))
            .unwrap_or_else(|| panic!("{heading} in order in\n{md}"));
        at += found;
    }
    for code in ["A", "B", "C", "D", "E", "F", "G", "H"] {
        assert!(md.contains(&format!("| `{code}` |")), "{code}");
    }
    for label in [
        "planerad",
        "pågående",
        "genomförd",
        "uppskjuten",
        "inställd",
    ] {
        assert!(md.contains(&format!("| {label} |")), "{label}");
    }
    assert!(md.contains(
        "| `F` | Seminarier | April Mars, maj? | 2018-05-31 | Ander och Malin | uppskjuten |"
    ));
    assert!(md.contains("| `B` | Facebooksida |"));
    assert!(md.contains("| 2018-03-15 | 291 |"));
    assert!(md
        .contains("| `D` | Stormöte kring Överenskommelsen | planerad → genomförd | 2018-11-27 |"));
    assert!(md.contains("Alla tider gick att tolka."));
    assert!(md.contains("0 fel, 2 varningar, 0 info."));
    assert!(md.contains("`OVK-QUAL-001`"));
    // No indicators and no objectives in Borås: those sections are left out.
    assert!(!md.contains("## Indikatorer") && !md.contains("## Per mål"));
    // Tables are well formed: every row of a table has as many cells as its header.
    for block in md.split("\n\n").filter(|b| b.starts_with('|')) {
        let widths: Vec<usize> = block
            .lines()
            .map(|l| l.replace("\\|", "").matches('|').count())
            .collect();
        assert!(widths.windows(2).all(|p| p[0] == p[1]), "{block}");
    }
}

#[test]
fn empty_sections_say_so() {
    // Early in the year nothing has ended, and without `since` no changes are reported.
    let doc = bare();
    let report = report_at(&doc, date(2018, 4, 1), None);
    let md = markdown(&report, Lang::Sv);
    assert!(md.contains("## Försenade aktiviteter\n\nInga försenade aktiviteter.\n"));
    assert!(md.contains("Inga aktiviteter utan uppföljning på länge."));
    assert!(md.contains("Inget datum för förra stormötet angavs"));
    let doc = bare();
    let report = report_at(&doc, date(2018, 4, 1), Some(date(2018, 3, 1)));
    assert!(markdown(&report, Lang::Sv).contains("Inga förändringar sedan 2018-03-01."));
    let en = markdown(&report, Lang::En);
    assert!(en.contains("No overdue activities.") && en.contains("No changes since 2018-03-01."));
}

#[test]
fn html_is_one_self_contained_accessible_page() {
    let doc = followed_up();
    let report = report_2018(&doc);
    let page = html(&report, Lang::Sv);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert_eq!(page.matches("<html").count(), 1);
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("<title>Överenskommelsen i Borås – Uppföljning per 2018-12-31</title>"));
    assert!(page.trim_end().ends_with("</html>"));
    for outside in [
        "http://",
        "https://",
        "src=",
        "<script",
        "<link",
        "url(",
        "@import",
        "@font-face",
    ] {
        assert!(!page.contains(outside), "{outside}");
    }
    assert_eq!(page.matches("<style>").count(), 1);
    assert!(page.contains("@media print"));
    assert_eq!(page.matches("<h1").count(), 1);
    let md = markdown(&report, Lang::Sv);
    assert_eq!(page.matches("<h2").count(), md.matches("\n## ").count());
    // Three charts, each an image with a name and a description in words.
    assert_eq!(page.matches("<svg").count(), 3);
    for svg in page.split("<svg").skip(1) {
        let svg = &svg[..svg.find("</svg>").expect("closed")];
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-label=\""));
        assert!(svg.contains("<title>") && svg.contains("<desc>"));
    }
    assert!(page.contains("pågående 3, genomförd 3, uppskjuten 1, inställd 1"));
    assert!(
        page.contains("per 2018-12-31</text>"),
        "the timeline marks the day"
    );
    // Every table has a caption and column headers with a scope.
    let tables = page.matches("<table>").count();
    assert!(tables >= 8);
    assert_eq!(page.matches("<caption>").count(), tables);
    let headers = page.matches("<th ").count() + page.matches("<th>").count();
    assert_eq!(headers, page.matches("<th scope=\"col\"").count());
    assert!(headers > tables);
    // Statuses are words, not only colours.
    assert!(page.contains("<span class=\"badge s-postponed\">uppskjuten</span>"));
    assert!(page.contains("<span class=\"badge flag\">försenad</span>"));
    // The same report renders the same page.
    assert_eq!(page, html(&report_2018(&followed_up()), Lang::Sv));
}

#[test]
fn text_from_the_document_is_escaped() {
    let mut doc = followed_up();
    let activity = &mut doc.action_plans[0].activities[0];
    activity.title = "<script>alert(\"x & y's\")</script> | del".into();
    let report = report_2018(&doc);
    let page = html(&report, Lang::Sv);
    assert!(!page.contains("<script"));
    assert!(page.contains("&lt;script&gt;alert(&quot;x &amp; y&#39;s&quot;)&lt;/script&gt; | del"));
    let md = markdown(&report, Lang::Sv);
    assert!(!md.contains("<script>"));
    assert!(md.contains("\\<script\\>alert(\"x & y's\")\\</script\\> \\| del"));
}

#[test]
fn english_report_uses_english_words() {
    let doc = followed_up();
    let report = report_2018(&doc);
    let md = markdown(&report, Lang::En);
    assert!(md.starts_with("# The Borås Agreement\n"));
    for heading in [
        "## Activities per status",
        "## By interest area",
        "## By responsible",
        "## By action plan",
        "## Overdue activities",
        "## No follow-up for a long time",
        "## Changes since the last general meeting",
        "## Times that could not be read",
        "## All activities",
        "## Validation",
    ] {
        assert!(md.contains(heading), "{heading}");
    }
    assert!(md.contains("Follow-up as of 2018-12-31") && md.contains("Changes since 2018-06-15"));
    assert!(md.contains("| in progress | 3 |") && md.contains("in progress → done"));
    assert!(md.contains("0 errors, 2 warnings, 0 info."));
    for heading in SV_HEADINGS {
        assert!(!md.contains(heading), "{heading}");
    }
    let page = html(&report, Lang::En);
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("<h2 id=\"overdue-h\">Overdue activities</h2>"));
    assert!(page.contains("as of 2018-12-31"));
    assert!(!page.contains("Försenade aktiviteter"));
}

// ---------------------------------------------------------------- hand-built documents

/// A small document: two parties, a body, two people, two interest areas, and the given action plans.
fn small(action_plans: Value) -> Agreement {
    let doc = json!({
        "schema_version": "2.0",
        "id": "test",
        "jurisdiction": { "kind": "kommun", "name": "Teststad", "code": "1490" },
        "title": "Överenskommelsen i Teststad",
        "parties": [
            { "id": "staden", "name": "Teststad", "side": "public", "kind": "kommun" },
            { "id": "foreningarna", "name": "Föreningarna", "side": "civil_society", "kind": "collective" }
        ],
        "people": [
            { "id": "p-med-part", "name": "Person Ett", "party": "staden" },
            { "id": "p-utan-part", "name": "Person Två" }
        ],
        "bodies": [ { "id": "samradet", "name": "Samrådet", "kind": "joint_council" } ],
        "interest_areas": [
            { "id": "motesplatser", "title": "Mötesplatser",
              "objectives": [ { "id": "fler-motesplatser", "text": "Fler mötesplatser" } ] },
            { "id": "demokrati", "title": "Demokrati" }
        ],
        "action_plans": action_plans
    });
    overenskommelse::from_str(&doc.to_string()).expect("the hand-built document loads")
}

fn plan(id: &str, start: &str, end: &str, activities: Value) -> Value {
    json!({ "id": id, "kind": "action_plan", "title": id, "period": { "start": start, "end": end },
            "activities": activities })
}

fn window(code: &str, status: &str, start: &str, end: Option<&str>) -> Value {
    let mut w = json!({ "start": start, "precision": "day" });
    if let Some(end) = end {
        w["end"] = json!(end);
    }
    json!({ "code": code, "title": code, "status": status, "time": { "window": w } })
}

fn states_at(doc: &Agreement, as_of: Date) -> Report<'_> {
    build(
        doc,
        &[],
        &FollowUpOptions {
            as_of,
            since: None,
            stale_after_days: 120,
        },
    )
}

#[test]
fn overdue_means_the_window_ended_and_the_activity_is_not_closed() {
    let mut done_by_follow_up = window("FU", "planned", "2018-01-01", Some("2018-03-31"));
    done_by_follow_up["follow_ups"] = json!([{ "date": "2018-03-30", "status": "done" }]);
    // No status and no follow-up: not reported, which is not the same as planned and missed.
    let mut not_reported = window("NR", "planned", "2018-01-01", Some("2018-03-31"));
    not_reported
        .as_object_mut()
        .expect("an activity")
        .remove("status");
    let doc = small(json!([plan(
        "hp",
        "2018-01-01",
        "2018-12-31",
        json!([
            window("PL", "planned", "2018-01-01", Some("2018-03-31")),
            window("IP", "in_progress", "2018-01-01", Some("2018-03-31")),
            window("PO", "postponed", "2018-01-01", Some("2018-03-31")),
            window("DO", "done", "2018-01-01", Some("2018-03-31")),
            window("CA", "cancelled", "2018-01-01", Some("2018-03-31")),
            window("OPEN", "planned", "2018-01-01", None),
            window("TODAY", "planned", "2018-01-01", Some("2018-06-01")),
            done_by_follow_up,
            not_reported,
            { "code": "NOTIME", "title": "Utan tid", "status": "planned" }
        ])
    )]));
    let report = states_at(&doc, date(2018, 6, 1));
    assert_eq!(codes(report.overdue()), ["PL", "IP", "PO"]);
    assert_eq!(report.summary.overdue, 3);
    // The window ending on the day itself is overdue the day after.
    assert_eq!(
        codes(states_at(&doc, date(2018, 6, 2)).overdue()),
        ["PL", "IP", "PO", "TODAY"]
    );
    assert_eq!(report.summary.totals.not_reported, 1);
    let md = markdown(&report, Lang::Sv);
    assert!(md.contains("| `PO` | PO | – | 2018-03-31 | – | uppskjuten |"));
    assert!(md.contains("| ej rapporterad | 1 |"), "{md}");
    assert_eq!(
        report
            .not_reported()
            .map(|a| a.code.as_str())
            .collect::<Vec<_>>(),
        ["NR"]
    );
    let listed_apart = md
        .split("## Ej rapporterade aktiviteter")
        .nth(1)
        .expect("a section");
    assert!(listed_apart.contains("| `NR` | NR |"), "{md}");
    assert!(md.contains("2018-01-01 – öppet"));
    assert!(md.contains("| `NOTIME` | Utan tid | planerad | – | ingen tid |"));
}

#[test]
fn stale_means_in_progress_without_a_follow_up_for_more_than_the_limit() {
    let as_of = date(2018, 12, 31);
    let with_follow_up = |code: &str, status: &str, days: i64| {
        let mut a = window(code, "planned", "2018-01-01", None);
        a["follow_ups"] = json!([{ "date": (as_of.naive() - chrono::Duration::days(days)).to_string(), "status": status }]);
        a
    };
    let doc = small(json!([plan(
        "hp",
        "2018-01-01",
        "2018-12-31",
        json!([
            with_follow_up("D121", "in_progress", 121),
            with_follow_up("D120", "in_progress", 120),
            with_follow_up("DONE200", "done", 200),
            with_follow_up("PLANNED200", "planned", 200),
            // Without any follow-up the quiet counts from the start of the action plan.
            window("NEVER", "in_progress", "2018-01-01", None)
        ])
    )]));
    let report = states_at(&doc, as_of);
    assert_eq!(codes(report.stale()), ["D121", "NEVER"]);
    let d120 = report.activity("hp", "D120").expect("reported");
    assert_eq!((d120.stale, d120.days_since_follow_up), (false, Some(120)));
    let md = markdown(&report, Lang::Sv);
    assert!(md.contains("mer än 120 dagar"));
    assert!(md.contains("| `D121` | D121 | – | pågående | 2018-09-01 | 121 |"));
    assert!(md.contains("| `NEVER` | NEVER | – | pågående | ingen | – |"));
}

#[test]
fn changes_between_two_dates_are_status_changes_and_action_plans_begun_since() {
    let mut changed = window("A", "planned", "2018-01-01", Some("2018-12-31"));
    changed["follow_ups"] = json!([
        { "date": "2018-03-01", "status": "in_progress" },
        { "date": "2018-09-01", "status": "done" }
    ]);
    let mut same = window("B", "planned", "2018-01-01", Some("2018-12-31"));
    same["follow_ups"] = json!([{ "date": "2018-03-01", "status": "in_progress" }]);
    let doc = small(json!([
        plan(
            "hp-2018",
            "2018-01-01",
            "2018-12-31",
            json!([changed, same])
        ),
        plan(
            "hp-2019",
            "2019-01-01",
            "2019-12-31",
            json!([window("X", "planned", "2019-02-01", Some("2019-05-31"))])
        )
    ]));
    let report = report_at(&doc, date(2019, 3, 1), Some(date(2018, 6, 15)));
    assert_eq!(
        report.changes,
        [
            Change::StatusChanged {
                plan: "hp-2018".into(),
                code: "A".into(),
                from: Some(Status::InProgress),
                to: Some(Status::Done),
                date: Some(date(2018, 9, 1)),
            },
            Change::Added {
                plan: "hp-2019".into(),
                code: "X".into(),
            },
        ]
    );
    // After the 2019 plan began, X is no longer new.
    let later = report_at(&doc, date(2019, 3, 1), Some(date(2019, 2, 1)));
    assert!(later.changes.is_empty(), "{:?}", later.changes);

    // With two action plans, codes are shown with their plan.
    let mut report = report;
    report.changes.push(Change::Removed {
        plan: "hp-2018".into(),
        code: "Z".into(),
    });
    let md = markdown(&report, Lang::Sv);
    assert!(md.contains("| `hp-2018/A` | A | pågående → genomförd | 2018-09-01 |"));
    assert!(md.contains("| `hp-2019/X` | X | tillagd | – |"));
    assert!(md.contains("| `hp-2018/Z` | – | borttagen | – |"));
    let en = markdown(&report, Lang::En);
    assert!(en.contains("| `hp-2019/X` | X | added | – |") && en.contains("removed"));
}

#[test]
fn groups_by_responsible_and_interest_area() {
    let activity = |code: &str, extra: Value| {
        let mut a = window(code, "planned", "2018-01-01", Some("2018-03-31"));
        if let (Some(a), Some(extra)) = (a.as_object_mut(), extra.as_object()) {
            a.extend(extra.clone());
        }
        a
    };
    let doc = small(json!([plan(
        "hp",
        "2018-01-01",
        "2018-12-31",
        json!([
            // A person with a party counts for the party.
            activity(
                "A",
                json!({ "responsible": [{ "text": "Person Ett", "people": ["p-med-part"] }],
                                  "objectives": ["fler-motesplatser"] })
            ),
            // A body counts for itself.
            activity(
                "B",
                json!({ "responsible": [{ "text": "Samrådet", "bodies": ["samradet"] }],
                                  "interest_areas": ["demokrati"] })
            ),
            // Nobody responsible, no interest area.
            activity("C", json!({ "status": "done" })),
            // The party and its person count once, with the person without a party as a joint
            // responsibility, counted once and not once per party; the area directly and
            // through its objective counts once.
            activity(
                "D",
                json!({ "responsible": [{ "parties": ["staden"], "people": ["p-med-part"] },
                                                  { "people": ["p-utan-part"] }],
                                  "interest_areas": ["motesplatser"], "objectives": ["fler-motesplatser"] })
            )
        ])
    )]));
    let report = states_at(&doc, date(2018, 6, 1));
    let groups = |groups: &[overenskommelse::follow_up::Group]| -> Vec<(String, u64, u64)> {
        groups
            .iter()
            .map(|g| (g.key.clone(), g.counts.total(), g.overdue))
            .collect()
    };
    let s = &report.summary;
    assert_eq!(
        groups(&s.by_responsible),
        [
            ("body:samradet".to_owned(), 1, 1),
            ("party:staden".to_owned(), 1, 1),
            ("joint:party:staden+person:p-utan-part".to_owned(), 1, 1),
            ("".to_owned(), 1, 0),
        ]
    );
    assert_eq!(
        groups(&s.by_interest_area),
        [
            ("motesplatser".to_owned(), 2, 2),
            ("demokrati".to_owned(), 1, 1),
            ("".to_owned(), 1, 0),
        ]
    );
    assert_eq!(
        groups(&s.by_objective),
        [("fler-motesplatser".to_owned(), 2, 2)]
    );
    let md = markdown(&report, Lang::Sv);
    assert!(
        md.contains("| Teststad | 1 | 0 | 0 | 0 | 0 | 1 | 1 |"),
        "{md}"
    );
    assert!(
        md.contains("| Gemensamt: Teststad, Person Två | 1 | 0 | 0 | 0 | 0 | 1 | 1 |"),
        "{md}"
    );
    assert!(md.contains("| Samrådet | 1 | 0 | 0 | 0 | 0 | 1 | 1 |"));
    assert!(md.contains("| (inget) | 0 | 0 | 1 | 0 | 0 | 1 | 0 |"));
    assert!(md.contains("## Per mål\n"));
    assert!(md.contains("| Fler mötesplatser | 2 |"));
    let page = html(&report, Lang::Sv);
    assert!(page.contains("Antal aktiviteter per intresseområde: Mötesplatser 2 (2 försenade); Demokrati 1 (1 försenad); (inget) 1."));
}

#[test]
fn indicators_show_baseline_actual_target_and_progress() {
    let mut doc = small(json!([plan("hp", "2018-01-01", "2018-12-31", json!([]))]));
    let indicator = json!({
        "id": "lokaler", "name": "Föreningar som hyr lokaler", "unit": "föreningar",
        "baseline": { "period": { "start": "2017-01-01", "end": "2017-12-31" }, "value": 40 },
        "targets": [ { "period": { "start": "2018-01-01", "end": "2018-12-31" }, "value": 60 } ],
        "actuals": [ { "period": { "start": "2018-01-01", "end": "2018-06-30" }, "value": 45.5 } ]
    });
    doc.interest_areas[0].objectives[0].indicators =
        vec![serde_json::from_value(indicator).expect("an indicator")];
    let report = states_at(&doc, date(2018, 12, 31));
    let md = markdown(&report, Lang::Sv);
    assert!(md.contains("## Indikatorer\n"));
    assert!(md.contains("| Föreningar som hyr lokaler | `fler-motesplatser` | föreningar | 40 | 45,5 | 60 | 28 % |"), "{md}");
    assert!(markdown(&report, Lang::En).contains("| 40 | 45.5 | 60 | 28% |"));
    // No activities: the sections say so and the charts still stand.
    assert!(md.contains("## Alla aktiviteter\n\nInga aktiviteter."));
    let page = html(&report, Lang::Sv);
    assert_eq!(
        page.matches("<svg").count(),
        3,
        "the charts say there is nothing to draw"
    );
    assert!(page.contains("Inga aktiviteter med tidsfönster."));
}

/// A writer that takes `room` bytes, then fails, as a full disk or a closed pipe does, and
/// counts how often it is called.
struct FailingWriter {
    room: usize,
    written: Vec<u8>,
    calls: usize,
}

impl std::io::Write for FailingWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.calls += 1;
        if self.written.len() + bytes.len() > self.room {
            return Err(std::io::Error::other("no room left"));
        }
        self.written.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_report_written_in_pieces_is_the_report_made_whole() {
    use overenskommelse::report::ReportFormat;
    use overenskommelse::ReportOptions;
    // Large enough that every format is handed to the writer in many pieces.
    let bytes = overenskommelse_synthetic::document_json(3_000, 2018);
    let document = Document::from_slice(&bytes);
    let options = ReportOptions::default()
        .with_as_of(date(2119, 6, 30))
        .with_since(date(2119, 1, 1));
    let report = document.report(&options).expect("a report");
    for lang in [Lang::Sv, Lang::En] {
        let whole = [
            (ReportFormat::Markdown, markdown(&report, lang)),
            (ReportFormat::Html, html(&report, lang)),
            (
                ReportFormat::Json,
                document.report_json(&options).expect("JSON"),
            ),
        ];
        for (format, whole) in whole {
            assert!(
                whole.len() > 256 * 1024,
                "{format:?} is {} bytes",
                whole.len()
            );
            let mut pieces = FailingWriter {
                room: usize::MAX,
                written: Vec::new(),
                calls: 0,
            };
            document
                .write_report(&options, format, lang, &mut pieces)
                .expect("written");
            assert!(
                pieces.written == whole.as_bytes(),
                "{format:?} in {lang:?} differs when written in pieces"
            );
            // Handed on as it is made, in pieces of some tens of kilobytes.
            assert!(
                pieces.calls >= whole.len() / (128 * 1024),
                "{format:?} in {} writes",
                pieces.calls
            );
        }
    }
}

#[test]
fn a_writer_that_fails_is_an_error_not_a_panic() {
    use overenskommelse::report::ReportFormat;
    use overenskommelse::ReportOptions;
    let bytes = overenskommelse_synthetic::document_json(1_000, 2018);
    let document = Document::from_slice(&bytes);
    let options = ReportOptions::default().with_as_of(date(2119, 6, 30));
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Json,
    ] {
        let mut writer = FailingWriter {
            room: 100_000,
            written: Vec::new(),
            calls: 0,
        };
        let error = document
            .write_report(&options, format, Lang::Sv, &mut writer)
            .expect_err("the writer ran out of room");
        assert!(error.to_string().contains("no room left"), "{error}");
        assert!(writer.written.len() <= 100_000);
    }
}

#[test]
fn the_day_given_as_today_is_the_reference_date_only_when_nothing_else_gives_one() {
    use overenskommelse::ReportOptions;
    let today = date(2019, 3, 1);
    let undated = Document::from_path(example("overenskommelse.json"), &Options::default())
        .expect("the Borås document is read");
    let report = undated
        .report(&ReportOptions::default().with_today(today))
        .expect("a report");
    assert_eq!(report.as_of, today);

    // The document's own date and the one asked for both come before the day given as today.
    let dated = Document::from_path(example("uppfoljning-2018.json"), &Options::default())
        .expect("the Borås follow-up example is read");
    let own = dated
        .report(&ReportOptions::default().with_today(today))
        .expect("a report");
    assert_eq!(
        own.as_of,
        dated.agreement().and_then(|a| a.as_of).expect("an as_of")
    );
    assert_ne!(own.as_of, today);
    let asked = dated
        .report(
            &ReportOptions::default()
                .with_today(today)
                .with_as_of(date(2018, 9, 1)),
        )
        .expect("a report");
    assert_eq!(asked.as_of, date(2018, 9, 1));
}

#[test]
fn a_documents_activity_states_are_the_reports_rows() {
    let document =
        overenskommelse::Document::from_path(example("uppfoljning-2018.json"), &Default::default())
            .expect("the Borås follow-up example loads");
    for as_of in [date(2018, 1, 2), date(2018, 6, 30), date(2018, 12, 31)] {
        let options = overenskommelse::ReportOptions::default().with_as_of(as_of);
        let states = document.activity_states(&options).expect("readable");
        let report = document.report(&options).expect("readable");
        assert_eq!(states, report.activities, "at {as_of}");
        assert!(!states.is_empty());
    }
    let early = overenskommelse::ReportOptions::default()
        .with_as_of(date(2018, 1, 1))
        .with_since(date(2018, 6, 1));
    assert!(matches!(
        document.activity_states(&early),
        Err(overenskommelse::Error::SinceAfterAsOf { .. })
    ));
}
