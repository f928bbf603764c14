//! OVK-XLS-007: a cell of a number column that is not a number. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(CellNotANumber, "OVK-XLS-007", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str) -> Finding {
    Finding::new(RuleId::CellNotANumber, path)
        .arg("column", column)
        .value(value)
}
