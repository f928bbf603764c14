//! How rules run: each check looks at the events of the one walk it asks for, and the walk
//! hands each event only to the checks that asked for its kind.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::pointer::Pointer;
use super::rules::RULES;
use super::walk::{walk, walk_outside_rows, Event, EventKind, HolderKey};
use super::Finding;
use crate::model::{Agreement, Date};
use crate::read::Changes;
use crate::window::{ActivityWindow, Windows};

/// The kinds of entity an id can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A principle (*princip*).
    Principle,
    /// A party (*part*).
    Party,
    /// A person.
    Person,
    /// A body (*samråd, stormöte, nätverk*).
    Body,
    /// A challenge (*utmaning*).
    Challenge,
    /// A goal (*mål*).
    Goal,
    /// An interest area (*intresseområde*).
    InterestArea,
    /// An objective of an interest area.
    Objective,
    /// An indicator of an objective.
    Indicator,
    /// A plan.
    Plan,
    /// An action plan (*handlingsplan*).
    ActionPlan,
    /// A priority of an action plan.
    Priority,
    /// A version of the agreement.
    Version,
    /// A strategy of a goal (*strategi*).
    Strategy,
    /// A partnership (*IOP*).
    Partnership,
    /// An evaluation (*utvärdering*).
    Evaluation,
}

impl EntityKind {
    /// The field of a document or mention that lists this kind (`parties`).
    pub fn list_name(self) -> &'static str {
        match self {
            EntityKind::Principle => "principles",
            EntityKind::Party => "parties",
            EntityKind::Person => "people",
            EntityKind::Body => "bodies",
            EntityKind::Challenge => "challenges",
            EntityKind::Goal => "goals",
            EntityKind::InterestArea => "interest_areas",
            EntityKind::Objective => "objectives",
            EntityKind::Indicator => "indicators",
            EntityKind::Plan => "plans",
            EntityKind::ActionPlan => "action_plans",
            EntityKind::Priority => "priorities",
            EntityKind::Version => "versions",
            EntityKind::Strategy => "strategies",
            EntityKind::Partnership => "partnerships",
            EntityKind::Evaluation => "evaluations",
        }
    }
}

/// A hash map of the validation. Keys come from the document, which may be hostile, so the
/// hasher is seeded at random for each map, as the standard library's is; it is foldhash's,
/// which hashes a short id in a few instructions where SipHash takes many, and most lookups of
/// a document are of ids.
pub(crate) type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set of the validation, hashed as [`Map`] is.
pub(crate) type Set<T> = HashSet<T, foldhash::fast::RandomState>;

/// Where an id is defined first.
#[derive(Debug, Clone)]
pub(crate) struct Definition {
    /// What it names.
    pub(crate) kind: EntityKind,
    /// The pointer to its `id` member.
    pub(crate) path: String,
}

/// What every check may consult besides the events.
pub(crate) struct Cx<'a> {
    /// The agreement.
    pub(crate) doc: &'a Agreement,
    /// The date follow-ups may not be after.
    pub(crate) as_of: Option<Date>,
    /// Every id, where it is first defined.
    pub(crate) ids: Map<&'a str, Definition>,
    /// Ids of entities left out for structure problems: references to them are not reported.
    pub(crate) left_out: &'a HashSet<String>,
    /// Where the agreement as read differs from the document as written.
    pub(crate) changes: &'a Changes,
    /// The window of every activity and obligation, by holder and position, read once.
    windows: &'a Windows,
    /// The row of work the walk is at, with its window, and the id of the reference it is at,
    /// with the kind of entity it names: looked up once for all the checks of the event.
    row: Option<(HolderKey, usize, Option<&'a ActivityWindow>)>,
    reference: Option<(&'a str, Option<EntityKind>)>,
}

impl<'a> Cx<'a> {
    /// The window of the row at `index` of `holder`, as read from its time.
    #[inline]
    pub(crate) fn window(&self, holder: HolderKey, index: usize) -> Option<&'a ActivityWindow> {
        match self.row {
            Some((at, at_index, window)) if at == holder && at_index == index => window,
            _ => self.windows.get(holder, index),
        }
    }

    /// The kind of entity `id` names, where the document defines it.
    #[inline]
    pub(crate) fn kind_of(&self, id: &str) -> Option<EntityKind> {
        match self.reference {
            // The checks of a reference ask of the very id the event gave them.
            Some((at, kind)) if std::ptr::eq(at, id) || at == id => kind,
            _ => self.ids.get(id).map(|definition| definition.kind),
        }
    }

    /// Looks up what the checks of `event` will ask of it.
    fn arrive(&mut self, event: &Event<'a>) {
        match *event {
            Event::Row { holder, index, .. } => {
                let holder = holder.key();
                self.row = Some((holder, index, self.windows.get(holder, index)));
            }
            Event::Reference(_, id) => {
                self.reference = Some((id, self.ids.get(id).map(|definition| definition.kind)));
            }
            _ => {}
        }
    }
}

/// The event kinds a check looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hooks(u32);

impl Hooks {
    /// Exactly these kinds; none for a rule the reader checks.
    pub(crate) const fn of(kinds: &[EventKind]) -> Hooks {
        let mut bits = 0;
        let mut i = 0;
        while i < kinds.len() {
            bits |= 1 << kinds[i] as u32;
            i += 1;
        }
        Hooks(bits)
    }

    pub(crate) fn contains(self, kind: EventKind) -> bool {
        self.0 & (1 << kind as u32) != 0
    }

    #[cfg(test)]
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// A rule's check over one document.
pub(crate) trait Check<'a> {
    /// Looks at one event of a kind the rule's [`Hooks`] name; `at` is where it stands.
    fn visit(&mut self, cx: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>);

    /// Reports what can only be known after the whole walk.
    fn finish(&mut self, _cx: &Cx<'a>, _out: &mut Vec<Finding>) {}
}

/// Runs every rule over the agreement in one walk, after one outside the rows of work to index
/// the ids.
pub(crate) fn run(
    doc: &Agreement,
    windows: &Windows,
    as_of: Option<Date>,
    changes: &Changes,
) -> Vec<Finding> {
    let mut ids: Map<&str, Definition> = Map::default();
    walk_outside_rows(doc, &mut |at, event| {
        if let Event::Id(kind, id) = event {
            ids.entry(id).or_insert_with(|| Definition {
                kind,
                path: at.render(),
            });
        }
    });
    let mut cx = Cx {
        doc,
        as_of: as_of.or(doc.as_of),
        ids,
        left_out: &changes.left_out,
        changes,
        windows,
        row: None,
        reference: None,
    };
    let mut checks: Vec<Box<dyn Check<'_>>> = Vec::new();
    let mut interested: [Vec<usize>; EventKind::COUNT] = Default::default();
    for definition in RULES {
        if let Some(make) = definition.check {
            for (kind, list) in EventKind::ALL.iter().zip(interested.iter_mut()) {
                if definition.hooks.contains(*kind) {
                    list.push(checks.len());
                }
            }
            checks.push(make(&cx));
        }
    }
    let mut out = Vec::new();
    walk(doc, &mut |at, event| {
        let interested = &interested[event.kind() as usize];
        if interested.is_empty() {
            return;
        }
        cx.arrive(&event);
        for &check in interested {
            checks[check].visit(&cx, at, event, &mut out);
        }
    });
    for check in &mut checks {
        check.finish(&cx, &mut out);
    }
    out
}
