//! OVK-CODE-007: a jurisdiction whose name is not the name of the kommun or län its code is in
//! SCB's list ("Lunds kommun" with 1280, which is Malmö's code).

use super::prelude::*;
use crate::validate::scb;

definition!(JurisdictionName, "OVK-CODE-007", Warning, Codes, [Agreement]);

struct JurisdictionNameCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(JurisdictionNameCheck)
}

impl<'a> Check<'a> for JurisdictionNameCheck {
    fn visit(&mut self, cx: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Agreement(doc) = event else { return };
        let jurisdiction = &doc.jurisdiction;
        // A kind or code that stands in for one missing or wrong says nothing of the name.
        let written = |member: &str| cx.changes.original(member).is_some();
        if !written("/jurisdiction/kind") || !written("/jurisdiction/code") {
            return;
        }
        // A code that is not in the list is OVK-CODE-001's; its hint looks at the name.
        let Some(entry) = scb::lookup(jurisdiction.kind, &jurisdiction.code) else {
            return;
        };
        let name = jurisdiction.name.sv.trim();
        if name.is_empty() || scb::name_matches(entry, name) {
            return;
        }
        let by_name: Vec<String> = scb::by_name(jurisdiction.kind, name)
            .iter()
            .map(scb::Entry::label)
            .collect();
        let finding = Finding::new(RuleId::JurisdictionName, "/jurisdiction/name")
            .value(name)
            .arg("code", entry.code)
            .arg("listed", entry.name);
        out.push(if by_name.is_empty() {
            finding.arg("suggestion", Word::NameInNoList)
        } else {
            finding
                .arg("suggestion", Word::NameOfAnotherCode)
                .arg("by_name", Arg::List(by_name))
        });
    }
}
