//! Counts per status, grouped by action plan, interest area, objective and responsible, and indicator progress.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::ActivityState;
use crate::model::{
    Activity, Agreement, Body, Date, Indicator, IndicatorValue, InterestArea, LocalizedText,
    Objective, Party, Person, Status,
};

/// How many activities have each status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StatusCounts {
    /// Planerade.
    pub planned: u64,
    /// Pågående.
    pub in_progress: u64,
    /// Genomförda.
    pub done: u64,
    /// Uppskjutna.
    pub postponed: u64,
    /// Inställda.
    pub cancelled: u64,
    /// Not reported: no status stated and no follow-up.
    pub not_reported: u64,
}

impl StatusCounts {
    /// Every status a count is kept for, in the order of an activity's life, then not reported.
    pub const ALL: [Option<Status>; 6] = [
        Some(Status::Planned),
        Some(Status::InProgress),
        Some(Status::Done),
        Some(Status::Postponed),
        Some(Status::Cancelled),
        None,
    ];

    /// Counts one more activity of `status` (`None`: not reported).
    pub fn add(&mut self, status: Option<Status>) {
        *self.slot(status) += 1;
    }

    /// The count of `status` (`None`: not reported).
    pub fn get(&self, status: Option<Status>) -> u64 {
        match status {
            Some(Status::Planned) => self.planned,
            Some(Status::InProgress) => self.in_progress,
            Some(Status::Done) => self.done,
            Some(Status::Postponed) => self.postponed,
            Some(Status::Cancelled) => self.cancelled,
            None => self.not_reported,
        }
    }

    fn slot(&mut self, status: Option<Status>) -> &mut u64 {
        match status {
            Some(Status::Planned) => &mut self.planned,
            Some(Status::InProgress) => &mut self.in_progress,
            Some(Status::Done) => &mut self.done,
            Some(Status::Postponed) => &mut self.postponed,
            Some(Status::Cancelled) => &mut self.cancelled,
            None => &mut self.not_reported,
        }
    }

    /// The statuses a table shows: every status, and not reported when there are any.
    pub fn shown(&self) -> impl Iterator<Item = Option<Status>> + '_ {
        Self::ALL
            .into_iter()
            .filter(|status| status.is_some() || self.not_reported > 0)
    }

    /// All activities counted.
    pub fn total(&self) -> u64 {
        Self::ALL.iter().map(|s| self.get(*s)).sum()
    }
}

/// What a group of a summary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GroupBy {
    /// Per action plan.
    ActionPlan,
    /// Per interest area.
    InterestArea,
    /// Per objective.
    Objective,
    /// Per responsible party, body, person without party, or role.
    Responsible,
}

/// The activities of one group, counted per status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Group {
    /// The id of what the group is (a party, an interest area, …); empty for "none".
    pub key: String,
    /// Its name.
    pub label: LocalizedText,
    /// Activities per status.
    pub counts: StatusCounts,
    /// How many of them are overdue.
    pub overdue: u64,
}

/// Progress of an indicator toward its target at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IndicatorProgress {
    /// The indicator's id.
    pub id: String,
    /// The objective it measures.
    pub objective: String,
    /// What is measured.
    pub name: LocalizedText,
    /// Unit.
    pub unit: Option<LocalizedText>,
    /// Starting value.
    pub baseline: Option<f64>,
    /// The latest measured value on or before the reference date.
    pub actual: Option<f64>,
    /// The target in force at the reference date (or the latest one before it).
    pub target: Option<f64>,
    /// Share of the way from baseline to target, 0.0–1.0 and beyond; `None` without baseline, actual and target.
    pub progress: Option<f64>,
}

/// Every count of the follow-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Summary {
    /// All activities.
    pub totals: StatusCounts,
    /// Overdue activities.
    pub overdue: u64,
    /// Stale activities.
    pub stale: u64,
    /// Per action plan, in document order.
    pub by_action_plan: Vec<Group>,
    /// Per interest area, in document order; a last group with key "" holds activities without one.
    pub by_interest_area: Vec<Group>,
    /// Per objective, in document order, only objectives some activity serves.
    pub by_objective: Vec<Group>,
    /// Per responsible, by name; a last group with key "" holds activities without anyone responsible.
    pub by_responsible: Vec<Group>,
    /// Indicators of the objectives.
    pub indicators: Vec<IndicatorProgress>,
}

struct Grouper {
    order: Vec<String>,
    groups: BTreeMap<String, Group>,
}

impl Grouper {
    fn new() -> Self {
        Self {
            order: Vec::new(),
            groups: BTreeMap::new(),
        }
    }

    fn declare(&mut self, key: &str, label: &LocalizedText) {
        if !self.groups.contains_key(key) {
            self.order.push(key.to_owned());
            self.groups.insert(
                key.to_owned(),
                Group {
                    key: key.to_owned(),
                    label: label.clone(),
                    counts: StatusCounts::default(),
                    overdue: 0,
                },
            );
        }
    }

    fn count(&mut self, key: &str, label: &LocalizedText, state: &ActivityState) {
        self.declare(key, label);
        if let Some(group) = self.groups.get_mut(key) {
            group.counts.add(state.status);
            group.overdue += u64::from(state.overdue);
        }
    }

    fn finish(mut self, keep_empty: bool) -> Vec<Group> {
        self.order
            .iter()
            .filter_map(|key| self.groups.remove(key))
            .filter(|group| keep_empty || group.counts.total() > 0)
            .collect()
    }
}

/// Counts the states, which must come from [`super::activity_states`] on `doc`.
pub fn summarize(doc: &Agreement, states: &[ActivityState], as_of: Date) -> Summary {
    let none = LocalizedText::sv("(inget)").with("en", "(none)");
    let mut totals = StatusCounts::default();
    let mut by_plan = Grouper::new();
    let mut by_area = Grouper::new();
    let mut by_objective = Grouper::new();
    let mut by_responsible = Grouper::new();
    for plan in &doc.action_plans {
        by_plan.declare(plan.id.as_str(), &plan.title);
    }
    for area in &doc.interest_areas {
        by_area.declare(area.id.as_str(), &area.title);
        for objective in &area.objectives {
            by_objective.declare(objective.id.as_str(), &objective.text);
        }
    }
    let index = Index::new(doc);
    let mut next_state = states.iter();
    for plan in &doc.action_plans {
        for activity in &plan.activities {
            let Some(state) = next_state.next() else {
                break;
            };
            totals.add(state.status);
            by_plan.count(plan.id.as_str(), &plan.title, state);
            // An activity reaches an interest area directly or through an objective; an id that
            // does not resolve (a validation error) leaves it without an area here.
            let mut areas: Vec<&InterestArea> = activity
                .interest_areas
                .iter()
                .filter_map(|id| index.areas.get(id.as_str()).copied())
                .collect();
            for objective in &activity.objectives {
                if let Some(&(area, found)) = index.objectives.get(objective.as_str()) {
                    by_objective.count(found.id.as_str(), &found.text, state);
                    areas.push(area);
                }
            }
            areas.sort_unstable_by(|a, b| a.id.cmp(&b.id));
            areas.dedup_by(|a, b| a.id == b.id);
            if areas.is_empty() {
                by_area.count("", &none, state);
            }
            for area in areas {
                by_area.count(area.id.as_str(), &area.title, state);
            }
            let mut responsible = index.responsible_groups(activity);
            responsible.sort_by(|a, b| a.0.cmp(&b.0));
            responsible.dedup_by(|a, b| a.0 == b.0);
            if responsible.is_empty() {
                by_responsible.count("", &none, state);
            }
            for (key, label) in responsible {
                by_responsible.count(&key, &label, state);
            }
        }
    }
    let mut by_responsible = by_responsible.finish(false);
    // Named groups alphabetically, "none" last.
    by_responsible
        .sort_by(|a, b| (a.key.is_empty(), &a.label.sv).cmp(&(b.key.is_empty(), &b.label.sv)));
    Summary {
        totals,
        overdue: states.iter().filter(|s| s.overdue).count() as u64,
        stale: states.iter().filter(|s| s.stale).count() as u64,
        by_action_plan: by_plan.finish(true),
        by_interest_area: by_area.finish(false),
        by_objective: by_objective.finish(false),
        by_responsible,
        indicators: indicators(doc, as_of),
    }
}

/// The document's entities by id, looked up once for every activity.
struct Index<'a> {
    areas: HashMap<&'a str, &'a InterestArea>,
    objectives: HashMap<&'a str, (&'a InterestArea, &'a Objective)>,
    parties: HashMap<&'a str, &'a Party>,
    bodies: HashMap<&'a str, &'a Body>,
    people: HashMap<&'a str, &'a Person>,
}

impl<'a> Index<'a> {
    fn new(doc: &'a Agreement) -> Self {
        Self {
            areas: doc
                .interest_areas
                .iter()
                .map(|a| (a.id.as_str(), a))
                .collect(),
            objectives: doc
                .interest_areas
                .iter()
                .flat_map(|area| {
                    area.objectives
                        .iter()
                        .map(move |o| (o.id.as_str(), (area, o)))
                })
                .collect(),
            parties: doc.parties.iter().map(|p| (p.id.as_str(), p)).collect(),
            bodies: doc.bodies.iter().map(|b| (b.id.as_str(), b)).collect(),
            people: doc.people.iter().map(|p| (p.id.as_str(), p)).collect(),
        }
    }

    /// The groups an activity's responsible falls in: parties, a person's party, bodies, people without a party, roles.
    fn responsible_groups(&self, activity: &Activity) -> Vec<(String, LocalizedText)> {
        let mut groups = Vec::new();
        for mention in &activity.responsible {
            for id in &mention.parties {
                if let Some(party) = self.parties.get(id.as_str()) {
                    groups.push((format!("party:{id}"), party.name.clone()));
                }
            }
            for id in &mention.bodies {
                if let Some(body) = self.bodies.get(id.as_str()) {
                    groups.push((format!("body:{id}"), body.name.clone()));
                }
            }
            for id in &mention.people {
                let Some(person) = self.people.get(id.as_str()) else {
                    continue;
                };
                let party = person
                    .party
                    .as_ref()
                    .and_then(|party| self.parties.get(party.as_str()));
                match party {
                    Some(party) => groups.push((format!("party:{}", party.id), party.name.clone())),
                    None => groups.push((
                        format!("person:{id}"),
                        LocalizedText::sv(person.name.as_str()),
                    )),
                }
            }
            for role in &mention.roles {
                groups.push((format!("role:{}", role.sv.to_lowercase()), role.clone()));
            }
        }
        groups
    }
}

fn indicators(doc: &Agreement, as_of: Date) -> Vec<IndicatorProgress> {
    let mut out = Vec::new();
    for area in &doc.interest_areas {
        for objective in &area.objectives {
            for indicator in &objective.indicators {
                out.push(progress(objective.id.as_str(), indicator, as_of));
            }
        }
    }
    out
}

fn progress(objective: &str, indicator: &Indicator, as_of: Date) -> IndicatorProgress {
    let latest = |values: &[IndicatorValue]| {
        values
            .iter()
            .filter(|v| v.period.first_day().is_none_or(|start| start <= as_of))
            .max_by_key(|v| v.period.first_day())
            .map(|v| v.value)
    };
    let baseline = indicator.baseline.as_ref().map(|b| b.value);
    let actual = latest(&indicator.actuals);
    // The target in force at as_of; before any has begun, the first one.
    let target = indicator
        .targets
        .iter()
        .find(|t| t.period.contains(as_of))
        .map(|t| t.value)
        .or_else(|| latest(&indicator.targets))
        .or_else(|| indicator.targets.first().map(|t| t.value));
    let progress = match (baseline, actual, target) {
        (Some(base), Some(actual), Some(target)) if (target - base).abs() > f64::EPSILON => {
            Some((actual - base) / (target - base))
        }
        _ => None,
    };
    IndicatorProgress {
        id: indicator.id.0.clone(),
        objective: objective.to_owned(),
        name: indicator.name.clone(),
        unit: indicator.unit.clone(),
        baseline,
        actual,
        target,
        progress,
    }
}
