//! OVK-XLS-001: the bytes are not a workbook that can be read. Found while a workbook is read (`workbook::read_xlsx`), at the cell
//! and at the JSON Pointer the cell becomes.

use super::prelude::*;

definition!(WorkbookUnreadable, "OVK-XLS-001", Error, Workbook);

/// The finding, without its cell: the reader adds it.
pub(crate) fn finding(reason: String) -> Finding {
    Finding::new(RuleId::WorkbookUnreadable, "").arg("reason", reason)
}
