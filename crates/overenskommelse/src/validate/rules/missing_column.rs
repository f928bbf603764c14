//! OVK-XLS-003: a sheet with rows lacks a column its rows need. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(MissingColumn, "OVK-XLS-003", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(sheet: &str, column: &str) -> Finding {
    Finding::new(RuleId::MissingColumn, "")
        .arg("sheet", sheet)
        .arg("column", column)
}
