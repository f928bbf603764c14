//! OVK-XLS-011: a cell of a JSON column that is not the JSON it should be. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(CellNotJson, "OVK-XLS-011", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, value: &str) -> Finding {
    Finding::new(RuleId::CellNotJson, path)
        .arg("column", column)
        .value(value)
}
