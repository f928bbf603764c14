//! OVK-SYN-001: the bytes are not JSON. The reader finds it, with the line and column.

use super::prelude::*;
use crate::read::SyntaxProblem;

definition!(NotJson, "OVK-SYN-001", Error, Syntax);

/// The bytes are not JSON, for the reason `problem`.
pub(super) fn finding(problem: SyntaxProblem) -> Finding {
    Finding::new(RuleId::NotJson, "").arg("problem", Word::Syntax(problem))
}
