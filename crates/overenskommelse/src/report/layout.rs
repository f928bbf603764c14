//! What the report says and in which order, decided once for every format: sections of
//! paragraphs, lists and tables, with the words from the language tables of [`crate::i18n`].
//! [`super::markdown`] writes it as Markdown, [`super::html`] as a page with charts.

use std::borrow::Cow;

use super::{sections, Report};
use crate::follow_up::{ActivityState, Change, Group, WindowOrigin};
use crate::i18n::{self, word, Args, Lang, Word};
use crate::model::{Assessment, Date, Period, Status};
use crate::validate::Severity;

/// The report laid out: a title, opening blocks and sections in order.
pub(super) struct Layout<'a> {
    /// The agreement's title.
    pub(super) title: String,
    /// "Uppföljning per 2018-12-31".
    pub(super) subtitle: String,
    /// What comes between the title and the first section.
    pub(super) intro: Vec<Block<'a>>,
    /// The sections, in order.
    pub(super) sections: Vec<Section<'a>>,
}

/// One section of the report, under a second-level heading.
pub(super) struct Section<'a> {
    /// A stable anchor for links within the page.
    pub(super) id: &'static str,
    /// The heading.
    pub(super) heading: String,
    /// Its content.
    pub(super) blocks: Vec<Block<'a>>,
}

/// A piece of content.
pub(super) enum Block<'a> {
    /// A paragraph.
    Para(Vec<Span<'a>>),
    /// A bulleted list.
    List(Vec<Vec<Span<'a>>>),
    /// A table.
    Table(Table<'a>),
    /// What an empty section says ("Inga försenade aktiviteter.").
    Empty(String),
    /// A chart, drawn only in HTML.
    Chart(Chart),
}

/// The charts of the HTML report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Chart {
    /// Activities per status.
    Status,
    /// Activities per interest area.
    InterestAreas,
    /// The activities' windows on a month axis.
    Timeline,
    /// Money per year, decided and not.
    Money,
}

/// Inline content.
pub(super) enum Span<'a> {
    /// Plain text.
    Text(Cow<'a, str>),
    /// Emphasised text.
    Strong(Cow<'a, str>),
    /// A code, id or path.
    Code(Cow<'a, str>),
    /// A status, as its label.
    Status(Option<Status>),
    /// A traffic light, as its label.
    Assessment(Assessment),
    /// A severity, as its label.
    Severity(Severity),
    /// A warning word beside a status ("försenad").
    Flag(Cow<'a, str>),
    /// An activity's code with its action plan's id ("hp-2018/A"), as a code.
    PlanCode(&'a str, &'a str),
    /// A date.
    Date(Date),
    /// A whole number.
    Number(i64),
    /// An activity's window in words ("2018-03-01 – 2018-05-31 (osäker)").
    Window(&'a ActivityState<'a>),
    /// Texts joined by "; ", or a dash for none.
    Joined(&'a [&'a str]),
}

/// A table with a caption, its columns and rows of cells.
pub(super) struct Table<'a> {
    /// What the table shows.
    pub(super) caption: String,
    /// Column headings; `true` for columns of numbers.
    pub(super) columns: Vec<(String, bool)>,
    /// The rows, each a list of cells, each a list of spans.
    pub(super) rows: Rows<'a>,
}

/// A row of a table: cells, each a list of spans.
pub(super) type Row<'a> = Vec<Vec<Span<'a>>>;

/// The rows of a table, made as they are written: the tables of every activity are never
/// laid out whole, so a report of many activities streams.
pub(super) struct Rows<'a>(Box<dyn Iterator<Item = Row<'a>> + 'a>);

impl<'a> Rows<'a> {
    /// Rows made one by one as they are written.
    pub(super) fn lazy(rows: impl Iterator<Item = Row<'a>> + 'a) -> Self {
        Rows(Box::new(rows))
    }
}

impl<'a> Iterator for Rows<'a> {
    type Item = Row<'a>;

    fn next(&mut self) -> Option<Row<'a>> {
        self.0.next()
    }
}

impl<'a> FromIterator<Row<'a>> for Rows<'a> {
    fn from_iter<I: IntoIterator<Item = Row<'a>>>(rows: I) -> Self {
        Rows(Box::new(rows.into_iter().collect::<Vec<_>>().into_iter()))
    }
}

impl<'a> From<Vec<Row<'a>>> for Rows<'a> {
    fn from(rows: Vec<Row<'a>>) -> Self {
        Rows(Box::new(rows.into_iter()))
    }
}

pub(super) fn text<'a>(s: impl Into<Cow<'a, str>>) -> Vec<Span<'a>> {
    vec![Span::Text(s.into())]
}

pub(super) fn cols(lang: Lang, columns: &[(Word, bool)]) -> Vec<(String, bool)> {
    columns
        .iter()
        .map(|(pair, numeric)| (word(*pair, lang).to_owned(), *numeric))
        .collect()
}

/// A period as "2018-01-01 – 2018-12-31", or open-ended, with the source's words for a rough bound.
pub(super) fn period_text(period: &Period, lang: Lang) -> String {
    let bound = |date: &Option<crate::model::ApproximateDate>| {
        date.as_ref()
            .map_or_else(|| word(Word::Open, lang).to_owned(), ToString::to_string)
    };
    match &period.end {
        Some(_) => format!("{} – {}", bound(&period.start), bound(&period.end)),
        None => format!(
            "{} – {}",
            bound(&period.start),
            word(Word::UntilFurtherNotice, lang)
        ),
    }
}

/// An activity's window as "2018-03-01 – 2018-05-31", with open ends and uncertainty in words.
pub(super) fn window_text(state: &ActivityState<'_>, lang: Lang) -> String {
    let mut out = String::new();
    write_window(&mut out, state, lang);
    out
}

/// Writes [`window_text`]: only dates and the report's own words, which no format escapes.
pub(super) fn write_window(out: &mut String, state: &ActivityState<'_>, lang: Lang) {
    use std::fmt::Write as _;
    match &state.window {
        Some(window) => {
            let bound = |out: &mut String, d: Option<Date>| match d {
                // Writing into a String cannot fail.
                Some(d) => drop(write!(out, "{d}")),
                None => out.push_str(word(Word::Open, lang)),
            };
            bound(out, window.start);
            out.push_str(" – ");
            bound(out, window.end);
            if window.uncertain {
                out.push_str(" (");
                out.push_str(word(Word::Uncertain, lang));
                out.push(')');
            }
        }
        None => out.push_str(match state.window_origin {
            WindowOrigin::Unreadable => word(Word::NotRead, lang),
            _ => word(Word::NoTime, lang),
        }),
    }
}

/// An activity's code, with its action plan when the report covers more than one.
pub(super) fn code_text<'a>(report: &Report<'_>, action_plan: &str, code: &'a str) -> Cow<'a, str> {
    if codes_name_their_plan(report) {
        Cow::Owned(format!("{action_plan}/{code}"))
    } else {
        Cow::Borrowed(code)
    }
}

/// [`code_text`] as a span, written in place.
pub(super) fn code_span<'r>(report: &Report<'_>, action_plan: &'r str, code: &'r str) -> Span<'r> {
    if codes_name_their_plan(report) {
        Span::PlanCode(action_plan, code)
    } else {
        Span::Code(Cow::Borrowed(code))
    }
}

/// Whether an activity's code is shown with its action plan's id: when the report covers
/// more than one action plan, a code alone does not say which activity it is.
fn codes_name_their_plan(report: &Report<'_>) -> bool {
    report.action_plans.len() > 1
}

pub(super) fn or_dash(s: Option<String>) -> String {
    s.filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "–".to_owned())
}

/// A borrowed text, or a dash for none: the cells of every activity are written without
/// copying what they show.
pub(super) fn or_dash_ref(s: Option<&str>) -> Cow<'_, str> {
    match s.filter(|s| !s.trim().is_empty()) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Borrowed("–"),
    }
}

/// Everything the report says, in order.
pub(super) fn layout<'r>(report: &'r Report<'_>, lang: Lang) -> Layout<'r> {
    let tag = lang.tag();
    let subtitle = format!("{} {}", word(Word::FollowUpAsOf, lang), report.as_of);
    let mut intro = vec![
        Block::Para(vec![Span::Strong(subtitle.clone().into())]),
        Block::Para(text(report.jurisdiction.get(tag))),
    ];
    if report.action_plans.is_empty() {
        intro.push(Block::Empty(word(Word::NoActionPlans, lang).to_owned()));
    } else {
        intro.push(Block::Para(text(format!(
            "{}:",
            word(Word::ActionPlans, lang)
        ))));
        intro.push(Block::List(
            report
                .action_plans
                .iter()
                .map(|p| {
                    vec![
                        Span::Text(format!("{} ", p.title.get(tag)).into()),
                        Span::Code(p.id.clone().into()),
                        Span::Text(format!(", {}", period_text(&p.period, lang)).into()),
                    ]
                })
                .collect(),
        ));
    }
    if let Some(since) = report.since {
        intro.push(Block::Para(text(format!(
            "{} {since}",
            word(Word::ChangesSince, lang)
        ))));
    }

    let mut sections = vec![
        sections::agreement_section(report, lang),
        sections::principles_section(report, lang),
        sections::plans_section(report, lang),
        status_section(report, lang),
    ];
    sections.push(group_section(
        "by-interest-area",
        Word::ByInterestArea,
        Word::InterestArea,
        &report.summary.by_interest_area,
        Some(Chart::InterestAreas),
        lang,
    ));
    sections.push(group_section(
        "by-responsible",
        Word::ByResponsible,
        Word::Responsible,
        &report.summary.by_responsible,
        None,
        lang,
    ));
    sections.push(group_section(
        "by-action-plan",
        Word::ByActionPlan,
        Word::ActionPlan,
        &report.summary.by_action_plan,
        None,
        lang,
    ));
    if !report.summary.by_principle.is_empty() {
        sections.push(group_section(
            "by-principle",
            Word::ByPrinciple,
            Word::PrincipleColumn,
            &report.summary.by_principle,
            None,
            lang,
        ));
    }
    if !report.summary.by_objective.is_empty() {
        sections.push(group_section(
            "by-objective",
            Word::ByObjective,
            Word::Objective,
            &report.summary.by_objective,
            None,
            lang,
        ));
    }
    sections.push(overdue_section(report, lang));
    if report.not_reported().next().is_some() {
        sections.push(not_reported_section(report, lang));
    }
    sections.push(stale_section(report, lang));
    sections.push(changes_section(report, lang));
    sections.push(unreadable_section(report, lang));
    sections.push(sections::money_section(report, lang));
    sections.push(sections::partnerships_section(report, lang));
    sections.push(sections::governance_section(report, lang));
    if !report.summary.indicators.is_empty() {
        sections.push(indicator_section(report, lang));
    }
    sections.push(all_section(report, lang));
    sections.push(validation_section(report, lang));
    Layout {
        title: report.title.get(tag).to_owned(),
        subtitle,
        intro,
        sections,
    }
}

fn status_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let totals = &report.summary.totals;
    if totals.total() == 0 {
        return Section {
            id: "status",
            heading: word(Word::StatusHeading, lang).to_owned(),
            blocks: vec![
                Block::Empty(word(Word::NoActivities, lang).to_owned()),
                Block::Chart(Chart::Status),
            ],
        };
    }
    let mut rows: Vec<Vec<Vec<Span<'_>>>> = totals
        .shown()
        .map(|s| vec![vec![Span::Status(s)], text(totals.get(s).to_string())])
        .collect();
    rows.push(vec![
        vec![Span::Strong(word(Word::Total, lang).to_owned().into())],
        vec![Span::Strong(totals.total().to_string().into())],
    ]);
    Section {
        id: "status",
        heading: word(Word::StatusHeading, lang).to_owned(),
        blocks: vec![
            Block::Table(Table {
                caption: word(Word::StatusHeading, lang).to_owned(),
                columns: cols(lang, &[(Word::StatusColumn, false), (Word::Count, true)]),
                rows: rows.into(),
            }),
            Block::Para(text(i18n::text(
                Word::OverdueAndStale,
                &Args::new()
                    .with("overdue", report.summary.overdue)
                    .with("stale", report.summary.stale),
                lang,
            ))),
            Block::Chart(Chart::Status),
        ],
    }
}

fn group_section<'a>(
    id: &'static str,
    heading: Word,
    first: Word,
    groups: &'a [Group],
    chart: Option<Chart>,
    lang: Lang,
) -> Section<'a> {
    let mut blocks = Vec::new();
    // Not reported is a column only when some group has such activities.
    let any_not_reported = groups.iter().any(|g| g.counts.get(None) > 0);
    let shown: Vec<Option<Status>> = crate::follow_up::StatusCounts::ALL
        .into_iter()
        .filter(|s| s.is_some() || any_not_reported)
        .collect();
    if groups.is_empty() {
        blocks.push(Block::Empty(word(Word::NoActivities, lang).to_owned()));
    } else {
        let mut columns = vec![(word(first, lang).to_owned(), false)];
        columns.extend(
            shown
                .iter()
                .map(|s| (i18n::status_word(*s, lang).to_owned(), true)),
        );
        columns.extend(cols(lang, &[(Word::Total, true), (Word::Overdue, true)]));
        let rows = groups
            .iter()
            .map(|g| {
                let mut row = vec![text(g.label.get(lang.tag()))];
                row.extend(shown.iter().map(|s| text(g.counts.get(*s).to_string())));
                row.push(text(g.counts.total().to_string()));
                row.push(text(g.overdue.to_string()));
                row
            })
            .collect();
        blocks.push(Block::Table(Table {
            caption: word(heading, lang).to_owned(),
            columns,
            rows,
        }));
    }
    if let Some(chart) = chart {
        blocks.push(Block::Chart(chart));
    }
    Section {
        id,
        heading: word(heading, lang).to_owned(),
        blocks,
    }
}

pub(super) fn title_cell<'r>(state: &'r ActivityState<'_>, lang: Lang) -> Vec<Span<'r>> {
    text(state.title.get(lang.tag()))
}

pub(super) fn code_cell<'r>(report: &Report<'_>, state: &'r ActivityState<'_>) -> Vec<Span<'r>> {
    vec![code_span(report, state.plan, state.code.as_str())]
}

/// Writes texts joined by "; " with `write` (which escapes them), or a dash for none.
pub(super) fn joined(out: &mut String, texts: &[&str], write: fn(&mut String, &str)) {
    match texts {
        [] => out.push('–'),
        [only] if only.trim().is_empty() => out.push('–'),
        _ => {
            for (i, text) in texts.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                write(out, text);
            }
        }
    }
}

/// A date, or a dash for none.
pub(super) fn date_cell<'r>(date: Option<Date>) -> Vec<Span<'r>> {
    date.map_or_else(|| text("–"), |d| vec![Span::Date(d)])
}

pub(super) fn responsible_cell<'r>(state: &'r ActivityState<'_>) -> Vec<Span<'r>> {
    vec![Span::Joined(&state.responsible)]
}

fn overdue_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let rows = Rows::lazy(report.overdue().map(move |a| {
        vec![
            code_cell(report, a),
            title_cell(a, lang),
            text(or_dash_ref(a.time_text)),
            date_cell(a.window.as_ref().and_then(|w| w.end)),
            responsible_cell(a),
            vec![Span::Status(a.status)],
        ]
    }));
    let blocks = if report.overdue().next().is_none() {
        // Say why it is empty: nothing is late, or nothing has a window that could end.
        let any_window = report.activities.iter().any(|a| a.window.is_some());
        let why = if report.activities.is_empty() {
            Word::NoActivities
        } else if any_window {
            Word::NoOverdue
        } else {
            Word::NoWindowsToBeLate
        };
        vec![Block::Empty(word(why, lang).to_owned())]
    } else {
        vec![
            Block::Para(text(i18n::text(
                Word::OverdueIntro,
                &Args::new().with("as_of", report.as_of),
                lang,
            ))),
            Block::Table(Table {
                caption: word(Word::OverdueHeading, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (Word::Code, false),
                        (Word::Activity, false),
                        (Word::Time, false),
                        (Word::Due, false),
                        (Word::Responsible, false),
                        (Word::StatusColumn, false),
                    ],
                ),
                rows,
            }),
        ]
    };
    Section {
        id: "overdue",
        heading: word(Word::OverdueHeading, lang).to_owned(),
        blocks,
    }
}

fn not_reported_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let rows = Rows::lazy(report.not_reported().map(move |a| {
        vec![
            code_cell(report, a),
            title_cell(a, lang),
            text(or_dash_ref(a.time_text)),
            vec![Span::Window(a)],
            responsible_cell(a),
        ]
    }));
    Section {
        id: "not-reported",
        heading: word(Word::NotReportedHeading, lang).to_owned(),
        blocks: vec![
            Block::Para(text(word(Word::NotReportedIntro, lang).to_owned())),
            Block::Table(Table {
                caption: word(Word::NotReportedHeading, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (Word::Code, false),
                        (Word::Activity, false),
                        (Word::Time, false),
                        (Word::Window, false),
                        (Word::Responsible, false),
                    ],
                ),
                rows,
            }),
        ],
    }
}

fn stale_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let rows = Rows::lazy(report.stale().map(move |a| {
        vec![
            code_cell(report, a),
            title_cell(a, lang),
            responsible_cell(a),
            vec![Span::Status(a.status)],
            a.status_since
                .map_or_else(|| text(word(Word::Never, lang)), |d| vec![Span::Date(d)]),
            a.days_since_follow_up
                .map_or_else(|| text("–"), |days| vec![Span::Number(days)]),
        ]
    }));
    let mut blocks = vec![Block::Para(text(i18n::text(
        Word::StaleIntro,
        &Args::new().with("days", u64::from(report.stale_after_days)),
        lang,
    )))];
    if report.activities.is_empty() {
        blocks = vec![Block::Empty(word(Word::NoActivities, lang).to_owned())];
    } else if report.stale().next().is_none() {
        blocks.push(Block::Empty(word(Word::NoStale, lang).to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            caption: word(Word::StaleHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::Code, false),
                    (Word::Activity, false),
                    (Word::Responsible, false),
                    (Word::StatusColumn, false),
                    (Word::LatestFollowUp, false),
                    (Word::DaysSince, true),
                ],
            ),
            rows,
        }));
    }
    Section {
        id: "stale",
        heading: word(Word::StaleHeading, lang).to_owned(),
        blocks,
    }
}

fn changes_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let heading = word(Word::ChangesHeading, lang).to_owned();
    let Some(since) = report.since else {
        return Section {
            id: "changes",
            heading,
            blocks: vec![Block::Empty(word(Word::NoSince, lang).to_owned())],
        };
    };
    if report.changes.is_empty() {
        return Section {
            id: "changes",
            heading,
            blocks: vec![Block::Empty(i18n::text(
                Word::NoChanges,
                &Args::new().with("since", since),
                lang,
            ))],
        };
    }
    let title = |plan: &str, code: &str| {
        report.activity(plan, code).map_or_else(
            || vec![Span::Text("–".to_owned().into())],
            |a| title_cell(a, lang),
        )
    };
    let rows = report
        .changes
        .iter()
        .map(|change| match change {
            Change::StatusChanged {
                plan,
                code,
                from,
                to,
                date,
            } => vec![
                vec![code_span(report, plan.as_str(), code.as_str())],
                title(plan.as_str(), code.as_str()),
                vec![
                    Span::Status(*from),
                    Span::Text(" → ".to_owned().into()),
                    Span::Status(*to),
                ],
                text(or_dash(date.map(|d| d.to_string()))),
            ],
            Change::Added { plan, code } => vec![
                vec![code_span(report, plan.as_str(), code.as_str())],
                title(plan.as_str(), code.as_str()),
                text(word(Word::Added, lang)),
                text("–"),
            ],
            Change::Removed { plan, code } => vec![
                vec![code_span(report, plan.as_str(), code.as_str())],
                title(plan.as_str(), code.as_str()),
                text(word(Word::Removed, lang)),
                text("–"),
            ],
        })
        .collect();
    Section {
        id: "changes",
        heading,
        blocks: vec![
            Block::Para(text(i18n::text(
                Word::ChangesIntro,
                &Args::new().with("since", since).with("as_of", report.as_of),
                lang,
            ))),
            Block::Table(Table {
                caption: format!("{} {since}", word(Word::ChangesSince, lang)),
                columns: cols(
                    lang,
                    &[
                        (Word::Code, false),
                        (Word::Activity, false),
                        (Word::Change, false),
                        (Word::Date, false),
                    ],
                ),
                rows,
            }),
        ],
    }
}

fn unreadable_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let rows = Rows::lazy(report.unreadable_times().map(move |a| {
        vec![
            code_cell(report, a),
            title_cell(a, lang),
            text(or_dash_ref(a.time_text)),
        ]
    }));
    let blocks = if report.unreadable_times().next().is_none() {
        // Say why it is empty: every time was read, or there was none to read.
        let any_time = report.activities.iter().any(|a| a.time_text.is_some());
        let why = if any_time {
            Word::NoUnreadable
        } else {
            Word::NoTimeTexts
        };
        vec![Block::Empty(word(why, lang).to_owned())]
    } else {
        vec![Block::Table(Table {
            caption: word(Word::UnreadableHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::Code, false),
                    (Word::Activity, false),
                    (Word::Time, false),
                ],
            ),
            rows,
        })]
    };
    Section {
        id: "unreadable",
        heading: word(Word::UnreadableHeading, lang).to_owned(),
        blocks,
    }
}

fn indicator_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let value = |v: Option<f64>| or_dash(v.map(|v| i18n::number(v, lang)));
    let rows = report
        .summary
        .indicators
        .iter()
        .map(|i| {
            vec![
                text(i.name.get(lang.tag())),
                vec![Span::Code(i.objective.clone().into())],
                text(or_dash(
                    i.unit.as_ref().map(|u| u.get(lang.tag()).to_owned()),
                )),
                text(value(i.baseline)),
                text(value(i.actual)),
                text(value(i.target)),
                text(or_dash(i.progress.map(|p| i18n::percent(p, lang)))),
            ]
        })
        .collect();
    Section {
        id: "indicators",
        heading: word(Word::IndicatorsHeading, lang).to_owned(),
        blocks: vec![Block::Table(Table {
            caption: word(Word::IndicatorsHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::Indicator, false),
                    (Word::Objective, false),
                    (Word::Unit, false),
                    (Word::Baseline, true),
                    (Word::Actual, true),
                    (Word::Target, true),
                    (Word::Progress, true),
                ],
            ),
            rows,
        })],
    }
}

fn all_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let rows = Rows::lazy(report.activities.iter().map(move |a| {
        let mut status = vec![Span::Status(a.status)];
        if a.overdue {
            status.push(Span::Flag(word(Word::OverdueOne, lang).into()));
        }
        if a.stale {
            status.push(Span::Flag(word(Word::StaleOne, lang).into()));
        }
        vec![
            code_cell(report, a),
            title_cell(a, lang),
            status,
            text(or_dash_ref(a.time_text)),
            vec![Span::Window(a)],
            a.assessment
                .map_or_else(|| text("–"), |x| vec![Span::Assessment(x)]),
            text(or_dash_ref(a.note.as_ref().map(|n| n.get(lang.tag())))),
        ]
    }));
    let blocks = if report.activities.is_empty() {
        vec![
            Block::Empty(word(Word::NoActivities, lang).to_owned()),
            Block::Chart(Chart::Timeline),
        ]
    } else {
        vec![
            Block::Chart(Chart::Timeline),
            Block::Table(Table {
                caption: word(Word::AllHeading, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (Word::Code, false),
                        (Word::Activity, false),
                        (Word::StatusColumn, false),
                        (Word::Time, false),
                        (Word::Window, false),
                        (Word::AssessmentColumn, false),
                        (Word::LatestNote, false),
                    ],
                ),
                rows,
            }),
        ]
    };
    Section {
        id: "activities",
        heading: word(Word::AllHeading, lang).to_owned(),
        blocks,
    }
}

fn validation_section<'r>(report: &'r Report<'_>, lang: Lang) -> Section<'r> {
    let v = &report.validation;
    let mut blocks = vec![Block::Para(text(i18n::text(
        Word::ValidationCounts,
        &Args::new()
            .with("errors", v.errors)
            .with("warnings", v.warnings)
            .with("infos", v.infos),
        lang,
    )))];
    if v.findings.is_empty() {
        blocks.push(Block::Empty(word(Word::NoFindings, lang).to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            caption: word(Word::ValidationHeading, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (Word::SeverityColumn, false),
                    (Word::Code, false),
                    (Word::Path, false),
                    (Word::Message, false),
                ],
            ),
            rows: Rows::lazy(v.findings.iter().map(move |f| {
                vec![
                    vec![Span::Severity(f.severity)],
                    vec![Span::Code(f.code().into())],
                    if f.path.is_empty() {
                        text(f.place(lang))
                    } else {
                        vec![Span::Code(f.path.as_str().into())]
                    },
                    text(f.message(lang)),
                ]
            })),
        }));
    }
    Section {
        id: "validation",
        heading: word(Word::ValidationHeading, lang).to_owned(),
        blocks,
    }
}
