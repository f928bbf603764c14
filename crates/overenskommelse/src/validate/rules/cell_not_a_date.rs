//! OVK-XLS-005: a cell of a date column that is not a date. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(CellNotADate, "OVK-XLS-005", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str) -> Finding {
    Finding::new(RuleId::CellNotADate, path)
        .arg("column", column)
        .value(value)
}
