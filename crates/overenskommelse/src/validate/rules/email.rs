//! OVK-CODE-004: an email address of the wrong form, a party's or a person's.

use super::prelude::*;

definition!(Email, "OVK-CODE-004", Error, Codes, [Party, Person]);

struct EmailCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(EmailCheck)
}

impl<'a> Check<'a> for EmailCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let email = match event {
            Event::Party(party) => &party.email,
            Event::Person(person) => &person.email,
            _ => return,
        };
        if let Some(email) = email.as_deref().filter(|e| !is_valid_email(e)) {
            out.push(Finding::new(RuleId::Email, at.with(&["email"])).value(email));
        }
    }
}

/// True for `local@domain.tld` as RFC 5321 and RFC 6531 write it: a local part of dot-separated
/// atoms, and a domain of at least two labels of letters, digits and inner hyphens. Letters
/// beyond ASCII are allowed (`åsa@borås.se`), as internationalised addresses are in use.
pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    let atom = |c: char| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c);
    let local_ok =
        !local.is_empty() && local.split('.').all(|part| !part.is_empty() && part.chars().all(atom));
    let label = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    local_ok && domain.split('.').count() >= 2 && domain.split('.').all(label)
}

#[cfg(test)]
mod tests {
    use super::is_valid_email;

    #[test]
    fn emails_have_a_local_part_and_a_dotted_domain() {
        assert!(is_valid_email("info@boras.se"));
        assert!(is_valid_email("a.b+c@mail.boras.se"));
        assert!(!is_valid_email("info.boras.se"));
        assert!(!is_valid_email("a@b"));
        assert!(!is_valid_email("a b@boras.se"));
        assert!(is_valid_email("åsa@borås.se"));
        for wrong in ["info@boras_x.se", "a..b@boras.se", ".info@boras.se", "@boras.se", "a@-boras.se", "a@boras.se."] {
            assert!(!is_valid_email(wrong), "{wrong}");
        }
    }
}
