//! OVK-XLS-015: more than one row on the agreement's sheet. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(SecondAgreementRow, "OVK-XLS-015", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(sheet: &str) -> Finding {
    Finding::new(RuleId::SecondAgreementRow, "").arg("sheet", sheet)
}
