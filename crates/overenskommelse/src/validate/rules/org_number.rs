//! OVK-CODE-002: an organisation number that fails its form or its check digit.

use super::prelude::*;

definition!(OrgNumber, "OVK-CODE-002", Error, Codes, [Party]);

struct OrgNumberCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(OrgNumberCheck)
}

impl<'a> Check<'a> for OrgNumberCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Party(party) = event else { return };
        if let Some(number) = party.org_number.as_deref().filter(|n| !is_valid_org_number(n)) {
            out.push(Finding::new(RuleId::OrgNumber, at.with(&["org_number"])).value(number));
        }
    }
}

/// True for a Swedish organisation number: ten digits (a hyphen after the sixth allowed) with a valid Luhn check digit.
pub fn is_valid_org_number(number: &str) -> bool {
    let digits: Vec<u32> = match number.split_once('-') {
        Some((head, tail)) if head.len() == 6 && tail.len() == 4 => head
            .chars()
            .chain(tail.chars())
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>(),
        Some(_) => None,
        None => number.chars().map(|c| c.to_digit(10)).collect::<Option<_>>(),
    }
    .unwrap_or_default();
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let weighted = if i % 2 == 0 { d * 2 } else { d };
            weighted / 10 + weighted % 10
        })
        .sum();
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::is_valid_org_number;

    #[test]
    fn org_numbers_follow_luhn() {
        // Borås Stad's organisation number.
        assert!(is_valid_org_number("212000-1561"));
        assert!(is_valid_org_number("2120001561"));
        assert!(!is_valid_org_number("212000-1562"));
        assert!(!is_valid_org_number("21200-01561"));
        assert!(!is_valid_org_number("212000-156"));
        assert!(!is_valid_org_number(""));
    }
}
