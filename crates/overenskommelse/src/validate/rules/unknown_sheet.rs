//! OVK-XLS-002: a sheet the workbook layout does not know, with something in it. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(UnknownSheet, "OVK-XLS-002", Warning, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(sheet: &str) -> Finding {
    Finding::new(RuleId::UnknownSheet, "").arg("sheet", sheet)
}
