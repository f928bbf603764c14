//! Seeded generator of large, valid documents: the same seed and size give the same bytes.
//!
//! Benchmarks and scale tests use it to get documents of any number of activities that look
//! like a kommun's: several action plans, activities with Swedish time texts, mentions that
//! resolve, and follow-ups in date order.

use chrono::{Datelike, Days};
use overenskommelse::{
    ActionPlan, ActionPlanKind, Activity, ActivityCode, ActivityTime, Agreement, Assessment, Body,
    BodyKind, Challenge, Date, FollowUp, InterestArea, Jurisdiction, JurisdictionKind,
    LocalizedText, Mention, Objective, Party, PartyKind, Period, Person, PersonalName, Plan,
    PlanKind, Principle, Side, Status, SCHEMA_VERSION,
};

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
        parent: None,
        period: Period::new(date(first_year, 1, 1), date(last_year, 12, 31)),
        adopted: None,
        introduction: Vec::new(),
        purpose: None,
        scope: None,
        learning: None,
        conditions: None,
        interest_areas: interest_areas.iter().map(|a| a.id.clone()).collect(),
        follow_up: None,
        sections: Vec::new(),
        budget: Vec::new(),
        extensions: Default::default(),
    };
    let mut action_plans = Vec::with_capacity(plans_needed);
    let mut remaining = activities;
    for index in 0..plans_needed {
        let year = first_year + index as i32;
        let count = remaining.min(ACTIVITIES_PER_ACTION_PLAN);
        remaining -= count;
        let activities = (0..count)
            .map(|n| activity(&mut rng, n, year, &parties, &people, &objective_ids))
            .collect();
        action_plans.push(ActionPlan {
            id: format!("handlingsplan-{year}").as_str().into(),
            kind: ActionPlanKind::ActionPlan,
            title: text(format!("Handlingsplan {year}")),
            plan: Some(plan.id.clone()),
            period: Period::new(date(year, 1, 1), date(year, 12, 31)),
            adopted: None,
            purpose: None,
            sections: Vec::new(),
            priorities_title: None,
            priorities: Vec::new(),
            follow_up: None,
            activities_title: None,
            activities,
            budget: Vec::new(),
            adopted_by: Vec::new(),
            extensions: Default::default(),
        });
    }
    Agreement {
        schema: None,
        schema_version: SCHEMA_VERSION.to_owned(),
        id: "exempelby".into(),
        jurisdiction: Jurisdiction {
            kind: JurisdictionKind::Kommun,
            name: text("Exempelby kommun"),
            code: "2599".to_owned(),
            extensions: Default::default(),
        },
        title: text("Överenskommelsen i Exempelby"),
        as_of: Some(date(last_year, 12, 31)),
        version: None,
        adopted: None,
        validity: None,
        ended: None,
        introduction: Vec::new(),
        vision: None,
        goals: Vec::new(),
        principles: ["dialog", "kvalitet", "mangfald"]
            .iter()
            .map(|id| Principle {
                id: (*id).into(),
                name: text(*id),
                description: None,
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
        sections: Vec::new(),
        extensions: Default::default(),
    }
}

/// [`document`] as JSON bytes.
pub fn document_json(activities: usize, seed: u64) -> Vec<u8> {
    serde_json::to_vec(&document(activities, seed)).unwrap_or_default()
}

fn party(id: &str, name: &str, side: Side, kind: PartyKind) -> Party {
    Party {
        id: id.into(),
        name: text(name),
        short_name: None,
        side,
        kind,
        org_number: None,
        part_of: None,
        description: None,
        website: None,
        email: None,
        period: None,
        extensions: Default::default(),
    }
}

fn body(id: &str, name: &str, kind: BodyKind) -> Body {
    Body {
        id: id.into(),
        name: text(name),
        kind,
        description: None,
        members: Vec::new(),
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
        status: Status::Planned,
        objectives: vec![objective],
        interest_areas: vec![area],
        priorities: Vec::new(),
        principles: Vec::new(),
        budget: Vec::new(),
        follow_ups,
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
}
