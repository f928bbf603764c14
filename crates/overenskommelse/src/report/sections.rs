//! The sections of the report about the agreement beside its activities: where it stands, its
//! plans, money, partnerships and governance. Laid out as [`super::layout`] lays out the rest.

use super::agreement::{DecisionInfo, PlanStanding, Standing};
use super::layout::{
    cols, or_dash, or_dash_ref, period_text, responsible_cell, text, title_cell, window_text,
    Block, Chart, Section, Span, Table,
};
use super::Report;
use crate::i18n::{self, word, Arg, Args, Lang, Word};

/// What the agreement is and where it stands: its standing, validity, version, decisions,
/// revision, parties and principles.
pub(super) fn agreement_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let o = &report.overview;
    let tag = lang.tag();
    let mut blocks = Vec::new();
    let standing = match &o.standing {
        Standing::InForce => i18n::text(
            Word::StandingInForce,
            &Args::new().with("as_of", report.as_of),
            lang,
        ),
        Standing::NotYetInForce { from } => i18n::text(
            Word::StandingNotYet,
            &Args::new().with("from", from.as_str()),
            lang,
        ),
        Standing::Ended { on, by, text: why } => {
            let mut sentence = i18n::text(
                Word::StandingEnded,
                &Args::new().with("on", or_dash(on.clone())),
                lang,
            );
            if !by.is_empty() {
                let by = by.iter().map(|b| b.get(tag).to_owned()).collect();
                sentence.push(' ');
                sentence.push_str(&i18n::text(
                    Word::StandingEndedBy,
                    &Args::new().with("by", Arg::List(by)),
                    lang,
                ));
            }
            if let Some(why) = why {
                sentence.push(' ');
                sentence.push_str(why.get(tag));
            }
            sentence
        }
        Standing::Expired { on } => {
            i18n::text(Word::StandingExpired, &Args::new().with("on", *on), lang)
        }
        Standing::Unknown => word(Word::StandingUnknown, lang).to_owned(),
    };
    blocks.push(Block::Para(vec![Span::Strong(standing.into())]));
    let mut facts = Vec::new();
    if let Some(validity) = &o.validity {
        facts.push(text(i18n::text(
            Word::ValidityLine,
            &Args::new().with("period", period_text(validity, lang)),
            lang,
        )));
    }
    if let Some(version) = &o.current_version {
        let name = version.name.clone().unwrap_or_else(|| version.id.clone());
        facts.push(text(i18n::text(
            Word::CurrentVersionLine,
            &Args::new().with("name", name),
            lang,
        )));
    }
    if let Some(body) = &o.managing_body {
        facts.push(text(i18n::text(
            Word::ManagingBodyLine,
            &Args::new().with("body", body.get(tag)),
            lang,
        )));
    }
    if let Some(revision) = &o.revision {
        let line = match (revision.last, revision.due) {
            (Some(last), Some(due)) => {
                let which = if revision.overdue {
                    Word::RevisionOverdueLine
                } else {
                    Word::RevisionLine
                };
                i18n::text(
                    which,
                    &Args::new().with("last", last).with("due", due),
                    lang,
                )
            }
            _ => i18n::text(
                Word::RevisionUnknownLine,
                &Args::new().with("months", u64::from(revision.every_months)),
                lang,
            ),
        };
        facts.push(text(line));
    }
    if !facts.is_empty() {
        blocks.push(Block::List(facts));
    }
    let mut decisions: Vec<&DecisionInfo> = o.decisions.iter().collect();
    if let Some(version) = &o.current_version {
        // A decision written both for the agreement and for its version is shown once.
        for decision in &version.decisions {
            if !decisions.contains(&decision) {
                decisions.push(decision);
            }
        }
    }
    if !decisions.is_empty() {
        blocks.push(decision_table(&decisions, lang));
    }
    if o.parties.is_empty() {
        blocks.push(Block::Empty(word(Word::NoParties, lang).to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            caption: word(Word::PartiesHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::Party, false),
                    (Word::SideColumn, false),
                    (Word::ParticipationColumn, false),
                    (Word::Through, false),
                    (Word::PeriodColumn, false),
                ],
            ),
            rows: o
                .parties
                .iter()
                .map(|p| {
                    vec![
                        text(p.name.get(tag)),
                        text(word(Word::Side(p.side), lang)),
                        text(word(Word::Participation(p.participation), lang)),
                        text(or_dash(p.through.as_ref().map(|t| t.get(tag).to_owned()))),
                        text(or_dash(p.period.clone())),
                    ]
                })
                .collect(),
        }));
    }
    Section {
        id: "agreement",
        heading: word(Word::AgreementHeading, lang).to_owned(),
        blocks,
    }
}

/// The principles, under the document's own word for them.
pub(super) fn principles_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let o = &report.overview;
    let tag = lang.tag();
    let heading = o.principles_word.as_ref().map_or_else(
        || word(Word::PrinciplesHeading, lang).to_owned(),
        |own| capitalized(own.get(tag)),
    );
    let blocks = if o.principles.is_empty() {
        vec![Block::Empty(word(Word::NoPrinciples, lang).to_owned())]
    } else {
        vec![Block::List(
            o.principles
                .iter()
                .map(|p| {
                    let mut line = p.name.get(tag).to_owned();
                    if !p.derived_from.is_empty() {
                        let names = p
                            .derived_from
                            .iter()
                            .map(|n| n.get(tag).to_owned())
                            .collect();
                        line.push_str(&format!(
                            " ({})",
                            i18n::text(
                                Word::DerivedFrom,
                                &Args::new().with("names", Arg::List(names)),
                                lang
                            )
                        ));
                    }
                    text(line)
                })
                .collect(),
        )]
    };
    Section {
        id: "principles",
        heading,
        blocks,
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn decision_table<'a>(decisions: &[&'a DecisionInfo], lang: Lang) -> Block<'a> {
    Block::Table(Table {
        caption: word(Word::DecisionsHeading, lang).to_owned(),
        columns: cols(
            lang,
            &[
                (Word::DecisionColumn, false),
                (Word::Date, false),
                (Word::By, false),
                (Word::TextColumn, false),
            ],
        ),
        rows: decisions
            .iter()
            .map(|d| {
                let when = match (&d.date, &d.effective) {
                    (Some(date), Some(effective)) if date != effective => {
                        format!("{date} ({effective})")
                    }
                    (date, effective) => or_dash(date.clone().or_else(|| effective.clone())),
                };
                vec![
                    text(word(Word::Decision(d.kind), lang)),
                    text(when),
                    text(or_dash((!d.by.is_empty()).then(|| {
                        let by: Vec<&str> = d.by.iter().map(|b| b.get(lang.tag())).collect();
                        by.join(", ")
                    }))),
                    text(or_dash(
                        d.text.as_ref().map(|t| t.get(lang.tag()).to_owned()),
                    )),
                ]
            })
            .collect(),
    })
}

/// The plans in their layers, each with its period and standing.
pub(super) fn plans_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let tag = lang.tag();
    let blocks = if report.plans.is_empty() {
        vec![Block::Empty(word(Word::NoPlans, lang).to_owned())]
    } else {
        vec![Block::Table(Table {
            caption: word(Word::PlansHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::PlansHeading, false),
                    (Word::LayerColumn, false),
                    (Word::PeriodColumn, false),
                    (Word::StandingColumn, false),
                    (Word::Activities, true),
                ],
            ),
            rows: report
                .plans
                .iter()
                .map(|p| {
                    // The layer shows as indentation, so the table reads as the plans' tree.
                    let indent = "\u{2003}".repeat(p.depth as usize);
                    let mut title = vec![
                        Span::Text(format!("{indent}{} ", p.title.get(tag)).into()),
                        Span::Code(p.id.clone().into()),
                    ];
                    if let Some(owner) = p.owner {
                        title.push(Span::Text(
                            format!(" ({})", word(Word::PlanOwner(owner), lang)).into(),
                        ));
                    }
                    let standing = word(Word::PlanStanding(p.standing), lang).to_owned();
                    vec![
                        title,
                        text(word(Word::Layer(p.layer), lang)),
                        text(or_dash(p.period.as_ref().map(|x| period_text(x, lang)))),
                        if p.standing == PlanStanding::Current {
                            vec![Span::Strong(standing.into())]
                        } else {
                            text(standing)
                        },
                        text(p.activities.to_string()),
                    ]
                })
                .collect(),
        })]
    };
    Section {
        id: "plans",
        heading: word(Word::PlansHeading, lang).to_owned(),
        blocks,
    }
}

fn amount(value: i64, lang: Lang) -> String {
    i18n::amount(value, lang)
}

/// Money per year, decided and not, as a table, a chart and every line.
pub(super) fn money_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let money = &report.money;
    let tag = lang.tag();
    let blocks = if money.lines.is_empty() {
        vec![Block::Empty(word(Word::NoMoney, lang).to_owned())]
    } else {
        vec![
            Block::Table(Table {
                caption: word(Word::MoneyHeading, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (Word::Year, false),
                        (Word::Decided, true),
                        (Word::Undecided, true),
                        (Word::WithoutAmount, true),
                    ],
                ),
                rows: money
                    .per_year
                    .iter()
                    .map(|y| {
                        let with_currency =
                            |v: i64| format!("{}\u{a0}{}", amount(v, lang), y.currency);
                        vec![
                            text(y.year.to_string()),
                            text(with_currency(y.decided)),
                            text(with_currency(y.undecided)),
                            text(y.without_amount.to_string()),
                        ]
                    })
                    .collect(),
            }),
            Block::Chart(Chart::Money),
            Block::Table(Table {
                caption: word(Word::MoneyPerFunder, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (Word::Funder, false),
                        (Word::Recipient, false),
                        (Word::Decided, true),
                        (Word::Undecided, true),
                        (Word::WithoutAmount, true),
                    ],
                ),
                rows: money
                    .per_funder
                    .iter()
                    .map(|t| {
                        let with_currency =
                            |v: i64| format!("{}\u{a0}{}", amount(v, lang), t.currency);
                        vec![
                            text(or_dash_ref(t.funder.as_ref().map(|f| f.get(tag)))),
                            text(or_dash_ref(t.recipient.as_ref().map(|r| r.get(tag)))),
                            text(with_currency(t.decided)),
                            text(with_currency(t.undecided)),
                            text(t.without_amount.to_string()),
                        ]
                    })
                    .collect(),
            }),
            Block::Table(Table {
                caption: word(Word::MoneyLines, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (Word::Year, false),
                        (Word::Amount, true),
                        (Word::Decided, false),
                        (Word::Funder, false),
                        (Word::Recipient, false),
                        (Word::SourceColumn, false),
                        (Word::For, false),
                    ],
                ),
                rows: money
                    .lines
                    .iter()
                    .map(|l| {
                        vec![
                            text(l.year.to_string()),
                            text(or_dash(
                                l.amount
                                    .map(|a| format!("{}\u{a0}{}", amount(a, lang), l.currency)),
                            )),
                            text(word(
                                if l.decided {
                                    Word::DecidedYes
                                } else {
                                    Word::DecidedNo
                                },
                                lang,
                            )),
                            text(or_dash(l.funder.as_ref().map(|f| f.get(tag).to_owned()))),
                            text(or_dash(l.recipient.as_ref().map(|r| r.get(tag).to_owned()))),
                            // The source of the money, else what the line notes of it.
                            text(or_dash(
                                l.source
                                    .as_ref()
                                    .or(l.note.as_ref())
                                    .map(|s| s.get(tag).to_owned()),
                            )),
                            text(l.place.get(tag)),
                        ]
                    })
                    .collect(),
            }),
        ]
    };
    Section {
        id: "money",
        heading: word(Word::MoneyHeading, lang).to_owned(),
        blocks,
    }
}

/// Each partnership with its obligations and where they stand.
pub(super) fn partnerships_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let tag = lang.tag();
    let mut blocks = Vec::new();
    if report.partnerships.is_empty() {
        blocks.push(Block::Empty(word(Word::NoPartnerships, lang).to_owned()));
    }
    for p in &report.partnerships {
        let parties: Vec<String> = p.parties.iter().map(|n| n.get(tag).to_owned()).collect();
        blocks.push(Block::Para(vec![
            Span::Strong(p.title.get(tag).to_owned().into()),
            Span::Text(" ".to_owned().into()),
            Span::Code(p.id.clone().into()),
        ]));
        let args = Args::new()
            .with("kind", word(Word::PartnershipKind(p.kind), lang))
            .with("parties", Arg::List(parties));
        let line = match &p.period {
            Some(period) => i18n::text(
                Word::PartnershipLine,
                &args.with("period", period_text(period, lang)),
                lang,
            ),
            None => i18n::text(Word::PartnershipLineOpen, &args, lang),
        };
        blocks.push(Block::Para(text(capitalized(&line))));
        if !p.decisions.is_empty() {
            let decisions: Vec<&DecisionInfo> = p.decisions.iter().collect();
            blocks.push(decision_table(&decisions, lang));
        }
        if p.obligations.is_empty() {
            blocks.push(Block::Empty(word(Word::NoObligations, lang).to_owned()));
            continue;
        }
        blocks.push(Block::Table(Table {
            caption: format!("{} – {}", word(Word::Obligation, lang), p.title.get(tag)),
            columns: cols(
                lang,
                &[
                    (Word::Code, false),
                    (Word::Party, false),
                    (Word::Obligation, false),
                    (Word::StatusColumn, false),
                    (Word::Window, false),
                ],
            ),
            rows: p
                .obligations
                .iter()
                .map(|o| {
                    let mut status = vec![Span::Status(o.status)];
                    if o.overdue {
                        status.push(Span::Flag(word(Word::OverdueOne, lang).to_owned().into()));
                    }
                    // Under its partnership's heading, an obligation's code needs no prefix.
                    vec![
                        vec![Span::Code(o.code.as_str().to_owned().into())],
                        responsible_cell(o),
                        title_cell(o, lang),
                        status,
                        text(window_text(o, lang)),
                    ]
                })
                .collect(),
        }));
    }
    Section {
        id: "partnerships",
        heading: word(Word::PartnershipsHeading, lang).to_owned(),
        blocks,
    }
}

/// The bodies and their meetings in the report's year.
pub(super) fn governance_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let tag = lang.tag();
    let blocks = if report.governance.is_empty() {
        vec![Block::Empty(word(Word::NoBodies, lang).to_owned())]
    } else {
        vec![Block::Table(Table {
            caption: word(Word::GovernanceHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::BodyColumn, false),
                    (Word::KindColumn, false),
                    (Word::Seats, false),
                    (Word::Meetings, false),
                ],
            ),
            rows: report
                .governance
                .iter()
                .map(|b| {
                    let mut name = vec![Span::Text(b.name.get(tag).to_owned().into())];
                    if b.manages {
                        name.push(Span::Flag(word(Word::Manages, lang).to_owned().into()));
                    }
                    let meetings: Vec<String> = b
                        .meetings
                        .iter()
                        .map(|m| {
                            // A meeting known only by words is shown by its words.
                            let when = m
                                .date
                                .clone()
                                .or_else(|| {
                                    let words = m.text.as_ref()?.get(tag);
                                    Some(words.trim_end_matches('.').to_owned())
                                })
                                .unwrap_or_else(|| "–".to_owned());
                            let state = match (m.held, m.every_year) {
                                (Some(true), _) => Some(word(Word::Held, lang)),
                                (Some(false), _) => Some(word(Word::Coming, lang)),
                                (None, true) => Some(word(Word::EveryYear, lang)),
                                (None, false) => None,
                            };
                            let mut line = when;
                            if let Some(place) = &m.place {
                                line.push_str(&format!(", {}", place.get(tag)));
                            }
                            if let Some(state) = state {
                                line.push_str(&format!(" ({state})"));
                            }
                            line
                        })
                        .collect();
                    let seats: Vec<String> = b
                        .seats
                        .iter()
                        .map(|s| {
                            let whose =
                                s.party.as_ref().map(|p| p.get(tag).to_owned()).or_else(|| {
                                    s.side.map(|side| word(Word::Side(side), lang).to_owned())
                                });
                            match whose {
                                Some(whose) => format!("{} ({whose})", s.count),
                                None => s.count.to_string(),
                            }
                        })
                        .collect();
                    vec![
                        name,
                        text(word(Word::BodyKind(b.kind), lang)),
                        text(or_dash((!seats.is_empty()).then(|| seats.join(" + ")))),
                        text(or_dash((!meetings.is_empty()).then(|| meetings.join("; ")))),
                    ]
                })
                .collect(),
        })]
    };
    Section {
        id: "governance",
        heading: word(Word::GovernanceHeading, lang).to_owned(),
        blocks,
    }
}
