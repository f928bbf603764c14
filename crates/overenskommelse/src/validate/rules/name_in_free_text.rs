//! OVK-QUAL-006: the name of a person listed in `people` written in free text, where it cannot
//! be removed when the document is published.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use super::prelude::*;

definition!(NameInFreeText, "OVK-QUAL-006", Warning, Quality, [Text]);

struct NameInFreeTextCheck<'a> {
    names: Names<'a>,
    /// The names found in the text at hand, and the words read after a first word found: kept
    /// from text to text so that their room is made once for the document, not once a text.
    found: Vec<(&'a str, &'a str)>,
    spans: Vec<(usize, usize)>,
}

fn start<'a>(cx: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    let names = Names::new(
        cx.doc
            .people
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str().trim())),
    );
    Box::new(NameInFreeTextCheck {
        names,
        found: Vec::new(),
        spans: Vec::new(),
    })
}

impl<'a> Check<'a> for NameInFreeTextCheck<'a> {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Text(role, text) = event else { return };
        let Self {
            names,
            found,
            spans,
        } = self;
        if names.is_empty() {
            return;
        }
        found.clear();
        names.find_in_reusing(&text.sv, spans, found);
        for t in text.translations.values() {
            names.find_in_reusing(t, spans, found);
        }
        if let TextRole::Mention(mention) = role {
            // The words of a mention may name the people it refers to.
            found.retain(|&(id, _)| !mention.people.iter().any(|p| p.as_str() == id));
        }
        found.sort_unstable();
        found.dedup();
        for &(id, name) in found.iter() {
            out.push(
                Finding::new(RuleId::NameInFreeText, at.render())
                    .arg("name", name)
                    .arg("person", id)
                    .value(name),
            );
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
///
/// Most texts name nobody, so a text is not cut into words: one automaton looks for every
/// first word at once, and only a word of the text in which one lies is looked at. A name can
/// start there only with the word itself as its first word, or for a one-word name the word
/// less the s of its genitive ("Annas"), so those two are looked up; then the words after it
/// are read, as many as a name with that first word has. A first word that lies inside a
/// word, or begins another ("Ann" in "Anna"), leads to that word and no further.
struct Names<'a> {
    /// The distinct first words; `None` when no one has a name to look for.
    first_words: Option<AhoCorasick>,
    /// The number of each first word, its place in `by_first_word`.
    numbers: Map<&'a str, usize>,
    /// The names by the number of their first word in `first_words`, each list in the order
    /// of the names' second words (one-word names first): many people can share a first word
    /// ("Anna", "Processledare"), and the names a text's second word can go on are found by a
    /// binary search instead of trying each.
    by_first_word: Vec<Vec<Name<'a>>>,
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

    /// True when the words of the name after its first stand in `text` after the first of
    /// `spans` (the words of the text from the name's first word on, at least as many as the
    /// name has when the text has them), the last perhaps in the genitive. The first word is
    /// the caller's to compare, once for all the names it begins.
    fn rest_stands_in(&self, text: &str, spans: &[(usize, usize)]) -> bool {
        let Some(found) = spans.get(..self.words.len()) else {
            return false;
        };
        let last = self.words.len() - 1;
        for k in 1..self.words.len() {
            let ((_, before_end), (start, end)) = (found[k - 1], found[k]);
            let word = self.words[k];
            // Bytes first: most comparisons fail, and fail on the length.
            let same = text.as_bytes()[start..end] == *word.as_bytes()
                || (k == last
                    && end - start == word.len() + 1
                    && is_genitive(&text[start..end], word));
            if !same || !same_gap(self.gaps[k - 1], &text[before_end..start], self.words[k - 1]) {
                return false;
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
        let mut numbers: Map<&str, usize> = Map::default();
        let mut by_first_word: Vec<Vec<Name<'a>>> = Vec::new();
        for (id, name) in people.filter(|(_, name)| name.chars().count() >= 2) {
            if let Some(name) = Name::new(id, name) {
                let number = *numbers.entry(name.words[0]).or_insert_with(|| {
                    by_first_word.push(Vec::new());
                    by_first_word.len() - 1
                });
                by_first_word[number].push(name);
            }
        }
        for names in &mut by_first_word {
            names.sort_by(|a, b| a.words.get(1).cmp(&b.words.get(1)));
        }
        let patterns = by_first_word.iter().map(|names| names[0].words[0]);
        // Building fails only past 2^31 states, more bytes of names than a document can hold
        // (they are at most one state each); then no name is looked for.
        let first_words = (!by_first_word.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    // Built for every document checked: a DFA, which the builder picks for few
                    // names, costs more to build than most documents take to check (a
                    // thousand small documents took minutes to check without optimizations);
                    // a contiguous NFA builds in linear time and searches almost as fast.
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(patterns)
                    .ok()
            })
            .flatten();
        Self {
            first_words,
            numbers,
            by_first_word,
        }
    }

    fn is_empty(&self) -> bool {
        self.first_words.is_none()
    }

    /// [`Names::find_in_reusing`] with room made for this text alone.
    #[cfg(test)]
    fn find_in(&self, text: &str, out: &mut Vec<(&'a str, &'a str)>) {
        self.find_in_reusing(text, &mut Vec::new(), out);
    }

    /// Adds (id, name) for every person whose whole name stands in `text` as whole words, once
    /// for each place it stands; `spans` is room for the words read after a first word.
    fn find_in_reusing(
        &self,
        text: &str,
        spans: &mut Vec<(usize, usize)>,
        out: &mut Vec<(&'a str, &'a str)>,
    ) {
        let Some(first_words) = &self.first_words else {
            return;
        };
        // Where a first word next ends, even inside a longer word ("Ann" in "Hanna"), the
        // word of the text it lies in is looked at whole; the search goes on after that word.
        // So each word is looked at once, however many first words lie inside it ("aa",
        // "aaa", … in "aaaa…"), and a text costs its length, not its length times theirs.
        let mut at = 0;
        while let Some(found) = first_words.find(Input::new(text).range(at..)) {
            let mut start = found.start();
            while let Some((true, len)) = char_before(text, start) {
                start -= len;
            }
            let mut end = found.end();
            while let Some((true, len)) = char_at(text, end) {
                end += len;
            }
            at = end;
            // A name starts at this word when its first word is the whole word, or for a
            // one-word name the word without the s of its genitive.
            let word = &text[start..end];
            let stem = word.strip_suffix('s').filter(|stem| !stem.is_empty());
            for first in [Some(word), stem].into_iter().flatten() {
                if let Some(&number) = self.numbers.get(first) {
                    self.names_at(text, start..end, number, first.len(), spans, out);
                }
            }
        }
    }

    /// Adds the names with the first word of number `number`, `first_len` bytes long, that
    /// stand in `text` from the start of the word `word`, which is that first word or its
    /// genitive.
    fn names_at(
        &self,
        text: &str,
        word: Range<usize>,
        number: usize,
        first_len: usize,
        spans: &mut Vec<(usize, usize)>,
        out: &mut Vec<(&'a str, &'a str)>,
    ) {
        let rest = &text[word.start..];
        let first = (0, word.len());
        let exact = first.1 == first_len;
        if !exact && !is_genitive(&rest[..first.1], &rest[..first_len]) {
            return;
        }
        let Some(names) = self.by_first_word.get(number) else {
            return;
        };
        let one_word = names.partition_point(|name| name.words.len() == 1);
        for name in &names[..one_word] {
            out.push((name.id, name.name));
        }
        // Only the last word of a name may be in the genitive.
        let longer = &names[one_word..];
        if !exact || longer.is_empty() {
            return;
        }
        // The words after the first are read once for all the names with this first word,
        // and only as far as the longest of them.
        let mut words = words_from(rest, first.1);
        let Some(second) = words.next() else {
            return;
        };
        spans.clear();
        spans.extend([first, second]);
        // The second word as written, or a two-word name's last word in the genitive.
        let written = &rest[second.0..second.1];
        for key in [Some(written), written.strip_suffix('s')].into_iter().flatten() {
            let from = longer.partition_point(|name| name.words[1] < key);
            for name in longer[from..].iter().take_while(|name| name.words[1] == key) {
                while spans.len() < name.words.len() {
                    let Some(span) = words.next() else { break };
                    spans.push(span);
                }
                if name.rest_stands_in(rest, spans) {
                    out.push((name.id, name.name));
                }
            }
        }
    }
}

/// Whether the character at byte `at` of `text` (a character boundary) is part of a word (a
/// letter or digit), and its length in bytes; `None` at the end. ASCII, which most of any text
/// is, is told without decoding.
fn char_at(text: &str, at: usize) -> Option<(bool, usize)> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return Some((byte.is_ascii_alphanumeric(), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c.is_alphanumeric(), c.len_utf8()))
}

/// [`char_at`] for the character that ends at byte `at` of `text`; `None` at the start.
fn char_before(text: &str, at: usize) -> Option<(bool, usize)> {
    let byte = *text.as_bytes().get(at.checked_sub(1)?)?;
    if byte.is_ascii() {
        return Some((byte.is_ascii_alphanumeric(), 1));
    }
    let c = text.get(..at)?.chars().next_back()?;
    Some((c.is_alphanumeric(), c.len_utf8()))
}

/// Byte ranges of the words (runs of letters and digits) of `text`.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    words_from(text, 0)
}

/// Byte ranges of the words of `text` from byte `from` (a character boundary) on.
fn words_from(text: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = from;
    std::iter::from_fn(move || {
        let start = loop {
            let (in_word, len) = char_at(text, at)?;
            if in_word {
                break at;
            }
            at += len;
        };
        while let Some((true, len)) = char_at(text, at) {
            at += len;
        }
        Some((start, at))
    })
}

#[cfg(test)]
mod tests {
    use super::{is_genitive, same_gap, Name, Names};

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

    #[test]
    fn a_first_word_inside_a_longer_word_starts_no_name() {
        let people = [("ann", "Ann")];
        assert!(found_among(&people, "Anna").is_empty());
        assert!(found_among(&people, "Hanna och MaryAnn").is_empty());
        assert!(found_among(&people, "Ann1 och 2Ann").is_empty());
        assert!(found_among(&people, "ÅAnn, éAnn och ΩAnn").is_empty());
        assert_eq!(found_among(&people, "–Ann» och «Ann"), ["ann", "ann"]);
        assert_eq!(found_among(&people, "Anns"), ["ann"]);
        let people = [("ak", "Anna Karlsson")];
        assert!(found_among(&people, "ÅAnna Karlsson").is_empty());
        assert!(found_among(&people, "Annas Karlsson").is_empty(), "a genitive inside a name");
        assert_eq!(found_among(&people, "Åsa och Anna Karlssons"), ["ak"]);
    }

    #[test]
    fn first_words_that_begin_one_another_are_all_found() {
        let people = [("ann", "Ann Berg"), ("anna", "Anna Ek"), ("a", "Anna"), ("an", "An")];
        let mut ids = found_among(&people, "Anna Ek och Ann Berg");
        ids.sort_unstable();
        assert_eq!(ids, ["a", "ann", "anna"]);
        assert_eq!(found_among(&people, "Annas och Ann Bergs"), ["a", "ann"]);
        assert!(found_among(&people, "Anne Ek, Ann Ek och Annika Berg").is_empty());
    }

    #[test]
    fn names_at_the_start_and_end_of_a_text_and_alone() {
        assert_eq!(found("Anders"), ["anders"]);
        assert_eq!(found("Anders leder"), ["anders"]);
        assert_eq!(found("leds av Anders"), ["anders"]);
        assert_eq!(found("leds av Lari Pitkä Kangas"), ["lari"]);
        assert_eq!(found("Lari Pitkä Kangas"), ["lari"]);
        assert!(found("leds av Lari Pitkä").is_empty(), "the text ends inside the name");
        assert!(found("leds av Lari Pitkä ").is_empty());
        assert!(found("").is_empty());
        assert!(found(" ").is_empty());
        let people = [("os", "Åsa Öberg")];
        assert_eq!(found_among(&people, "Åsa Öberg"), ["os"]);
        assert_eq!(found_among(&people, "med Åsa Öbergs grupp."), ["os"]);
    }

    #[test]
    fn every_place_a_name_stands_is_found() {
        let people = [("anna", "Anna"), ("ak", "Anna Karin")];
        assert_eq!(
            found_among(&people, "Anna, Annas och Anna Karin"),
            ["anna", "anna", "anna", "ak"]
        );
        assert_eq!(found("Anders och Anders"), ["anders", "anders"]);
    }

    #[test]
    fn a_word_full_of_first_words_is_looked_at_once() {
        let ids: Vec<String> = (2..300).map(|len| format!("a{len}")).collect();
        let names: Vec<String> = (2..300).map(|len| "a".repeat(len)).collect();
        let people: Vec<(&str, &str)> = ids
            .iter()
            .zip(&names)
            .map(|(id, name)| (id.as_str(), name.as_str()))
            .collect();
        let names = Names::new(people.iter().copied());
        let mut out = Vec::new();
        names.find_in("aaa aaaas x aaaaa-aaaaaa", &mut out);
        let ids: Vec<&str> = out.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, ["a3", "a4", "a5", "a6"]);
        out.clear();
        // Every first word lies in this word many times over; it is looked at once.
        names.find_in(&"a".repeat(100_000), &mut out);
        assert!(out.is_empty());
    }

    /// The names in `text` found as they were before the scan: the whole text cut into words
    /// by decoding every character, each word looked up as the first word of a name or as a
    /// one-word name in the genitive, and the name's words compared with the text's from there.
    fn found_word_by_word(
        people: &[(&'static str, &'static str)],
        text: &str,
    ) -> Vec<&'static str> {
        let names: Vec<Name<'static>> = people
            .iter()
            .filter(|(_, name)| name.chars().count() >= 2)
            .filter_map(|&(id, name)| Name::new(id, name))
            .collect();
        let spans = words_by_char(text);
        let mut out = Vec::new();
        for (index, &(start, end)) in spans.iter().enumerate() {
            let word = &text[start..end];
            let genitive = word.strip_suffix('s').filter(|stem| !stem.is_empty());
            for key in [Some(word), genitive].into_iter().flatten() {
                for name in names.iter().filter(|name| name.words[0] == key) {
                    if stands_at_word(name, text, &spans, index) {
                        out.push(name.id);
                    }
                }
            }
        }
        out
    }

    fn words_by_char(text: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, text.len()));
        }
        spans
    }

    fn stands_at_word(name: &Name<'_>, text: &str, spans: &[(usize, usize)], first: usize) -> bool {
        let Some(found) = spans.get(first..first + name.words.len()) else {
            return false;
        };
        let last = name.words.len() - 1;
        found.iter().zip(&name.words).enumerate().all(|(k, (&(start, end), word))| {
            let written = &text[start..end];
            (written == *word || (k == last && is_genitive(written, word)))
                && (k == 0 || same_gap(name.gaps[k - 1], &text[found[k - 1].1..start], name.words[k - 1]))
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        #[test]
        fn the_scan_finds_what_reading_word_by_word_finds(
            // Words of the names and near them, each followed by what may stand between
            // words, nothing included (which runs two words into one).
            text in proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "Ann", "Anna", "Annas", "A", "B", "Ek", "Eks", "Lars", "Å", "s", "é",
                        "1", "x",
                    ]),
                    proptest::sample::select(vec![
                        " ", " ", " ", "  ", "-", ".", ". ", ", ", "'", "’", "–", "\u{2011}",
                        "\n", "",
                    ]),
                ),
                0..12,
            )
        ) {
            let people = [
                ("ann", "Ann"),
                ("anna", "Anna"),
                ("anna-ek", "Anna Ek"),
                ("anna-eks", "Anna Eks"),
                ("anna-a", "Anna A"),
                ("anna-b-ek", "Anna B-Ek"),
                ("ann-a", "Ann-A"),
                ("ab", "A. B. Ek"),
                ("lars", "Lars"),
                ("as", "Annas"),
                ("ae", "Å Ek"),
            ];
            let text: String = text.iter().flat_map(|(word, gap)| [*word, *gap]).collect();
            let mut scanned = found_among(&people, &text);
            let mut read = found_word_by_word(&people, &text);
            scanned.sort_unstable();
            read.sort_unstable();
            proptest::prop_assert_eq!(scanned, read, "{:?}", text);
        }
    }
}
