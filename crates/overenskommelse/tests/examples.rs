//! The examples under `examples/`: every one is a clean 2.0 document that passes the published
//! schema and says everything in typed fields, and the regional example keeps showing each
//! thing real agreements have that the model holds (so that it cannot lose one silently). The
//! JSON in `docs/model.md` is held to the same format.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use overenskommelse::validate::Family;
use overenskommelse::{
    Agreement, DecisionKind, Document, EvaluationKind, Lang, Options, Participation,
    PartnershipKind, PlanOwner, PlanStatus, Severity, Side,
};
use serde_json::Value;

/// Warnings an example keeps on purpose, as `(file under examples/, code, pointer)`. The Borås
/// documents are true to their sources, which name a lecturer in a description and leave
/// activity G without anyone responsible (`tests/boras.rs` asserts both). The starter is what
/// `ovk new` writes: its placeholders are there to be filled in.
const KNOWN_WARNINGS: &[(&str, &str, &str)] = &[
    (
        "starter/overenskommelse.json",
        "OVK-QUAL-009",
        "/parties/1/name",
    ),
    (
        "starter/overenskommelse.json",
        "OVK-QUAL-009",
        "/action_plans/0/activities/0/title",
    ),
    (
        "starter/overenskommelse.json",
        "OVK-QUAL-009",
        "/action_plans/0/activities/0/target_groups/0/text",
    ),
    (
        "starter/overenskommelse.json",
        "OVK-QUAL-009",
        "/action_plans/0/activities/0/responsible/0/text",
    ),
    (
        "starter/overenskommelse.json",
        "OVK-QUAL-009",
        "/action_plans/0/activities/0/time/text",
    ),
    (
        "boras/overenskommelse.json",
        "OVK-QUAL-006",
        "/action_plans/0/activities/5/description",
    ),
    (
        "boras/overenskommelse.json",
        "OVK-QUAL-001",
        "/action_plans/0/activities/6/responsible",
    ),
    (
        "boras/uppfoljning-2018.json",
        "OVK-QUAL-006",
        "/action_plans/0/activities/5/description",
    ),
    (
        "boras/uppfoljning-2018.json",
        "OVK-QUAL-001",
        "/action_plans/0/activities/6/responsible",
    ),
];

/// `extensions` members an example still has, as `(file under examples/, pointer)`: the
/// Borås follow-up's note that its follow-ups are invented. Nothing else may use `extensions`.
const KNOWN_EXTENSIONS: &[(&str, &str)] = &[("boras/uppfoljning-2018.json", "/extensions")];

fn examples_dir() -> PathBuf {
    common::root().join("examples")
}

/// The path of an example relative to `examples/`, with `/` between folders.
fn name_of(path: &Path) -> String {
    path.strip_prefix(examples_dir())
        .expect("under examples/")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The JSON Pointer of every `extensions` member in `value`.
fn extensions_in(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let pointer = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                if key == "extensions" {
                    out.push(pointer.clone());
                }
                extensions_in(child, &pointer, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                extensions_in(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn describe(finding: &overenskommelse::Finding) -> String {
    format!(
        "{}:{}: {}[{}] {} ({})",
        finding.line.unwrap_or(0),
        finding.column.unwrap_or(0),
        finding.severity.label(Lang::En),
        finding.code(),
        finding.message(Lang::En),
        finding.path,
    )
}

#[test]
fn every_example_is_a_clean_2_0_document_in_typed_fields_that_passes_the_schema() {
    let schema = common::checked_in_schema();
    let validator = common::schema_validator(&schema);
    let mut problems = Vec::new();
    let mut warnings_seen = HashSet::new();
    let mut extensions_seen = HashSet::new();
    for path in common::example_files() {
        let name = name_of(&path);
        let document = match Document::from_path(&path, &Options::default()) {
            Ok(document) => document,
            Err(error) => {
                problems.push(format!("{name}: cannot be read: {error}"));
                continue;
            }
        };

        // No errors, and no warnings but the ones kept on purpose.
        for finding in document.findings() {
            let known = KNOWN_WARNINGS.iter().any(|&(file, code, pointer)| {
                file == name && code == finding.code() && pointer == finding.path
            });
            if finding.severity == Severity::Info {
                continue;
            }
            if known && finding.severity == Severity::Warning {
                warnings_seen.insert((name.clone(), finding.code(), finding.path.clone()));
            } else {
                problems.push(format!("{name}:{}", describe(finding)));
            }
        }

        let text = std::fs::read_to_string(&path).expect("the example is readable");
        let value: Value = match serde_json::from_str(&text) {
            Ok(value) => value,
            Err(error) => {
                problems.push(format!("{name}: not JSON: {error}"));
                continue;
            }
        };

        // Format 2.0, as written and as read.
        if value.get("schema_version").and_then(Value::as_str) != Some("2.0") {
            problems.push(format!(
                "{name}: schema_version is {}, not \"2.0\"; run `ovk migrate {name}`",
                value.get("schema_version").unwrap_or(&Value::Null)
            ));
        }
        match document.agreement() {
            Some(agreement) if agreement.schema_version == "2.0" => {}
            Some(agreement) => problems.push(format!(
                "{name}: read as schema_version {:?}",
                agreement.schema_version
            )),
            None => problems.push(format!("{name}: the agreement could not be read")),
        }

        // Everything in typed fields.
        let mut extensions = Vec::new();
        extensions_in(&value, "", &mut extensions);
        for pointer in extensions {
            if KNOWN_EXTENSIONS.contains(&(name.as_str(), pointer.as_str())) {
                extensions_seen.insert((name.clone(), pointer));
            } else {
                problems.push(format!(
                    "{name}: `extensions` at {pointer}: move what it holds to typed fields"
                ));
            }
        }

        // The published schema agrees.
        for error in validator.iter_errors(&value) {
            problems.push(format!(
                "{name}: schema: {error} at {}",
                error.instance_path()
            ));
        }
    }

    // An exception that no longer happens is dropped from the lists, so that they stay short.
    for &(file, code, pointer) in KNOWN_WARNINGS {
        if !warnings_seen.contains(&(file.to_owned(), code, pointer.to_owned())) {
            problems.push(format!(
                "{file}: the known warning {code} at {pointer} no longer occurs: remove it from KNOWN_WARNINGS"
            ));
        }
    }
    for &(file, pointer) in KNOWN_EXTENSIONS {
        if !extensions_seen.contains(&(file.to_owned(), pointer.to_owned())) {
            problems.push(format!(
                "{file}: `extensions` at {pointer} is gone: remove it from KNOWN_EXTENSIONS"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

fn region() -> Agreement {
    let path = examples_dir().join("region/overenskommelse.json");
    let document =
        Document::from_path(&path, &Options::default()).expect("the region example loads");
    document
        .into_agreement()
        .expect("the region example can be read")
}

/// Each of the eleven things real agreements have (the issue's list), as the regional example
/// shows it in typed fields.
#[test]
fn the_region_example_shows_each_thing_real_agreements_have() {
    let doc = region();
    assert_eq!(doc.jurisdiction.code, "13");
    assert!(
        doc.as_of.is_some(),
        "an as_of, so that checks do not depend on today"
    );

    // 1. Dates known only roughly, everywhere; periods open or approximate at either end.
    let decisions = || {
        doc.decisions
            .iter()
            .chain(doc.versions.iter().flat_map(|v| v.decisions.iter()))
            .chain(doc.plans.iter().flat_map(|p| p.decisions.iter()))
            .chain(doc.action_plans.iter().flat_map(|p| p.decisions.iter()))
            .chain(doc.partnerships.iter().flat_map(|p| p.decisions.iter()))
    };
    let dates: Vec<_> = decisions().filter_map(|d| d.date.as_ref()).collect();
    assert!(
        dates
            .iter()
            .any(|d| d.text.is_some() && d.read_text().is_some() && d.exact().is_none()),
        "a date in words the time parser reads (\"maj 2011\")"
    );
    assert!(
        dates
            .iter()
            .any(|d| d.text.is_some() && d.read_text().is_none() && d.is_explicit()),
        "a date in words the parser cannot read, given with start and end"
    );
    assert!(
        dates
            .iter()
            .any(|d| d.day_of_year.is_some() && d.window().is_none()),
        "a date without a year, given with day_of_year"
    );
    let validity = doc.validity.as_ref().expect("a validity");
    assert!(validity.end.is_none(), "a validity open at its end");
    assert!(
        validity.start.as_ref().is_some_and(|s| s.exact().is_none()),
        "a validity that starts approximately"
    );
    assert!(
        doc.plans.iter().any(|p| p
            .period
            .start
            .as_ref()
            .is_some_and(|s| s.text.is_some() && s.read_text().is_none() && s.is_explicit())),
        "a plan from \"15/16\", with the window it means"
    );

    // 2. Decisions and sources; two sources disagreeing side by side; signatories counted.
    assert!(
        decisions().any(|d| !d.by.is_empty() && d.reference.is_some()),
        "a decision by a named body, with its case number"
    );
    let disagreeing = doc.versions.iter().any(|v| {
        let adopted: Vec<_> = v
            .decisions
            .iter()
            .filter(|d| d.kind == DecisionKind::Adopted)
            .collect();
        adopted.len() >= 2
            && adopted.iter().all(|d| !d.sources.is_empty())
            && adopted.windows(2).any(|pair| pair[0].date != pair[1].date)
    });
    assert!(
        disagreeing,
        "two sources disagreeing on an adoption date, each with sources"
    );
    assert!(
        decisions().any(|d| d.kind == DecisionKind::Signed
            && d.signatories
                .as_ref()
                .is_some_and(|c| c.value.is_some() && c.text.is_some())),
        "a signing with a count of signatories in words"
    );
    assert!(
        decisions().any(|d| d.signatories.as_ref().is_some_and(|c| c.approximate)),
        "a rough count (\"ett åttiotal föreningar\")"
    );

    // 3. Versions with decisions, title and principle set; principles merged with derived_from;
    //    a plan replacing another; former names of the agreement, a party and a body.
    assert_eq!(doc.versions.len(), 3);
    assert!(doc
        .versions
        .iter()
        .all(|v| !v.decisions.is_empty() && !v.principles.is_empty()));
    assert!(doc.versions.iter().any(|v| v.title.is_some()));
    let counts: Vec<usize> = doc.versions.iter().map(|v| v.principles.len()).collect();
    assert_eq!(counts, [7, 4, 4], "seven principles merged into four");
    for pair in doc.versions.windows(2) {
        let (earlier, later) = (&pair[0], &pair[1]);
        assert_eq!(later.replaces.as_ref(), Some(&earlier.id));
        for id in later
            .principles
            .iter()
            .filter(|id| !earlier.principles.contains(id))
        {
            let principle = doc
                .principles
                .iter()
                .find(|p| &p.id == id)
                .expect("every principle of a version is in the document");
            assert!(
                !principle.derived_from.is_empty()
                    && principle
                        .derived_from
                        .iter()
                        .all(|from| earlier.principles.contains(from)),
                "{} says which principles of {} it comes from",
                id.as_str(),
                earlier.id.as_str()
            );
        }
    }
    assert!(
        doc.principles.iter().any(|p| p.derived_from.len() >= 2),
        "two principles merged into one"
    );
    assert_eq!(
        doc.current_version().map(|v| v.id.as_str()),
        Some("version-2022")
    );
    assert!(doc.plans.iter().any(|p| p.replaces.is_some()));
    assert!(!doc.former_names.is_empty());
    assert!(doc.parties.iter().any(|p| !p.former_names.is_empty()));
    assert!(doc.bodies.iter().any(|b| !b.former_names.is_empty()));

    // 4. A partnership (IOP) with parties, period, decisions, money per year and followed
    //    obligations per party.
    let iop = doc
        .partnerships
        .iter()
        .find(|p| p.kind == PartnershipKind::Iop)
        .expect("an IOP");
    assert!(iop.parties.len() >= 2 && iop.period.is_some() && !iop.decisions.is_empty());
    let years: HashSet<i32> = iop.budget.iter().map(|line| line.year).collect();
    assert!(years.len() >= 3, "money for several years");
    let obliged: HashSet<_> = iop.obligations.iter().map(|o| &o.party).collect();
    assert!(obliged.len() >= 2, "obligations of more than one party");
    assert!(iop
        .obligations
        .iter()
        .all(|o| iop.parties.contains(&o.party)));
    assert!(iop.obligations.iter().any(|o| !o.follow_ups.is_empty()));
    assert!(
        doc.partnerships
            .iter()
            .any(|p| p.kind == PartnershipKind::LetterOfIntent),
        "an avsiktsförklaring"
    );

    // 5. Money: undecided without an amount, funded from outside, financed only in words.
    let lines = || {
        doc.plans
            .iter()
            .flat_map(|p| {
                p.budget
                    .iter()
                    .chain(p.activities.iter().flat_map(|a| a.budget.iter()))
            })
            .chain(doc.action_plans.iter().flat_map(|p| {
                p.budget
                    .iter()
                    .chain(p.activities.iter().flat_map(|a| a.budget.iter()))
            }))
            .chain(doc.partnerships.iter().flat_map(|p| p.budget.iter()))
    };
    assert!(
        iop.budget
            .iter()
            .any(|l| l.amount.is_none() && !l.decided && l.note.is_some()),
        "a year of the IOP not yet decided (\"2025 beslutas i budgeten\")"
    );
    assert!(
        lines().any(|l| l
            .funder
            .as_ref()
            .is_some_and(|f| f.parties.is_empty() && f.text.is_some())),
        "a funder outside the parties, in words"
    );
    assert!(
        lines().any(|l| l.amount.is_none()
            && l.source
                .as_ref()
                .is_some_and(|s| s.sv.contains("ordinarie budget"))),
        "financing only in words"
    );

    // 6. Parties and people.
    let party = |participation| {
        doc.parties
            .iter()
            .find(move |p| p.participation == participation)
    };
    assert!(party(Participation::Represented).is_some_and(|p| p.represented_by.is_some()));
    assert!(party(Participation::Member).is_some_and(|p| p.part_of.is_some()));
    assert!(party(Participation::Mentioned).is_some());
    assert!(
        doc.parties.iter().any(|p| p
            .period
            .as_ref()
            .and_then(|period| period.start.as_ref())
            .is_some_and(|start| start.text.is_some())),
        "a party that joined at a time known roughly (\"hösten 2017\")"
    );
    assert!(
        doc.parties
            .iter()
            .any(|p| p.period.as_ref().is_some_and(|period| period.end.is_some())),
        "a party that left"
    );
    assert!(doc.parties.iter().any(|p| p.member_counts.len() >= 2));
    assert!(
        doc.people
            .iter()
            .any(|person| person.employer.as_ref().is_some_and(|employer| {
                employer
                    .parties
                    .iter()
                    .all(|p| Some(p) != person.party.as_ref())
            })),
        "a person employed by another organisation than the party they represent"
    );
    let body_roles = || doc.bodies.iter().flat_map(|b| b.roles.iter());
    assert!(
        body_roles().any(|r| r.vacant && r.holder.is_none()),
        "a vacant role"
    );
    assert!(
        body_roles().any(|r| !r.vacant && r.holder.is_none()),
        "a role held by someone unnamed"
    );
    assert!(
        body_roles().any(|r| r.holder.is_some()),
        "a role with its holder"
    );

    // 7. Bodies: period, part of another, replacing another, host, seats "4 + 4", meetings.
    let managing = doc.managing_body.as_ref().expect("a managing body");
    let council = doc
        .bodies
        .iter()
        .find(|b| &b.id == managing)
        .expect("the managing body is a body");
    let seats: Vec<(Option<Side>, u32)> = council.seats.iter().map(|s| (s.side, s.count)).collect();
    assert_eq!(
        seats,
        [(Some(Side::Public), 4), (Some(Side::CivilSociety), 4)]
    );
    assert!(council.replaces.is_some() && council.host.is_some() && council.period.is_some());
    assert!(doc.bodies.iter().any(|b| b.part_of.is_some()));
    assert!(
        doc.bodies
            .iter()
            .flat_map(|b| b.meetings.iter())
            .any(|m| m.date.is_some() && m.place.is_some()),
        "a meeting with date and place"
    );

    // 8. Plans: owners, statuses, rhythm, challenges and interest areas; goals with strategies
    //    referred to by activities; an objective with its means; activities of a plan itself.
    assert!(doc.plans.iter().any(|p| p.owner == PlanOwner::Joint));
    let own = doc
        .plans
        .iter()
        .find(|p| p.owner == PlanOwner::CivilSociety)
        .expect("civil society's own plan");
    assert!(
        !own.activities.is_empty(),
        "activities directly under a plan"
    );
    let statuses: HashSet<_> = doc.plans.iter().filter_map(|p| p.status).collect();
    assert!(statuses.contains(&PlanStatus::Adopted) && statuses.contains(&PlanStatus::Superseded));
    assert!(doc.plans.iter().any(|p| p.action_plan_rhythm.is_some()
        && !p.challenges.is_empty()
        && !p.interest_areas.is_empty()));
    assert!(doc
        .action_plans
        .iter()
        .all(|p| !p.interest_areas.is_empty()));
    assert!(doc.vision.is_some());
    let strategies: HashSet<_> = doc
        .goals
        .iter()
        .flat_map(|g| g.strategies.iter().map(|s| &s.id))
        .collect();
    assert!(!strategies.is_empty());
    let activities = || {
        doc.action_plans
            .iter()
            .flat_map(|p| p.activities.iter())
            .chain(doc.plans.iter().flat_map(|p| p.activities.iter()))
    };
    assert!(activities().any(|a| !a.strategies.is_empty()));
    assert!(activities()
        .flat_map(|a| a.strategies.iter())
        .all(|id| strategies.contains(id)));
    assert!(doc
        .interest_areas
        .iter()
        .flat_map(|a| a.objectives.iter())
        .any(|o| o.means.len() >= 2 && o.text.sv.ends_with("genom att:")));

    // 9. Evaluations and the revision rhythm.
    let kinds: HashSet<_> = doc.evaluations.iter().map(|e| e.kind).collect();
    assert!(
        kinds.contains(&EvaluationKind::Survey)
            && kinds.contains(&EvaluationKind::ExternalEvaluation)
    );
    assert!(doc
        .evaluations
        .iter()
        .all(|e| !e.by.is_empty() && e.date.is_some() && !e.reported_in.is_empty()));
    let revision = doc.revision.as_ref().expect("a revision rhythm");
    assert_eq!(revision.months(), 36);

    // 10. The document's own words.
    let terms = doc.terms.as_ref().expect("terms");
    assert_eq!(
        terms.principles.as_ref().map(|t| t.sv.as_str()),
        Some("värdeord")
    );
    assert_eq!(
        terms.interest_areas.as_ref().map(|t| t.sv.as_str()),
        Some("utvecklingsområden")
    );

    // 11. Unknown is not planned: an activity with no status and no follow-up.
    assert!(
        activities().any(|a| a.status.is_none() && a.follow_ups.is_empty()),
        "an activity not reported"
    );
}

/// The base a fragment of `docs/model.md` is set into: the members every document has.
fn base(schema_version: &str) -> serde_json::Map<String, Value> {
    let base = serde_json::json!({
        "schema_version": schema_version,
        "id": "exempel",
        "jurisdiction": { "kind": "kommun", "name": "Borås Stad", "code": "1490" },
        "title": "Överenskommelsen i Borås"
    });
    match base {
        Value::Object(map) => map,
        _ => unreachable!("an object"),
    }
}

/// The code blocks of a Markdown text, as `(line of the opening fence, info string, body)`.
fn code_blocks(markdown: &str) -> Vec<(usize, String, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        match open.take() {
            None => {
                if let Some(info) = trimmed.strip_prefix("```") {
                    open = Some((index + 1, info.trim().to_owned(), String::new()));
                }
            }
            Some((at, info, mut body)) => {
                if trimmed.starts_with("```") {
                    blocks.push((at, info, body));
                } else {
                    body.push_str(line);
                    body.push('\n');
                    open = Some((at, info, body));
                }
            }
        }
    }
    blocks
}

/// Every ```` ```json ```` block of `docs/model.md` is members of a 2.0 document: set into a
/// document, it passes the schema and the library finds nothing wrong with its structure,
/// dates or codes (references to entities outside the fragment, and the quality of what the
/// fragment leaves out, are not its concern). A
/// ```` ```json 1.0 ```` block is members of a 1.0 document; `ovk migrate` turns it into the
/// 2.0 block that follows it.
#[test]
fn the_json_in_the_model_documentation_is_2_0() {
    let text = std::fs::read_to_string(common::root().join("docs/model.md"))
        .expect("docs/model.md exists");
    let schema = common::checked_in_schema();
    let validator = common::schema_validator(&schema);
    let blocks = code_blocks(&text);
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut pending_1_0: Option<(String, Value)> = None;
    for (line, info, body) in &blocks {
        let at = format!("docs/model.md:{line}");
        let version = match info.as_str() {
            "json" => "2.0",
            "json 1.0" => "1.0",
            _ => continue,
        };
        let fragment: Value = match serde_json::from_str(body) {
            Ok(Value::Object(map)) => Value::Object(map),
            Ok(_) => {
                problems.push(format!("{at}: not a JSON object"));
                continue;
            }
            Err(error) => {
                problems.push(format!("{at}: not JSON: {error}\n{body}"));
                continue;
            }
        };
        let mut document = base(version);
        if let Value::Object(members) = &fragment {
            for (key, value) in members {
                document.insert(key.clone(), value.clone());
            }
        }
        let document = Value::Object(document);
        let bytes = serde_json::to_vec(&document).expect("serializes");

        if version == "1.0" {
            pending_1_0 = Some((at, fragment));
            continue;
        }
        checked += 1;

        for error in validator.iter_errors(&document) {
            problems.push(format!(
                "{at}: schema: {error} at {}",
                error.instance_path()
            ));
        }
        let read = Document::from_slice(&bytes);
        for finding in read.findings() {
            let tolerated = matches!(finding.rule().family, Family::References | Family::Quality);
            if finding.severity != Severity::Info && !tolerated {
                problems.push(format!("{at}: {}", describe(finding)));
            }
        }

        // The 1.0 block before this one migrates to it.
        if let Some((old_at, old)) = pending_1_0.take() {
            let mut old_document = base("1.0");
            if let Value::Object(members) = old {
                old_document.extend(members);
            }
            let old_bytes = serde_json::to_vec(&Value::Object(old_document)).expect("serializes");
            match overenskommelse::migrate(&old_bytes) {
                Ok(migrated) => {
                    let migrated: Value = serde_json::from_str(&migrated).expect("JSON");
                    if migrated != document {
                        problems.push(format!(
                            "{old_at} (1.0) migrates to\n{}\nnot to the block at {at}",
                            serde_json::to_string_pretty(&migrated).unwrap_or_default()
                        ));
                    }
                }
                Err(error) => problems.push(format!("{old_at} (1.0): cannot be migrated: {error}")),
            }
        }
    }
    if let Some((at, _)) = pending_1_0 {
        problems.push(format!("{at} (1.0) has no 2.0 block after it"));
    }
    assert!(
        checked >= 11,
        "the documentation shows the model: {checked} blocks"
    );
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}
