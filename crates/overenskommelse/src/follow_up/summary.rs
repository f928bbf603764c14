//! Counts per status, grouped by action plan, interest area, objective and responsible, and indicator progress.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::ActivityState;
use crate::i18n::{self, Arg, Args, Lang, Word};
use crate::model::{
    Activity, Agreement, Body, Date, Indicator, IndicatorValue, InterestArea, LocalizedText,
    Objective, Party, Person, Principle, Status,
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
    /// Per principle.
    Principle,
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
    /// Per action plan, in document order, then plans with activities of their own.
    pub by_action_plan: Vec<Group>,
    /// Per interest area, in document order; a last group with key "" holds activities without one.
    pub by_interest_area: Vec<Group>,
    /// Per objective, in document order, only objectives some activity serves.
    pub by_objective: Vec<Group>,
    /// Per principle the activities name, in document order (empty when none names one); a
    /// last group with key "" holds activities that name none.
    pub by_principle: Vec<Group>,
    /// Per responsible, by name; an activity several are responsible for is counted once, in
    /// a joint group (key `joint:…`) after the others; a last group with key "" holds
    /// activities without anyone responsible.
    pub by_responsible: Vec<Group>,
    /// Indicators of the objectives.
    pub indicators: Vec<IndicatorProgress>,
}

/// Groups in the order they were declared, found by key: one lookup an activity and group,
/// and the group's key written out once, when it is declared.
struct Grouper<K> {
    groups: Vec<Group>,
    index: HashMap<K, usize>,
}

impl<K: GroupKey> Grouper<K> {
    fn new() -> Self {
        Self {
            groups: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn declare(&mut self, key: K, label: impl FnOnce() -> LocalizedText) -> usize {
        let groups = &mut self.groups;
        *self.index.entry(key).or_insert_with_key(|key| {
            groups.push(Group {
                key: key.written(),
                label: label(),
                counts: StatusCounts::default(),
                overdue: 0,
            });
            groups.len() - 1
        })
    }

    fn count(&mut self, key: K, label: impl FnOnce() -> LocalizedText, state: &ActivityState<'_>) {
        let at = self.declare(key, label);
        let group = &mut self.groups[at];
        group.counts.add(state.status);
        group.overdue += u64::from(state.overdue);
    }

    fn finish(self, keep_empty: bool) -> Vec<Group> {
        self.groups
            .into_iter()
            .filter(|group| keep_empty || group.counts.total() > 0)
            .collect()
    }
}

/// The key of a group as a [`Group`] shows it.
trait GroupKey: std::hash::Hash + Eq {
    fn written(&self) -> String;
}

/// An id, "" for the group of activities without one.
impl GroupKey for &str {
    fn written(&self) -> String {
        (*self).to_owned()
    }
}

/// Counts the states, which must come from [`super::activity_states`] on `doc`.
pub fn summarize(doc: &Agreement, states: &[ActivityState<'_>], as_of: Date) -> Summary {
    let none = || {
        LocalizedText::sv(i18n::word(Word::NoneGroup, Lang::Sv))
            .with("en", i18n::word(Word::NoneGroup, Lang::En))
    };
    let mut totals = StatusCounts::default();
    let mut by_plan = Grouper::new();
    let mut by_area = Grouper::new();
    let mut by_objective = Grouper::new();
    let mut by_principle = Grouper::new();
    let mut by_responsible = Grouper::new();
    for plan in &doc.action_plans {
        by_plan.declare(plan.id.as_str(), || plan.title.clone());
    }
    for area in &doc.interest_areas {
        by_area.declare(area.id.as_str(), || area.title.clone());
        for objective in &area.objectives {
            by_objective.declare(objective.id.as_str(), || objective.text.clone());
        }
    }
    for principle in &doc.principles {
        by_principle.declare(principle.id.as_str(), || principle.name.clone());
    }
    let index = Index::new(doc);
    let names_principles = super::work(doc).any(|w| !w.activity.principles.is_empty());
    // Made once and cleared for each activity: most activities fall in one group of each.
    let mut areas: Vec<&InterestArea> = Vec::new();
    let mut responsible: Vec<(ResponsibleKey<'_>, Label<'_>)> = Vec::new();
    for (w, state) in super::work(doc).zip(states) {
        let activity = w.activity;
        totals.add(state.status);
        by_plan.count(w.plan, || w.plan_title.clone(), state);
        // An activity reaches an interest area directly or through an objective; an id that
        // does not resolve (a validation error) leaves it without an area here.
        areas.clear();
        areas.extend(
            activity
                .interest_areas
                .iter()
                .filter_map(|id| index.areas.get(id.as_str()).copied()),
        );
        for objective in &activity.objectives {
            if let Some(&(area, found)) = index.objectives.get(objective.as_str()) {
                by_objective.count(found.id.as_str(), || found.text.clone(), state);
                areas.push(area);
            }
        }
        areas.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        areas.dedup_by(|a, b| a.id == b.id);
        if areas.is_empty() {
            by_area.count("", none, state);
        }
        for area in &areas {
            by_area.count(area.id.as_str(), || area.title.clone(), state);
        }
        if names_principles {
            let mut named = false;
            for principle in activity
                .principles
                .iter()
                .filter_map(|id| index.principles.get(id.as_str()).copied())
            {
                named = true;
                by_principle.count(principle.id.as_str(), || principle.name.clone(), state);
            }
            if !named {
                by_principle.count("", none, state);
            }
        }
        responsible.clear();
        index.responsible_groups(activity, &mut responsible);
        responsible.sort_by(|a, b| a.0.cmp(&b.0));
        responsible.dedup_by(|a, b| a.0 == b.0);
        match responsible.as_slice() {
            [] => by_responsible.count(Responsible::Nobody, none, state),
            [(key, label)] => {
                by_responsible.count(Responsible::One(key.clone()), || label.to_text(), state);
            }
            // Several responsible: the activity is counted once, as theirs jointly.
            several => {
                let key = several
                    .iter()
                    .map(|(key, _)| key.written())
                    .collect::<Vec<_>>()
                    .join("+");
                by_responsible.count(Responsible::Joint(key), || jointly(several), state);
            }
        }
    }
    let mut by_responsible = by_responsible.finish(false);
    // Named groups alphabetically, joint ones after them, "none" last.
    by_responsible.sort_by(|a, b| {
        let rank = |g: &Group| (g.key.is_empty(), g.key.starts_with("joint:"));
        (rank(a), &a.label.sv).cmp(&(rank(b), &b.label.sv))
    });
    Summary {
        totals,
        overdue: states.iter().filter(|s| s.overdue).count() as u64,
        stale: states.iter().filter(|s| s.stale).count() as u64,
        by_action_plan: by_plan.finish(true),
        by_interest_area: by_area.finish(false),
        by_objective: by_objective.finish(false),
        by_principle: by_principle.finish(false),
        by_responsible,
        indicators: indicators(doc, as_of),
    }
}

/// What a responsible group is, by the id of what it names; written `party:…`, `body:…`,
/// `person:…` or `role:…` (a role lower-cased). The kinds are in the order of their words, so
/// keys sort as their texts do.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum ResponsibleKey<'a> {
    Body(&'a str),
    Party(&'a str),
    Person(&'a str),
    Role(String),
}

impl GroupKey for ResponsibleKey<'_> {
    fn written(&self) -> String {
        match self {
            ResponsibleKey::Body(id) => format!("body:{id}"),
            ResponsibleKey::Party(id) => format!("party:{id}"),
            ResponsibleKey::Person(id) => format!("person:{id}"),
            ResponsibleKey::Role(role) => format!("role:{role}"),
        }
    }
}

/// The group an activity's responsible make: none, one, or several jointly (their keys
/// joined by `+`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Responsible<'a> {
    Nobody,
    One(ResponsibleKey<'a>),
    Joint(String),
}

impl GroupKey for Responsible<'_> {
    fn written(&self) -> String {
        match self {
            Responsible::Nobody => String::new(),
            Responsible::One(key) => key.written(),
            Responsible::Joint(keys) => format!("joint:{keys}"),
        }
    }
}

/// The name of a responsible group: a party's, body's or role's text, or a person's name.
#[derive(Debug, Clone, Copy)]
enum Label<'a> {
    Text(&'a LocalizedText),
    Name(&'a str),
}

impl<'a> Label<'a> {
    fn get(self, tag: &str) -> &'a str {
        match self {
            Label::Text(text) => text.get(tag),
            Label::Name(name) => name,
        }
    }

    fn to_text(self) -> LocalizedText {
        match self {
            Label::Text(text) => text.clone(),
            Label::Name(name) => LocalizedText::sv(name),
        }
    }
}

/// The label of a group of several responsible: "Gemensamt: A, B och C" in every language.
fn jointly(groups: &[(ResponsibleKey<'_>, Label<'_>)]) -> LocalizedText {
    let in_lang = |lang: Lang| {
        let names: Vec<String> = groups
            .iter()
            .map(|(_, label)| label.get(lang.tag()).to_owned())
            .collect();
        let args = Args::new().with("names", Arg::List(names));
        i18n::text(Word::Jointly, &args, lang)
    };
    LocalizedText::sv(in_lang(Lang::Sv)).with("en", in_lang(Lang::En))
}

/// The document's entities by id, looked up once for every activity.
struct Index<'a> {
    areas: HashMap<&'a str, &'a InterestArea>,
    principles: HashMap<&'a str, &'a Principle>,
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
            principles: doc.principles.iter().map(|p| (p.id.as_str(), p)).collect(),
            parties: doc.parties.iter().map(|p| (p.id.as_str(), p)).collect(),
            bodies: doc.bodies.iter().map(|b| (b.id.as_str(), b)).collect(),
            people: doc.people.iter().map(|p| (p.id.as_str(), p)).collect(),
        }
    }

    /// The groups an activity's responsible falls in: parties, a person's party, bodies, people
    /// without a party, roles; added to `groups`.
    fn responsible_groups(
        &self,
        activity: &'a Activity,
        groups: &mut Vec<(ResponsibleKey<'a>, Label<'a>)>,
    ) {
        for mention in &activity.responsible {
            for id in &mention.parties {
                if let Some(party) = self.parties.get(id.as_str()) {
                    groups.push((
                        ResponsibleKey::Party(party.id.as_str()),
                        Label::Text(&party.name),
                    ));
                }
            }
            for id in &mention.bodies {
                if let Some(body) = self.bodies.get(id.as_str()) {
                    groups.push((
                        ResponsibleKey::Body(body.id.as_str()),
                        Label::Text(&body.name),
                    ));
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
                    Some(party) => {
                        groups.push((
                            ResponsibleKey::Party(party.id.as_str()),
                            Label::Text(&party.name),
                        ));
                    }
                    None => groups.push((
                        ResponsibleKey::Person(person.id.as_str()),
                        Label::Name(person.name.as_str()),
                    )),
                }
            }
            for role in &mention.roles {
                groups.push((
                    ResponsibleKey::Role(role.sv.to_lowercase()),
                    Label::Text(role),
                ));
            }
        }
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
