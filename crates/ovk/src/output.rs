//! Printing findings: text for people, JSON for programs, annotations for GitHub Actions.

use std::io::Write;

use anstyle::{AnsiColor, Style};
use overenskommelse::i18n::{self, Args, Word};
use overenskommelse::{Counts, Finding, Lang, Severity};

/// The findings of one document.
pub struct FileFindings {
    /// The file name as given, or `<stdin>`.
    pub name: String,
    /// Every finding, in document order.
    pub findings: Vec<Finding>,
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        _ => AnsiColor::Cyan,
    };
    Style::new().bold().fg_color(Some(color.into()))
}

/// Findings grouped per file, then a summary line ("3 fel, 1 varning, 0 info i 1 fil").
pub fn print_text(out: &mut impl Write, files: &[FileFindings], lang: Lang) -> std::io::Result<()> {
    for file in files {
        if file.findings.is_empty() {
            let ok = i18n::word(Word::FileHasNoFindings, lang);
            writeln!(out, "{BOLD}{}{BOLD:#}: {ok}", file.name)?;
            continue;
        }
        for finding in &file.findings {
            let position = match (finding.line, finding.column) {
                (Some(line), Some(column)) => format!(":{line}:{column}"),
                _ => String::new(),
            };
            let style = severity_style(finding.severity);
            writeln!(
                out,
                "{BOLD}{}{position}{BOLD:#}: {style}{}[{}]{style:#} {}",
                file.name,
                finding.severity.label(lang),
                finding.code(),
                finding.message(lang)
            )?;
            writeln!(out, "  {DIM}-->{DIM:#} {}", finding.place(lang))?;
            if let Some(hint) = finding.hint(lang) {
                let word = i18n::word(Word::WhatToDo, lang);
                writeln!(out, "  {DIM}={DIM:#} {BOLD}{word}:{BOLD:#} {hint}")?;
            }
            writeln!(out)?;
        }
    }
    writeln!(out, "{}", summary(files, lang))
}

/// "3 fel, 1 varning, 0 info i 1 fil" / "3 errors, 1 warning, 0 info in 1 file".
pub fn summary(files: &[FileFindings], lang: Lang) -> String {
    let counts: Vec<Counts> = files.iter().map(|f| Counts::of(&f.findings)).collect();
    let total = |count: fn(&Counts) -> u64| counts.iter().map(count).sum::<u64>();
    let args = Args::new()
        .with("errors", total(|c| c.errors))
        .with("warnings", total(|c| c.warnings))
        .with("infos", total(|c| c.infos))
        .with("files", files.len());
    i18n::text(Word::FilesSummary, &args, lang)
}

/// `{"valid": bool, "findings": [{"file", "code", "severity", "path", "message", …}]}`, where
/// `valid` says what the exit code says.
pub fn print_json(
    out: &mut impl Write,
    files: &[FileFindings],
    valid: bool,
    lang: Lang,
) -> std::io::Result<()> {
    let findings: Vec<serde_json::Value> = files
        .iter()
        .flat_map(|file| {
            file.findings.iter().map(move |finding| {
                let mut object = serde_json::Map::new();
                object.insert("file".into(), file.name.clone().into());
                if let serde_json::Value::Object(fields) = finding.to_json(lang) {
                    object.extend(fields);
                }
                serde_json::Value::Object(object)
            })
        })
        .collect();
    let document = serde_json::json!({ "valid": valid, "findings": findings });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

/// One GitHub Actions workflow command a finding.
pub fn print_github(
    out: &mut impl Write,
    files: &[FileFindings],
    lang: Lang,
) -> std::io::Result<()> {
    for file in files {
        for finding in &file.findings {
            let level = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                _ => "notice",
            };
            let mut properties = format!("file={}", escape_property(&file.name));
            if let (Some(line), Some(column)) = (finding.line, finding.column) {
                properties.push_str(&format!(",line={line},col={column}"));
            }
            properties.push_str(&format!(",title={}", escape_property(finding.code())));
            writeln!(
                out,
                "::{level} {properties}::{}",
                escape_data(&format!(
                    "{} ({})",
                    finding.message(lang),
                    finding.place(lang)
                ))
            )?;
        }
    }
    Ok(())
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
