//! OVK-CODE-003: a translation keyed by something that is not a BCP 47 language tag.

use super::prelude::*;

definition!(LanguageTag, "OVK-CODE-003", Error, Codes, [Text]);

struct LanguageTagCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(LanguageTagCheck)
}

impl<'a> Check<'a> for LanguageTagCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Text(_, text) = event else { return };
        for tag in text.translations.keys() {
            if !is_valid_language_tag(tag) {
                out.push(Finding::new(RuleId::LanguageTag, at.with(&[tag])).value(tag.clone()));
            }
        }
    }
}

/// True for a well-formed BCP 47 tag: a 2–3 or 5–8 letter language and subtags of 1–8 letters or digits.
pub fn is_valid_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(language) = parts.next() else {
        return false;
    };
    let language_ok = matches!(language.len(), 2 | 3 | 5..=8)
        && language.bytes().all(|b| b.is_ascii_alphabetic());
    language_ok
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::is_valid_language_tag;

    #[test]
    fn language_tags_follow_bcp_47() {
        assert!(is_valid_language_tag("en"));
        assert!(is_valid_language_tag("sv-x-lattlast"));
        assert!(is_valid_language_tag("se"));
        assert!(!is_valid_language_tag("english language"));
        assert!(!is_valid_language_tag("e"));
        assert!(!is_valid_language_tag("en_GB"));
    }
}
