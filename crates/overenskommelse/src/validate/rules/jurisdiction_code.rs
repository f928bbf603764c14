//! OVK-CODE-001: a kommunkod or länskod that is not in SCB's list: of the wrong form, or of
//! the right form but given to no kommun or län.

use super::prelude::*;
use crate::model::{Agreement, JurisdictionKind};
use crate::validate::scb;

definition!(JurisdictionCode, "OVK-CODE-001", Error, Codes, [Agreement]);

struct JurisdictionCodeCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(JurisdictionCodeCheck)
}

impl<'a> Check<'a> for JurisdictionCodeCheck {
    fn visit(&mut self, _: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Agreement(doc) = event else { return };
        let jurisdiction = &doc.jurisdiction;
        let code = jurisdiction.code.as_str();
        if scb::lookup(jurisdiction.kind, code).is_some() {
            return;
        }
        let length = match jurisdiction.kind {
            JurisdictionKind::Kommun => 4,
            JurisdictionKind::Region => 2,
        };
        let well_formed = code.len() == length && code.bytes().all(|b| b.is_ascii_digit());
        let reason = match (jurisdiction.kind, well_formed) {
            (JurisdictionKind::Kommun, false) => Word::KommunCodeRule,
            (JurisdictionKind::Region, false) => Word::RegionCodeRule,
            (JurisdictionKind::Kommun, true) => Word::NoSuchKommunCode,
            (JurisdictionKind::Region, true) => Word::NoSuchRegionCode,
        };
        let finding = Finding::new(RuleId::JurisdictionCode, "/jurisdiction/code")
            .value(code)
            .arg("reason", reason);
        out.push(with_suggestion(finding, doc));
    }
}

/// The finding with what its hint suggests for a code that is not in the list: the nearest
/// codes of the kind, and the entry the jurisdiction's name resembles.
fn with_suggestion(finding: Finding, doc: &Agreement) -> Finding {
    let kind = doc.jurisdiction.kind;
    let labels = |entries: Vec<scb::Entry>| -> Vec<String> {
        entries.iter().map(scb::Entry::label).collect()
    };
    let by_code = labels(scb::nearest_by_code(kind, &doc.jurisdiction.code));
    let name = doc.jurisdiction.name.sv.trim();
    let by_name = labels(scb::by_name(kind, name));
    let finding = match (by_code.is_empty(), by_name.is_empty()) {
        (true, true) => return finding.arg("suggestion", Word::LookUpCode),
        (false, true) => finding.arg("suggestion", Word::NearestCodes),
        (true, false) => finding.arg("suggestion", Word::CodeOfName),
        (false, false) => finding.arg("suggestion", Word::NearestCodesAndCodeOfName),
    };
    let finding = if by_code.is_empty() {
        finding
    } else {
        finding.arg("by_code", Arg::List(by_code))
    };
    if by_name.is_empty() {
        finding
    } else {
        finding.arg("name", name).arg("by_name", Arg::List(by_name))
    }
}
