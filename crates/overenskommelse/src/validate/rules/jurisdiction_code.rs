//! OVK-CODE-001: a kommunkod or länskod of the wrong form.

use super::prelude::*;
use crate::model::JurisdictionKind;

definition!(JurisdictionCode, "OVK-CODE-001", Error, Codes, [Agreement]);

/// Länskoder in use (SCB); a kommunkod starts with one of them.
const COUNTY_CODES: [&str; 21] = [
    "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20",
    "21", "22", "23", "24", "25",
];

struct JurisdictionCodeCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(JurisdictionCodeCheck)
}

impl<'a> Check<'a> for JurisdictionCodeCheck {
    fn visit(&mut self, _: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Agreement(doc) = event else { return };
        let code = doc.jurisdiction.code.as_str();
        let digits = code.bytes().all(|b| b.is_ascii_digit());
        let (valid, requirement) = match doc.jurisdiction.kind {
            JurisdictionKind::Kommun => (
                digits && code.len() == 4 && COUNTY_CODES.contains(&&code[..2]),
                Word::KommunCodeRule,
            ),
            JurisdictionKind::Region => (
                digits && code.len() == 2 && COUNTY_CODES.contains(&code),
                Word::RegionCodeRule,
            ),
        };
        if !valid {
            out.push(
                Finding::new(RuleId::JurisdictionCode, "/jurisdiction/code")
                    .value(code)
                    .arg("requirement", requirement),
            );
        }
    }
}
