//! The report as one self-contained HTML file.
//!
//! One page with inline CSS and inline SVG charts: no scripts, fonts, images or anything
//! else fetched, so it can be mailed, archived and printed as it is. Every text from the
//! document is escaped; statuses are words in coloured badges, never colour alone.

use std::fmt::Write as _;
use std::io;

use super::layout::{joined, layout, write_window, Block, Chart, Span, Table};
use super::sink::Sink;
use super::svg::{escape_into, interest_area_chart, money_chart, status_chart, timeline};
use super::Report;
use crate::i18n::{self, word, Lang, Word};
use crate::model::{Assessment, Status};

/// The page's style: readable on screen, tidy on paper, dark text on light backgrounds throughout.
const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.45; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 64rem; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #5f6b7a; }
a { color: #174a85; }
nav ol { columns: 2; padding-left: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { border: 1px solid #9aa1aa; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #e9ecf0; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.empty { font-style: italic; }
.badge { display: inline-block; padding: 0 .4em; margin: 0 .2em .1em 0; border: 1px solid; border-radius: .3em; white-space: nowrap; font-size: .9em; }
.s-planned { background: #eceff3; color: #2f3640; border-color: #5f6b7a; }
.s-in_progress { background: #e1ecf9; color: #163f73; border-color: #2563a8; }
.s-done { background: #e2f2e5; color: #1b5428; border-color: #2e7d3c; }
.s-postponed { background: #fdf0d9; color: #6b4100; border-color: #a35f00; }
.s-cancelled { background: #f9e1e3; color: #7d1c26; border-color: #b3323f; }
.a-green { background: #e2f2e5; color: #1b5428; border-color: #2e7d3c; }
.a-yellow { background: #fdf5c9; color: #5c4a00; border-color: #8a7000; }
.a-red { background: #f9e1e3; color: #7d1c26; border-color: #b3323f; }
.v-error { background: #f9e1e3; color: #7d1c26; border-color: #b3323f; }
.v-warning { background: #fdf0d9; color: #6b4100; border-color: #a35f00; }
.v-info { background: #e1ecf9; color: #163f73; border-color: #2563a8; }
.flag { background: #ffffff; color: #7d1c26; border-color: #7d1c26; font-weight: 600; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { max-width: 100%; height: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, figure, caption { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .badge, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The report as a self-contained, printable HTML page in `lang`.
pub fn html(report: &Report<'_>, lang: Lang) -> String {
    let mut sink = Sink::string(300 * (report.activities.len() + 16));
    render(&mut sink, report, lang);
    sink.into_string()
}

/// Writes the report as a self-contained, printable HTML page in `lang` to `writer`, in
/// pieces as it is made.
pub fn write_html(report: &Report<'_>, lang: Lang, writer: &mut dyn io::Write) -> io::Result<()> {
    let mut sink = Sink::writer(writer);
    render(&mut sink, report, lang);
    sink.finish()
}

fn render(sink: &mut Sink<'_>, report: &Report<'_>, lang: Lang) {
    let doc = layout(report, lang);
    let out = &mut sink.out;
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(lang.tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_into(out, &doc.title);
    out.push_str(" – ");
    escape_into(out, &doc.subtitle);
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>");
    escape_into(out, &doc.title);
    out.push_str("</h1>\n");
    for block in doc.intro {
        html_block(sink, block, report, lang);
    }
    let out = &mut sink.out;
    out.push_str("</header>\n<nav aria-label=\"");
    escape_into(out, word(Word::Contents, lang));
    out.push_str("\">\n<p><strong>");
    escape_into(out, word(Word::Contents, lang));
    out.push_str("</strong></p>\n<ol>\n");
    for section in &doc.sections {
        out.push_str("<li><a href=\"#");
        out.push_str(section.id);
        out.push_str("\">");
        escape_into(out, &section.heading);
        out.push_str("</a></li>\n");
    }
    out.push_str("</ol>\n</nav>\n<main>\n");
    for section in doc.sections {
        let out = &mut sink.out;
        out.push_str("<section id=\"");
        out.push_str(section.id);
        out.push_str("\" aria-labelledby=\"");
        out.push_str(section.id);
        out.push_str("-h\">\n<h2 id=\"");
        out.push_str(section.id);
        out.push_str("-h\">");
        escape_into(out, &section.heading);
        out.push_str("</h2>\n");
        for block in section.blocks {
            html_block(sink, block, report, lang);
        }
        sink.out.push_str("</section>\n");
    }
    sink.out.push_str("</main>\n</body>\n</html>\n");
}

/// Writes a badge: a word in a coloured frame, its class made of `class` parts.
fn badge(out: &mut String, class: &[&str], label: &str) {
    out.push_str("<span class=\"badge ");
    for part in class {
        out.push_str(part);
    }
    out.push_str("\">");
    escape_into(out, label);
    out.push_str("</span>");
}

fn span_into(out: &mut String, span: &Span<'_>, lang: Lang) {
    match span {
        Span::Text(s) => escape_into(out, s),
        Span::Strong(s) => {
            out.push_str("<strong>");
            escape_into(out, s);
            out.push_str("</strong>");
        }
        Span::Code(s) => {
            out.push_str("<code>");
            escape_into(out, s);
            out.push_str("</code>");
        }
        Span::PlanCode(plan, code) => {
            out.push_str("<code>");
            escape_into(out, plan);
            out.push('/');
            escape_into(out, code);
            out.push_str("</code>");
        }
        Span::Status(status) => badge(
            out,
            &["s-", status.map_or("not_reported", Status::code)],
            i18n::status_word(*status, lang),
        ),
        Span::Assessment(assessment) => {
            let class = match assessment {
                Assessment::Green => "a-green",
                Assessment::Yellow => "a-yellow",
                Assessment::Red => "a-red",
            };
            badge(out, &[class], word(Word::Assessment(*assessment), lang));
        }
        Span::Severity(severity) => badge(out, &["v-", severity.code()], severity.label(lang)),
        Span::Flag(s) => badge(out, &["flag"], s),
        // Writing into a String cannot fail.
        Span::Date(date) => drop(write!(out, "{date}")),
        Span::Number(n) => drop(write!(out, "{n}")),
        Span::Window(state) => write_window(out, state, lang),
        Span::Joined(texts) => joined(out, texts, escape_into),
    }
}

/// Writes spans into `out`: a report of many activities has hundreds of thousands of cells,
/// and a string for each would cost more than the writing.
fn spans_into(out: &mut String, spans: &[Span<'_>], lang: Lang) {
    for span in spans {
        span_into(out, span, lang);
    }
}

fn table(sink: &mut Sink<'_>, table: Table<'_>, lang: Lang) {
    let out = &mut sink.out;
    out.push_str("<table>\n<caption>");
    escape_into(out, &table.caption);
    out.push_str("</caption>\n<thead><tr>");
    for (title, numeric) in &table.columns {
        out.push_str(if *numeric {
            "<th scope=\"col\" class=\"num\">"
        } else {
            "<th scope=\"col\">"
        });
        escape_into(out, title);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in table.rows {
        let out = &mut sink.out;
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let numeric = table.columns.get(i).is_some_and(|(_, numeric)| *numeric);
            out.push_str(if numeric {
                "<td class=\"num\">"
            } else {
                "<td>"
            });
            spans_into(out, cell, lang);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
        sink.flush_if_full();
    }
    sink.out.push_str("</tbody>\n</table>\n");
}

fn html_block(sink: &mut Sink<'_>, block: Block<'_>, report: &Report<'_>, lang: Lang) {
    let out = &mut sink.out;
    match block {
        Block::Para(content) => {
            out.push_str("<p>");
            spans_into(out, &content, lang);
            out.push_str("</p>\n");
        }
        Block::Empty(s) => {
            out.push_str("<p class=\"empty\">");
            escape_into(out, &s);
            out.push_str("</p>\n");
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str("<li>");
                spans_into(out, &item, lang);
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Block::Table(t) => table(sink, t, lang),
        Block::Chart(chart) => {
            let (caption, svg) = match chart {
                Chart::Status => (Word::ChartStatus, status_chart(report, lang)),
                Chart::InterestAreas => (Word::ChartAreas, interest_area_chart(report, lang)),
                Chart::Timeline => (Word::ChartTimeline, timeline(report, lang)),
                Chart::Money => (Word::ChartMoney, money_chart(report, lang)),
            };
            out.push_str("<figure>\n<figcaption>");
            escape_into(out, word(caption, lang));
            out.push_str("</figcaption>\n");
            out.push_str(&svg);
            out.push_str("\n</figure>\n");
        }
    }
    sink.flush_if_full();
}
