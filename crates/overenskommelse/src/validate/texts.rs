//! Every text people read in a document, with its JSON Pointer: the walk behind the text rules.

use super::pointer::Pointer;
use crate::model::{Agreement, FollowUpArrangement, Item, LocalizedText, Mention, Section};

/// What role a text plays, which decides the rules that apply to it.
#[derive(Clone, Copy)]
pub(crate) enum TextRole<'a> {
    /// A name or title.
    Name,
    /// Free prose: descriptions, paragraphs, notes.
    Prose,
    /// The words of a mention, beside the references they resolve to.
    Mention(&'a Mention),
}

pub(crate) type Visit<'f, 'a> = dyn FnMut(&Pointer, TextRole<'a>, &'a LocalizedText) + 'f;

struct Walker<'f, 'a> {
    pointer: Pointer,
    visit: &'f mut Visit<'f, 'a>,
}

/// Calls `visit` for every localized text of the document.
pub(crate) fn visit_texts<'a>(doc: &'a Agreement, visit: &mut Visit<'_, 'a>) {
    let mut walker = Walker {
        pointer: Pointer::default(),
        visit,
    };
    walker.run(doc);
}

impl<'a> Walker<'_, 'a> {
    fn text(&mut self, key: &'static str, role: TextRole<'a>, text: &'a LocalizedText) {
        self.pointer.key(key);
        (self.visit)(&self.pointer, role, text);
        self.pointer.pop();
    }

    fn opt(&mut self, key: &'static str, role: TextRole<'a>, text: &'a Option<LocalizedText>) {
        if let Some(text) = text {
            self.text(key, role, text);
        }
    }

    fn list(&mut self, key: &'static str, role: TextRole<'a>, texts: &'a [LocalizedText]) {
        self.pointer.key(key);
        for (index, text) in texts.iter().enumerate() {
            self.pointer.index(index);
            (self.visit)(&self.pointer, role, text);
            self.pointer.pop();
        }
        self.pointer.pop();
    }

    fn each<T: 'a>(
        &mut self,
        key: &'static str,
        items: &'a [T],
        mut f: impl FnMut(&mut Self, &'a T),
    ) {
        self.pointer.key(key);
        for (index, item) in items.iter().enumerate() {
            self.pointer.index(index);
            f(self, item);
            self.pointer.pop();
        }
        self.pointer.pop();
    }

    fn within<T: 'a>(
        &mut self,
        key: &'static str,
        item: &'a Option<T>,
        f: impl FnOnce(&mut Self, &'a T),
    ) {
        if let Some(item) = item {
            self.pointer.key(key);
            f(self, item);
            self.pointer.pop();
        }
    }

    fn inside(&mut self, key: &'static str, f: impl FnOnce(&mut Self)) {
        self.pointer.key(key);
        f(self);
        self.pointer.pop();
    }

    fn item(&mut self, item: &'a Item) {
        self.opt("title", TextRole::Name, &item.title);
        self.opt("text", TextRole::Prose, &item.text);
    }

    fn section(&mut self, section: &'a Section) {
        self.opt("title", TextRole::Name, &section.title);
        self.list("text", TextRole::Prose, &section.text);
        self.each("items", &section.items, Self::item);
        self.list("after", TextRole::Prose, &section.after);
    }

    fn follow_up(&mut self, arrangement: &'a FollowUpArrangement) {
        self.opt("title", TextRole::Name, &arrangement.title);
        self.list("text", TextRole::Prose, &arrangement.text);
        self.list("reported_in", TextRole::Name, &arrangement.reported_in);
    }

    fn mentions(&mut self, key: &'static str, mentions: &'a [Mention]) {
        self.each(key, mentions, |w, mention| {
            w.opt("text", TextRole::Mention(mention), &mention.text);
            w.list("roles", TextRole::Name, &mention.roles);
        });
    }

    fn period_text(&mut self, period: &'a Option<crate::model::Period>) {
        self.within("period", period, |w, period| {
            w.opt("text", TextRole::Prose, &period.text)
        });
    }

    fn run(&mut self, doc: &'a Agreement) {
        self.text("title", TextRole::Name, &doc.title);
        self.inside("jurisdiction", |w| {
            w.text("name", TextRole::Name, &doc.jurisdiction.name)
        });
        self.within("validity", &doc.validity, |w, p| {
            w.opt("text", TextRole::Prose, &p.text)
        });
        self.within("ended", &doc.ended, |w, e| {
            w.opt("reason", TextRole::Prose, &e.reason)
        });
        self.within("version", &doc.version, |w, v| {
            w.opt("changes", TextRole::Prose, &v.changes)
        });
        self.list("introduction", TextRole::Prose, &doc.introduction);
        self.opt("vision", TextRole::Prose, &doc.vision);
        self.each("goals", &doc.goals, |w, goal| {
            w.text("text", TextRole::Prose, &goal.text);
            w.list("strategies", TextRole::Prose, &goal.strategies);
        });
        self.each("principles", &doc.principles, |w, p| {
            w.text("name", TextRole::Name, &p.name);
            w.opt("description", TextRole::Prose, &p.description);
        });
        self.each("parties", &doc.parties, |w, p| {
            w.text("name", TextRole::Name, &p.name);
            w.opt("short_name", TextRole::Name, &p.short_name);
            w.opt("description", TextRole::Prose, &p.description);
            w.period_text(&p.period);
        });
        self.each("people", &doc.people, |w, person| {
            w.each("roles", &person.roles, |w, role| {
                w.text("title", TextRole::Name, &role.title);
                w.period_text(&role.period);
            });
        });
        self.each("bodies", &doc.bodies, |w, body| {
            w.text("name", TextRole::Name, &body.name);
            w.opt("description", TextRole::Prose, &body.description);
            w.mentions("members", &body.members);
            w.each("meetings", &body.meetings, |w, m| {
                w.opt("text", TextRole::Prose, &m.text)
            });
        });
        self.each("challenges", &doc.challenges, |w, c| {
            w.text("name", TextRole::Name, &c.name);
            w.opt("description", TextRole::Prose, &c.description);
        });
        self.each("interest_areas", &doc.interest_areas, |w, area| {
            w.text("title", TextRole::Name, &area.title);
            w.list("description", TextRole::Prose, &area.description);
            w.opt("objectives_title", TextRole::Name, &area.objectives_title);
            w.each("objectives", &area.objectives, |w, objective| {
                w.text("text", TextRole::Prose, &objective.text);
                w.each("indicators", &objective.indicators, |w, indicator| {
                    w.text("name", TextRole::Name, &indicator.name);
                    w.opt("unit", TextRole::Name, &indicator.unit);
                });
            });
        });
        self.each("plans", &doc.plans, |w, plan| {
            w.text("title", TextRole::Name, &plan.title);
            w.inside("period", |w| {
                w.opt("text", TextRole::Prose, &plan.period.text)
            });
            w.list("introduction", TextRole::Prose, &plan.introduction);
            w.within("purpose", &plan.purpose, Self::section);
            w.within("scope", &plan.scope, Self::section);
            w.within("learning", &plan.learning, |w, learning| {
                w.opt("title", TextRole::Name, &learning.title);
                w.list("text", TextRole::Prose, &learning.text);
                w.each("themes", &learning.themes, Self::item);
                w.within(
                    "reflection_questions",
                    &learning.reflection_questions,
                    Self::section,
                );
            });
            w.within("conditions", &plan.conditions, Self::section);
            w.within("follow_up", &plan.follow_up, Self::follow_up);
            w.each("sections", &plan.sections, Self::section);
        });
        self.each("action_plans", &doc.action_plans, |w, plan| {
            w.text("title", TextRole::Name, &plan.title);
            w.inside("period", |w| {
                w.opt("text", TextRole::Prose, &plan.period.text)
            });
            w.within("purpose", &plan.purpose, Self::section);
            w.each("sections", &plan.sections, Self::section);
            w.opt("priorities_title", TextRole::Name, &plan.priorities_title);
            w.each("priorities", &plan.priorities, |w, p| {
                w.text("text", TextRole::Prose, &p.text)
            });
            w.within("follow_up", &plan.follow_up, Self::follow_up);
            w.opt("activities_title", TextRole::Name, &plan.activities_title);
            w.mentions("adopted_by", &plan.adopted_by);
            w.each("activities", &plan.activities, |w, activity| {
                w.text("title", TextRole::Name, &activity.title);
                w.opt("description", TextRole::Prose, &activity.description);
                w.each("parts", &activity.parts, Self::section);
                w.mentions("target_groups", &activity.target_groups);
                w.mentions("responsible", &activity.responsible);
                w.within("time", &activity.time, |w, t| {
                    w.opt("text", TextRole::Name, &t.text)
                });
                w.each("follow_ups", &activity.follow_ups, |w, f| {
                    w.opt("note", TextRole::Prose, &f.note);
                    w.mentions("reported_by", &f.reported_by);
                });
            });
        });
        self.each("sections", &doc.sections, Self::section);
    }
}
