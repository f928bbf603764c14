//! Inline SVG charts for the HTML report: pure string building, no dependencies.
//!
//! Each chart is an `<svg role="img">` with a `<title>`, a `<desc>` and an `aria-label`
//! that say in words what it shows; every bar carries its label and count as text, so
//! nothing is told by colour alone. No `xmlns` is written: the HTML parser places inline
//! `<svg>` in the SVG namespace by itself, and the page makes no reference to the network.

use chrono::{Datelike, Months, NaiveDate};

use super::layout::{code_text, window_text};
use super::Report;
use crate::follow_up::ActivityState;
use crate::i18n::Month;
use crate::i18n::{self, word, Args, Lang, Word};
use crate::model::{Date, Status};

/// Text made safe for HTML and SVG, in content and in attributes.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Writes text made safe for HTML and SVG into `out`: every character that needs it is
/// ASCII, so the text is copied in runs between them.
pub(super) fn escape_into(out: &mut String, s: &str) {
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(entity);
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

/// The fill of a status in charts; each has at least 3:1 contrast with white.
pub(super) fn status_fill(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Planned) => "#5f6b7a",
        Some(Status::InProgress) => "#2563a8",
        Some(Status::Done) => "#2e7d3c",
        Some(Status::Postponed) => "#a35f00",
        Some(Status::Cancelled) => "#b3323f",
        None => "#6e5a7e",
    }
}

const INK: &str = "#1a1a1a";
const GRID: &str = "#d0d4d9";
const NEUTRAL_FILL: &str = "#3d5a80";
/// Money not yet decided: lighter than decided money, still 3:1 against white.
const UNDECIDED_FILL: &str = "#8a6d1f";

fn open_svg(id: &str, width: u32, height: u32, title: &str, desc: &str) -> String {
    format!(
        "<svg id=\"{id}\" class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-label=\"{}\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\" fill=\"{INK}\">\n<title>{}</title>\n<desc>{}</desc>\n",
        escape(&format!("{title}. {desc}")),
        escape(title),
        escape(desc),
    )
}

/// Shortens a label for a chart; the full text goes in a tooltip.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

struct Bar {
    label: String,
    value: u64,
    note: String,
    fill: &'static str,
}

/// Horizontal bars, one row each: label, bar, and the count as text after it.
fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar], empty: &str) -> String {
    // Room for a label of 34 characters at 12 px, so that none is cut at the left edge.
    const WIDTH: u32 = 720;
    const LABEL_END: u32 = 270;
    const X0: u32 = 280;
    const PLOT: f64 = 300.0;
    const ROW: u32 = 26;
    const TOP: u32 = 8;
    let rows = u32::try_from(bars.len()).unwrap_or(u32::MAX / ROW).max(1);
    let height = TOP * 2 + rows * ROW;
    let mut out = open_svg(id, WIDTH, height, title, desc);
    if bars.is_empty() {
        out.push_str(&format!(
            "<text x=\"{X0}\" y=\"{}\">{}</text>\n",
            TOP + 17,
            escape(empty)
        ));
    }
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    out.push_str(&format!(
        "<line x1=\"{X0}\" y1=\"{TOP}\" x2=\"{X0}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"1\"/>\n",
        height - TOP
    ));
    for (i, bar) in bars.iter().enumerate() {
        let y = TOP + u32::try_from(i).unwrap_or(0) * ROW;
        let width = PLOT * bar.value as f64 / max as f64;
        out.push_str(&format!(
            "<g><title>{}: {}</title>\n<text x=\"{LABEL_END}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            escape(&bar.label),
            escape(&bar.note),
            y + 17,
            escape(&shorten(&bar.label, 34)),
        ));
        if bar.value > 0 {
            out.push_str(&format!(
                "<rect x=\"{X0}\" y=\"{}\" width=\"{width:.1}\" height=\"16\" fill=\"{}\"/>\n",
                y + 5,
                bar.fill
            ));
        }
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\">{}</text></g>\n",
            f64::from(X0) + width + 6.0,
            y + 17,
            escape(&bar.note)
        ));
    }
    out.push_str("</svg>");
    out
}

/// (a) How many activities have each status.
pub(super) fn status_chart(report: &Report<'_>, lang: Lang) -> String {
    let totals = &report.summary.totals;
    let bars: Vec<Bar> = totals
        .shown()
        .map(|s| Bar {
            label: i18n::status_word(s, lang).to_owned(),
            value: totals.get(s),
            note: totals.get(s).to_string(),
            fill: status_fill(s),
        })
        .collect();
    let parts: Vec<String> = totals
        .shown()
        .map(|s| format!("{} {}", i18n::status_word(s, lang), totals.get(s)))
        .collect();
    let desc = i18n::text(
        Word::StatusChartDescription,
        &Args::new()
            .with("count", totals.total())
            .with("parts", parts.join(", ")),
        lang,
    );
    bar_chart(
        "chart-status",
        word(Word::ChartStatus, lang),
        &desc,
        &bars,
        word(Word::NoActivities, lang),
    )
}

/// The money of each year, decided and not yet decided, one bar each; the amounts are written
/// beside the bars, so nothing is told by colour alone.
pub(super) fn money_chart(report: &Report<'_>, lang: Lang) -> String {
    let mut bars = Vec::new();
    let mut parts = Vec::new();
    for total in &report.money.per_year {
        for (value, which, fill) in [
            (total.decided, Word::DecidedYes, NEUTRAL_FILL),
            (total.undecided, Word::DecidedNo, UNDECIDED_FILL),
        ] {
            let note = format!("{}\u{a0}{}", i18n::amount(value, lang), total.currency);
            let label = format!("{} {}", total.year, word(which, lang));
            parts.push(format!("{label} {note}"));
            bars.push(Bar {
                label,
                value: u64::try_from(value).unwrap_or(0),
                note,
                fill,
            });
        }
    }
    let args = Args::new().with("years", report.money.per_year.len());
    let desc = format!(
        "{} {}",
        i18n::text(Word::MoneyChartDescription, &args, lang),
        parts.join("; ")
    );
    bar_chart(
        "chart-money",
        word(Word::ChartMoney, lang),
        &desc,
        &bars,
        word(Word::NoMoney, lang),
    )
}

/// (b) How many activities each interest area has, with how many of them are overdue.
pub(super) fn interest_area_chart(report: &Report<'_>, lang: Lang) -> String {
    let groups = &report.summary.by_interest_area;
    let note = |total: u64, overdue: u64| {
        if overdue == 0 {
            total.to_string()
        } else {
            let args = Args::new().with("total", total).with("overdue", overdue);
            i18n::text(Word::OverdueNote, &args, lang)
        }
    };
    let bars: Vec<Bar> = groups
        .iter()
        .map(|g| Bar {
            label: g.label.get(lang.tag()).to_owned(),
            value: g.counts.total(),
            note: note(g.counts.total(), g.overdue),
            fill: NEUTRAL_FILL,
        })
        .collect();
    let parts: Vec<String> = groups
        .iter()
        .map(|g| {
            format!(
                "{} {}",
                g.label.get(lang.tag()),
                note(g.counts.total(), g.overdue)
            )
        })
        .collect();
    let desc = if parts.is_empty() {
        word(Word::NoActivities, lang).to_owned()
    } else {
        let args = Args::new().with("parts", parts.join("; "));
        i18n::text(Word::AreaChartDescription, &args, lang)
    };
    bar_chart(
        "chart-interest-areas",
        word(Word::ChartAreas, lang),
        &desc,
        &bars,
        word(Word::NoActivities, lang),
    )
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn last_of_month(d: NaiveDate) -> NaiveDate {
    first_of_month(d)
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(d)
}

/// The months the timeline spans: the action plans' periods and the reference date.
fn timeline_range(report: &Report<'_>, rows: &[&ActivityState<'_>]) -> (NaiveDate, NaiveDate) {
    let as_of = report.as_of.naive();
    let (mut start, mut end) = (as_of, as_of);
    for plan in &report.action_plans {
        let Some(plan_start) = plan.period.first_day().map(Date::naive) else {
            continue;
        };
        start = start.min(plan_start);
        let plan_end = plan.period.last_day().map(Date::naive).unwrap_or_else(|| {
            NaiveDate::from_ymd_opt(plan_start.year(), 12, 31).unwrap_or(plan_start)
        });
        end = end.max(plan_end);
    }
    if report.action_plans.is_empty() {
        for window in rows.iter().filter_map(|a| a.window.as_ref()) {
            for d in [window.start, window.end].into_iter().flatten() {
                start = start.min(d.naive());
                end = end.max(d.naive());
            }
        }
    }
    (first_of_month(start), last_of_month(end))
}

/// (c) Each activity's window as a bar on a month axis, open ends drawn to the edge with a marker, and a line at the reference date.
pub(super) fn timeline(report: &Report<'_>, lang: Lang) -> String {
    const WIDTH: u32 = 760;
    const X0: f64 = 170.0;
    const PLOT: f64 = 560.0;
    const TOP: u32 = 40;
    const ROW: u32 = 24;
    // A chart of thousands of rows helps nobody and makes the page heavy; the table lists them all.
    const MAX_ROWS: usize = 200;
    let with_window = report.activities.iter().filter(|a| {
        a.window
            .as_ref()
            .is_some_and(|w| w.start.is_some() || w.end.is_some())
    });
    let total = with_window.clone().count();
    let rows: Vec<&ActivityState<'_>> = with_window.take(MAX_ROWS).collect();
    let (from, to) = timeline_range(report, &rows);
    let days = ((to - from).num_days() + 1).max(1) as f64;
    let x = |d: NaiveDate| X0 + PLOT * ((d - from).num_days() as f64 / days).clamp(0.0, 1.0);
    let n = u32::try_from(rows.len()).unwrap_or(0);
    let bottom = TOP + n.max(1) * ROW;
    let height = bottom + 30;

    let open_ends = rows
        .iter()
        .filter(|a| {
            a.window
                .as_ref()
                .is_some_and(|w| w.start.is_none() || w.end.is_none())
        })
        .count();
    let overdue = rows.iter().filter(|a| a.overdue).count();
    let listed: Vec<String> = rows
        .iter()
        .map(|a| {
            format!(
                "{} {}, {}",
                code_text(report, a.plan, a.code.as_str()),
                window_text(a, lang),
                i18n::status_word(a.status, lang)
            )
        })
        .collect();
    let mut desc = if rows.is_empty() {
        word(Word::NoWindows, lang).to_owned()
    } else {
        let args = Args::new()
            .with("count", rows.len())
            .with("from", from.to_string())
            .with("to", to.to_string())
            .with("open", open_ends)
            .with("overdue", overdue)
            .with("as_of", report.as_of)
            .with("listed", listed.join("; "));
        i18n::text(Word::TimelineDescription, &args, lang)
    };
    if total > rows.len() {
        let args = Args::new().with("shown", rows.len()).with("total", total);
        desc.push(' ');
        desc.push_str(&i18n::text(Word::TimelineCapped, &args, lang));
    }
    let mut out = open_svg(
        "chart-timeline",
        WIDTH,
        height,
        word(Word::ChartTimeline, lang),
        &desc,
    );

    // Month axis: grid lines and labels, thinned out for long spans.
    let mut months = Vec::new();
    let mut month = from;
    while month <= to && months.len() < 1200 {
        months.push(month);
        match month.checked_add_months(Months::new(1)) {
            Some(next) => month = next,
            None => break,
        }
    }
    let step = match months.len() {
        0..=18 => 1,
        19..=48 => 3,
        49..=96 => 6,
        _ => 12,
    };
    for (i, m) in months.iter().enumerate() {
        let mx = x(*m);
        out.push_str(&format!(
            "<line x1=\"{mx:.1}\" y1=\"{}\" x2=\"{mx:.1}\" y2=\"{bottom}\" stroke=\"{GRID}\" stroke-width=\"1\"/>\n",
            TOP - 4
        ));
        if i % step == 0 {
            let name = word(
                Word::Month(Month::from_number(m.month()).unwrap_or(Month::January)),
                lang,
            );
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{}\">{}</text>\n",
                mx + 2.0,
                TOP - 10,
                escape(name)
            ));
            if i == 0 || m.month() == 1 {
                out.push_str(&format!(
                    "<text x=\"{:.1}\" y=\"{}\" font-weight=\"bold\">{}</text>\n",
                    mx + 2.0,
                    TOP - 24,
                    m.year()
                ));
            }
        }
    }
    out.push_str(&format!(
        "<line x1=\"{:.1}\" y1=\"{}\" x2=\"{:.1}\" y2=\"{bottom}\" stroke=\"{GRID}\" stroke-width=\"1\"/>\n",
        X0 + PLOT,
        TOP - 4,
        X0 + PLOT
    ));

    if rows.is_empty() {
        out.push_str(&format!(
            "<text x=\"{X0:.1}\" y=\"{}\">{}</text>\n",
            TOP + 16,
            escape(word(Word::NoWindows, lang))
        ));
    }
    for (i, a) in rows.iter().enumerate() {
        let Some(window) = a.window.as_ref() else {
            continue;
        };
        let y = TOP + u32::try_from(i).unwrap_or(0) * ROW;
        let (window_start, window_end) =
            (window.start.map(Date::naive), window.end.map(Date::naive));
        let open_start = window_start.is_none_or(|s| s < from);
        let open_end = window_end.is_none_or(|e| e > to);
        let start = window_start.unwrap_or(from).clamp(from, to);
        let end = window_end.unwrap_or(to).clamp(from, to);
        let x1 = x(start);
        let x2 = end.succ_opt().map_or(X0 + PLOT, x).max(x1 + 2.0);
        let code = code_text(report, a.plan, a.code.as_str());
        let mut label = format!("{code} {}", i18n::status_word(a.status, lang));
        if a.overdue {
            label.push_str(&format!(", {}", word(Word::OverdueOne, lang)));
        }
        let fill = status_fill(a.status);
        out.push_str(&format!(
            "<g><title>{}</title>\n<text x=\"{:.1}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            escape(&format!(
                "{code} {}: {} ({})",
                a.title.get(lang.tag()),
                window_text(a, lang),
                i18n::status_word(a.status, lang)
            )),
            X0 - 12.0,
            y + 16,
            escape(&shorten(&label, 26)),
        ));
        let stroke = if a.overdue {
            format!(" stroke=\"{INK}\" stroke-width=\"2\"")
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<rect x=\"{x1:.1}\" y=\"{}\" width=\"{:.1}\" height=\"12\" fill=\"{fill}\"{stroke}/>\n",
            y + 6,
            x2 - x1
        ));
        if open_start {
            out.push_str(&format!(
                "<polygon points=\"{x1:.1},{} {:.1},{} {x1:.1},{}\" fill=\"{fill}\"/>\n",
                y + 4,
                x1 - 8.0,
                y + 12,
                y + 20
            ));
        }
        if open_end {
            out.push_str(&format!(
                "<polygon points=\"{x2:.1},{} {:.1},{} {x2:.1},{}\" fill=\"{fill}\"/>\n",
                y + 4,
                x2 + 8.0,
                y + 12,
                y + 20
            ));
        }
        out.push_str("</g>\n");
    }

    // The reference date: the line stands at the end of that day.
    let ax = report.as_of.naive().succ_opt().map_or(X0 + PLOT, x);
    let anchor = if ax > X0 + PLOT - 80.0 {
        "end"
    } else {
        "middle"
    };
    out.push_str(&format!(
        "<line x1=\"{ax:.1}\" y1=\"{}\" x2=\"{ax:.1}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n<text x=\"{ax:.1}\" y=\"{}\" text-anchor=\"{anchor}\" font-weight=\"bold\">{} {}</text>\n",
        TOP - 6,
        bottom + 4,
        bottom + 20,
        escape(word(Word::AsOf, lang)),
        report.as_of
    ));
    out.push_str("</svg>");
    out
}
