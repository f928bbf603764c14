//! The report as Markdown, and the layout both renderers share.
//!
//! [`layout`] decides once what the report says and in which order, as sections of
//! paragraphs, lists and tables; [`markdown`] writes that as GitHub-flavoured Markdown and
//! [`super::html`] as a self-contained HTML page with charts. The fixed words of the report
//! are in [`words`], each as a Swedish–English pair.

use chrono::NaiveDate;

use super::Report;
use crate::follow_up::{ActivityState, Change, Group, WindowOrigin};
use crate::i18n::{assessment_label, status_label, Lang};
use crate::model::{Assessment, Period, Status};
use crate::validate::Severity;

/// The report as Markdown in `lang`.
pub fn markdown(report: &Report, lang: Lang) -> String {
    let doc = layout(report, lang);
    let mut out = format!("# {}\n\n", md_text(&doc.title));
    for block in &doc.intro {
        md_block(&mut out, block, lang);
    }
    for section in &doc.sections {
        out.push_str(&format!("## {}\n\n", md_text(&section.heading)));
        for block in &section.blocks {
            md_block(&mut out, block, lang);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The fixed words of the report, Swedish and English side by side, and the few sentences with numbers in them.
pub(super) mod words {
    use chrono::NaiveDate;

    use crate::i18n::Lang;

    /// A word or phrase: (Swedish, English).
    pub(in crate::report) type Pair = (&'static str, &'static str);

    /// The phrase in `lang`.
    pub(in crate::report) fn w(pair: Pair, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => pair.0,
            Lang::En => pair.1,
        }
    }

    pub(in crate::report) const FOLLOW_UP_AS_OF: Pair = ("Uppföljning per", "Follow-up as of");
    pub(in crate::report) const ACTION_PLANS: Pair = ("Handlingsplaner", "Action plans");
    pub(in crate::report) const NO_ACTION_PLANS: Pair =
        ("Inga handlingsplaner.", "No action plans.");
    pub(in crate::report) const CHANGES_SINCE: Pair = ("Förändringar sedan", "Changes since");
    pub(in crate::report) const UNTIL_FURTHER_NOTICE: Pair =
        ("tills vidare", "until further notice");
    pub(in crate::report) const CONTENTS: Pair = ("Innehåll", "Contents");

    pub(in crate::report) const STATUS_HEADING: Pair =
        ("Antal per status", "Activities per status");
    pub(in crate::report) const BY_INTEREST_AREA: Pair = ("Per intresseområde", "By interest area");
    pub(in crate::report) const BY_RESPONSIBLE: Pair = ("Per ansvarig", "By responsible");
    pub(in crate::report) const BY_ACTION_PLAN: Pair = ("Per handlingsplan", "By action plan");
    pub(in crate::report) const BY_OBJECTIVE: Pair = ("Per mål", "By objective");
    pub(in crate::report) const OVERDUE_HEADING: Pair =
        ("Försenade aktiviteter", "Overdue activities");
    pub(in crate::report) const STALE_HEADING: Pair =
        ("Utan uppföljning på länge", "No follow-up for a long time");
    pub(in crate::report) const CHANGES_HEADING: Pair = (
        "Förändringar sedan förra stormötet",
        "Changes since the last general meeting",
    );
    pub(in crate::report) const UNREADABLE_HEADING: Pair = (
        "Tider som inte gick att tolka",
        "Times that could not be read",
    );
    pub(in crate::report) const INDICATORS_HEADING: Pair = ("Indikatorer", "Indicators");
    pub(in crate::report) const ALL_HEADING: Pair = ("Alla aktiviteter", "All activities");
    pub(in crate::report) const VALIDATION_HEADING: Pair = ("Validering", "Validation");

    pub(in crate::report) const NO_OVERDUE: Pair =
        ("Inga försenade aktiviteter.", "No overdue activities.");
    pub(in crate::report) const NO_STALE: Pair = (
        "Inga aktiviteter utan uppföljning på länge.",
        "No activities without a recent follow-up.",
    );
    pub(in crate::report) const NO_SINCE: Pair = (
        "Inget datum för förra stormötet angavs, så förändringar redovisas inte.",
        "No date of the last general meeting was given, so changes are not reported.",
    );
    pub(in crate::report) const NO_UNREADABLE: Pair =
        ("Alla tider gick att tolka.", "Every time could be read.");
    pub(in crate::report) const NO_ACTIVITIES: Pair = ("Inga aktiviteter.", "No activities.");
    pub(in crate::report) const NO_FINDINGS: Pair = ("Inga anmärkningar.", "No findings.");
    pub(in crate::report) const NO_WINDOWS: Pair = (
        "Inga aktiviteter med tidsfönster.",
        "No activities with a time window.",
    );

    pub(in crate::report) const STATUS: Pair = ("Status", "Status");
    pub(in crate::report) const COUNT: Pair = ("Antal", "Count");
    pub(in crate::report) const TOTAL: Pair = ("Totalt", "Total");
    pub(in crate::report) const OVERDUE: Pair = ("Försenade", "Overdue");
    pub(in crate::report) const OVERDUE_ONE: Pair = ("försenad", "overdue");
    pub(in crate::report) const STALE_ONE: Pair =
        ("ingen uppföljning på länge", "no recent follow-up");
    pub(in crate::report) const INTEREST_AREA: Pair = ("Intresseområde", "Interest area");
    pub(in crate::report) const RESPONSIBLE: Pair = ("Ansvarig", "Responsible");
    pub(in crate::report) const ACTION_PLAN: Pair = ("Handlingsplan", "Action plan");
    pub(in crate::report) const OBJECTIVE: Pair = ("Mål", "Objective");
    pub(in crate::report) const CODE: Pair = ("Kod", "Code");
    pub(in crate::report) const ACTIVITY: Pair = ("Aktivitet", "Activity");
    pub(in crate::report) const TIME: Pair = ("Tid", "Time");
    pub(in crate::report) const WINDOW: Pair = ("Tidsfönster", "Window");
    pub(in crate::report) const DUE: Pair = ("Skulle vara klar", "Due by");
    pub(in crate::report) const ASSESSMENT: Pair = ("Bedömning", "Assessment");
    pub(in crate::report) const LATEST_NOTE: Pair = ("Senaste anteckning", "Latest note");
    pub(in crate::report) const LATEST_FOLLOW_UP: Pair =
        ("Senaste uppföljning", "Latest follow-up");
    pub(in crate::report) const DAYS_SINCE: Pair =
        ("Dagar sedan uppföljning", "Days since follow-up");
    pub(in crate::report) const NEVER: Pair = ("ingen", "none");
    pub(in crate::report) const CHANGE: Pair = ("Förändring", "Change");
    pub(in crate::report) const DATE: Pair = ("Datum", "Date");
    pub(in crate::report) const ADDED: Pair = ("tillagd", "added");
    pub(in crate::report) const REMOVED: Pair = ("borttagen", "removed");
    pub(in crate::report) const INDICATOR: Pair = ("Indikator", "Indicator");
    pub(in crate::report) const UNIT: Pair = ("Enhet", "Unit");
    pub(in crate::report) const BASELINE: Pair = ("Utgångsvärde", "Baseline");
    pub(in crate::report) const ACTUAL: Pair = ("Utfall", "Actual");
    pub(in crate::report) const TARGET: Pair = ("Målvärde", "Target");
    pub(in crate::report) const PROGRESS: Pair = ("Måluppfyllelse", "Progress");
    pub(in crate::report) const SEVERITY: Pair = ("Allvarlighet", "Severity");
    pub(in crate::report) const PATH: Pair = ("Plats", "Path");
    pub(in crate::report) const MESSAGE: Pair = ("Meddelande", "Message");
    pub(in crate::report) const OPEN: Pair = ("öppet", "open");
    pub(in crate::report) const UNCERTAIN: Pair = ("osäker", "uncertain");
    pub(in crate::report) const NO_TIME: Pair = ("ingen tid", "no time");
    pub(in crate::report) const NOT_READ: Pair = ("kunde inte tolkas", "could not be read");

    pub(in crate::report) const CHART_STATUS: Pair =
        ("Aktiviteter per status", "Activities per status");
    pub(in crate::report) const CHART_AREAS: Pair = (
        "Aktiviteter per intresseområde",
        "Activities per interest area",
    );
    pub(in crate::report) const CHART_TIMELINE: Pair =
        ("Aktiviteternas tidsfönster", "The activities' time windows");
    pub(in crate::report) const AS_OF: Pair = ("per", "as of");

    /// Month abbreviations, January first.
    pub(in crate::report) const MONTHS: [Pair; 12] = [
        ("jan", "Jan"),
        ("feb", "Feb"),
        ("mar", "Mar"),
        ("apr", "Apr"),
        ("maj", "May"),
        ("jun", "Jun"),
        ("jul", "Jul"),
        ("aug", "Aug"),
        ("sep", "Sep"),
        ("okt", "Oct"),
        ("nov", "Nov"),
        ("dec", "Dec"),
    ];

    /// "1 aktivitet", "8 aktiviteter".
    pub(in crate::report) fn activities(n: usize, lang: Lang) -> String {
        match (lang, n) {
            (Lang::Sv, 1) => "1 aktivitet".to_owned(),
            (Lang::Sv, n) => format!("{n} aktiviteter"),
            (Lang::En, 1) => "1 activity".to_owned(),
            (Lang::En, n) => format!("{n} activities"),
        }
    }

    /// The line under the status table.
    pub(in crate::report) fn overdue_and_stale(overdue: usize, stale: usize, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!("Försenade: {overdue}. Utan uppföljning på länge: {stale}."),
            Lang::En => format!("Overdue: {overdue}. No follow-up for a long time: {stale}."),
        }
    }

    /// What counts as stale.
    pub(in crate::report) fn stale_intro(days: u32, lang: Lang) -> String {
        match lang {
            Lang::Sv => {
                format!("Pågående aktiviteter som inte har följts upp på mer än {days} dagar.")
            }
            Lang::En => format!(
                "Activities in progress that have not been followed up for more than {days} days."
            ),
        }
    }

    /// What counts as overdue.
    pub(in crate::report) fn overdue_intro(as_of: NaiveDate, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!("Aktiviteter vars tidsfönster slutade före {as_of} och som varken är genomförda eller inställda."),
            Lang::En => format!("Activities whose window ended before {as_of} and that are neither done nor cancelled."),
        }
    }

    /// The period of the changes.
    pub(in crate::report) fn changes_intro(
        since: NaiveDate,
        as_of: NaiveDate,
        lang: Lang,
    ) -> String {
        match lang {
            Lang::Sv => format!("Statusändringar och nya aktiviteter mellan {since} och {as_of}."),
            Lang::En => format!("Status changes and new activities between {since} and {as_of}."),
        }
    }

    /// No changes in the period.
    pub(in crate::report) fn no_changes(since: NaiveDate, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!("Inga förändringar sedan {since}."),
            Lang::En => format!("No changes since {since}."),
        }
    }

    /// "0 fel, 2 varningar, 0 info".
    pub(in crate::report) fn validation_counts(
        errors: usize,
        warnings: usize,
        infos: usize,
        lang: Lang,
    ) -> String {
        match lang {
            Lang::Sv => format!(
                "{errors} fel, {warnings} {}, {infos} info.",
                if warnings == 1 {
                    "varning"
                } else {
                    "varningar"
                }
            ),
            Lang::En => format!(
                "{errors} {}, {warnings} {}, {infos} {}.",
                if errors == 1 { "error" } else { "errors" },
                if warnings == 1 { "warning" } else { "warnings" },
                if infos == 1 { "info" } else { "infos" }
            ),
        }
    }
}

use words::{w, Pair};

/// The report laid out: a title, opening blocks and sections in order.
pub(super) struct Layout {
    /// The agreement's title.
    pub(super) title: String,
    /// "Uppföljning per 2018-12-31".
    pub(super) subtitle: String,
    /// What comes between the title and the first section.
    pub(super) intro: Vec<Block>,
    /// The sections, in order.
    pub(super) sections: Vec<Section>,
}

/// One section of the report, under a second-level heading.
pub(super) struct Section {
    /// A stable anchor for links within the page.
    pub(super) id: &'static str,
    /// The heading.
    pub(super) heading: String,
    /// Its content.
    pub(super) blocks: Vec<Block>,
}

/// A piece of content.
pub(super) enum Block {
    /// A paragraph.
    Para(Vec<Span>),
    /// A bulleted list.
    List(Vec<Vec<Span>>),
    /// A table.
    Table(Table),
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
}

/// Inline content.
pub(super) enum Span {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Strong(String),
    /// A code, id or path.
    Code(String),
    /// A status, as its label.
    Status(Status),
    /// A traffic light, as its label.
    Assessment(Assessment),
    /// A severity, as its label.
    Severity(Severity),
    /// A warning word beside a status ("försenad").
    Flag(String),
}

/// A table with a caption, its columns and rows of cells.
pub(super) struct Table {
    /// What the table shows.
    pub(super) caption: String,
    /// Column headings; `true` for columns of numbers.
    pub(super) columns: Vec<(String, bool)>,
    /// The rows, each a list of cells, each a list of spans.
    pub(super) rows: Vec<Vec<Vec<Span>>>,
}

fn text(s: impl Into<String>) -> Vec<Span> {
    vec![Span::Text(s.into())]
}

fn cols(lang: Lang, columns: &[(Pair, bool)]) -> Vec<(String, bool)> {
    columns
        .iter()
        .map(|(pair, numeric)| (w(*pair, lang).to_owned(), *numeric))
        .collect()
}

/// A period as "2018-01-01 – 2018-12-31", or open-ended.
pub(super) fn period_text(period: &Period, lang: Lang) -> String {
    match period.end {
        Some(end) => format!("{} – {end}", period.start),
        None => format!(
            "{} – {}",
            period.start,
            w(words::UNTIL_FURTHER_NOTICE, lang)
        ),
    }
}

/// An activity's window as "2018-03-01 – 2018-05-31", with open ends and uncertainty in words.
pub(super) fn window_text(state: &ActivityState, lang: Lang) -> String {
    match &state.window {
        Some(window) => {
            let bound = |d: Option<NaiveDate>| {
                d.map_or_else(|| w(words::OPEN, lang).to_owned(), |d| d.to_string())
            };
            let mut s = format!("{} – {}", bound(window.start), bound(window.end));
            if window.uncertain {
                s.push_str(&format!(" ({})", w(words::UNCERTAIN, lang)));
            }
            s
        }
        None => match state.window_origin {
            WindowOrigin::Unreadable => w(words::NOT_READ, lang).to_owned(),
            _ => w(words::NO_TIME, lang).to_owned(),
        },
    }
}

/// An activity's code, with its action plan when the report covers more than one.
pub(super) fn code_text(report: &Report, action_plan: &str, code: &str) -> String {
    if report.action_plans.len() > 1 {
        format!("{action_plan}/{code}")
    } else {
        code.to_owned()
    }
}

fn number(value: f64, lang: Lang) -> String {
    let s = format!("{value}");
    match lang {
        Lang::Sv => s.replace('.', ",").replace('-', "−"),
        Lang::En => s,
    }
}

fn percent(share: f64, lang: Lang) -> String {
    let p = (share * 100.0).round();
    match lang {
        Lang::Sv => format!("{} %", number(p, lang)),
        Lang::En => format!("{}%", number(p, lang)),
    }
}

fn or_dash(s: Option<String>) -> String {
    s.filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "–".to_owned())
}

/// Everything the report says, in order.
pub(super) fn layout(report: &Report, lang: Lang) -> Layout {
    let tag = lang.tag();
    let subtitle = format!("{} {}", w(words::FOLLOW_UP_AS_OF, lang), report.as_of);
    let mut intro = vec![
        Block::Para(vec![Span::Strong(subtitle.clone())]),
        Block::Para(text(report.jurisdiction.get(tag))),
    ];
    if report.action_plans.is_empty() {
        intro.push(Block::Empty(w(words::NO_ACTION_PLANS, lang).to_owned()));
    } else {
        intro.push(Block::Para(text(format!(
            "{}:",
            w(words::ACTION_PLANS, lang)
        ))));
        intro.push(Block::List(
            report
                .action_plans
                .iter()
                .map(|p| {
                    vec![
                        Span::Text(format!("{} ", p.title.get(tag))),
                        Span::Code(p.id.clone()),
                        Span::Text(format!(", {}", period_text(&p.period, lang))),
                    ]
                })
                .collect(),
        ));
    }
    if let Some(since) = report.since {
        intro.push(Block::Para(text(format!(
            "{} {since}",
            w(words::CHANGES_SINCE, lang)
        ))));
    }

    let mut sections = vec![status_section(report, lang)];
    sections.push(group_section(
        "by-interest-area",
        words::BY_INTEREST_AREA,
        words::INTEREST_AREA,
        &report.summary.by_interest_area,
        Some(Chart::InterestAreas),
        lang,
    ));
    sections.push(group_section(
        "by-responsible",
        words::BY_RESPONSIBLE,
        words::RESPONSIBLE,
        &report.summary.by_responsible,
        None,
        lang,
    ));
    sections.push(group_section(
        "by-action-plan",
        words::BY_ACTION_PLAN,
        words::ACTION_PLAN,
        &report.summary.by_action_plan,
        None,
        lang,
    ));
    if !report.summary.by_objective.is_empty() {
        sections.push(group_section(
            "by-objective",
            words::BY_OBJECTIVE,
            words::OBJECTIVE,
            &report.summary.by_objective,
            None,
            lang,
        ));
    }
    sections.push(overdue_section(report, lang));
    sections.push(stale_section(report, lang));
    sections.push(changes_section(report, lang));
    sections.push(unreadable_section(report, lang));
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

fn status_section(report: &Report, lang: Lang) -> Section {
    let totals = &report.summary.totals;
    let mut rows: Vec<Vec<Vec<Span>>> = Status::ALL
        .iter()
        .map(|s| vec![vec![Span::Status(*s)], text(totals.get(*s).to_string())])
        .collect();
    rows.push(vec![
        vec![Span::Strong(w(words::TOTAL, lang).to_owned())],
        vec![Span::Strong(totals.total().to_string())],
    ]);
    Section {
        id: "status",
        heading: w(words::STATUS_HEADING, lang).to_owned(),
        blocks: vec![
            Block::Table(Table {
                caption: w(words::STATUS_HEADING, lang).to_owned(),
                columns: cols(lang, &[(words::STATUS, false), (words::COUNT, true)]),
                rows,
            }),
            Block::Para(text(words::overdue_and_stale(
                report.summary.overdue,
                report.summary.stale,
                lang,
            ))),
            Block::Chart(Chart::Status),
        ],
    }
}

fn group_section(
    id: &'static str,
    heading: Pair,
    first: Pair,
    groups: &[Group],
    chart: Option<Chart>,
    lang: Lang,
) -> Section {
    let mut blocks = Vec::new();
    if groups.is_empty() {
        blocks.push(Block::Empty(w(words::NO_ACTIVITIES, lang).to_owned()));
    } else {
        let mut columns = vec![(w(first, lang).to_owned(), false)];
        columns.extend(
            Status::ALL
                .iter()
                .map(|s| (status_label(*s, lang).to_owned(), true)),
        );
        columns.extend(cols(lang, &[(words::TOTAL, true), (words::OVERDUE, true)]));
        let rows = groups
            .iter()
            .map(|g| {
                let mut row = vec![text(g.label.get(lang.tag()))];
                row.extend(
                    Status::ALL
                        .iter()
                        .map(|s| text(g.counts.get(*s).to_string())),
                );
                row.push(text(g.counts.total().to_string()));
                row.push(text(g.overdue.to_string()));
                row
            })
            .collect();
        blocks.push(Block::Table(Table {
            caption: w(heading, lang).to_owned(),
            columns,
            rows,
        }));
    }
    if let Some(chart) = chart {
        blocks.push(Block::Chart(chart));
    }
    Section {
        id,
        heading: w(heading, lang).to_owned(),
        blocks,
    }
}

fn title_cell(state: &ActivityState, lang: Lang) -> Vec<Span> {
    text(state.title.get(lang.tag()))
}

fn code_cell(report: &Report, state: &ActivityState) -> Vec<Span> {
    vec![Span::Code(code_text(
        report,
        state.action_plan.as_str(),
        state.code.as_str(),
    ))]
}

fn responsible_cell(state: &ActivityState) -> Vec<Span> {
    text(or_dash(
        (!state.responsible.is_empty()).then(|| state.responsible.join("; ")),
    ))
}

fn overdue_section(report: &Report, lang: Lang) -> Section {
    let rows: Vec<_> = report
        .overdue()
        .map(|a| {
            vec![
                code_cell(report, a),
                title_cell(a, lang),
                text(or_dash(a.time_text.clone())),
                text(or_dash(
                    a.window.as_ref().and_then(|w| w.end).map(|d| d.to_string()),
                )),
                responsible_cell(a),
                vec![Span::Status(a.status)],
            ]
        })
        .collect();
    let blocks = if rows.is_empty() {
        vec![Block::Empty(w(words::NO_OVERDUE, lang).to_owned())]
    } else {
        vec![
            Block::Para(text(words::overdue_intro(report.as_of, lang))),
            Block::Table(Table {
                caption: w(words::OVERDUE_HEADING, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (words::CODE, false),
                        (words::ACTIVITY, false),
                        (words::TIME, false),
                        (words::DUE, false),
                        (words::RESPONSIBLE, false),
                        (words::STATUS, false),
                    ],
                ),
                rows,
            }),
        ]
    };
    Section {
        id: "overdue",
        heading: w(words::OVERDUE_HEADING, lang).to_owned(),
        blocks,
    }
}

fn stale_section(report: &Report, lang: Lang) -> Section {
    let rows: Vec<_> = report
        .stale()
        .map(|a| {
            vec![
                code_cell(report, a),
                title_cell(a, lang),
                responsible_cell(a),
                vec![Span::Status(a.status)],
                text(
                    a.status_since
                        .map_or_else(|| w(words::NEVER, lang).to_owned(), |d| d.to_string()),
                ),
                text(or_dash(a.days_since_follow_up.map(|d| d.to_string()))),
            ]
        })
        .collect();
    let mut blocks = vec![Block::Para(text(words::stale_intro(
        report.stale_after_days,
        lang,
    )))];
    if rows.is_empty() {
        blocks.push(Block::Empty(w(words::NO_STALE, lang).to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            caption: w(words::STALE_HEADING, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (words::CODE, false),
                    (words::ACTIVITY, false),
                    (words::RESPONSIBLE, false),
                    (words::STATUS, false),
                    (words::LATEST_FOLLOW_UP, false),
                    (words::DAYS_SINCE, true),
                ],
            ),
            rows,
        }));
    }
    Section {
        id: "stale",
        heading: w(words::STALE_HEADING, lang).to_owned(),
        blocks,
    }
}

fn changes_section(report: &Report, lang: Lang) -> Section {
    let heading = w(words::CHANGES_HEADING, lang).to_owned();
    let Some(since) = report.since else {
        return Section {
            id: "changes",
            heading,
            blocks: vec![Block::Empty(w(words::NO_SINCE, lang).to_owned())],
        };
    };
    if report.changes.is_empty() {
        return Section {
            id: "changes",
            heading,
            blocks: vec![Block::Empty(words::no_changes(since, lang))],
        };
    }
    let title = |plan: &str, code: &str| {
        report
            .activity(plan, code)
            .map_or_else(|| vec![Span::Text("–".to_owned())], |a| title_cell(a, lang))
    };
    let rows = report
        .changes
        .iter()
        .map(|change| match change {
            Change::StatusChanged {
                action_plan,
                code,
                from,
                to,
                date,
            } => vec![
                vec![Span::Code(code_text(
                    report,
                    action_plan.as_str(),
                    code.as_str(),
                ))],
                title(action_plan.as_str(), code.as_str()),
                vec![
                    Span::Status(*from),
                    Span::Text(" → ".to_owned()),
                    Span::Status(*to),
                ],
                text(or_dash(date.map(|d| d.to_string()))),
            ],
            Change::Added { action_plan, code } => vec![
                vec![Span::Code(code_text(
                    report,
                    action_plan.as_str(),
                    code.as_str(),
                ))],
                title(action_plan.as_str(), code.as_str()),
                text(w(words::ADDED, lang)),
                text("–"),
            ],
            Change::Removed { action_plan, code } => vec![
                vec![Span::Code(code_text(
                    report,
                    action_plan.as_str(),
                    code.as_str(),
                ))],
                title(action_plan.as_str(), code.as_str()),
                text(w(words::REMOVED, lang)),
                text("–"),
            ],
        })
        .collect();
    Section {
        id: "changes",
        heading,
        blocks: vec![
            Block::Para(text(words::changes_intro(since, report.as_of, lang))),
            Block::Table(Table {
                caption: format!("{} {since}", w(words::CHANGES_SINCE, lang)),
                columns: cols(
                    lang,
                    &[
                        (words::CODE, false),
                        (words::ACTIVITY, false),
                        (words::CHANGE, false),
                        (words::DATE, false),
                    ],
                ),
                rows,
            }),
        ],
    }
}

fn unreadable_section(report: &Report, lang: Lang) -> Section {
    let rows: Vec<_> = report
        .unreadable_times()
        .map(|a| {
            vec![
                code_cell(report, a),
                title_cell(a, lang),
                text(or_dash(a.time_text.clone())),
            ]
        })
        .collect();
    let blocks = if rows.is_empty() {
        vec![Block::Empty(w(words::NO_UNREADABLE, lang).to_owned())]
    } else {
        vec![Block::Table(Table {
            caption: w(words::UNREADABLE_HEADING, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (words::CODE, false),
                    (words::ACTIVITY, false),
                    (words::TIME, false),
                ],
            ),
            rows,
        })]
    };
    Section {
        id: "unreadable",
        heading: w(words::UNREADABLE_HEADING, lang).to_owned(),
        blocks,
    }
}

fn indicator_section(report: &Report, lang: Lang) -> Section {
    let value = |v: Option<f64>| or_dash(v.map(|v| number(v, lang)));
    let rows = report
        .summary
        .indicators
        .iter()
        .map(|i| {
            vec![
                text(i.name.get(lang.tag())),
                vec![Span::Code(i.objective.clone())],
                text(or_dash(
                    i.unit.as_ref().map(|u| u.get(lang.tag()).to_owned()),
                )),
                text(value(i.baseline)),
                text(value(i.actual)),
                text(value(i.target)),
                text(or_dash(i.progress.map(|p| percent(p, lang)))),
            ]
        })
        .collect();
    Section {
        id: "indicators",
        heading: w(words::INDICATORS_HEADING, lang).to_owned(),
        blocks: vec![Block::Table(Table {
            caption: w(words::INDICATORS_HEADING, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (words::INDICATOR, false),
                    (words::OBJECTIVE, false),
                    (words::UNIT, false),
                    (words::BASELINE, true),
                    (words::ACTUAL, true),
                    (words::TARGET, true),
                    (words::PROGRESS, true),
                ],
            ),
            rows,
        })],
    }
}

fn all_section(report: &Report, lang: Lang) -> Section {
    let rows: Vec<_> = report
        .activities
        .iter()
        .map(|a| {
            let mut status = vec![Span::Status(a.status)];
            if a.overdue {
                status.push(Span::Flag(w(words::OVERDUE_ONE, lang).to_owned()));
            }
            if a.stale {
                status.push(Span::Flag(w(words::STALE_ONE, lang).to_owned()));
            }
            vec![
                code_cell(report, a),
                title_cell(a, lang),
                status,
                text(or_dash(a.time_text.clone())),
                text(window_text(a, lang)),
                a.assessment
                    .map_or_else(|| text("–"), |x| vec![Span::Assessment(x)]),
                text(or_dash(
                    a.note.as_ref().map(|n| n.get(lang.tag()).to_owned()),
                )),
            ]
        })
        .collect();
    let blocks = if rows.is_empty() {
        vec![
            Block::Empty(w(words::NO_ACTIVITIES, lang).to_owned()),
            Block::Chart(Chart::Timeline),
        ]
    } else {
        vec![
            Block::Chart(Chart::Timeline),
            Block::Table(Table {
                caption: w(words::ALL_HEADING, lang).to_owned(),
                columns: cols(
                    lang,
                    &[
                        (words::CODE, false),
                        (words::ACTIVITY, false),
                        (words::STATUS, false),
                        (words::TIME, false),
                        (words::WINDOW, false),
                        (words::ASSESSMENT, false),
                        (words::LATEST_NOTE, false),
                    ],
                ),
                rows,
            }),
        ]
    };
    Section {
        id: "activities",
        heading: w(words::ALL_HEADING, lang).to_owned(),
        blocks,
    }
}

fn validation_section(report: &Report, lang: Lang) -> Section {
    let v = &report.validation;
    let mut blocks = vec![Block::Para(text(words::validation_counts(
        v.errors, v.warnings, v.infos, lang,
    )))];
    if v.findings.is_empty() {
        blocks.push(Block::Empty(w(words::NO_FINDINGS, lang).to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            caption: w(words::VALIDATION_HEADING, lang).to_owned(),
            columns: cols(
                lang,
                &[
                    (words::SEVERITY, false),
                    (words::CODE, false),
                    (words::PATH, false),
                    (words::MESSAGE, false),
                ],
            ),
            rows: v
                .findings
                .iter()
                .map(|f| {
                    vec![
                        vec![Span::Severity(f.severity)],
                        vec![Span::Code(f.code.clone())],
                        vec![Span::Code(if f.path.is_empty() {
                            "/".to_owned()
                        } else {
                            f.path.clone()
                        })],
                        text(f.message.get(lang)),
                    ]
                })
                .collect(),
        }));
    }
    Section {
        id: "validation",
        heading: w(words::VALIDATION_HEADING, lang).to_owned(),
        blocks,
    }
}

/// Text made safe for Markdown: on one line, with the characters that would format it escaped.
fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A code span; `|` escaped for tables. Text with backticks falls back to escaped text.
fn md_code(s: &str) -> String {
    if s.contains('`') || s.contains('\n') {
        md_text(s)
    } else {
        format!("`{}`", s.replace('|', "\\|"))
    }
}

fn md_spans(spans: &[Span], lang: Lang) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(s) => md_text(s),
            Span::Strong(s) => format!("**{}**", md_text(s)),
            Span::Code(s) => md_code(s),
            Span::Status(s) => status_label(*s, lang).to_owned(),
            Span::Assessment(a) => assessment_label(*a, lang).to_owned(),
            Span::Severity(s) => s.label(lang).to_owned(),
            Span::Flag(s) => format!(" ({})", md_text(s)),
        })
        .collect()
}

fn md_block(out: &mut String, block: &Block, lang: Lang) {
    match block {
        Block::Para(spans) => {
            out.push_str(&md_spans(spans, lang));
            out.push_str("\n\n");
        }
        Block::Empty(s) => {
            out.push_str(&md_text(s));
            out.push_str("\n\n");
        }
        Block::List(items) => {
            for item in items {
                out.push_str(&format!("- {}\n", md_spans(item, lang)));
            }
            out.push('\n');
        }
        Block::Table(table) => {
            let head: Vec<String> = table.columns.iter().map(|(c, _)| md_text(c)).collect();
            out.push_str(&format!("| {} |\n", head.join(" | ")));
            let rule: Vec<&str> = table
                .columns
                .iter()
                .map(|(_, numeric)| if *numeric { "---:" } else { "---" })
                .collect();
            out.push_str(&format!("| {} |\n", rule.join(" | ")));
            for row in &table.rows {
                let cells: Vec<String> = row.iter().map(|c| md_spans(c, lang)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out.push('\n');
        }
        Block::Chart(_) => {}
    }
}
