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
///
/// A name is found as its words in order, whole words of the text, written the ways names
/// are: with a hyphen or a space between two of its words alike ("Pitkä-Kangas", "Pitkä
/// Kangas"), an initial with or without its dot ("A. B. Svensson", "A B Svensson",
/// "A.B. Svensson"), and in the genitive ("Annas uppdrag"; "Lars'" for a name ending in s, x
/// or z). Case matters, so "hans" is not "Hans".
struct Names<'a> {
    by_first_word: HashMap<&'a str, Vec<Name<'a>>>,
}

/// A person's name, cut into its words and what stands between them.
struct Name<'a> {
    id: &'a str,
    name: &'a str,
    words: Vec<&'a str>,
    gaps: Vec<&'a str>,
}

impl<'a> Name<'a> {
    fn new(id: &'a str, name: &'a str) -> Option<Self> {
        let spans: Vec<(usize, usize)> = words(name).collect();
        let words = spans.iter().map(|&(start, end)| &name[start..end]).collect();
        let gaps = spans
            .windows(2)
            .map(|pair| &name[pair[0].1..pair[1].0])
            .collect();
        (!spans.is_empty()).then_some(Self {
            id,
            name,
            words,
            gaps,
        })
    }

    /// True when the name stands in `text` from its word `first` on (`spans` are the words of
    /// the text), the last word perhaps in the genitive, followed by no letter or digit.
    fn stands_at(&self, text: &str, spans: &[(usize, usize)], first: usize) -> bool {
        let Some(found) = spans.get(first..first + self.words.len()) else {
            return false;
        };
        let last = self.words.len() - 1;
        for (k, (&(start, end), word)) in found.iter().zip(&self.words).enumerate() {
            let written = &text[start..end];
            let same = written == *word || (k == last && is_genitive(written, word));
            if !same {
                return false;
            }
            if k > 0 {
                let gap = &text[found[k - 1].1..start];
                if !same_gap(self.gaps[k - 1], gap, self.words[k - 1]) {
                    return false;
                }
            }
        }
        true
    }
}

/// True when `written` is `word` in the genitive: with an s, or for a word ending in s, x or
/// z without one (its apostrophe, "Lars'", is not part of the word).
fn is_genitive(written: &str, word: &str) -> bool {
    let ends_in_sibilant = word.ends_with(['s', 'x', 'z']);
    !ends_in_sibilant && written.strip_suffix('s') == Some(word)
}

/// True when `gap`, written in a text after the word `before`, separates two words of a name
/// as `in_name` does: the same characters, or both a space or a hyphen, where after an
/// initial (a word of one letter) a dot may stand or not.
fn same_gap(in_name: &str, gap: &str, before: &str) -> bool {
    if in_name == gap {
        return true;
    }
    let initial = before.chars().count() == 1;
    let plain = |gap: &str| -> bool {
        let gap = if initial {
            gap.strip_prefix('.').unwrap_or(gap)
        } else {
            gap
        };
        (gap.is_empty() && initial)
            || (!gap.is_empty() && gap.chars().all(char::is_whitespace))
            || matches!(gap, "-" | "\u{2010}" | "\u{2011}")
    };
    plain(in_name) && plain(gap)
}

impl<'a> Names<'a> {
    fn new(people: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut by_first_word: HashMap<&str, Vec<Name<'a>>> = HashMap::new();
        for (id, name) in people.filter(|(_, name)| name.chars().count() >= 2) {
            if let Some(name) = Name::new(id, name) {
                by_first_word.entry(name.words[0]).or_default().push(name);
            }
        }
        Self { by_first_word }
    }

    fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
    }

    /// Adds (id, name) for every person whose whole name stands in `text` as whole words.
    fn find_in(&self, text: &str, out: &mut Vec<(&'a str, &'a str)>) {
        let spans: Vec<(usize, usize)> = words(text).collect();
        for (index, &(start, end)) in spans.iter().enumerate() {
            let word = &text[start..end];
            // A one-word name in the genitive starts with another word than the name's.
            let genitive = word.strip_suffix('s').filter(|stem| !stem.is_empty());
            let candidates = [Some(word), genitive]
                .into_iter()
                .flatten()
                .filter_map(|key| self.by_first_word.get(key))
                .flatten();
            for name in candidates {
                if name.stands_at(text, &spans, index) {
                    out.push((name.id, name.name));
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

    fn found_among(people: &[(&'static str, &'static str)], text: &str) -> Vec<&'static str> {
        let names = Names::new(people.iter().copied());
        let mut out = Vec::new();
        names.find_in(text, &mut out);
        out.into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn names_are_found_in_the_genitive() {
        let people = [("anna", "Anna"), ("lars", "Lars"), ("max", "Max")];
        assert_eq!(found_among(&people, "Annas uppdrag"), ["anna"]);
        assert_eq!(found_among(&people, "Lars' uppdrag"), ["lars"]);
        assert_eq!(found_among(&people, "Lars’ uppdrag"), ["lars"]);
        assert_eq!(found_among(&people, "Max' grupp"), ["max"]);
        assert!(found_among(&people, "Larss uppdrag").is_empty());
        assert!(found_among(&people, "Annaskolan och Annastiftelsen").is_empty());
        assert!(found_among(&people, "annas uppdrag").is_empty());
        assert_eq!(found("Lari Pitkä Kangas' föreläsning"), ["lari"]);
        assert_eq!(found_among(&[("ak", "Anna-Karin Ek")], "Anna-Karin Eks grupp"), ["ak"]);
    }

    #[test]
    fn hyphens_spaces_and_the_dots_of_initials_are_alike() {
        assert_eq!(found("Lari Pitkä-Kangas"), ["lari"]);
        assert_eq!(found("Lari  Pitkä Kangas"), ["lari"]);
        assert!(found("Lari Pitkä, Kangas").is_empty());
        assert!(found("Lari Pitkä–Kangas").is_empty(), "a dash is not a hyphen");
        let people = [("abs", "A. B. Svensson"), ("ak", "Anna-Karin Ek")];
        assert_eq!(found_among(&people, "A B Svensson"), ["abs"]);
        assert_eq!(found_among(&people, "A.B. Svensson"), ["abs"]);
        assert_eq!(found_among(&people, "A. B. Svensson"), ["abs"]);
        assert_eq!(found_among(&[("abs", "A B Svensson")], "A. B. Svensson"), ["abs"]);
        assert_eq!(found_among(&people, "Anna Karin Ek"), ["ak"]);
        assert!(found_among(&people, "A. Svensson").is_empty());
        assert!(found_among(&people, "AB Svensson").is_empty());
        assert!(found_among(&people, "Anna. Karin Ek").is_empty(), "a dot only after an initial");
        assert_eq!(found_among(&[("ob", "O'Brien")], "O'Brien"), ["ob"]);
        assert!(found_among(&[("ob", "O'Brien")], "O Brien").is_empty());
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
