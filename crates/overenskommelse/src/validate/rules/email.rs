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

/// True for `local@domain.tld` without spaces.
pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !email.chars().any(char::is_whitespace)
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
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
    }
}
