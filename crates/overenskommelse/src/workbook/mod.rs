//! The document as an Excel workbook and back, and its activities as CSV: for the people who
//! write an agreement and its action plans in Excel.
//!
//! One sheet per kind of entity, one row per entity; a part held in a list of another entity
//! (an activity's follow-ups) names its holder in the columns "Tillhör" and "Tillhör id".
//! Headers are Swedish (English with [`Lang::En`]); reading accepts either. Codes are chosen
//! from drop-down lists of their labels, references from the ids that exist, dates are Excel
//! dates, amounts numbers. What no column can hold exactly (a third language, two mentions in
//! one cell) goes whole, as JSON, into the row's column "Övrigt": a valid document comes back
//! from its workbook exactly as it was.
//!
//! ```
//! use overenskommelse::{workbook, Document, Lang};
//!
//! let document = Document::from_path("../../examples/boras/overenskommelse.json", &Default::default())?;
//! let agreement = document.agreement().expect("readable");
//! let bytes = workbook::write_xlsx(agreement, Lang::Sv)?;
//! let imported = workbook::read_xlsx(&bytes);
//! assert!(imported.problems().is_empty());
//! let back = imported.document().and_then(|d| d.agreement()).expect("readable");
//! assert_eq!(back, agreement);
//! # Ok::<(), overenskommelse::Error>(())
//! ```

mod cells;
mod csv;
mod layout;
mod read;
mod write;

pub use csv::activities_csv;
pub use layout::{Both, Column, Holder, Kind, Labels, Role, Sheet, SheetId, GUIDE, LISTS};

use crate::error::Error;
use crate::i18n::Lang;
use crate::model::Agreement;
use crate::{Document, Finding};

/// The workbook of an agreement, with headers in `lang`. Fails only when a text is longer
/// than a cell holds, or a number in `extensions` is finer than a workbook keeps.
pub fn write_xlsx(agreement: &Agreement, lang: Lang) -> Result<Vec<u8>, Error> {
    let tables = write::tables(agreement, lang)?;
    write::xlsx(Some(&tables), lang)
}

/// The same workbook with no rows, headers in `lang`: every sheet, its drop-down lists and
/// the sheet that explains each column.
pub fn template(lang: Lang) -> Result<Vec<u8>, Error> {
    write::xlsx(None, lang)
}

/// Reads a workbook (.xlsx) into a checked document. Never fails: what is wrong with the
/// workbook is in [`Imported::problems`], what is wrong with the document in its findings.
pub fn read_xlsx(bytes: &[u8]) -> Imported {
    read::read(bytes)
}

/// A workbook read back: its problems, and the document it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    document: Option<Document>,
    json: Option<String>,
    problems: Vec<Finding>,
}

impl Imported {
    /// What is wrong with the workbook itself (codes `OVK-XLS-…`), each with its cell
    /// ([`Finding::cell`]) and the JSON Pointer it becomes. A cell with a problem is left out
    /// of the document.
    pub fn problems(&self) -> &[Finding] {
        &self.problems
    }

    /// The document, checked like any other; its findings name the cell they come from.
    /// `None` only when the bytes are not a workbook.
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// The document's JSON text: what its findings' lines and columns count in.
    pub fn json(&self) -> Option<&str> {
        self.json.as_deref()
    }

    /// Every problem, then every finding of the document.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.problems
            .iter()
            .chain(self.document.iter().flat_map(|d| d.findings()))
    }

    /// [`Imported::findings`] as a person who edited the workbook is shown them: placed at
    /// their cells, without lines and columns, which count in JSON that person has not seen.
    pub fn findings_at_cells(&self) -> Vec<Finding> {
        self.findings()
            .cloned()
            .map(|mut finding| {
                finding.line = None;
                finding.column = None;
                finding
            })
            .collect()
    }
}

/// A column's letters (0 is `A`, 26 is `AA`).
pub(crate) fn column_name(index: usize) -> String {
    let mut name = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// `base` with more JSON Pointer tokens, escaped (RFC 6901).
pub(crate) fn pointer_join(base: &str, parts: &[&str]) -> String {
    let mut out = base.to_owned();
    for part in parts {
        out.push('/');
        out.push_str(&part.replace('~', "~0").replace('/', "~1"));
    }
    out
}

/// The sheets and columns as Markdown, both languages: the text of `docs/workbook.md`.
pub fn markdown() -> String {
    use std::fmt::Write;
    let (sv, en) = (Lang::Sv, Lang::En);
    let word = |w| crate::i18n::word(w, sv);
    let word_en = |w| crate::i18n::word(w, en);
    use crate::i18n::Word;
    let mut out = format!(
        "<!-- {} -->\n\n# {} / {}\n\n{}\n\n{}\n",
        word_en(Word::WorkbookGenerated),
        word(Word::WorkbookTitle),
        word_en(Word::WorkbookTitle),
        word(Word::WorkbookIntro),
        word_en(Word::WorkbookIntro),
    );
    for sheet in Sheet::all() {
        let _ = write!(
            out,
            "\n## {} / {}\n\n{} {}\n\n| {} | {} | {} | {} | {} |\n| --- | --- | --- | --- | --- |\n",
            sheet.name.sv,
            sheet.name.en,
            sheet.about.sv,
            sheet.about.en,
            word(Word::WorkbookGuideColumn),
            word_en(Word::WorkbookGuideColumn),
            word(Word::WorkbookGuideRequired),
            word(Word::WorkbookGuideForm),
            word(Word::WorkbookGuideHolds),
        );
        for column in sheet.columns() {
            let required = if column.required {
                word(Word::WorkbookYes)
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                column.header.sv,
                column.header.en,
                required,
                column.form(sv).replace('|', "\\|"),
                column.about.sv.replace('|', "\\|"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn every_sheet_name_fits_a_spreadsheet_and_every_header_is_unique_in_its_sheet() {
        for sheet in Sheet::all() {
            for name in [sheet.name.sv, sheet.name.en] {
                assert!(name.chars().count() <= 31, "{name}");
            }
            let columns = sheet.columns();
            for lang in Lang::ALL {
                let mut headers: Vec<String> = columns
                    .iter()
                    .map(|c| c.header.get(lang).to_lowercase())
                    .collect();
                headers.sort();
                let before = headers.len();
                headers.dedup();
                assert_eq!(before, headers.len(), "{} in {lang:?}", sheet.name.sv);
            }
        }
    }
}
