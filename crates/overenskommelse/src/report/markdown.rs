//! The report as GitHub-flavoured Markdown.

use std::fmt::Write as _;
use std::io;

use super::layout::{joined, layout, write_window, Block, Span};
use super::sink::Sink;
use super::Report;
use crate::i18n::{self, word, Lang, Word};

/// The report as Markdown in `lang`.
pub fn markdown(report: &Report<'_>, lang: Lang) -> String {
    let mut sink = Sink::string(160 * (report.activities.len() + 16));
    render(&mut sink, report, lang);
    sink.into_string()
}

/// Writes the report as Markdown in `lang` to `writer`, in pieces as it is made.
pub fn write_markdown(
    report: &Report<'_>,
    lang: Lang,
    writer: &mut dyn io::Write,
) -> io::Result<()> {
    let mut sink = Sink::writer(writer);
    render(&mut sink, report, lang);
    sink.finish()
}

fn render(sink: &mut Sink<'_>, report: &Report<'_>, lang: Lang) {
    let doc = layout(report, lang);
    // Written straight into the sink's text: a report of many activities has hundreds of
    // thousands of cells, and a string for each would cost more than the writing.
    let out = &mut sink.out;
    out.push_str("# ");
    md_text(out, &doc.title);
    out.push_str("\n\n");
    for block in doc.intro {
        md_block(sink, block, lang);
    }
    for section in doc.sections {
        sink.out.push_str("## ");
        md_text(&mut sink.out, &section.heading);
        sink.out.push_str("\n\n");
        for block in section.blocks {
            md_block(sink, block, lang);
        }
    }
    while sink.out.ends_with("\n\n") {
        sink.out.pop();
    }
}

/// Writes text made safe for Markdown: on one line, with the characters that would format it
/// escaped.
fn md_text(out: &mut String, s: &str) {
    // Every character that needs care is ASCII, so the text is copied in runs between them.
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let replacement = match b {
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'|' | b'#' => None,
            b'\r' | b'\n' | b'\t' => Some(' '),
            _ => continue,
        };
        out.push_str(&s[run..i]);
        match replacement {
            Some(c) => out.push(c),
            None => {
                out.push('\\');
                out.push(char::from(b));
            }
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

/// Writes a code span of `parts` written one after the other; `|` escaped for tables. Text
/// with backticks falls back to escaped text.
fn md_code(out: &mut String, parts: &[&str]) {
    if parts.iter().any(|s| s.contains('`') || s.contains('\n')) {
        for s in parts {
            md_text(out, s);
        }
    } else {
        out.push('`');
        for c in parts.iter().flat_map(|s| s.chars()) {
            if c == '|' {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('`');
    }
}

fn md_spans(out: &mut String, spans: &[Span<'_>], lang: Lang) {
    for span in spans {
        match span {
            Span::Text(s) => md_text(out, s),
            Span::Strong(s) => {
                out.push_str("**");
                md_text(out, s);
                out.push_str("**");
            }
            Span::Code(s) => md_code(out, &[s]),
            Span::PlanCode(plan, code) => md_code(out, &[plan, "/", code]),
            // Writing into a String cannot fail.
            Span::Date(date) => drop(write!(out, "{date}")),
            Span::Number(n) => drop(write!(out, "{n}")),
            Span::Window(state) => write_window(out, state, lang),
            Span::Joined(texts) => joined(out, texts, md_text),
            Span::Status(s) => out.push_str(i18n::status_word(*s, lang)),
            Span::Assessment(a) => out.push_str(word(Word::Assessment(*a), lang)),
            Span::Severity(s) => out.push_str(s.label(lang)),
            Span::Flag(s) => {
                out.push_str(" (");
                md_text(out, s);
                out.push(')');
            }
        }
    }
}

fn md_block(sink: &mut Sink<'_>, block: Block<'_>, lang: Lang) {
    let out = &mut sink.out;
    match block {
        Block::Para(spans) => {
            md_spans(out, &spans, lang);
            out.push_str("\n\n");
        }
        Block::Empty(s) => {
            md_text(out, &s);
            out.push_str("\n\n");
        }
        Block::List(items) => {
            for item in items {
                out.push_str("- ");
                md_spans(out, &item, lang);
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Table(table) => {
            out.push('|');
            for (column, _) in &table.columns {
                out.push(' ');
                md_text(out, column);
                out.push_str(" |");
            }
            out.push_str("\n|");
            for (_, numeric) in &table.columns {
                out.push_str(if *numeric { " ---: |" } else { " --- |" });
            }
            out.push('\n');
            for row in table.rows {
                let out = &mut sink.out;
                out.push('|');
                for cell in &row {
                    out.push(' ');
                    md_spans(out, cell, lang);
                    out.push_str(" |");
                }
                out.push('\n');
                sink.flush_if_full();
            }
            sink.out.push('\n');
        }
        Block::Chart(_) => {}
    }
    sink.flush_if_full();
}
