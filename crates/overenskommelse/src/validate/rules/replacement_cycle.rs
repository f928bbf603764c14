//! OVK-REF-003: a `replaces` chain (of versions, plans, action plans or bodies) that comes back
//! to where it started.

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
///
/// An entity replaces at most one other, so each chain is walked once all told: a walk stops
/// where an earlier one went, and finds a cycle where it comes back onto itself. A long
/// history (each action plan replacing the one before) costs its length, not its cube.
fn cycles<'a>(
    list: &str,
    entries: impl Iterator<Item = (&'a str, Option<&'a str>)>,
    out: &mut Vec<Finding>,
) {
    #[derive(Clone, Copy, PartialEq)]
    enum Walked {
        Not,
        Now,
        Before,
    }
    let entries: Vec<(&str, Option<&str>)> = entries.collect();
    // A reference is to the first entity with the id.
    let index: Map<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .rev()
        .collect();
    let next = |at: usize| entries[at].1.and_then(|id| index.get(id).copied());
    let mut walked = vec![Walked::Not; entries.len()];
    let mut path: Vec<usize> = Vec::new();
    // The first member in list order of each cycle.
    let mut firsts: Vec<usize> = Vec::new();
    for start in 0..entries.len() {
        path.clear();
        let mut at = Some(start);
        while let Some(here) = at.filter(|&here| walked[here] == Walked::Not) {
            walked[here] = Walked::Now;
            path.push(here);
            at = next(here);
        }
        if let Some(back) = at.filter(|&here| walked[here] == Walked::Now) {
            let cycle = path.iter().copied().skip_while(|&member| member != back);
            firsts.extend(cycle.min());
        }
        for &member in &path {
            walked[member] = Walked::Before;
        }
    }
    firsts.sort_unstable();
    for start in firsts {
        // Each replaces the one after it, back to the first: "a → b → a".
        let mut ids = vec![entries[start].0];
        let mut at = next(start);
        while let Some(member) = at.filter(|&member| member != start) {
            ids.push(entries[member].0);
            at = next(member);
        }
        ids.push(entries[start].0);
        out.push(
            Finding::new(RuleId::ReplacementCycle, format!("/{list}/{start}/replaces"))
                .arg("id", entries[start].0)
                .arg("chain", ids.join(" → "))
                .value(entries[start].1.unwrap_or_default()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The starts and chains of the cycles among `entries`.
    fn found(entries: &[(&str, Option<&str>)]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        cycles("plans", entries.iter().copied(), &mut out);
        out.iter()
            .map(|finding| {
                let chain = finding
                    .args
                    .get("chain")
                    .map(|arg| format!("{arg:?}"))
                    .unwrap_or_default();
                (finding.path.clone(), chain)
            })
            .collect()
    }

    #[test]
    fn each_cycle_is_reported_once_at_its_first_member() {
        let entries = [
            ("tail", Some("c")),
            ("d", Some("e")),
            ("c", Some("b")),
            ("e", Some("d")),
            ("b", Some("c")),
            ("self", Some("self")),
            ("none", None),
            ("lost", Some("nowhere")),
        ];
        let found = found(&entries);
        let paths: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(paths, ["/plans/1/replaces", "/plans/2/replaces", "/plans/5/replaces"]);
        assert!(found[0].1.contains("d → e → d"), "{}", found[0].1);
        assert!(found[1].1.contains("c → b → c"), "{}", found[1].1);
        assert!(found[2].1.contains("self → self"), "{}", found[2].1);
    }

    /// The cycles as found before the chains were walked once: from every entity in list
    /// order, until the walk comes back to it, ends, or meets a member twice.
    fn found_from_each(entries: &[(&str, Option<&str>)]) -> Vec<(usize, Vec<usize>)> {
        let index = |id: &str| entries.iter().position(|(other, _)| *other == id);
        let mut reported = vec![false; entries.len()];
        let mut cycles = Vec::new();
        for start in 0..entries.len() {
            if reported[start] {
                continue;
            }
            let mut chain = vec![start];
            let mut at = start;
            while let Some(next) = entries[at].1.and_then(index) {
                if next == start {
                    for &member in &chain {
                        reported[member] = true;
                    }
                    cycles.push((start, chain));
                    break;
                }
                if chain.contains(&next) {
                    break;
                }
                chain.push(next);
                at = next;
            }
        }
        cycles
    }

    proptest::proptest! {
        #[test]
        fn the_cycles_are_those_found_from_each_entity(
            replaces in proptest::collection::vec(proptest::option::of(0..10_usize), 0..10)
        ) {
            let ids: Vec<String> = (0..10).map(|k| format!("p{}", k % 8)).collect();
            let entries: Vec<(&str, Option<&str>)> = replaces
                .iter()
                .enumerate()
                .map(|(k, to)| (ids[k].as_str(), to.map(|to| ids[to].as_str())))
                .collect();
            let expected: Vec<(String, String)> = found_from_each(&entries)
                .into_iter()
                .map(|(start, chain)| {
                    let ids: Vec<&str> =
                        chain.iter().chain([&start]).map(|&k| entries[k].0).collect();
                    (format!("/plans/{start}/replaces"), format!("{:?}", Arg::from(ids.join(" → "))))
                })
                .collect();
            proptest::prop_assert_eq!(found(&entries), expected);
        }
    }

    #[test]
    fn a_long_history_is_no_cycle_and_a_long_cycle_is_one() {
        let ids: Vec<String> = (0..20_000).map(|k| format!("v{k}")).collect();
        let chain: Vec<(&str, Option<&str>)> = (0..ids.len())
            .map(|k| (ids[k].as_str(), k.checked_sub(1).map(|before| ids[before].as_str())))
            .collect();
        assert!(found(&chain).is_empty());
        let mut round = chain.clone();
        round[0].1 = ids.last().map(String::as_str);
        let found = found(&round);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "/plans/0/replaces");
    }
}
