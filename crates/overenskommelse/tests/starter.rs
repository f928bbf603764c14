//! The starter document (`ovk new`): for kommuner and regions named by code or by name, it
//! loads and checks with no errors, every warning is a placeholder to fill in with its hint,
//! it comes back the same through the library's JSON, and what cannot be found is a clear
//! error in both languages.

use overenskommelse::starter::{self, StarterOptions};
use overenskommelse::{Document, Error, JurisdictionKind, Lang, Options, RuleId, Severity};

/// The starters the tests check: kommuner and regions, by code and by name in its usual forms.
fn inputs() -> Vec<(StarterOptions, &'static str)> {
    vec![
        (StarterOptions::kommun("1490"), "1490"),
        (StarterOptions::kommun("Borås"), "1490"),
        (StarterOptions::kommun("Borås Stad"), "1490"),
        (StarterOptions::kommun("0180"), "0180"),
        (StarterOptions::kommun("Stockholms stad"), "0180"),
        (StarterOptions::kommun("Lunds kommun"), "1281"),
        (StarterOptions::kommun("Falu kommun"), "2080"),
        (StarterOptions::kommun(" Malung-Sälens kommun "), "2023"),
        (StarterOptions::kommun("Gotland"), "0980"),
        (StarterOptions::region("12"), "12"),
        (StarterOptions::region("Region Skåne"), "12"),
        (StarterOptions::region("Skåne"), "12"),
        (StarterOptions::region("Västra Götalandsregionen"), "14"),
        (StarterOptions::region("Region Gotland"), "09"),
    ]
}

#[test]
fn every_starter_checks_with_only_warnings_to_fill_in_and_comes_back_the_same() {
    for (options, code) in inputs() {
        for lang in Lang::ALL {
            let options = options.clone().with_year(2026).with_translation(lang);
            let what = format!("{:?} {} in {lang:?}", options.kind, options.jurisdiction);
            let agreement = starter::new(&options).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(agreement.jurisdiction.code, code, "{what}");
            assert_eq!(agreement.jurisdiction.kind, options.kind, "{what}");

            let text = starter::to_json(&options).expect("the starter is written");
            let document = Document::from_slice(text.as_bytes());
            assert!(document.is_valid(), "{what}: {:?}", document.findings());
            assert_eq!(document.agreement(), Some(&agreement), "{what}");
            assert_eq!(document.to_json().as_deref(), Ok(text.as_str()), "{what}");

            let findings = document.findings();
            assert_eq!(findings.len(), 5, "{what}: {findings:?}");
            for finding in findings {
                assert_eq!(finding.severity, Severity::Warning, "{what}");
                assert_eq!(finding.rule, RuleId::UnfilledPlaceholder, "{what}");
                for lang in Lang::ALL {
                    assert!(finding.hint(lang).is_some(), "{what}: {finding:?}");
                }
            }

            // English beside every Swedish text people read when asked for, and none otherwise.
            let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
            let english = |pointer: &str| value.pointer(pointer).and_then(|t| t.get("en")).cloned();
            for pointer in [
                "/title",
                "/principles/0/name",
                "/parties/1/name",
                "/plans/0/title",
                "/action_plans/0/title",
                "/action_plans/0/activities/0/title",
                "/action_plans/0/activities/0/time/text",
            ] {
                assert_eq!(
                    english(pointer).is_some(),
                    lang == Lang::En,
                    "{what} {pointer}"
                );
            }
        }
    }
}

#[test]
fn a_code_and_the_names_of_one_kommun_give_the_same_document() {
    let of = |given: &str| starter::to_json(&StarterOptions::kommun(given).with_year(2030));
    let by_code = of("1490").expect("Borås");
    for name in ["Borås", "Borås Stad", "borås kommun", "Borås stads"] {
        assert_eq!(of(name).as_ref(), Ok(&by_code), "{name}");
    }
    let region = |given: &str| starter::to_json(&StarterOptions::region(given).with_year(2030));
    assert_eq!(region("Region Skåne"), region("12"));
}

#[test]
fn the_year_sets_the_plan_and_the_action_plan() {
    let agreement =
        starter::new(&StarterOptions::kommun("1490").with_year(2031)).expect("Borås in 2031");
    let plan = &agreement.plans[0];
    assert_eq!(plan.id.as_str(), "plan-2031-2034");
    assert_eq!(plan.period.span(), "2031-01-01 – 2034-12-31");
    let action_plan = &agreement.action_plans[0];
    assert_eq!(action_plan.id.as_str(), "handlingsplan-2031");
    assert_eq!(action_plan.period.span(), "2031-01-01 – 2031-12-31");
    assert_eq!(action_plan.plan.as_ref(), Some(&plan.id));

    let this_year = overenskommelse::Date::today().year();
    let now = starter::new(&StarterOptions::kommun("1490")).expect("Borås this year");
    assert_eq!(
        now.action_plans[0].id.as_str(),
        format!("handlingsplan-{this_year}")
    );
}

#[test]
fn the_schema_named_is_the_published_one_unless_another_is_given() {
    let published = starter::new(&StarterOptions::kommun("1490")).expect("Borås");
    assert_eq!(
        published.schema.as_deref(),
        Some(overenskommelse::schema::AGREEMENT_SCHEMA_URL)
    );
    let local = StarterOptions::kommun("1490").with_schema("schemas/agreement.schema.json");
    assert_eq!(
        starter::new(&local).expect("Borås").schema.as_deref(),
        Some("schemas/agreement.schema.json")
    );
}

#[test]
fn a_placeholder_filled_in_is_no_longer_a_finding() {
    let text = starter::to_json(&StarterOptions::kommun("1490").with_year(2026)).expect("Borås");
    let filled = text
        .replace(
            "[Fyll i: den idéburna partens namn, t.ex. ”Det idéburna i Borås”]",
            "Det idéburna i Borås",
        )
        .replace(
            "[Fyll i: när (TID), t.ex. ”hösten 2026”, ”vecka 12” eller ”Löpande”]",
            "hösten 2026",
        );
    let document = Document::from_slice(filled.as_bytes());
    let paths: Vec<&str> = document
        .findings()
        .iter()
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "/action_plans/0/activities/0/title",
            "/action_plans/0/activities/0/target_groups/0/text",
            "/action_plans/0/activities/0/responsible/0/text",
        ]
    );
}

/// Every starter's findings, in both languages: what `ovk validate` says about a new document.
#[test]
fn the_findings_of_a_starter() {
    let mut out = String::new();
    for options in [
        StarterOptions::kommun("1490").with_year(2026),
        StarterOptions::region("12")
            .with_year(2026)
            .with_translation(Lang::En),
    ] {
        let text = starter::to_json(&options).expect("a starter");
        let document = Document::from_slice_with(text.as_bytes(), &Options::default());
        out.push_str(&format!("== {:?} {}\n", options.kind, options.jurisdiction));
        for finding in document.findings() {
            out.push_str(&format!(
                "{} {} {}:{}\n",
                finding.code(),
                finding.path,
                finding.line.unwrap_or(0),
                finding.column.unwrap_or(0)
            ));
            for lang in Lang::ALL {
                out.push_str(&format!("  {}: {}\n", lang.tag(), finding.message(lang)));
                let hint = finding.hint(lang).unwrap_or_default();
                out.push_str(&format!("  {} hint: {hint}\n", lang.tag()));
            }
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn the_starter_of_a_kommun_in_swedish() {
    let text = starter::to_json(&StarterOptions::kommun("1490").with_year(2026)).expect("Borås");
    insta::assert_snapshot!(text);
}

#[test]
fn the_starter_of_a_region_in_swedish_and_english() {
    let options = StarterOptions::region("Region Skåne")
        .with_year(2026)
        .with_translation(Lang::En);
    insta::assert_snapshot!(starter::to_json(&options).expect("Skåne"));
}

/// What cannot be found, in both languages.
#[test]
fn what_cannot_be_found_is_an_error_that_says_what_is_near() {
    let cases = [
        StarterOptions::kommun("Exempelby"),
        StarterOptions::kommun("Bors"),
        StarterOptions::kommun("9999"),
        StarterOptions::kommun("149"),
        StarterOptions::kommun(""),
        StarterOptions::region("11"),
        StarterOptions::kommun("12"),
        StarterOptions::kommun("Region Skåne"),
        StarterOptions::region("1490"),
        StarterOptions::region("Borås Stad"),
        StarterOptions::kommun("Are"),
        StarterOptions::kommun("Mala"),
        StarterOptions::kommun("1490").with_year(999),
        StarterOptions::kommun("1490").with_year(9997),
    ];
    let mut out = String::new();
    for options in cases {
        let error = starter::new(&options).expect_err("not found");
        out.push_str(&format!(
            "{:?} {:?} {:?}\n  sv: {}\n  en: {}\n",
            options.kind,
            options.jurisdiction,
            options.year,
            error.message(Lang::Sv),
            error.message(Lang::En)
        ));
    }
    insta::assert_snapshot!(out);

    assert!(matches!(
        starter::new(&StarterOptions::kommun("Are")),
        Err(Error::AmbiguousJurisdiction { candidates, .. }) if candidates == ["1440 Ale", "2321 Åre"]
    ));
    assert!(matches!(
        starter::new(&StarterOptions::kommun("12")),
        Err(Error::WrongJurisdictionKind { kind: JurisdictionKind::Kommun, code, .. }) if code == "12"
    ));
    assert!(matches!(
        starter::new(&StarterOptions::kommun("Bors")),
        Err(Error::UnknownJurisdiction { near, .. }) if near == ["1490 Borås"]
    ));
    assert!(matches!(
        starter::new(&StarterOptions::kommun("1490").with_year(10_000)),
        Err(Error::YearOutOfRange { year: 10_000, .. })
    ));
}
