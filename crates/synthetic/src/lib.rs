//! Seeded generator of large, valid documents: the same seed and size give the same bytes.
//!
//! Benchmarks and scale tests use it to get documents of any number of activities that look
//! like a kommun's: several action plans, activities with Swedish time texts, mentions that
//! resolve, and follow-ups in date order.

use chrono::{Datelike, Days};
use overenskommelse::{
    ActionPlan, ActionPlanKind, Activity, ActivityCode, ActivityTime, Agreement, Assessment, Body,
    BodyKind, BudgetLine, Challenge, Date, FollowUp, InterestArea, Jurisdiction, JurisdictionKind,
    LocalizedText, Mention, Objective, Obligation, Partnership, PartnershipKind, Party, PartyKind,
    Period, Person, PersonalName, Plan, PlanKind, Principle, Side, Status, SCHEMA_VERSION,
};
use serde_json::{json, Map, Value};

/// Activities in one generated action plan.
pub const ACTIVITIES_PER_ACTION_PLAN: usize = 100;

/// A small, fast, seeded pseudo-random generator (xorshift64*), so results do not depend on a crate's version.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed; every seed, zero included, gives a usable sequence.
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TITLES: [&str; 12] = [
    "Dialogmöte om mötesplatser",
    "Studiecirkel om Överenskommelsen",
    "Gemensam hemsida",
    "Seminarium om idéburet offentligt partnerskap",
    "Kvällsmacka för föreningar",
    "Omvärldsbevakning",
    "Utbildning för nämnder",
    "Läxhjälp i samverkan med grundskolan",
    "Träffpunkt för äldre",
    "Lokaler för föreningslivet",
    "Stormöte",
    "Nätverksträff om integration",
];

const DESCRIPTIONS: [&str; 6] = [
    "Samtal för att utveckla samverkan inom olika områden.",
    "Informella träffar och nätverkande mellan idéburna aktörer och staden.",
    "Information på nätverk och i andra sammanhang.",
    "Goda exempel på samarbeten, både IOP och andra former.",
    "Inbjudningar till arrangemang och utbildningar för kommunen och de idéburna.",
    "Deltagande i nationella och regionala nätverk och konferenser.",
];

const TIMES: [&str; 12] = [
    "Löpande",
    "Under {year}",
    "Startar våren {year}",
    "hösten {year}",
    "mars–maj {year}",
    "vecka 12",
    "Regelbunden uppdatering.",
    "vt {year}",
    "senast 30 november {year}",
    "April Mars, maj?",
    "Q3 {year}",
    "Dagligt underhåll",
];

fn text(sv: impl Into<String>) -> LocalizedText {
    LocalizedText::sv(sv)
}

fn date(year: i32, month: u32, day: u32) -> Date {
    Date::from_ymd(year, month, day)
        .unwrap_or(Date::from_ymd(2000, 1, 1).unwrap_or_else(Date::today))
}

/// A valid document with `activities` activities, spread over action plans of
/// [`ACTIVITIES_PER_ACTION_PLAN`], one a year from 2019.
pub fn document(activities: usize, seed: u64) -> Agreement {
    let mut rng = Rng::new(seed);
    let parties = vec![
        party(
            "kommunen",
            "Exempelby kommun",
            Side::Public,
            PartyKind::Kommun,
        ),
        party(
            "ideburna",
            "Det idéburna i Exempelby",
            Side::CivilSociety,
            PartyKind::Collective,
        ),
        party(
            "studieforbunden",
            "Studieförbunden",
            Side::CivilSociety,
            PartyKind::StudyAssociation,
        ),
    ];
    let people: Vec<Person> = (1..=20)
        .map(|n| Person {
            id: format!("person-{n}").as_str().into(),
            name: PersonalName(format!("Processledare {n}")),
            party: Some(parties[n % parties.len()].id.clone()),
            employer: None,
            roles: Vec::new(),
            email: None,
            phone: None,
            extensions: Default::default(),
        })
        .collect();
    let bodies = vec![
        body("samradet", "Samrådet", BodyKind::JointCouncil),
        body("stormotet", "Stormötet", BodyKind::GeneralMeeting),
    ];
    let interest_areas: Vec<InterestArea> = (1..=4)
        .map(|n| InterestArea {
            id: format!("omrade-{n}").as_str().into(),
            title: text(format!("Intresseområde {n}")),
            description: vec![text("Ett område där parterna har gemensamma intressen.")],
            challenges: vec!["demokrati".into()],
            goals: Vec::new(),
            objectives_title: Some(text("Vi arbetar tillsammans för:")),
            objectives: (1..=3)
                .map(|m| Objective {
                    id: format!("mal-{n}-{m}").as_str().into(),
                    text: text(format!("Att fler ska kunna delta, mål {m}.")),
                    means: Vec::new(),
                    indicators: Vec::new(),
                    extensions: Default::default(),
                })
                .collect(),
            extensions: Default::default(),
        })
        .collect();
    let objective_ids: Vec<_> = interest_areas
        .iter()
        .flat_map(|area| {
            area.objectives
                .iter()
                .map(|o| (area.id.clone(), o.id.clone()))
        })
        .collect();
    let plans_needed = activities.div_ceil(ACTIVITIES_PER_ACTION_PLAN).max(1);
    let first_year = 2019;
    let last_year = first_year + plans_needed as i32 - 1;
    let plan = Plan {
        id: "plan".into(),
        kind: PlanKind::LongTerm,
        title: text("Plan för Överenskommelsen i Exempelby"),
        owner: Default::default(),
        status: None,
        parent: None,
        replaces: None,
        period: Period::new(date(first_year, 1, 1), date(last_year, 12, 31)),
        decisions: Vec::new(),
        action_plan_rhythm: None,
        introduction: Vec::new(),
        purpose: None,
        scope: None,
        learning: None,
        conditions: None,
        challenges: Vec::new(),
        interest_areas: interest_areas.iter().map(|a| a.id.clone()).collect(),
        follow_up: None,
        sections: Vec::new(),
        activities: Vec::new(),
        budget: Vec::new(),
        extensions: Default::default(),
    };
    let mut action_plans = Vec::with_capacity(plans_needed);
    let mut partnerships = Vec::new();
    // Money and partnerships draw from a generator of their own, so that the activities of a
    // seed stay what they were before documents had them.
    let mut money_rng = Rng::new(seed ^ 0x6d6f_6e65_7900);
    let mut remaining = activities;
    for index in 0..plans_needed {
        let year = first_year + index as i32;
        // A large document has an action plan a year far beyond the years money may be for
        // (1900–2200): its money is for a year within them, the same for every hundred plans.
        let money_year = first_year + (index % 100) as i32;
        let count = remaining.min(ACTIVITIES_PER_ACTION_PLAN);
        remaining -= count;
        let activities = (0..count)
            .map(|n| {
                let mut activity = activity(&mut rng, n, year, &parties, &people, &objective_ids);
                // Every tenth activity has money of its own.
                if n % 10 == 0 {
                    activity.budget.push(budget_line(
                        money_year,
                        Some(5_000 * (n as i64 / 10 + 1)),
                        &parties[0].id,
                        None,
                    ));
                }
                activity
            })
            .collect();
        if index % 10 == 0 {
            partnerships.push(partnership(&mut money_rng, year, money_year, &parties));
        }
        let mut budget = vec![budget_line(
            money_year,
            Some(100_000 + 25_000 * (index as i64 % 5)),
            &parties[0].id,
            Some(&parties[1].id),
        )];
        if index % 2 == 1 {
            // Next year's money, not decided yet.
            let mut next = budget_line(money_year + 1, None, &parties[0].id, Some(&parties[1].id));
            next.decided = false;
            next.note = Some(text(format!("{} beslutas i budgeten.", money_year + 1)));
            budget.push(next);
        }
        action_plans.push(ActionPlan {
            id: format!("handlingsplan-{year}").as_str().into(),
            kind: ActionPlanKind::ActionPlan,
            title: text(format!("Handlingsplan {year}")),
            plan: Some(plan.id.clone()),
            replaces: None,
            status: None,
            period: Period::new(date(year, 1, 1), date(year, 12, 31)),
            decisions: Vec::new(),
            interest_areas: Vec::new(),
            purpose: None,
            sections: Vec::new(),
            priorities_title: None,
            priorities: Vec::new(),
            follow_up: None,
            activities_title: None,
            activities,
            budget,
            extensions: Default::default(),
        });
    }
    Agreement {
        schema: None,
        schema_version: SCHEMA_VERSION.to_owned(),
        id: "exempelby".into(),
        jurisdiction: Jurisdiction {
            kind: JurisdictionKind::Kommun,
            // A real kommun's name and code, as SCB lists them, so that the document is clean.
            name: text("Kiruna kommun"),
            code: "2584".to_owned(),
            extensions: Default::default(),
        },
        title: text("Överenskommelsen i Exempelby"),
        as_of: Some(date(last_year, 12, 31)),
        former_names: Vec::new(),
        terms: None,
        decisions: Vec::new(),
        versions: Vec::new(),
        validity: None,
        revision: None,
        managing_body: None,
        introduction: Vec::new(),
        vision: None,
        goals: Vec::new(),
        principles: ["dialog", "kvalitet", "mangfald"]
            .iter()
            .map(|id| Principle {
                id: (*id).into(),
                name: text(*id),
                description: None,
                derived_from: Vec::new(),
                extensions: Default::default(),
            })
            .collect(),
        parties,
        people,
        bodies,
        challenges: vec![Challenge {
            id: "demokrati".into(),
            name: text("demokrati"),
            description: None,
            extensions: Default::default(),
        }],
        interest_areas,
        plans: vec![plan],
        action_plans,
        partnerships,
        evaluations: Vec::new(),
        sections: Vec::new(),
        extensions: Default::default(),
    }
}

/// [`document`] as JSON bytes.
pub fn document_json(activities: usize, seed: u64) -> Vec<u8> {
    serde_json::to_vec(&document(activities, seed)).unwrap_or_default()
}

/// [`document`] as JSON with `errors` structure problems spread over its activities: the kind
/// of reader's finding that a broken export or a hand edit leaves, which cannot be built
/// through the model and so is written into the JSON text.
///
/// The activities that get a problem are drawn with `seed`, so the same arguments give the same
/// bytes. The kinds take turns, so every kind is about a fifth of the problems:
///
/// * an unknown field, `"ansvarig"` (OVK-STR-002);
/// * a number where a text is expected, as the `description` (OVK-STR-004);
/// * the required `code` missing (OVK-STR-003; the activity is left out of the agreement);
/// * an unknown status code, `"pågår"` (OVK-STR-005);
/// * an invalid date, `YYYY-02-30`, in the last follow-up, added when the activity has none
///   (OVK-DATE-001; the follow-up is left out).
///
/// Each problem gives one finding of the reader, so the document has at least `errors`
/// structure findings; leaving parts out may add findings of other rules. With more problems
/// than activities an activity gets several, each of another kind, and beyond five more unknown
/// fields (`"ansvarig_6"`, …).
pub fn with_structure_errors(activities: usize, seed: u64, errors: usize) -> Vec<u8> {
    let mut document = document_value(activities, seed);
    add_structure_errors(&mut document, seed, errors);
    serde_json::to_vec(&document).unwrap_or_default()
}

/// Writes `errors` structure problems into the activities of a document as JSON; see
/// [`with_structure_errors`]. Returns how many were written: none when there is no activity.
pub fn add_structure_errors(document: &mut Value, seed: u64, errors: usize) -> usize {
    let mut activities = activities_mut(document);
    if activities.is_empty() {
        return 0;
    }
    let order = shuffled(activities.len(), seed ^ 0x5354_5255_4354_5552);
    for problem in 0..errors {
        let (round, slot) = (problem / order.len(), problem % order.len());
        let activity = &mut *activities[order[slot]];
        if round >= StructureProblem::ALL.len() {
            activity.insert(format!("ansvarig_{}", round + 1), json!("Extra fält"));
            continue;
        }
        // Shifting the kind by the round gives one activity distinct kinds in later rounds.
        let kind = StructureProblem::ALL[(slot + round) % StructureProblem::ALL.len()];
        kind.write(activity);
    }
    errors
}

/// The kinds of structure problem written into an activity.
#[derive(Debug, Clone, Copy)]
enum StructureProblem {
    UnknownField,
    NumberForText,
    MissingCode,
    UnknownStatus,
    InvalidFollowUpDate,
}

impl StructureProblem {
    const ALL: [Self; 5] = [
        Self::UnknownField,
        Self::NumberForText,
        Self::MissingCode,
        Self::UnknownStatus,
        Self::InvalidFollowUpDate,
    ];

    fn write(self, activity: &mut Map<String, Value>) {
        match self {
            Self::UnknownField => {
                activity.insert("ansvarig".into(), json!("Processledaren"));
            }
            Self::NumberForText => {
                activity.insert("description".into(), json!(42));
            }
            Self::MissingCode => {
                remove(activity, "code");
            }
            Self::UnknownStatus => {
                activity.insert("status".into(), json!("pågår"));
            }
            Self::InvalidFollowUpDate => {
                let follow_ups = activity
                    .entry("follow_ups")
                    .or_insert_with(|| json!([]))
                    .as_array_mut();
                let Some(follow_ups) = follow_ups else { return };
                // The last follow-up, so that leaving it out changes no status transition.
                let year = follow_ups
                    .last()
                    .and_then(|f| f["date"].as_str())
                    .and_then(|d| d.get(..4))
                    .unwrap_or("2019")
                    .to_owned();
                let invalid = format!("{year}-02-30");
                match follow_ups.last_mut().and_then(Value::as_object_mut) {
                    Some(last) => {
                        last.insert("date".into(), json!(invalid));
                    }
                    None => follow_ups.push(json!({ "date": invalid, "status": "planned" })),
                }
            }
        }
    }
}

/// [`document`] as JSON with `warnings` gaps that the quality rules warn about, and nothing
/// else wrong: in turn an activity without its `responsible` (warning OVK-QUAL-001) and one
/// without its `target_groups` (OVK-QUAL-002).
///
/// The activities are drawn with `seed`; each gap is one more warning than the valid document
/// has. An activity can lack both, so at most twice the number of activities are made; more
/// are not.
pub fn with_warnings(activities: usize, seed: u64, warnings: usize) -> Vec<u8> {
    let mut document = document_value(activities, seed);
    add_warnings(&mut document, seed, warnings);
    serde_json::to_vec(&document).unwrap_or_default()
}

/// Takes `responsible` or `target_groups` out of activities of a document as JSON; see
/// [`with_warnings`]. Returns how many were taken out.
pub fn add_warnings(document: &mut Value, seed: u64, warnings: usize) -> usize {
    let mut activities = activities_mut(document);
    let order = shuffled(activities.len(), seed ^ 0x5741_524E_494E_4753);
    let mut made = 0;
    for gap in 0..warnings.min(2 * order.len()) {
        let (round, slot) = (gap / order.len(), gap % order.len());
        // The second round takes the other field, so that each gap is a warning of its own.
        let field = if (slot + round) % 2 == 0 {
            "responsible"
        } else {
            "target_groups"
        };
        if remove(activities[order[slot]], field) {
            made += 1;
        }
    }
    made
}

/// [`document`] as a `serde_json::Value`, to change before writing.
pub fn document_value(activities: usize, seed: u64) -> Value {
    serde_json::to_value(document(activities, seed)).unwrap_or_default()
}

/// Takes a member out of an object, keeping the order of the others whichever way serde_json
/// keeps maps; true when it was there.
fn remove(object: &mut Map<String, Value>, key: &str) -> bool {
    let before = object.len();
    object.retain(|k, _| k != key);
    object.len() < before
}

/// Every activity object of a document as JSON, in document order.
fn activities_mut(document: &mut Value) -> Vec<&mut Map<String, Value>> {
    let Some(plans) = document["action_plans"].as_array_mut() else {
        return Vec::new();
    };
    plans
        .iter_mut()
        .filter_map(|plan| plan.get_mut("activities")?.as_array_mut())
        .flatten()
        .filter_map(Value::as_object_mut)
        .collect()
}

/// `0..n` in an order drawn with `seed` (Fisher–Yates), so that changes are spread over the
/// whole document rather than bunched at its start.
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

fn party(id: &str, name: &str, side: Side, kind: PartyKind) -> Party {
    Party {
        id: id.into(),
        name: text(name),
        short_name: None,
        side,
        kind,
        org_number: None,
        participation: Default::default(),
        part_of: None,
        represented_by: None,
        former_names: Vec::new(),
        description: None,
        website: None,
        email: None,
        period: None,
        member_counts: Vec::new(),
        extensions: Default::default(),
    }
}

fn body(id: &str, name: &str, kind: BodyKind) -> Body {
    Body {
        id: id.into(),
        name: text(name),
        kind,
        description: None,
        former_names: Vec::new(),
        period: None,
        part_of: None,
        replaces: None,
        host: None,
        seats: Vec::new(),
        members: Vec::new(),
        roles: Vec::new(),
        meetings: Vec::new(),
        extensions: Default::default(),
    }
}

fn activity(
    rng: &mut Rng,
    n: usize,
    year: i32,
    parties: &[Party],
    people: &[Person],
    objectives: &[(
        overenskommelse::InterestAreaId,
        overenskommelse::ObjectiveId,
    )],
) -> Activity {
    let (area, objective) = rng.pick(objectives).clone();
    let person = rng.pick(people);
    let follow_ups = follow_ups(rng, year);
    Activity {
        code: ActivityCode(format!("A{}", n + 1)),
        title: text(*rng.pick(&TITLES)),
        description: Some(text(*rng.pick(&DESCRIPTIONS))),
        parts: Vec::new(),
        target_groups: vec![Mention {
            text: Some(text("Idéburna aktörer och kommunala förvaltningar")),
            parties: vec![parties[0].id.clone(), parties[1].id.clone()],
            ..Mention::default()
        }],
        responsible: vec![Mention {
            text: Some(text(format!(
                "{} i samverkan med berörda.",
                person.name.as_str()
            ))),
            people: vec![person.id.clone()],
            ..Mention::default()
        }],
        time: Some(ActivityTime {
            text: Some(text(rng.pick(&TIMES).replace("{year}", &year.to_string()))),
            window: None,
            extensions: Default::default(),
        }),
        status: Some(Status::Planned),
        objectives: vec![objective],
        interest_areas: vec![area],
        goals: Vec::new(),
        strategies: Vec::new(),
        priorities: Vec::new(),
        principles: Vec::new(),
        budget: Vec::new(),
        follow_ups,
        extensions: Default::default(),
    }
}

/// A decided line of money for `year` from `funder` (to `recipient`), or one without an amount.
fn budget_line(
    year: i32,
    amount: Option<i64>,
    funder: &overenskommelse::PartyId,
    recipient: Option<&overenskommelse::PartyId>,
) -> BudgetLine {
    BudgetLine {
        year,
        amount,
        currency: "SEK".to_owned(),
        funder: Some(Mention {
            parties: vec![funder.clone()],
            ..Mention::default()
        }),
        recipient: recipient.map(|id| Mention {
            parties: vec![id.clone()],
            ..Mention::default()
        }),
        source: Some(text("Kommunstyrelsens anslag")),
        decided: amount.is_some(),
        note: None,
        extensions: Default::default(),
    }
}

/// An IOP over three years from `year` between the kommun and the idéburna, with money for
/// three years from `money_year` and two obligations for each.
fn partnership(rng: &mut Rng, year: i32, money_year: i32, parties: &[Party]) -> Partnership {
    let (kommun, ideburna) = (&parties[0].id, &parties[1].id);
    let obligations = ["K1", "K2", "I1", "I2"]
        .iter()
        .enumerate()
        .map(|(k, code)| Obligation {
            code: ActivityCode((*code).to_owned()),
            party: if k < 2 {
                kommun.clone()
            } else {
                ideburna.clone()
            },
            text: text(if k < 2 {
                "Kommunen ska upplåta lokaler och bidra med det belopp som budgeten anger."
            } else {
                "Föreningen ska hålla verksamheten öppen och redovisa den varje halvår."
            }),
            time: Some(ActivityTime {
                text: Some(text(if k % 2 == 0 { "Löpande" } else { "Hösten" })),
                window: None,
                extensions: Default::default(),
            }),
            status: Some(Status::Planned),
            follow_ups: follow_ups(rng, year),
            extensions: Default::default(),
        })
        .collect();
    Partnership {
        id: format!("iop-{year}").as_str().into(),
        kind: PartnershipKind::Iop,
        title: text(format!("IOP om mötesplatser {year}–{}", year + 2)),
        plan: Some("plan".into()),
        parties: vec![kommun.clone(), ideburna.clone()],
        period: Some(Period::new(date(year, 1, 1), date(year + 2, 12, 31))),
        decisions: Vec::new(),
        description: None,
        sections: Vec::new(),
        budget: (0..3)
            .map(|k| {
                let mut line = budget_line(money_year + k, Some(300_000), kommun, Some(ideburna));
                if k > 0 {
                    line.amount = None;
                    line.decided = false;
                }
                line
            })
            .collect(),
        obligations,
        extensions: Default::default(),
    }
}

/// Zero to three follow-ups in date order within the year, moving forward through the statuses.
fn follow_ups(rng: &mut Rng, year: i32) -> Vec<FollowUp> {
    let count = rng.below(4);
    let mut day = date(year, 1, 15);
    let mut status = Status::Planned;
    (0..count)
        .map(|_| {
            day = day
                .naive()
                .checked_add_days(Days::new(20 + rng.below(90) as u64))
                .filter(|d| d.year() == year)
                .and_then(Date::from_naive)
                .unwrap_or(date(year, 12, 31));
            status = match (status, rng.below(4)) {
                (Status::Planned, 0) => Status::Postponed,
                (Status::Planned | Status::Postponed, _) => Status::InProgress,
                (Status::InProgress, 0 | 1) => Status::Done,
                (other, _) => other,
            };
            FollowUp {
                date: day,
                status,
                assessment: Some(*rng.pick(&[
                    Assessment::Green,
                    Assessment::Yellow,
                    Assessment::Red,
                ])),
                note: Some(text("Rapporterat på samrådet.")),
                reported_by: Vec::new(),
                body: Some("samradet".into()),
                extensions: Default::default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of more action plans than there are years money may be for (1900–2200)
    /// still has no finding at all: the benchmarks' clean document is clean.
    #[test]
    fn a_document_of_hundreds_of_action_plans_has_no_finding() {
        let bytes = document_json(25_000, 2018);
        let checked = overenskommelse::Document::from_slice(&bytes);
        assert_eq!(checked.findings(), [], "a clean generated document");
        let doc = checked.into_agreement().expect("loads");
        assert_eq!(doc.action_plans.len(), 250);
        assert!(doc.partnerships.len() == 25 && doc.action_plans[249].budget.len() == 2);
    }

    #[test]
    fn same_seed_same_bytes_and_the_document_is_valid() {
        let a = document_json(250, 7);
        assert_eq!(a, document_json(250, 7));
        assert_ne!(a, document_json(250, 8));
        let checked = overenskommelse::Document::from_slice(&a);
        let errors: Vec<_> = checked
            .findings()
            .iter()
            .filter(|f| f.severity == overenskommelse::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let doc = checked.into_agreement().expect("loads");
        let total: usize = doc.action_plans.iter().map(|p| p.activities.len()).sum();
        assert_eq!(total, 250);
        assert_eq!(doc.action_plans.len(), 3);
    }
    use overenskommelse::{Document, Severity};

    fn count(document: &Document, severity: Severity) -> usize {
        document
            .findings()
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    fn is_structure(code: &str) -> bool {
        code.starts_with("OVK-STR-") || code == "OVK-DATE-001"
    }

    #[test]
    fn structure_errors_are_found_and_of_every_kind() {
        for (activities, errors) in [(1_000, 100), (300, 1_000)] {
            let bytes = with_structure_errors(activities, 2018, errors);
            assert_eq!(bytes, with_structure_errors(activities, 2018, errors));
            let checked = Document::from_slice(&bytes);
            let structure: Vec<&str> = checked
                .findings()
                .iter()
                .filter(|f| f.severity == Severity::Error && is_structure(f.code()))
                .map(|f| f.code())
                .collect();
            assert!(
                structure.len() >= errors,
                "{activities} activities, {errors} asked, {} found",
                structure.len()
            );
            for code in [
                "OVK-STR-002",
                "OVK-STR-003",
                "OVK-STR-004",
                "OVK-STR-005",
                "OVK-DATE-001",
            ] {
                let n = structure.iter().filter(|c| **c == code).count();
                assert!(n >= errors / 10, "{code}: only {n} of {errors}");
            }
            assert!(
                checked.agreement().is_some(),
                "the rest is still read and checked"
            );
        }
    }

    #[test]
    fn structure_errors_are_spread_over_the_document() {
        let bytes = with_structure_errors(1_000, 7, 50);
        let checked = Document::from_slice(&bytes);
        let plans: std::collections::HashSet<&str> = checked
            .findings()
            .iter()
            .filter_map(|f| f.path.split('/').nth(2))
            .collect();
        assert!(
            plans.len() >= 8,
            "problems in {} of 10 action plans",
            plans.len()
        );
    }

    #[test]
    fn warnings_are_exactly_the_gaps_asked_for() {
        let clean = Document::from_slice(&document_json(1_000, 2018));
        for warnings in [0, 1, 300, 1_000, 1_500] {
            let bytes = with_warnings(1_000, 2018, warnings);
            let checked = Document::from_slice(&bytes);
            assert_eq!(count(&checked, Severity::Error), 0, "{warnings} asked");
            assert_eq!(
                count(&checked, Severity::Warning),
                count(&clean, Severity::Warning) + warnings,
                "{warnings} asked"
            );
            let codes = |code: &str| {
                checked
                    .findings()
                    .iter()
                    .filter(|f| f.code() == code)
                    .count()
            };
            assert!(codes("OVK-QUAL-001") >= warnings / 2);
            assert!(codes("OVK-QUAL-002") >= warnings / 2);
        }
    }

    #[test]
    fn no_activity_means_nothing_to_break() {
        let mut document = document_value(0, 1);
        assert_eq!(add_structure_errors(&mut document, 1, 10), 0);
        assert_eq!(add_warnings(&mut document, 1, 10), 0);
        assert_eq!(add_warnings(&mut document_value(3, 1), 1, 10), 6);
    }
}
