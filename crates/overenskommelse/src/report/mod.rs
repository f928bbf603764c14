//! The follow-up report the samråd presents at the stormöte: built as data, then rendered.
//!
//! [`build`] gathers everything into a [`Report`]; [`markdown`] and [`html`] render it in
//! Swedish or English, and the report serializes as JSON for other tools.

mod agreement;
mod html;
mod layout;
mod markdown;
mod sections;
mod sink;
mod svg;

use serde::Serialize;

pub use agreement::{
    BodyInfo, DecisionInfo, FunderTotal, MeetingInfo, Money, MoneyLine, Overview, PartnershipInfo,
    PartyInfo, PlanInfo, PlanStanding, PrincipleInfo, RevisionInfo, SeatsInfo, Standing,
    VersionInfo, YearTotal,
};
pub use html::{html, write_html};
pub use markdown::{markdown, write_markdown};

use crate::follow_up::{
    activity_states_with, changes_between, obligation_states_with, summarize, ActivityState,
    Change, FollowUpOptions, Summary, WindowOrigin,
};
use crate::i18n::Lang;
use crate::model::{Agreement, Date, LocalizedText, Period};
use crate::validate::Finding;
use crate::window::Windows;
use crate::Counts;

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReportFormat {
    /// GitHub-flavoured Markdown.
    Markdown,
    /// One self-contained, printable HTML page with charts.
    Html,
    /// The report as data.
    Json,
}

/// Writes the report in `format` to `writer`, in pieces as it is made: the report of a large
/// document is never held whole in memory. `lang` is the language of Markdown and HTML; the
/// JSON holds every language of the document.
pub fn write(
    report: &Report<'_>,
    format: ReportFormat,
    lang: Lang,
    writer: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        ReportFormat::Markdown => write_markdown(report, lang, writer),
        ReportFormat::Html => write_html(report, lang, writer),
        ReportFormat::Json => {
            // The JSON writer writes a token at a time: gathered here into pieces.
            let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, writer);
            serde_json::to_writer_pretty(&mut buffered, report)?;
            std::io::Write::write_all(&mut buffered, b"\n")?;
            std::io::Write::flush(&mut buffered)
        }
    }
}

/// Everything the follow-up report says, as data. It borrows the texts of the activities
/// from the agreement it reports on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report<'a> {
    /// The agreement's id.
    pub agreement: String,
    /// The agreement's title.
    pub title: LocalizedText,
    /// The kommun or region.
    pub jurisdiction: LocalizedText,
    /// The reference date.
    pub as_of: Date,
    /// The date of the previous follow-up, when changes are reported.
    pub since: Option<Date>,
    /// Days without a follow-up before an activity in progress is stale.
    pub stale_after_days: u32,
    /// What the agreement is and where it stands.
    pub overview: Overview,
    /// The plans in their layers: plans, action plans and partnerships.
    pub plans: Vec<PlanInfo>,
    /// The action plans covered, with their periods.
    pub action_plans: Vec<ActionPlanInfo>,
    /// Counts per status and per group.
    pub summary: Summary,
    /// Every activity's state, in document order.
    pub activities: Vec<ActivityState<'a>>,
    /// Changes since `since`.
    pub changes: Vec<Change>,
    /// Money per year.
    pub money: Money,
    /// Partnerships and their obligations.
    pub partnerships: Vec<PartnershipInfo<'a>>,
    /// The bodies and their meetings in the report's year (or since the last follow-up).
    pub governance: Vec<BodyInfo>,
    /// The validation of the document.
    pub validation: ValidationSummary,
}

/// An action plan as the report names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ActionPlanInfo {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: LocalizedText,
    /// Its period.
    pub period: Period,
}

/// The validation summary of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ValidationSummary {
    /// Number of errors.
    pub errors: u64,
    /// Number of warnings.
    pub warnings: u64,
    /// Number of infos.
    pub infos: u64,
    /// Every finding.
    pub findings: Vec<Finding>,
}

impl<'a> Report<'a> {
    /// Overdue activities, in document order.
    pub fn overdue(&self) -> impl Iterator<Item = &ActivityState<'a>> {
        self.activities.iter().filter(|a| a.overdue)
    }

    /// Activities not reported (no status stated and no follow-up), in document order: not
    /// counted as overdue, and listed apart.
    pub fn not_reported(&self) -> impl Iterator<Item = &ActivityState<'a>> {
        self.activities.iter().filter(|a| a.status.is_none())
    }

    /// Stale activities, in document order.
    pub fn stale(&self) -> impl Iterator<Item = &ActivityState<'a>> {
        self.activities.iter().filter(|a| a.stale)
    }

    /// Activities whose time text could not be read.
    pub fn unreadable_times(&self) -> impl Iterator<Item = &ActivityState<'a>> {
        self.activities
            .iter()
            .filter(|a| a.window_origin == WindowOrigin::Unreadable)
    }

    /// The state of an activity by its action plan (or plan) and code.
    pub fn activity(&self, plan: &str, code: &str) -> Option<&ActivityState<'a>> {
        self.activities
            .iter()
            .find(|a| a.plan == plan && a.code.as_str() == code)
    }
}

/// Builds the report of `doc` at `options.as_of`, with the document's validation findings.
pub fn build<'a>(
    doc: &'a Agreement,
    findings: &[Finding],
    options: &FollowUpOptions,
) -> Report<'a> {
    build_with(doc, &Windows::read(doc), findings, options)
}

/// [`build`] with the windows already read (by the validation of the same document).
pub(crate) fn build_with<'a>(
    doc: &'a Agreement,
    windows: &Windows,
    findings: &[Finding],
    options: &FollowUpOptions,
) -> Report<'a> {
    let activities = activity_states_with(doc, windows, options);
    let summary = summarize(doc, &activities, options.as_of);
    let changes = options
        .since
        .map(|since| changes_between(doc, since, options.as_of))
        .unwrap_or_default();
    let counts = Counts::of(findings);
    let as_of = options.as_of;
    let year_start = Date::from_ymd(as_of.year(), 1, 1).unwrap_or(as_of);
    let year_end = Date::from_ymd(as_of.year(), 12, 31).unwrap_or(as_of);
    let meetings_from = options.since.unwrap_or(year_start).min(year_start);
    Report {
        overview: agreement::overview(doc, as_of),
        plans: agreement::plans(doc, as_of),
        money: agreement::money(doc),
        partnerships: agreement::partnerships(doc, obligation_states_with(doc, windows, options)),
        governance: agreement::governance(doc, meetings_from, year_end, as_of),
        agreement: doc.id.0.clone(),
        title: doc.title.clone(),
        jurisdiction: doc.jurisdiction.name.clone(),
        as_of: options.as_of,
        since: options.since,
        stale_after_days: options.stale_after_days,
        action_plans: doc
            .action_plans
            .iter()
            .map(|p| ActionPlanInfo {
                id: p.id.0.clone(),
                title: p.title.clone(),
                period: p.period.clone(),
            })
            .collect(),
        summary,
        activities,
        changes,
        validation: ValidationSummary {
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            findings: findings.to_vec(),
        },
    }
}
