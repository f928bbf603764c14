//! The one walk over an agreement: every id, reference, period, text and activity, each with
//! its JSON Pointer, handed to the checks as an [`Event`].

use super::pointer::Pointer;
use super::EntityKind;
use crate::model::{
    ActionPlan, Activity, Agreement, BudgetLine, FollowUp, FollowUpArrangement, InterestArea, Item,
    LocalizedText, Mention, Objective, Party, Period, Person, Section,
};

/// What role a text plays, which decides the rules that apply to it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum TextRole<'a> {
    /// A name or title.
    Name,
    /// Free prose: descriptions, paragraphs, notes.
    Prose,
    /// The words of a mention, beside the references they resolve to.
    Mention(&'a Mention),
}

/// One thing the walk meets; the pointer handed beside it says where.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event<'a> {
    /// The agreement itself, first of all (pointer `""`).
    Agreement(&'a Agreement),
    /// An entity's id where it is defined (pointer to the `id` member).
    Id(EntityKind, &'a str),
    /// A reference to an entity (pointer to the reference).
    Reference(EntityKind, &'a str),
    /// A period (pointer to the period object).
    Period(&'a Period),
    /// A text people read (pointer to the text).
    Text(TextRole<'a>, &'a LocalizedText),
    /// A party.
    Party(&'a Party),
    /// A person.
    Person(&'a Person),
    /// A line of a budget.
    BudgetLine(&'a BudgetLine),
    /// An objective of an interest area.
    Objective(&'a InterestArea, &'a Objective),
    /// An action plan.
    ActionPlan(&'a ActionPlan),
    /// An activity of the action plan at the position given.
    Activity(usize, &'a Activity),
    /// A follow-up of an activity of an action plan, with the one written before it.
    FollowUp {
        /// The action plan.
        plan: &'a ActionPlan,
        /// The follow-up before this one in the activity's list.
        previous: Option<&'a FollowUp>,
        /// The follow-up.
        follow_up: &'a FollowUp,
    },
}

/// The kinds of [`Event`], for checks to say which they look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum EventKind {
    Agreement,
    Id,
    Reference,
    Period,
    Text,
    Party,
    Person,
    BudgetLine,
    Objective,
    ActionPlan,
    Activity,
    FollowUp,
}

impl EventKind {
    /// How many kinds there are.
    pub(crate) const COUNT: usize = 12;

    /// Every kind, in the order of their numbers.
    pub(crate) const ALL: [EventKind; EventKind::COUNT] = [
        EventKind::Agreement,
        EventKind::Id,
        EventKind::Reference,
        EventKind::Period,
        EventKind::Text,
        EventKind::Party,
        EventKind::Person,
        EventKind::BudgetLine,
        EventKind::Objective,
        EventKind::ActionPlan,
        EventKind::Activity,
        EventKind::FollowUp,
    ];
}

impl<'a> Event<'a> {
    /// A follow-up and the one written before it, when the event is a follow-up that has one.
    pub(crate) fn follow_up_pair(&self) -> Option<(&'a FollowUp, &'a FollowUp)> {
        match *self {
            Event::FollowUp {
                previous: Some(before),
                follow_up,
                ..
            } => Some((before, follow_up)),
            _ => None,
        }
    }

    /// Its kind.
    pub(crate) fn kind(&self) -> EventKind {
        match self {
            Event::Agreement(_) => EventKind::Agreement,
            Event::Id(..) => EventKind::Id,
            Event::Reference(..) => EventKind::Reference,
            Event::Period(_) => EventKind::Period,
            Event::Text(..) => EventKind::Text,
            Event::Party(_) => EventKind::Party,
            Event::Person(_) => EventKind::Person,
            Event::BudgetLine(_) => EventKind::BudgetLine,
            Event::Objective(..) => EventKind::Objective,
            Event::ActionPlan(..) => EventKind::ActionPlan,
            Event::Activity(..) => EventKind::Activity,
            Event::FollowUp { .. } => EventKind::FollowUp,
        }
    }
}

/// Walks the whole agreement once, in document order, calling `visit` for every event.
pub(crate) fn walk<'a>(doc: &'a Agreement, visit: &mut dyn FnMut(&Pointer, Event<'a>)) {
    let mut walker = Walker {
        at: Pointer::default(),
        visit,
    };
    walker.agreement(doc);
}

struct Walker<'v, 'a> {
    at: Pointer,
    visit: &'v mut dyn FnMut(&Pointer, Event<'a>),
}

impl<'a> Walker<'_, 'a> {
    fn emit(&mut self, event: Event<'a>) {
        (self.visit)(&self.at, event);
    }

    /// Runs `f` with `key` appended to the pointer.
    fn key(&mut self, key: &'static str, f: impl FnOnce(&mut Self)) {
        self.at.key(key);
        f(self);
        self.at.pop();
    }

    fn each<T: 'a>(
        &mut self,
        key: &'static str,
        items: &'a [T],
        mut f: impl FnMut(&mut Self, usize, &'a T),
    ) {
        if items.is_empty() {
            return;
        }
        self.at.key(key);
        for (index, item) in items.iter().enumerate() {
            self.at.index(index);
            f(self, index, item);
            self.at.pop();
        }
        self.at.pop();
    }

    fn within<T: 'a>(
        &mut self,
        key: &'static str,
        item: &'a Option<T>,
        f: impl FnOnce(&mut Self, &'a T),
    ) {
        if let Some(item) = item {
            self.at.key(key);
            f(self, item);
            self.at.pop();
        }
    }

    fn id(&mut self, kind: EntityKind, id: &'a str) {
        self.key("id", |w| w.emit(Event::Id(kind, id)));
    }

    fn reference(&mut self, key: &'static str, kind: EntityKind, id: Option<&'a str>) {
        if let Some(id) = id {
            self.key(key, |w| w.emit(Event::Reference(kind, id)));
        }
    }

    fn references<T: AsRef<str> + 'a>(
        &mut self,
        key: &'static str,
        kind: EntityKind,
        ids: &'a [T],
    ) {
        self.each(key, ids, |w, _, id| {
            w.emit(Event::Reference(kind, id.as_ref()))
        });
    }

    fn text(&mut self, key: &'static str, role: TextRole<'a>, text: &'a LocalizedText) {
        self.key(key, |w| w.emit(Event::Text(role, text)));
    }

    fn opt_text(&mut self, key: &'static str, role: TextRole<'a>, text: &'a Option<LocalizedText>) {
        if let Some(text) = text {
            self.text(key, role, text);
        }
    }

    fn texts(&mut self, key: &'static str, role: TextRole<'a>, texts: &'a [LocalizedText]) {
        self.each(key, texts, |w, _, text| w.emit(Event::Text(role, text)));
    }

    fn period(&mut self, key: &'static str, period: &'a Period) {
        self.key(key, |w| {
            w.emit(Event::Period(period));
            w.opt_text("text", TextRole::Prose, &period.text);
        });
    }

    fn opt_period(&mut self, key: &'static str, period: &'a Option<Period>) {
        if let Some(period) = period {
            self.period(key, period);
        }
    }

    fn item(&mut self, item: &'a Item) {
        self.opt_text("title", TextRole::Name, &item.title);
        self.opt_text("text", TextRole::Prose, &item.text);
    }

    fn section(&mut self, section: &'a Section) {
        self.opt_text("title", TextRole::Name, &section.title);
        self.texts("text", TextRole::Prose, &section.text);
        self.each("items", &section.items, |w, _, item| w.item(item));
        self.texts("after", TextRole::Prose, &section.after);
    }

    fn follow_up_arrangement(&mut self, arrangement: &'a FollowUpArrangement) {
        self.opt_text("title", TextRole::Name, &arrangement.title);
        self.texts("text", TextRole::Prose, &arrangement.text);
        self.references("bodies", EntityKind::Body, &arrangement.bodies);
        self.texts("reported_in", TextRole::Name, &arrangement.reported_in);
    }

    fn mentions(&mut self, key: &'static str, mentions: &'a [Mention]) {
        self.each(key, mentions, |w, _, mention| {
            w.opt_text("text", TextRole::Mention(mention), &mention.text);
            w.references("parties", EntityKind::Party, &mention.parties);
            w.references("people", EntityKind::Person, &mention.people);
            w.references("bodies", EntityKind::Body, &mention.bodies);
            w.texts("roles", TextRole::Name, &mention.roles);
        });
    }

    fn budget(&mut self, lines: &'a [BudgetLine]) {
        self.each("budget", lines, |w, _, line| {
            w.emit(Event::BudgetLine(line));
            w.reference(
                "funder",
                EntityKind::Party,
                line.funder.as_ref().map(|id| id.as_str()),
            );
            w.opt_text("source", TextRole::Prose, &line.source);
            w.opt_text("note", TextRole::Prose, &line.note);
        });
    }

    fn agreement(&mut self, doc: &'a Agreement) {
        self.emit(Event::Agreement(doc));
        self.text("title", TextRole::Name, &doc.title);
        self.key("jurisdiction", |w| {
            w.text("name", TextRole::Name, &doc.jurisdiction.name)
        });
        self.within("version", &doc.version, |w, v| {
            w.opt_text("changes", TextRole::Prose, &v.changes)
        });
        self.opt_period("validity", &doc.validity);
        self.within("ended", &doc.ended, |w, e| {
            w.opt_text("reason", TextRole::Prose, &e.reason)
        });
        self.texts("introduction", TextRole::Prose, &doc.introduction);
        self.opt_text("vision", TextRole::Prose, &doc.vision);
        self.each("goals", &doc.goals, |w, _, goal| {
            w.id(EntityKind::Goal, goal.id.as_str());
            w.text("text", TextRole::Prose, &goal.text);
            w.texts("strategies", TextRole::Prose, &goal.strategies);
        });
        self.each("principles", &doc.principles, |w, _, p| {
            w.id(EntityKind::Principle, p.id.as_str());
            w.text("name", TextRole::Name, &p.name);
            w.opt_text("description", TextRole::Prose, &p.description);
        });
        self.each("parties", &doc.parties, |w, _, party| {
            w.id(EntityKind::Party, party.id.as_str());
            w.emit(Event::Party(party));
            w.text("name", TextRole::Name, &party.name);
            w.opt_text("short_name", TextRole::Name, &party.short_name);
            w.reference(
                "part_of",
                EntityKind::Party,
                party.part_of.as_ref().map(|id| id.as_str()),
            );
            w.opt_text("description", TextRole::Prose, &party.description);
            w.opt_period("period", &party.period);
        });
        self.each("people", &doc.people, |w, _, person| {
            w.id(EntityKind::Person, person.id.as_str());
            w.emit(Event::Person(person));
            w.reference(
                "party",
                EntityKind::Party,
                person.party.as_ref().map(|id| id.as_str()),
            );
            w.each("roles", &person.roles, |w, _, role| {
                w.text("title", TextRole::Name, &role.title);
                w.reference(
                    "body",
                    EntityKind::Body,
                    role.body.as_ref().map(|id| id.as_str()),
                );
                w.reference(
                    "party",
                    EntityKind::Party,
                    role.party.as_ref().map(|id| id.as_str()),
                );
                w.opt_period("period", &role.period);
            });
        });
        self.each("bodies", &doc.bodies, |w, _, body| {
            w.id(EntityKind::Body, body.id.as_str());
            w.text("name", TextRole::Name, &body.name);
            w.opt_text("description", TextRole::Prose, &body.description);
            w.mentions("members", &body.members);
            w.each("meetings", &body.meetings, |w, _, meeting| {
                w.opt_text("text", TextRole::Prose, &meeting.text)
            });
        });
        self.each("challenges", &doc.challenges, |w, _, challenge| {
            w.id(EntityKind::Challenge, challenge.id.as_str());
            w.text("name", TextRole::Name, &challenge.name);
            w.opt_text("description", TextRole::Prose, &challenge.description);
        });
        self.each("interest_areas", &doc.interest_areas, |w, _, area| {
            w.id(EntityKind::InterestArea, area.id.as_str());
            w.text("title", TextRole::Name, &area.title);
            w.texts("description", TextRole::Prose, &area.description);
            w.references("challenges", EntityKind::Challenge, &area.challenges);
            w.references("goals", EntityKind::Goal, &area.goals);
            w.opt_text("objectives_title", TextRole::Name, &area.objectives_title);
            w.each("objectives", &area.objectives, |w, _, objective| {
                w.id(EntityKind::Objective, objective.id.as_str());
                w.emit(Event::Objective(area, objective));
                w.text("text", TextRole::Prose, &objective.text);
                w.each("indicators", &objective.indicators, |w, _, indicator| {
                    w.id(EntityKind::Indicator, indicator.id.as_str());
                    w.text("name", TextRole::Name, &indicator.name);
                    w.opt_text("unit", TextRole::Name, &indicator.unit);
                    w.within("baseline", &indicator.baseline, |w, value| {
                        w.period("period", &value.period);
                        w.opt_text("note", TextRole::Prose, &value.note);
                    });
                    for (key, values) in [
                        ("targets", &indicator.targets),
                        ("actuals", &indicator.actuals),
                    ] {
                        w.each(key, values, |w, _, value| {
                            w.period("period", &value.period);
                            w.opt_text("note", TextRole::Prose, &value.note);
                        });
                    }
                });
            });
        });
        self.each("plans", &doc.plans, |w, _, plan| {
            w.id(EntityKind::Plan, plan.id.as_str());
            w.text("title", TextRole::Name, &plan.title);
            w.reference(
                "parent",
                EntityKind::Plan,
                plan.parent.as_ref().map(|id| id.as_str()),
            );
            w.period("period", &plan.period);
            w.texts("introduction", TextRole::Prose, &plan.introduction);
            w.within("purpose", &plan.purpose, |w, s| w.section(s));
            w.within("scope", &plan.scope, |w, s| w.section(s));
            w.within("learning", &plan.learning, |w, learning| {
                w.opt_text("title", TextRole::Name, &learning.title);
                w.texts("text", TextRole::Prose, &learning.text);
                w.each("themes", &learning.themes, |w, _, item| w.item(item));
                w.within(
                    "reflection_questions",
                    &learning.reflection_questions,
                    |w, s| w.section(s),
                );
            });
            w.within("conditions", &plan.conditions, |w, s| w.section(s));
            w.references(
                "interest_areas",
                EntityKind::InterestArea,
                &plan.interest_areas,
            );
            w.within("follow_up", &plan.follow_up, |w, f| {
                w.follow_up_arrangement(f)
            });
            w.each("sections", &plan.sections, |w, _, s| w.section(s));
            w.budget(&plan.budget);
        });
        self.each("action_plans", &doc.action_plans, |w, index, plan| {
            w.id(EntityKind::ActionPlan, plan.id.as_str());
            w.emit(Event::ActionPlan(plan));
            w.text("title", TextRole::Name, &plan.title);
            w.reference(
                "plan",
                EntityKind::Plan,
                plan.plan.as_ref().map(|id| id.as_str()),
            );
            w.period("period", &plan.period);
            w.within("purpose", &plan.purpose, |w, s| w.section(s));
            w.each("sections", &plan.sections, |w, _, s| w.section(s));
            w.opt_text("priorities_title", TextRole::Name, &plan.priorities_title);
            w.each("priorities", &plan.priorities, |w, _, priority| {
                w.id(EntityKind::Priority, priority.id.as_str());
                w.text("text", TextRole::Prose, &priority.text);
                w.references(
                    "interest_areas",
                    EntityKind::InterestArea,
                    &priority.interest_areas,
                );
            });
            w.within("follow_up", &plan.follow_up, |w, f| {
                w.follow_up_arrangement(f)
            });
            w.opt_text("activities_title", TextRole::Name, &plan.activities_title);
            w.each("activities", &plan.activities, |w, _, activity| {
                w.emit(Event::Activity(index, activity));
                w.text("title", TextRole::Name, &activity.title);
                w.opt_text("description", TextRole::Prose, &activity.description);
                w.each("parts", &activity.parts, |w, _, s| w.section(s));
                w.mentions("target_groups", &activity.target_groups);
                w.mentions("responsible", &activity.responsible);
                w.within("time", &activity.time, |w, time| {
                    w.opt_text("text", TextRole::Name, &time.text)
                });
                w.references("objectives", EntityKind::Objective, &activity.objectives);
                w.references(
                    "interest_areas",
                    EntityKind::InterestArea,
                    &activity.interest_areas,
                );
                w.references("priorities", EntityKind::Priority, &activity.priorities);
                w.references("principles", EntityKind::Principle, &activity.principles);
                w.budget(&activity.budget);
                w.each("follow_ups", &activity.follow_ups, |w, k, follow_up| {
                    let previous = k.checked_sub(1).and_then(|k| activity.follow_ups.get(k));
                    w.emit(Event::FollowUp {
                        plan,
                        previous,
                        follow_up,
                    });
                    w.opt_text("note", TextRole::Prose, &follow_up.note);
                    w.mentions("reported_by", &follow_up.reported_by);
                    w.reference(
                        "body",
                        EntityKind::Body,
                        follow_up.body.as_ref().map(|id| id.as_str()),
                    );
                });
            });
            w.budget(&plan.budget);
            w.mentions("adopted_by", &plan.adopted_by);
        });
        self.each("sections", &doc.sections, |w, _, s| w.section(s));
    }
}
