//! What the report says of the agreement beside its activities: where the agreement stands,
//! its plans in their layers, its money, its partnerships and its governance.

use std::collections::HashSet;

use serde::Serialize;

use crate::follow_up::{ActivityState, Layer};
use crate::model::{
    Agreement, ApproximateDate, BodyKind, Date, Decision, DecisionKind, LocalizedText, Mention,
    Participation, PartnershipKind, Period, PlanOwner, PlanStatus, Side,
};

/// What the agreement is and where it stands at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Overview {
    /// Where the agreement stands.
    pub standing: Standing,
    /// When it is valid.
    pub validity: Option<Period>,
    /// Its own decisions, in the order written.
    pub decisions: Vec<DecisionInfo>,
    /// The current version, for an agreement with versions.
    pub current_version: Option<VersionInfo>,
    /// The parties and how each takes part.
    pub parties: Vec<PartyInfo>,
    /// The principles of the current version (all of them when there are no versions).
    pub principles: Vec<PrincipleInfo>,
    /// The document's own word for its principles ("värdeord"), when it has one.
    pub principles_word: Option<LocalizedText>,
    /// The body that runs the agreement.
    pub managing_body: Option<LocalizedText>,
    /// Its revision rhythm and when a revision is due.
    pub revision: Option<RevisionInfo>,
}

/// Where the agreement stands at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Standing {
    /// It holds.
    InForce,
    /// It starts later.
    NotYetInForce {
        /// Its first day, as written.
        from: String,
    },
    /// It was ended by a decision.
    Ended {
        /// When it ended, as written.
        on: Option<String>,
        /// Who decided it.
        by: Vec<LocalizedText>,
        /// The decision's words.
        text: Option<LocalizedText>,
    },
    /// Its validity has run out.
    Expired {
        /// Its last day.
        on: Date,
    },
    /// The document does not say when it holds.
    Unknown,
}

/// A decision as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DecisionInfo {
    /// What it did.
    pub kind: DecisionKind,
    /// When it was decided, as written.
    pub date: Option<String>,
    /// When it took effect, as written.
    pub effective: Option<String>,
    /// Who decided.
    pub by: Vec<LocalizedText>,
    /// Its words.
    pub text: Option<LocalizedText>,
}

/// A version of the agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VersionInfo {
    /// Its id.
    pub id: String,
    /// Its name or number.
    pub name: Option<String>,
    /// Its decisions.
    pub decisions: Vec<DecisionInfo>,
    /// What changed.
    pub changes: Option<LocalizedText>,
}

/// A party and how it takes part.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PartyInfo {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: LocalizedText,
    /// Its side.
    pub side: Side,
    /// How it takes part.
    pub participation: Participation,
    /// The umbrella it takes part through or belongs to.
    pub through: Option<LocalizedText>,
    /// When it takes part, as written.
    pub period: Option<String>,
}

/// A principle, with those of earlier versions it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PrincipleInfo {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: LocalizedText,
    /// The earlier principles it comes from.
    pub derived_from: Vec<LocalizedText>,
}

/// The revision rhythm and what it means at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RevisionInfo {
    /// The rhythm in months.
    pub every_months: u32,
    /// The rhythm as the source writes it.
    pub text: Option<LocalizedText>,
    /// The last adoption, signing, revision or extension.
    pub last: Option<Date>,
    /// When the next revision is due.
    pub due: Option<Date>,
    /// True when it was due on or before the reference date.
    pub overdue: bool,
}

/// A plan, action plan or partnership in the layers of the plans.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlanInfo {
    /// Which layer it is.
    pub layer: Layer,
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: LocalizedText,
    /// How deep it stands: 0 at the top, 1 under a plan, …
    pub depth: u32,
    /// Its period.
    pub period: Option<Period>,
    /// Where it stands at the reference date.
    pub standing: PlanStanding,
    /// Whose plan it is, for a plan that is not joint.
    pub owner: Option<PlanOwner>,
    /// How many activities (or obligations) it has.
    pub activities: u64,
}

/// Where a plan stands at the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanStanding {
    /// A proposal.
    Proposal,
    /// Out for comments.
    Consultation,
    /// Begins later.
    Upcoming,
    /// In force.
    Current,
    /// Its period has ended.
    Ended,
    /// Replaced by a later plan.
    Superseded,
}

/// One line of money.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MoneyLine {
    /// The year.
    pub year: i32,
    /// The amount, when known.
    pub amount: Option<i64>,
    /// Its currency.
    pub currency: String,
    /// True when decided.
    pub decided: bool,
    /// Who pays.
    pub funder: Option<LocalizedText>,
    /// Who receives.
    pub recipient: Option<LocalizedText>,
    /// Where it comes from, or the financing in words.
    pub source: Option<LocalizedText>,
    /// What the source notes of it ("2025 beslutas i budgeten").
    pub note: Option<LocalizedText>,
    /// What it is for: the plan, action plan, activity or partnership.
    pub place: LocalizedText,
    /// JSON Pointer of the line.
    pub path: String,
}

/// The money of one year in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct YearTotal {
    /// The year.
    pub year: i32,
    /// The currency.
    pub currency: String,
    /// Decided amounts.
    pub decided: i64,
    /// Amounts not yet decided.
    pub undecided: i64,
    /// Lines without an amount.
    pub without_amount: u64,
}

/// The money from one funder to one recipient, over all years, in one currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FunderTotal {
    /// Who pays.
    pub funder: Option<LocalizedText>,
    /// Who receives.
    pub recipient: Option<LocalizedText>,
    /// The currency.
    pub currency: String,
    /// Decided amounts.
    pub decided: i64,
    /// Amounts not yet decided.
    pub undecided: i64,
    /// Lines without an amount.
    pub without_amount: u64,
}

/// The money of the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct Money {
    /// Every line, by year, in document order within a year.
    pub lines: Vec<MoneyLine>,
    /// Totals per year and currency.
    pub per_year: Vec<YearTotal>,
    /// Totals per funder and recipient, in the order they first appear.
    pub per_funder: Vec<FunderTotal>,
}

/// A partnership with its obligations at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PartnershipInfo<'a> {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: LocalizedText,
    /// What kind it is.
    pub kind: PartnershipKind,
    /// Its parties' names.
    pub parties: Vec<LocalizedText>,
    /// Its period.
    pub period: Option<Period>,
    /// Its decisions.
    pub decisions: Vec<DecisionInfo>,
    /// Its obligations, each where it stands.
    pub obligations: Vec<ActivityState<'a>>,
}

/// A body and its meetings in the report's period.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BodyInfo {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: LocalizedText,
    /// What kind it is.
    pub kind: BodyKind,
    /// True for the body that runs the agreement.
    pub manages: bool,
    /// Its seats per side or party.
    pub seats: Vec<SeatsInfo>,
    /// Its meetings in the period, and those held every year.
    pub meetings: Vec<MeetingInfo>,
}

/// Seats in a body for one side or party.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SeatsInfo {
    /// How many.
    pub count: u32,
    /// The party they are for.
    pub party: Option<LocalizedText>,
    /// The side they are for.
    pub side: Option<Side>,
}

/// A meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MeetingInfo {
    /// When, as written.
    pub date: Option<String>,
    /// Where.
    pub place: Option<LocalizedText>,
    /// The source's words.
    pub text: Option<LocalizedText>,
    /// True when it was held on or before the reference date; `None` when its day is unknown.
    pub held: Option<bool>,
    /// True for a meeting on the same day every year (a day of the year without a year).
    pub every_year: bool,
}

/// Names what a mention refers to, in every language the document gives: its words, else the
/// names of its parties, bodies and people, else its roles.
fn mention_text(doc: &Agreement, mention: &Mention) -> Option<LocalizedText> {
    if let Some(text) = mention.text.as_ref().filter(|t| !t.sv.trim().is_empty()) {
        return Some(text.clone());
    }
    let mut names: Vec<LocalizedText> = Vec::new();
    for id in &mention.parties {
        names.push(party_name(doc, id.as_str()));
    }
    for id in &mention.bodies {
        let body = doc.bodies.iter().find(|b| b.id == *id);
        names.push(body.map_or_else(|| LocalizedText::sv(id.as_str()), |b| b.name.clone()));
    }
    for id in &mention.people {
        let person = doc.people.iter().find(|p| p.id == *id);
        names.push(LocalizedText::sv(
            person.map_or_else(|| id.0.clone(), |p| p.name.0.clone()),
        ));
    }
    names.extend(mention.roles.iter().cloned());
    if names.is_empty() {
        return None;
    }
    let joined = |tag: &str| {
        names
            .iter()
            .map(|n| n.get(tag))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = LocalizedText::sv(joined("sv"));
    let tags: HashSet<&str> = names
        .iter()
        .flat_map(|n| n.translations.keys().map(String::as_str))
        .collect();
    for tag in tags {
        text = text.with(tag, joined(tag));
    }
    Some(text)
}

fn party_name(doc: &Agreement, id: &str) -> LocalizedText {
    doc.parties
        .iter()
        .find(|p| p.id.as_str() == id)
        .map_or_else(|| LocalizedText::sv(id), |p| p.name.clone())
}

fn shown(date: &Option<ApproximateDate>) -> Option<String> {
    date.as_ref().map(ToString::to_string)
}

fn decisions(doc: &Agreement, list: &[Decision]) -> Vec<DecisionInfo> {
    list.iter()
        .map(|d| DecisionInfo {
            kind: d.kind,
            date: shown(&d.date),
            effective: shown(&d.effective),
            by: d.by.iter().filter_map(|m| mention_text(doc, m)).collect(),
            text: d.text.clone(),
        })
        .collect()
}

/// Where the agreement stands at `as_of`.
fn standing(doc: &Agreement, as_of: Date) -> Standing {
    if let Some(decision) = doc.ended_by(as_of) {
        return Standing::Ended {
            on: shown(&decision.effective).or_else(|| shown(&decision.date)),
            by: decision
                .by
                .iter()
                .filter_map(|m| mention_text(doc, m))
                .collect(),
            text: decision.text.clone(),
        };
    }
    let validity = doc.validity.as_ref();
    if let Some(end) = validity
        .and_then(Period::last_day)
        .filter(|end| *end < as_of)
    {
        return Standing::Expired { on: end };
    }
    if let Some(period) = validity {
        if period.first_day().is_some_and(|start| start > as_of) {
            return Standing::NotYetInForce {
                from: shown(&period.start).unwrap_or_default(),
            };
        }
        return Standing::InForce;
    }
    let adopted = doc
        .decisions
        .iter()
        .chain(doc.versions.iter().flat_map(|v| v.decisions.iter()))
        .any(|d| matches!(d.kind, DecisionKind::Adopted | DecisionKind::Signed));
    if adopted {
        Standing::InForce
    } else {
        Standing::Unknown
    }
}

/// The overview of the agreement at `as_of`.
pub(super) fn overview(doc: &Agreement, as_of: Date) -> Overview {
    let current = doc.current_version();
    let principle_ids: Option<HashSet<&str>> = current
        .filter(|v| !v.principles.is_empty())
        .map(|v| v.principles.iter().map(|p| p.as_str()).collect());
    let principle_name = |id: &str| {
        doc.principles
            .iter()
            .find(|p| p.id.as_str() == id)
            .map_or_else(|| LocalizedText::sv(id), |p| p.name.clone())
    };
    let revision = doc.revision.as_ref().map(|rhythm| {
        let last = doc.last_renewal();
        let due = last.and_then(|last| {
            last.naive()
                .checked_add_months(chrono::Months::new(rhythm.months()))
                .and_then(Date::from_naive)
        });
        RevisionInfo {
            every_months: rhythm.months(),
            text: rhythm.text.clone(),
            last,
            due,
            overdue: due.is_some_and(|due| due <= as_of),
        }
    });
    Overview {
        standing: standing(doc, as_of),
        validity: doc.validity.clone(),
        decisions: decisions(doc, &doc.decisions),
        current_version: current.map(|v| VersionInfo {
            id: v.id.0.clone(),
            name: v.name.clone(),
            decisions: decisions(doc, &v.decisions),
            changes: v.changes.clone(),
        }),
        parties: doc
            .parties
            .iter()
            .map(|p| PartyInfo {
                id: p.id.0.clone(),
                name: p.name.clone(),
                side: p.side,
                participation: p.participation,
                through: p
                    .represented_by
                    .as_ref()
                    .or(p.part_of.as_ref())
                    .map(|id| party_name(doc, id.as_str())),
                period: p.period.as_ref().map(Period::span),
            })
            .collect(),
        principles: doc
            .principles
            .iter()
            .filter(|p| {
                principle_ids
                    .as_ref()
                    .is_none_or(|ids| ids.contains(p.id.as_str()))
            })
            .map(|p| PrincipleInfo {
                id: p.id.0.clone(),
                name: p.name.clone(),
                derived_from: p
                    .derived_from
                    .iter()
                    .map(|id| principle_name(id.as_str()))
                    .collect(),
            })
            .collect(),
        principles_word: doc.terms.as_ref().and_then(|t| t.principles.clone()),
        managing_body: doc.managing_body.as_ref().map(|id| {
            doc.bodies
                .iter()
                .find(|b| b.id == *id)
                .map_or_else(|| LocalizedText::sv(id.as_str()), |b| b.name.clone())
        }),
        revision,
    }
}

fn plan_standing(status: Option<PlanStatus>, period: Option<&Period>, as_of: Date) -> PlanStanding {
    match status {
        Some(PlanStatus::Proposal) => return PlanStanding::Proposal,
        Some(PlanStatus::Consultation) => return PlanStanding::Consultation,
        Some(PlanStatus::Superseded) => return PlanStanding::Superseded,
        _ => {}
    }
    let Some(period) = period else {
        return PlanStanding::Current;
    };
    if period.first_day().is_some_and(|start| start > as_of) {
        PlanStanding::Upcoming
    } else if period.last_day().is_some_and(|end| end < as_of) {
        PlanStanding::Ended
    } else {
        PlanStanding::Current
    }
}

/// The plans in their layers: each plan, then the plans under it, its action plans and its
/// partnerships; then the action plans and partnerships under no plan.
pub(super) fn plans(doc: &Agreement, as_of: Date) -> Vec<PlanInfo> {
    let mut out = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let replaced: HashSet<&str> = doc
        .plans
        .iter()
        .filter(|p| p.period.first_day().is_some_and(|start| start <= as_of))
        .filter_map(|p| p.replaces.as_ref().map(|r| r.as_str()))
        .collect();
    fn under<'a>(
        doc: &'a Agreement,
        parent: Option<&str>,
        depth: u32,
        as_of: Date,
        replaced: &HashSet<&str>,
        seen: &mut HashSet<&'a str>,
        out: &mut Vec<PlanInfo>,
    ) {
        for plan in &doc.plans {
            let here = plan.parent.as_ref().map(|p| p.as_str());
            // A parent that does not exist leaves the plan at the top.
            let at_top = here.is_none_or(|p| !doc.plans.iter().any(|q| q.id.as_str() == p));
            let belongs = match parent {
                None => at_top,
                Some(parent) => here == Some(parent),
            };
            if !belongs || !seen.insert(plan.id.as_str()) {
                continue;
            }
            let mut standing = plan_standing(plan.status, Some(&plan.period), as_of);
            if replaced.contains(plan.id.as_str()) && standing != PlanStanding::Upcoming {
                standing = PlanStanding::Superseded;
            }
            out.push(PlanInfo {
                layer: Layer::Plan,
                id: plan.id.0.clone(),
                title: plan.title.clone(),
                depth,
                period: Some(plan.period.clone()),
                standing,
                owner: (plan.owner != PlanOwner::Joint).then_some(plan.owner),
                activities: plan.activities.len() as u64,
            });
            let id = plan.id.as_str();
            under(doc, Some(id), depth + 1, as_of, replaced, seen, out);
            held(doc, Some(id), depth + 1, as_of, out);
        }
    }
    fn held(doc: &Agreement, plan: Option<&str>, depth: u32, as_of: Date, out: &mut Vec<PlanInfo>) {
        let known =
            |id: Option<&str>| id.is_some_and(|id| doc.plans.iter().any(|p| p.id.as_str() == id));
        let belongs = |id: Option<&str>| match plan {
            Some(plan) => id == Some(plan),
            None => !known(id),
        };
        for action_plan in &doc.action_plans {
            if belongs(action_plan.plan.as_ref().map(|p| p.as_str())) {
                out.push(PlanInfo {
                    layer: Layer::ActionPlan,
                    id: action_plan.id.0.clone(),
                    title: action_plan.title.clone(),
                    depth,
                    period: Some(action_plan.period.clone()),
                    standing: plan_standing(action_plan.status, Some(&action_plan.period), as_of),
                    owner: None,
                    activities: action_plan.activities.len() as u64,
                });
            }
        }
        for partnership in &doc.partnerships {
            if belongs(partnership.plan.as_ref().map(|p| p.as_str())) {
                out.push(PlanInfo {
                    layer: Layer::Partnership,
                    id: partnership.id.0.clone(),
                    title: partnership.title.clone(),
                    depth,
                    period: partnership.period.clone(),
                    standing: plan_standing(None, partnership.period.as_ref(), as_of),
                    owner: None,
                    activities: partnership.obligations.len() as u64,
                });
            }
        }
    }
    under(doc, None, 0, as_of, &replaced, &mut seen, &mut out);
    held(doc, None, 0, as_of, &mut out);
    out
}

/// Every line of money, by year, and the totals of each year and currency.
pub(super) fn money(doc: &Agreement) -> Money {
    let mut lines = Vec::new();
    let mut add = |lines_of: &[crate::model::BudgetLine], place: &LocalizedText, at: String| {
        for (k, line) in lines_of.iter().enumerate() {
            lines.push(MoneyLine {
                year: line.year,
                amount: line.amount,
                currency: line.currency.clone(),
                decided: line.decided,
                funder: line.funder.as_ref().and_then(|m| mention_text(doc, m)),
                recipient: line.recipient.as_ref().and_then(|m| mention_text(doc, m)),
                source: line.source.clone(),
                note: line.note.clone(),
                place: place.clone(),
                path: format!("{at}/budget/{k}"),
            });
        }
    };
    for (i, plan) in doc.plans.iter().enumerate() {
        add(&plan.budget, &plan.title, format!("/plans/{i}"));
        for (j, activity) in plan.activities.iter().enumerate() {
            add(
                &activity.budget,
                &activity.title,
                format!("/plans/{i}/activities/{j}"),
            );
        }
    }
    for (i, plan) in doc.action_plans.iter().enumerate() {
        add(&plan.budget, &plan.title, format!("/action_plans/{i}"));
        for (j, activity) in plan.activities.iter().enumerate() {
            add(
                &activity.budget,
                &activity.title,
                format!("/action_plans/{i}/activities/{j}"),
            );
        }
    }
    for (i, partnership) in doc.partnerships.iter().enumerate() {
        add(
            &partnership.budget,
            &partnership.title,
            format!("/partnerships/{i}"),
        );
    }
    // By year; within a year in document order (the sort is stable).
    lines.sort_by_key(|line| line.year);
    let mut per_year: Vec<YearTotal> = Vec::new();
    for line in &lines {
        let total = match per_year
            .iter_mut()
            .find(|t| t.year == line.year && t.currency == line.currency)
        {
            Some(total) => total,
            None => {
                per_year.push(YearTotal {
                    year: line.year,
                    currency: line.currency.clone(),
                    decided: 0,
                    undecided: 0,
                    without_amount: 0,
                });
                let last = per_year.len() - 1;
                &mut per_year[last]
            }
        };
        match (line.amount, line.decided) {
            (Some(amount), true) => total.decided = total.decided.saturating_add(amount),
            (Some(amount), false) => total.undecided = total.undecided.saturating_add(amount),
            (None, _) => total.without_amount += 1,
        }
    }
    let mut per_funder: Vec<FunderTotal> = Vec::new();
    for line in &lines {
        let index = per_funder
            .iter()
            .position(|t| {
                t.funder == line.funder
                    && t.recipient == line.recipient
                    && t.currency == line.currency
            })
            .unwrap_or_else(|| {
                per_funder.push(FunderTotal {
                    funder: line.funder.clone(),
                    recipient: line.recipient.clone(),
                    currency: line.currency.clone(),
                    decided: 0,
                    undecided: 0,
                    without_amount: 0,
                });
                per_funder.len() - 1
            });
        let total = &mut per_funder[index];
        match (line.amount, line.decided) {
            (Some(amount), true) => total.decided = total.decided.saturating_add(amount),
            (Some(amount), false) => total.undecided = total.undecided.saturating_add(amount),
            (None, _) => total.without_amount += 1,
        }
    }
    Money {
        lines,
        per_year,
        per_funder,
    }
}

/// The partnerships, each with its obligations' states (from [`crate::follow_up::obligation_states`]).
pub(super) fn partnerships<'a>(
    doc: &Agreement,
    obligations: Vec<ActivityState<'a>>,
) -> Vec<PartnershipInfo<'a>> {
    let mut obligations = obligations.into_iter().peekable();
    doc.partnerships
        .iter()
        .map(|p| {
            let mut own = Vec::new();
            while let Some(state) = obligations.next_if(|s| s.plan == p.id.as_str()) {
                own.push(state);
            }
            PartnershipInfo {
                id: p.id.0.clone(),
                title: p.title.clone(),
                kind: p.kind,
                parties: p
                    .parties
                    .iter()
                    .map(|id| party_name(doc, id.as_str()))
                    .collect(),
                period: p.period.clone(),
                decisions: decisions(doc, &p.decisions),
                obligations: own,
            }
        })
        .collect()
}

/// The bodies, with their meetings between `from` and `to` and those held every year.
pub(super) fn governance(doc: &Agreement, from: Date, to: Date, as_of: Date) -> Vec<BodyInfo> {
    doc.bodies
        .iter()
        .map(|body| BodyInfo {
            id: body.id.0.clone(),
            name: body.name.clone(),
            kind: body.kind,
            manages: doc.managing_body.as_ref() == Some(&body.id),
            seats: body
                .seats
                .iter()
                .map(|s| SeatsInfo {
                    count: s.count,
                    party: s.party.as_ref().map(|id| party_name(doc, id.as_str())),
                    side: s.side,
                })
                .collect(),
            meetings: body
                .meetings
                .iter()
                .filter(|m| {
                    let day = m.date.as_ref().and_then(ApproximateDate::earliest);
                    day.is_none_or(|day| day >= from && day <= to)
                })
                .map(|m| {
                    let day = m.date.as_ref().and_then(ApproximateDate::earliest);
                    MeetingInfo {
                        date: shown(&m.date),
                        place: m.place.clone(),
                        text: m.text.clone(),
                        held: day.map(|day| day <= as_of),
                        every_year: day.is_none()
                            && m.date.as_ref().is_some_and(|d| d.day_of_year.is_some()),
                    }
                })
                .collect(),
        })
        .collect()
}
