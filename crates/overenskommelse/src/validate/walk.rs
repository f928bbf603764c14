//! The one walk over an agreement: every id, reference, period, date, text and activity, each
//! with its JSON Pointer, handed to the checks as an [`Event`].

use super::pointer::Pointer;
use super::EntityKind;
use crate::model::{
    ActionPlan, Activity, ActivityCode, ActivityTime, Agreement, ApproximateDate, BudgetLine,
    Count, Decision, FollowUp, FollowUpArrangement, FormerName, InterestArea, Item, LocalizedText,
    Mention, Objective, Obligation, Partnership, Party, Period, Person, Plan, Role, Section,
    Source,
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

/// What holds rows of work (activities or obligations), by its position in its list.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Holder<'a> {
    /// An action plan and its activities.
    ActionPlan(usize, &'a ActionPlan),
    /// A plan with activities of its own.
    Plan(usize, &'a Plan),
    /// A partnership and its obligations.
    Partnership(usize, &'a Partnership),
}

/// A holder by its list and position, to key what is known of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum HolderKey {
    ActionPlan(usize),
    Plan(usize),
    Partnership(usize),
}

impl<'a> Holder<'a> {
    /// Its key.
    pub(crate) fn key(self) -> HolderKey {
        match self {
            Holder::ActionPlan(i, _) => HolderKey::ActionPlan(i),
            Holder::Plan(i, _) => HolderKey::Plan(i),
            Holder::Partnership(i, _) => HolderKey::Partnership(i),
        }
    }

    /// Its period, when it has one.
    pub(crate) fn period(self) -> Option<&'a Period> {
        match self {
            Holder::ActionPlan(_, plan) => Some(&plan.period),
            Holder::Plan(_, plan) => Some(&plan.period),
            Holder::Partnership(_, partnership) => partnership.period.as_ref(),
        }
    }
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
    /// A date that may be approximate (pointer to the date).
    Date(&'a ApproximateDate),
    /// A text people read (pointer to the text).
    Text(TextRole<'a>, &'a LocalizedText),
    /// A party.
    Party(&'a Party),
    /// A person.
    Person(&'a Person),
    /// A role, of a person or of a body.
    Role(&'a Role),
    /// The decisions about one thing (pointer to the list).
    Decisions(&'a [Decision]),
    /// A line of a budget.
    BudgetLine(&'a BudgetLine),
    /// An objective of an interest area.
    Objective(&'a InterestArea, &'a Objective),
    /// An action plan.
    ActionPlan(&'a ActionPlan),
    /// A row of work, an activity or an obligation, with its code and time. The rows of a
    /// holder come one after another, in their order, and no row of that holder comes later.
    Row {
        /// What holds it.
        holder: Holder<'a>,
        /// Its position in its holder's list.
        index: usize,
        /// Its code, unique in its holder.
        code: &'a ActivityCode,
        /// When.
        time: Option<&'a ActivityTime>,
    },
    /// An activity, of an action plan or of a plan.
    Activity(&'a Activity),
    /// An obligation of a partnership.
    Obligation(&'a Partnership, &'a Obligation),
    /// A follow-up of an activity or an obligation, with the one written before it.
    FollowUp {
        /// What holds the activity or obligation.
        holder: Holder<'a>,
        /// The follow-up before this one in the list.
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
    Date,
    Text,
    Party,
    Person,
    Role,
    Decisions,
    BudgetLine,
    Objective,
    ActionPlan,
    Row,
    Activity,
    Obligation,
    FollowUp,
}

impl EventKind {
    /// How many kinds there are.
    pub(crate) const COUNT: usize = 17;

    /// Every kind, in the order of their numbers.
    pub(crate) const ALL: [EventKind; EventKind::COUNT] = [
        EventKind::Agreement,
        EventKind::Id,
        EventKind::Reference,
        EventKind::Period,
        EventKind::Date,
        EventKind::Text,
        EventKind::Party,
        EventKind::Person,
        EventKind::Role,
        EventKind::Decisions,
        EventKind::BudgetLine,
        EventKind::Objective,
        EventKind::ActionPlan,
        EventKind::Row,
        EventKind::Activity,
        EventKind::Obligation,
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
            Event::Date(_) => EventKind::Date,
            Event::Text(..) => EventKind::Text,
            Event::Party(_) => EventKind::Party,
            Event::Person(_) => EventKind::Person,
            Event::Role(_) => EventKind::Role,
            Event::Decisions(_) => EventKind::Decisions,
            Event::BudgetLine(_) => EventKind::BudgetLine,
            Event::Objective(..) => EventKind::Objective,
            Event::ActionPlan(..) => EventKind::ActionPlan,
            Event::Row { .. } => EventKind::Row,
            Event::Activity(..) => EventKind::Activity,
            Event::Obligation(..) => EventKind::Obligation,
            Event::FollowUp { .. } => EventKind::FollowUp,
        }
    }
}

/// Walks the whole agreement once, in document order, calling `visit` for every event.
pub(crate) fn walk<'a>(doc: &'a Agreement, visit: &mut dyn FnMut(&Pointer, Event<'a>)) {
    let mut walker = Walker {
        at: Pointer::default(),
        visit,
        rows: true,
    };
    walker.agreement(doc);
}

/// Walks the agreement as [`walk`] does but past the rows of work (activities and
/// obligations, with all they hold): they define no ids, and are nearly all of a large
/// document, so a walk for the ids alone need not go through them.
pub(crate) fn walk_outside_rows<'a>(
    doc: &'a Agreement,
    visit: &mut dyn FnMut(&Pointer, Event<'a>),
) {
    let mut walker = Walker {
        at: Pointer::default(),
        visit,
        rows: false,
    };
    walker.agreement(doc);
}

struct Walker<'v, 'a> {
    at: Pointer,
    visit: &'v mut dyn FnMut(&Pointer, Event<'a>),
    /// Whether rows of work are walked.
    rows: bool,
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
            w.opt_date("start", &period.start);
            w.opt_date("end", &period.end);
            w.opt_text("text", TextRole::Prose, &period.text);
        });
    }

    fn date(&mut self, date: &'a ApproximateDate) {
        self.emit(Event::Date(date));
        self.opt_text("text", TextRole::Name, &date.text);
    }

    fn opt_date(&mut self, key: &'static str, date: &'a Option<ApproximateDate>) {
        if let Some(date) = date {
            self.key(key, |w| w.date(date));
        }
    }

    fn opt_mention(&mut self, key: &'static str, mention: &'a Option<Mention>) {
        if let Some(mention) = mention {
            self.key(key, |w| w.mention(mention));
        }
    }

    fn count(&mut self, count: &'a Count) {
        self.opt_text("text", TextRole::Prose, &count.text);
        self.opt_date("date", &count.date);
    }

    fn sources(&mut self, key: &'static str, sources: &'a [Source]) {
        self.each(key, sources, |w, _, source| {
            w.opt_text("title", TextRole::Name, &source.title);
            w.opt_text("quote", TextRole::Prose, &source.quote);
        });
    }

    fn decisions(&mut self, decisions: &'a [Decision]) {
        if decisions.is_empty() {
            return;
        }
        self.key("decisions", |w| w.emit(Event::Decisions(decisions)));
        self.each("decisions", decisions, |w, _, decision| {
            w.opt_date("date", &decision.date);
            w.opt_date("effective", &decision.effective);
            w.mentions("by", &decision.by);
            w.opt_text("text", TextRole::Prose, &decision.text);
            w.references("signed_by", EntityKind::Party, &decision.signed_by);
            w.within("signatories", &decision.signatories, |w, c| w.count(c));
            w.sources("sources", &decision.sources);
        });
    }

    fn former_names(&mut self, names: &'a [FormerName]) {
        self.each("former_names", names, |w, _, former| {
            w.text("name", TextRole::Name, &former.name);
            w.opt_period("period", &former.period);
        });
    }

    fn role(&mut self, role: &'a Role) {
        self.emit(Event::Role(role));
        self.text("title", TextRole::Name, &role.title);
        self.reference(
            "holder",
            EntityKind::Person,
            role.holder.as_ref().map(|id| id.as_str()),
        );
        self.reference(
            "body",
            EntityKind::Body,
            role.body.as_ref().map(|id| id.as_str()),
        );
        self.reference(
            "party",
            EntityKind::Party,
            role.party.as_ref().map(|id| id.as_str()),
        );
        self.opt_period("period", &role.period);
    }

    fn follow_ups(&mut self, holder: Holder<'a>, follow_ups: &'a [FollowUp]) {
        self.each("follow_ups", follow_ups, |w, k, follow_up| {
            let previous = k.checked_sub(1).and_then(|k| follow_ups.get(k));
            w.emit(Event::FollowUp {
                holder,
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
    }

    fn time(&mut self, time: &'a Option<ActivityTime>) {
        self.within("time", time, |w, time| {
            w.opt_text("text", TextRole::Name, &time.text)
        });
    }

    fn activities(&mut self, holder: Holder<'a>, activities: &'a [Activity]) {
        if !self.rows {
            return;
        }
        self.each("activities", activities, |w, index, activity| {
            w.emit(Event::Row {
                holder,
                index,
                code: &activity.code,
                time: activity.time.as_ref(),
            });
            w.emit(Event::Activity(activity));
            w.text("title", TextRole::Name, &activity.title);
            w.opt_text("description", TextRole::Prose, &activity.description);
            w.each("parts", &activity.parts, |w, _, s| w.section(s));
            w.mentions("target_groups", &activity.target_groups);
            w.mentions("responsible", &activity.responsible);
            w.time(&activity.time);
            w.references("objectives", EntityKind::Objective, &activity.objectives);
            w.references(
                "interest_areas",
                EntityKind::InterestArea,
                &activity.interest_areas,
            );
            w.references("goals", EntityKind::Goal, &activity.goals);
            w.references("strategies", EntityKind::Strategy, &activity.strategies);
            w.references("priorities", EntityKind::Priority, &activity.priorities);
            w.references("principles", EntityKind::Principle, &activity.principles);
            w.budget(&activity.budget);
            w.follow_ups(holder, &activity.follow_ups);
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

    fn mention(&mut self, mention: &'a Mention) {
        self.opt_text("text", TextRole::Mention(mention), &mention.text);
        self.references("parties", EntityKind::Party, &mention.parties);
        self.references("people", EntityKind::Person, &mention.people);
        self.references("bodies", EntityKind::Body, &mention.bodies);
        self.texts("roles", TextRole::Name, &mention.roles);
    }

    fn mentions(&mut self, key: &'static str, mentions: &'a [Mention]) {
        self.each(key, mentions, |w, _, mention| w.mention(mention));
    }

    fn budget(&mut self, lines: &'a [BudgetLine]) {
        self.each("budget", lines, |w, _, line| {
            w.emit(Event::BudgetLine(line));
            w.opt_mention("funder", &line.funder);
            w.opt_mention("recipient", &line.recipient);
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
        self.former_names(&doc.former_names);
        self.within("terms", &doc.terms, |w, terms| {
            for (key, term) in [
                ("principles", &terms.principles),
                ("challenges", &terms.challenges),
                ("interest_areas", &terms.interest_areas),
                ("goals", &terms.goals),
                ("objectives", &terms.objectives),
                ("action_plans", &terms.action_plans),
                ("activities", &terms.activities),
            ] {
                w.opt_text(key, TextRole::Name, term);
            }
        });
        self.decisions(&doc.decisions);
        self.each("versions", &doc.versions, |w, _, version| {
            w.id(EntityKind::Version, version.id.as_str());
            w.opt_text("title", TextRole::Name, &version.title);
            w.reference(
                "replaces",
                EntityKind::Version,
                version.replaces.as_ref().map(|id| id.as_str()),
            );
            w.decisions(&version.decisions);
            w.opt_period("period", &version.period);
            w.references("principles", EntityKind::Principle, &version.principles);
            w.opt_text("changes", TextRole::Prose, &version.changes);
        });
        self.opt_period("validity", &doc.validity);
        self.within("revision", &doc.revision, |w, rhythm| {
            w.opt_text("text", TextRole::Prose, &rhythm.text)
        });
        self.reference(
            "managing_body",
            EntityKind::Body,
            doc.managing_body.as_ref().map(|id| id.as_str()),
        );
        self.texts("introduction", TextRole::Prose, &doc.introduction);
        self.opt_text("vision", TextRole::Prose, &doc.vision);
        self.each("goals", &doc.goals, |w, _, goal| {
            w.id(EntityKind::Goal, goal.id.as_str());
            w.text("text", TextRole::Prose, &goal.text);
            w.each("strategies", &goal.strategies, |w, _, strategy| {
                w.id(EntityKind::Strategy, strategy.id.as_str());
                w.text("text", TextRole::Prose, &strategy.text);
            });
        });
        self.each("principles", &doc.principles, |w, _, p| {
            w.id(EntityKind::Principle, p.id.as_str());
            w.text("name", TextRole::Name, &p.name);
            w.opt_text("description", TextRole::Prose, &p.description);
            w.references("derived_from", EntityKind::Principle, &p.derived_from);
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
            w.reference(
                "represented_by",
                EntityKind::Party,
                party.represented_by.as_ref().map(|id| id.as_str()),
            );
            w.former_names(&party.former_names);
            w.opt_text("description", TextRole::Prose, &party.description);
            w.opt_period("period", &party.period);
            w.each("member_counts", &party.member_counts, |w, _, c| w.count(c));
        });
        self.each("people", &doc.people, |w, _, person| {
            w.id(EntityKind::Person, person.id.as_str());
            w.emit(Event::Person(person));
            w.reference(
                "party",
                EntityKind::Party,
                person.party.as_ref().map(|id| id.as_str()),
            );
            w.opt_mention("employer", &person.employer);
            w.each("roles", &person.roles, |w, _, role| w.role(role));
        });
        self.each("bodies", &doc.bodies, |w, _, body| {
            w.id(EntityKind::Body, body.id.as_str());
            w.text("name", TextRole::Name, &body.name);
            w.opt_text("description", TextRole::Prose, &body.description);
            w.former_names(&body.former_names);
            w.opt_period("period", &body.period);
            w.reference(
                "part_of",
                EntityKind::Body,
                body.part_of.as_ref().map(|id| id.as_str()),
            );
            w.reference(
                "replaces",
                EntityKind::Body,
                body.replaces.as_ref().map(|id| id.as_str()),
            );
            w.opt_mention("host", &body.host);
            w.each("seats", &body.seats, |w, _, seats| {
                w.reference(
                    "party",
                    EntityKind::Party,
                    seats.party.as_ref().map(|id| id.as_str()),
                );
                w.opt_text("text", TextRole::Prose, &seats.text);
            });
            w.mentions("members", &body.members);
            w.each("roles", &body.roles, |w, _, role| w.role(role));
            w.each("meetings", &body.meetings, |w, _, meeting| {
                w.opt_date("date", &meeting.date);
                w.opt_text("place", TextRole::Name, &meeting.place);
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
                w.texts("means", TextRole::Prose, &objective.means);
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
        self.each("plans", &doc.plans, |w, index, plan| {
            w.id(EntityKind::Plan, plan.id.as_str());
            w.text("title", TextRole::Name, &plan.title);
            w.reference(
                "parent",
                EntityKind::Plan,
                plan.parent.as_ref().map(|id| id.as_str()),
            );
            w.reference(
                "replaces",
                EntityKind::Plan,
                plan.replaces.as_ref().map(|id| id.as_str()),
            );
            w.period("period", &plan.period);
            w.decisions(&plan.decisions);
            w.within("action_plan_rhythm", &plan.action_plan_rhythm, |w, r| {
                w.opt_text("text", TextRole::Prose, &r.text)
            });
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
            w.references("challenges", EntityKind::Challenge, &plan.challenges);
            w.references(
                "interest_areas",
                EntityKind::InterestArea,
                &plan.interest_areas,
            );
            w.within("follow_up", &plan.follow_up, |w, f| {
                w.follow_up_arrangement(f)
            });
            w.each("sections", &plan.sections, |w, _, s| w.section(s));
            w.activities(Holder::Plan(index, plan), &plan.activities);
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
            w.reference(
                "replaces",
                EntityKind::ActionPlan,
                plan.replaces.as_ref().map(|id| id.as_str()),
            );
            w.period("period", &plan.period);
            w.decisions(&plan.decisions);
            w.references(
                "interest_areas",
                EntityKind::InterestArea,
                &plan.interest_areas,
            );
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
            w.activities(Holder::ActionPlan(index, plan), &plan.activities);
            w.budget(&plan.budget);
        });
        self.each(
            "partnerships",
            &doc.partnerships,
            |w, index, partnership| {
                let holder = Holder::Partnership(index, partnership);
                w.id(EntityKind::Partnership, partnership.id.as_str());
                w.text("title", TextRole::Name, &partnership.title);
                w.reference(
                    "plan",
                    EntityKind::Plan,
                    partnership.plan.as_ref().map(|id| id.as_str()),
                );
                w.references("parties", EntityKind::Party, &partnership.parties);
                w.opt_period("period", &partnership.period);
                w.decisions(&partnership.decisions);
                w.opt_text("description", TextRole::Prose, &partnership.description);
                w.each("sections", &partnership.sections, |w, _, s| w.section(s));
                w.budget(&partnership.budget);
                if !w.rows {
                    return;
                }
                w.each(
                    "obligations",
                    &partnership.obligations,
                    |w, index, obligation| {
                        w.emit(Event::Row {
                            holder,
                            index,
                            code: &obligation.code,
                            time: obligation.time.as_ref(),
                        });
                        w.emit(Event::Obligation(partnership, obligation));
                        w.reference("party", EntityKind::Party, Some(obligation.party.as_str()));
                        w.text("text", TextRole::Prose, &obligation.text);
                        w.time(&obligation.time);
                        w.follow_ups(holder, &obligation.follow_ups);
                    },
                );
            },
        );
        self.each("evaluations", &doc.evaluations, |w, _, evaluation| {
            w.id(EntityKind::Evaluation, evaluation.id.as_str());
            w.text("title", TextRole::Name, &evaluation.title);
            w.mentions("by", &evaluation.by);
            w.opt_date("date", &evaluation.date);
            w.opt_text("summary", TextRole::Prose, &evaluation.summary);
            w.sources("reported_in", &evaluation.reported_in);
        });
        self.each("sections", &doc.sections, |w, _, s| w.section(s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The documents of `examples/`, which have every kind of entity and row, and a generated
    /// one with many action plans and partnerships.
    fn examples() -> Vec<Agreement> {
        let generated = overenskommelse_synthetic::document_json(1_000, 2018);
        [
            &include_bytes!("../../../../examples/boras/overenskommelse.json")[..],
            &include_bytes!("../../../../examples/boras/uppfoljning-2018.json")[..],
            &include_bytes!("../../../../examples/other/overenskommelse.json")[..],
            &include_bytes!("../../../../examples/region/overenskommelse.json")[..],
            &generated[..],
        ]
        .into_iter()
        .map(|bytes| crate::from_slice(bytes).expect("an example reads"))
        .collect()
    }

    /// A walk over an agreement: [`walk`] or [`walk_outside_rows`].
    type Walk = for<'d> fn(&'d Agreement, &mut dyn FnMut(&Pointer, Event<'d>));

    #[test]
    fn the_walk_outside_rows_meets_every_id() {
        for doc in examples() {
            let ids = |walker: Walk| {
                let mut ids = Vec::new();
                walker(&doc, &mut |at, event| {
                    if let Event::Id(kind, id) = event {
                        ids.push((kind, id.to_owned(), at.render()));
                    }
                });
                ids
            };
            let all = ids(walk);
            assert!(all.len() > 10, "{} ids", all.len());
            assert_eq!(ids(walk_outside_rows), all);
        }
    }

    #[test]
    fn the_rows_of_a_holder_come_together_and_in_order() {
        let (mut seen, mut holders) = (0, 0);
        for doc in examples() {
            let mut rows: Vec<(HolderKey, usize)> = Vec::new();
            walk(&doc, &mut |_, event| {
                if let Event::Row { holder, index, .. } = event {
                    rows.push((holder.key(), index));
                }
            });
            seen += rows.len();
            let mut done: Vec<HolderKey> = Vec::new();
            for (k, &(holder, index)) in rows.iter().enumerate() {
                let continues = k > 0 && rows[k - 1] == (holder, index.wrapping_sub(1));
                if !continues {
                    assert_eq!(index, 0, "{holder:?} starts at its first row");
                    assert!(!done.contains(&holder), "{holder:?} comes back");
                    done.push(holder);
                }
            }
            holders += done.len();
        }
        assert!(
            seen > 1_000 && holders > 10,
            "{seen} rows of {holders} holders"
        );
    }
}
