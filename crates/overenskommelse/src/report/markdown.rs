//! The report as GitHub-flavoured Markdown.

use super::layout::{layout, Block, Span};
use super::Report;
use crate::i18n::{self, word, Lang, Word};

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
            Span::Status(s) => i18n::status_word(*s, lang).to_owned(),
            Span::Assessment(a) => word(Word::Assessment(*a), lang).to_owned(),
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
