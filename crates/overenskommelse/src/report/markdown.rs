//! The report as GitHub-flavoured Markdown.

use super::layout::{layout, Block, Span};
use super::Report;
use crate::i18n::{self, word, Lang, Word};

/// The report as Markdown in `lang`.
pub fn markdown(report: &Report<'_>, lang: Lang) -> String {
    let doc = layout(report, lang);
    // Written straight into one string: a report of many activities has hundreds of
    // thousands of cells, and a string for each would cost more than the writing.
    let mut out = String::with_capacity(256 * (report.activities.len() + 16));
    out.push_str("# ");
    md_text(&mut out, &doc.title);
    out.push_str("\n\n");
    for block in &doc.intro {
        md_block(&mut out, block, lang);
    }
    for section in &doc.sections {
        out.push_str("## ");
        md_text(&mut out, &section.heading);
        out.push_str("\n\n");
        for block in &section.blocks {
            md_block(&mut out, block, lang);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
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

/// Writes a code span; `|` escaped for tables. Text with backticks falls back to escaped text.
fn md_code(out: &mut String, s: &str) {
    if s.contains('`') || s.contains('\n') {
        md_text(out, s);
    } else {
        out.push('`');
        for c in s.chars() {
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
            Span::Code(s) => md_code(out, s),
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

fn md_block(out: &mut String, block: &Block<'_>, lang: Lang) {
    match block {
        Block::Para(spans) => {
            md_spans(out, spans, lang);
            out.push_str("\n\n");
        }
        Block::Empty(s) => {
            md_text(out, s);
            out.push_str("\n\n");
        }
        Block::List(items) => {
            for item in items {
                out.push_str("- ");
                md_spans(out, item, lang);
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
            for row in &table.rows {
                out.push('|');
                for cell in row {
                    out.push(' ');
                    md_spans(out, cell, lang);
                    out.push_str(" |");
                }
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Chart(_) => {}
    }
}
