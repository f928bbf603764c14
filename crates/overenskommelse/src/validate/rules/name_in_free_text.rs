//! OVK-QUAL-006: the name of a person listed in `people` written in free text, where it cannot
//! be removed when the document is published.

use std::collections::HashMap;

use super::prelude::*;

definition!(NameInFreeText, "OVK-QUAL-006", Warning, Quality, [Text]);

struct NameInFreeTextCheck<'a> {
    names: Names<'a>,
}

fn start<'a>(cx: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    let names = Names::new(
        cx.doc
            .people
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str().trim())),
    );
    Box::new(NameInFreeTextCheck { names })
}

impl<'a> Check<'a> for NameInFreeTextCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Text(role, text) = event else { return };
        if self.names.is_empty() {
            return;
        }
        let mut named: Vec<(&str, &str)> = Vec::new();
        for (_, t) in text.iter() {
            self.names.find_in(t, &mut named);
        }
        named.sort_unstable();
        named.dedup();
        for (id, name) in named {
            let referenced = match role {
                TextRole::Mention(mention) => mention.people.iter().any(|p| p.as_str() == id),
                TextRole::Name | TextRole::Prose => false,
            };
            if !referenced {
                out.push(
                    Finding::new(RuleId::NameInFreeText, at.render())
                        .arg("name", name)
                        .arg("person", id)
                        .value(name),
                );
            }
        }
    }
}

/// People's names by their first word, so that a text is scanned once for all of them.
struct Names<'a> {
    by_first_word: HashMap<&'a str, Vec<(&'a str, &'a str)>>,
}

impl<'a> Names<'a> {
    fn new(people: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut by_first_word: HashMap<&str, Vec<(&str, &str)>> = HashMap::new();
        for (id, name) in people.filter(|(_, name)| name.chars().count() >= 2) {
            if let Some((start, end)) = words(name).next() {
                by_first_word
                    .entry(&name[start..end])
                    .or_default()
                    .push((id, name));
            }
        }
        Self { by_first_word }
    }

    fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
    }

    /// Adds (id, name) for every person whose whole name stands in `text` as whole words.
    fn find_in(&self, text: &str, out: &mut Vec<(&'a str, &'a str)>) {
        for (start, end) in words(text) {
            let Some(candidates) = self.by_first_word.get(&text[start..end]) else {
                continue;
            };
            for &(id, name) in candidates {
                let rest = &text[start..];
                let ends_on_boundary = rest
                    .strip_prefix(name)
                    .is_some_and(|after| !after.chars().next().is_some_and(char::is_alphanumeric));
                if ends_on_boundary {
                    out.push((id, name));
                }
            }
        }
    }
}

/// Byte ranges of the words (runs of letters and digits) of `text`.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        Some((start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::Names;

    fn found(text: &str) -> Vec<&'static str> {
        let names = Names::new([("anders", "Anders"), ("lari", "Lari Pitkä Kangas")].into_iter());
        let mut out = Vec::new();
        names.find_in(text, &mut out);
        out.into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn names_match_whole_words_only() {
        assert_eq!(found("Malin och Anders"), ["anders"]);
        assert!(found("Ander och Malin").is_empty());
        assert!(found("Andersson").is_empty());
        assert!(found("Lari Pitkä").is_empty());
        assert_eq!(found("föreläsare Lari Pitkä Kangas För"), ["lari"]);
        assert_eq!(found("(Anders)"), ["anders"]);
    }
}
