//! OVK-XLS-004: a column the layout does not know, with something in it. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(UnknownColumn, "OVK-XLS-004", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(sheet: &str, column: &str) -> Finding {
    Finding::new(RuleId::UnknownColumn, "")
        .arg("sheet", sheet)
        .arg("column", column)
}
