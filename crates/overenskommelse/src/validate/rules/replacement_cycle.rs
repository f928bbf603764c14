//! OVK-REF-003: a `replaces` chain (of versions, plans, action plans or bodies) that comes back
//! to where it started.

use std::collections::HashMap;

use super::prelude::*;

definition!(ReplacementCycle, "OVK-REF-003", Error, References, [Agreement]);

struct ReplacementCycleCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(ReplacementCycleCheck)
}

impl<'a> Check<'a> for ReplacementCycleCheck {
    fn visit(&mut self, _: &Cx<'a>, _: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Agreement(doc) = event else { return };
        let versions = doc
            .versions
            .iter()
            .map(|v| (v.id.as_str(), v.replaces.as_ref().map(|r| r.as_str())));
        cycles("versions", versions, out);
        let plans = doc
            .plans
            .iter()
            .map(|p| (p.id.as_str(), p.replaces.as_ref().map(|r| r.as_str())));
        cycles("plans", plans, out);
        let action_plans = doc
            .action_plans
            .iter()
            .map(|p| (p.id.as_str(), p.replaces.as_ref().map(|r| r.as_str())));
        cycles("action_plans", action_plans, out);
        let bodies = doc
            .bodies
            .iter()
            .map(|b| (b.id.as_str(), b.replaces.as_ref().map(|r| r.as_str())));
        cycles("bodies", bodies, out);
    }
}

/// Reports each entity of `list` whose chain of `replaces` returns to it, once per cycle, at the
/// member of the first of the cycle in list order.
fn cycles<'a>(
    list: &str,
    entries: impl Iterator<Item = (&'a str, Option<&'a str>)>,
    out: &mut Vec<Finding>,
) {
    let entries: Vec<(&str, Option<&str>)> = entries.collect();
    let index: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .rev()
        .collect();
    let mut reported = vec![false; entries.len()];
    for start in 0..entries.len() {
        if reported[start] {
            continue;
        }
        let mut chain = vec![start];
        let mut at = start;
        while let Some(next) = entries[at].1.and_then(|id| index.get(id).copied()) {
            if next == start {
                for &member in &chain {
                    reported[member] = true;
                }
                // Each replaces the one after it, back to the first: "a → b → a".
                let ids: Vec<&str> = chain
                    .iter()
                    .chain(std::iter::once(&start))
                    .map(|&i| entries[i].0)
                    .collect();
                out.push(
                    Finding::new(RuleId::ReplacementCycle, format!("/{list}/{start}/replaces"))
                        .arg("id", entries[start].0)
                        .arg("chain", ids.join(" → "))
                        .value(entries[start].1.unwrap_or_default()),
                );
                break;
            }
            if chain.contains(&next) || chain.len() > entries.len() {
                break;
            }
            chain.push(next);
            at = next;
        }
    }
}
