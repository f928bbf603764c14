//! Printing findings: text for people, JSON for programs, annotations for GitHub Actions.

use anstyle::{AnsiColor, Style};
use overenskommelse::{Finding, Lang, Severity};

/// The findings of one document.
pub struct FileFindings {
    /// The file name as given, or `<stdin>`.
    pub name: String,
    /// Every finding, in the order the library reported them.
    pub findings: Vec<Finding>,
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().bold().fg_color(Some(color.into()))
}

/// Findings grouped per file, then a summary line ("3 fel, 1 varning i 1 fil").
pub fn print_text(files: &[FileFindings], lang: Lang) {
    for file in files {
        if file.findings.is_empty() {
            let ok = match lang {
                Lang::Sv => "inga fynd",
                Lang::En => "no findings",
            };
            anstream::println!("{BOLD}{}{BOLD:#}: {ok}", file.name);
            continue;
        }
        for finding in &file.findings {
            let position = match (finding.line, finding.column) {
                (Some(line), Some(column)) => format!(":{line}:{column}"),
                _ => String::new(),
            };
            let style = severity_style(finding.severity);
            let path = if finding.path.is_empty() {
                "/"
            } else {
                &finding.path
            };
            anstream::println!(
                "{BOLD}{}{position}{BOLD:#}: {style}{}[{}]{style:#} {}",
                file.name,
                finding.severity.label(lang),
                finding.code,
                finding.message.get(lang)
            );
            anstream::println!("  {DIM}-->{DIM:#} {path}");
            if let Some(hint) = &finding.hint {
                let word = match lang {
                    Lang::Sv => "gör så här",
                    Lang::En => "what to do",
                };
                anstream::println!("  {DIM}={DIM:#} {BOLD}{word}:{BOLD:#} {}", hint.get(lang));
            }
            anstream::println!();
        }
    }
    anstream::println!("{}", summary(files, lang));
}

/// "3 fel, 1 varning i 1 fil" / "3 errors, 1 warning in 1 file".
pub fn summary(files: &[FileFindings], lang: Lang) -> String {
    let count = |severity| {
        files
            .iter()
            .flat_map(|file| &file.findings)
            .filter(|finding| finding.severity == severity)
            .count()
    };
    let (errors, warnings, infos, n) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        files.len(),
    );
    match lang {
        Lang::Sv => format!(
            "{errors} fel, {warnings} {}, {infos} info i {n} {}",
            if warnings == 1 {
                "varning"
            } else {
                "varningar"
            },
            if n == 1 { "fil" } else { "filer" }
        ),
        Lang::En => format!(
            "{errors} {}, {warnings} {}, {infos} info in {n} {}",
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" },
            if n == 1 { "file" } else { "files" }
        ),
    }
}

/// `{"valid": bool, "findings": [{"file", "code", "severity", "path", "message", …}]}`.
pub fn print_json(files: &[FileFindings], lang: Lang) {
    let valid = files
        .iter()
        .all(|file| file.findings.iter().all(|f| f.severity != Severity::Error));
    let findings: Vec<_> = files
        .iter()
        .flat_map(|file| file.findings.iter().map(move |finding| (file, finding)))
        .map(|(file, finding)| {
            let mut object = serde_json::json!({
                "file": file.name,
                "code": finding.code,
                "severity": finding.severity.code(),
                "path": finding.path,
                "message": finding.message.get(lang),
                "anchor": finding.anchor(),
            });
            if let Some(map) = object.as_object_mut() {
                if let Some(hint) = &finding.hint {
                    map.insert("hint".into(), hint.get(lang).into());
                }
                if let Some(value) = &finding.value {
                    map.insert("value".into(), value.clone().into());
                }
                if let (Some(line), Some(column)) = (finding.line, finding.column) {
                    map.insert("line".into(), line.into());
                    map.insert("column".into(), column.into());
                }
            }
            object
        })
        .collect();
    let document = serde_json::json!({ "valid": valid, "findings": findings });
    println!(
        "{}",
        serde_json::to_string_pretty(&document).unwrap_or_default()
    );
}

/// One GitHub Actions workflow command a finding.
pub fn print_github(files: &[FileFindings], lang: Lang) {
    for file in files {
        for finding in &file.findings {
            let level = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut properties = format!("file={}", escape_property(&file.name));
            if let (Some(line), Some(column)) = (finding.line, finding.column) {
                properties.push_str(&format!(",line={line},col={column}"));
            }
            properties.push_str(&format!(",title={}", escape_property(&finding.code)));
            println!(
                "::{level} {properties}::{}",
                escape_data(&format!("{} ({})", finding.message.get(lang), finding.path))
            );
        }
    }
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
