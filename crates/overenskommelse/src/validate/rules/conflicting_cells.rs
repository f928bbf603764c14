//! OVK-XLS-014: a field given both in its column and in the column of other fields. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(ConflictingCells, "OVK-XLS-014", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(path: String, column: &str, field: &str) -> Finding {
    Finding::new(RuleId::ConflictingCells, path)
        .arg("column", column)
        .arg("field", field)
}
