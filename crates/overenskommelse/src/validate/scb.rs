//! SCB's list of län and kommuner (`data/scb-kommuner-och-regioner.tsv`): which länskoder and
//! kommunkoder exist, what SCB calls them, and whether a name written in a document is one of
//! them.
//!
//! A name matches an entry when, written in lower case with its generic words left out
//! (*kommun, stad, region, län, landsting* and their forms, *i*) and a genitive *s* dropped,
//! it is the entry's name reduced the same way: "Malmö stad", "Malmö kommun" and "Malmö" are
//! 1280 Malmö, "Lunds kommun" is 1281 Lund, "Region Skåne" and "Skåne" are 12 Skåne län,
//! "Västra Götalandsregionen" is 14 Västra Götalands län. A few names that are not SCB's are
//! known as well: "Falu kommun" (Falun), "Region Sörmland" (Södermanlands län), "Region
//! Jämtland Härjedalen" (Jämtlands län).

use std::sync::OnceLock;

use crate::model::JurisdictionKind;

/// The list as SCB publishes it, with its source in the header.
const LIST: &str = include_str!("../../data/scb-kommuner-och-regioner.tsv");

/// Names in use that are not SCB's, as `(code, name)`: reduced like any other name.
const OTHER_NAMES: &[(&str, &str)] = &[
    ("2080", "Falu"),
    ("04", "Sörmland"),
    ("23", "Jämtland Härjedalen"),
];

/// Words that say what kind of jurisdiction a name is, not which one.
const GENERIC_WORDS: &[&str] = &[
    "kommun",
    "kommunen",
    "kommuns",
    "stad",
    "staden",
    "stads",
    "region",
    "regionen",
    "regionens",
    "län",
    "läns",
    "landsting",
    "landstinget",
    "landstingets",
    "i",
];

/// Generic words that may end a compound ("Västra Götalandsregionen").
const GENERIC_ENDINGS: &[&str] = &["regionen", "region", "kommun"];

/// One kommun or län of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Kommunkod (four digits) or länskod (two digits).
    pub(crate) code: &'static str,
    /// The name SCB gives it ("Malmö", "Skåne län").
    pub(crate) name: &'static str,
}

impl Entry {
    /// The kind of jurisdiction it is: a län is a region's.
    pub(crate) fn kind(&self) -> JurisdictionKind {
        if self.code.len() == 2 {
            JurisdictionKind::Region
        } else {
            JurisdictionKind::Kommun
        }
    }

    /// The code and the name, as a hint shows them: "1280 Malmö".
    pub(crate) fn label(&self) -> String {
        format!("{} {}", self.code, self.name)
    }
}

/// The list read once, with each entry's names reduced for comparing.
struct List {
    /// Every entry, in code order.
    entries: Vec<Entry>,
    /// Reduced names: SCB's and the others in use, as `(index into entries, reduced name)`.
    names: Vec<(usize, String)>,
}

fn list() -> &'static List {
    static LIST_READ: OnceLock<List> = OnceLock::new();
    LIST_READ.get_or_init(|| {
        let entries: Vec<Entry> = LIST
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let (code, name) = line.split_once('\t')?;
                Some(Entry {
                    code: code.trim(),
                    name: name.trim(),
                })
            })
            .collect();
        let index_of = |code: &str| entries.iter().position(|e| e.code == code);
        let names = entries
            .iter()
            .enumerate()
            .map(|(index, entry)| (index, reduced(entry.name)))
            .chain(
                OTHER_NAMES
                    .iter()
                    .filter_map(|(code, name)| Some((index_of(code)?, reduced(name)))),
            )
            .collect();
        List { entries, names }
    })
}

/// Every entry, in code order.
#[cfg(test)]
pub(crate) fn entries() -> impl Iterator<Item = Entry> {
    list().entries.iter().copied()
}

/// The entry of `kind` with `code`, when SCB's list has one.
pub(crate) fn lookup(kind: JurisdictionKind, code: &str) -> Option<Entry> {
    list()
        .entries
        .iter()
        .find(|entry| entry.code == code && entry.kind() == kind)
        .copied()
}

/// Entries of `kind` whose codes are nearest to `code`, a code that is not in the list: the
/// one below and the one above when `code` has the form of the kind's codes; for a region
/// given a kommunkod, the län of that kommunkod. Empty when nothing is near.
pub(crate) fn nearest_by_code(kind: JurisdictionKind, code: &str) -> Vec<Entry> {
    let entries = &list().entries;
    let digits = !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit());
    let length = match kind {
        JurisdictionKind::Kommun => 4,
        JurisdictionKind::Region => 2,
    };
    if !digits {
        return Vec::new();
    }
    if kind == JurisdictionKind::Region && code.len() == 4 {
        return lookup(kind, &code[..2]).into_iter().collect();
    }
    if code.len() != length {
        return Vec::new();
    }
    let of_kind = || entries.iter().filter(|entry| entry.kind() == kind);
    // Codes of one length compare as numbers when compared as text.
    let below = of_kind().rfind(|entry| entry.code < code);
    let above = of_kind().find(|entry| entry.code > code);
    below.into_iter().chain(above).copied().collect()
}

/// True when `name` is a way of writing the name of `entry`.
pub(crate) fn name_matches(entry: Entry, name: &str) -> bool {
    let name = reduced(name);
    !name.is_empty()
        && list()
            .names
            .iter()
            .any(|(index, known)| list().entries[*index] == entry && *known == name)
}

/// The entries of `kind` whose name `name` is or resembles most (by at most one edit in four
/// letters), best first; empty when it resembles none.
pub(crate) fn by_name(kind: JurisdictionKind, name: &str) -> Vec<Entry> {
    let name = reduced(name);
    let letters = name.chars().count();
    if letters < 2 {
        return Vec::new();
    }
    let allowed = (letters / 4).max(1);
    let list = list();
    let mut scored: Vec<(usize, Entry)> = list
        .names
        .iter()
        .map(|(index, known)| (distance(&name, known), list.entries[*index]))
        .filter(|(d, entry)| *d <= allowed && entry.kind() == kind)
        .collect();
    let Some(best) = scored.iter().map(|(d, _)| *d).min() else {
        return Vec::new();
    };
    scored.retain(|(d, _)| *d == best);
    let mut found: Vec<Entry> = Vec::new();
    for (_, entry) in scored {
        if !found.contains(&entry) {
            found.push(entry);
        }
    }
    found.truncate(3);
    found
}

/// A name reduced for comparing: lower case, its words joined by one space without the
/// generic words, a generic ending cut off a compound, and a final genitive *s* dropped.
fn reduced(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !GENERIC_WORDS.contains(word))
        .collect();
    if let Some(last) = words.last_mut() {
        if let Some(stem) = GENERIC_ENDINGS
            .iter()
            .find_map(|ending| last.strip_suffix(ending).filter(|stem| stem.len() > 2))
        {
            *last = stem;
        }
    }
    let mut joined = words.join(" ");
    if joined.ends_with('s') {
        joined.pop();
    }
    joined
}

/// The Levenshtein distance between two texts, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use JurisdictionKind::{Kommun, Region};

    #[test]
    fn the_list_has_290_kommuner_in_21_lan() {
        let entries = &list().entries;
        let counties: Vec<&Entry> = entries.iter().filter(|e| e.kind() == Region).collect();
        let kommuner: Vec<&Entry> = entries.iter().filter(|e| e.kind() == Kommun).collect();
        assert_eq!(counties.len(), 21);
        assert_eq!(kommuner.len(), 290);
        assert_eq!(entries.len(), 311, "every line is a län or a kommun");
        for kommun in &kommuner {
            assert_eq!(kommun.code.len(), 4, "{kommun:?}");
            assert!(lookup(Region, &kommun.code[..2]).is_some(), "{kommun:?}");
        }
        let mut codes: Vec<&str> = entries.iter().map(|e| e.code).collect();
        let listed = codes.clone();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes, listed, "in code order, each once");
        assert!(entries
            .iter()
            .all(|e| !e.name.is_empty() && e.code.bytes().all(|b| b.is_ascii_digit())));
        assert_eq!(lookup(Kommun, "1490").map(|e| e.name), Some("Borås"));
        assert_eq!(lookup(Region, "12").map(|e| e.name), Some("Skåne län"));
        assert_eq!(lookup(Kommun, "12"), None);
        assert_eq!(lookup(Region, "11"), None);
    }

    #[test]
    fn no_two_entries_of_a_kind_share_a_reduced_name() {
        let list = list();
        for (i, (a, name_a)) in list.names.iter().enumerate() {
            for (b, name_b) in &list.names[i + 1..] {
                let (a, b) = (list.entries[*a], list.entries[*b]);
                assert!(
                    a == b || a.kind() != b.kind() || name_a != name_b,
                    "{a:?} and {b:?} are both {name_a:?}"
                );
            }
        }
    }

    #[test]
    fn the_usual_forms_of_a_name_match() {
        let malmo = lookup(Kommun, "1280").expect("Malmö");
        for name in ["Malmö stad", "Malmö kommun", "Malmö", "Malmö Stad", "malmö"] {
            assert!(name_matches(malmo, name), "{name}");
        }
        assert!(!name_matches(malmo, "Lunds kommun"));
        assert!(!name_matches(malmo, "Kommunen"));
        assert!(!name_matches(malmo, ""));
        let kommun = |code: &str| lookup(Kommun, code).expect(code);
        let region = |code: &str| lookup(Region, code).expect(code);
        for (entry, name) in [
            (kommun("1281"), "Lunds kommun"),
            (kommun("1490"), "Borås Stad"),
            (kommun("1980"), "Västerås stad"),
            (kommun("0180"), "Stockholms stad"),
            (kommun("1480"), "Göteborgs Stad"),
            (kommun("2080"), "Falu kommun"),
            (kommun("2514"), "Kalix kommun"),
            (kommun("1438"), "Dals-Eds kommun"),
            (kommun("2023"), "Malung-Sälens kommun"),
            (kommun("0139"), "Upplands Bro kommun"),
            (kommun("0980"), "Region Gotland"),
            (region("12"), "Region Skåne"),
            (region("12"), "Skåne"),
            (region("12"), "Skåne län"),
            (region("14"), "Västra Götalandsregionen"),
            (region("14"), "Region Västra Götaland"),
            (region("06"), "Region Jönköpings län"),
            (region("04"), "Region Sörmland"),
            (region("23"), "Region Jämtland Härjedalen"),
            (region("01"), "Stockholms läns landsting"),
            (region("17"), "Landstinget i Värmland"),
            (region("09"), "Region Gotland"),
        ] {
            assert!(name_matches(entry, name), "{name} is {entry:?}");
        }
        assert!(!name_matches(region("12"), "Region Halland"));
        assert!(!name_matches(kommun("1290"), "Region Skåne"));
    }

    #[test]
    fn nearest_codes_and_names() {
        let codes = |kind, code| -> Vec<&str> {
            nearest_by_code(kind, code)
                .into_iter()
                .map(|e| e.code)
                .collect()
        };
        assert_eq!(codes(Region, "11"), ["10", "12"]);
        assert_eq!(codes(Region, "1490"), ["14"]);
        assert_eq!(codes(Region, "26"), ["25"]);
        assert_eq!(codes(Kommun, "2599"), ["2584"]);
        assert_eq!(codes(Kommun, "1289"), ["1287", "1290"]);
        assert_eq!(codes(Kommun, "0100"), ["0114"]);
        assert!(codes(Kommun, "149").is_empty());
        assert!(codes(Kommun, "14a0").is_empty());
        let names =
            |kind, name| -> Vec<&str> { by_name(kind, name).into_iter().map(|e| e.code).collect() };
        assert_eq!(names(Kommun, "Lunds kommun"), ["1281"]);
        assert_eq!(names(Kommun, "Bors Stad"), ["1490"]);
        assert_eq!(names(Kommun, "Göteborgs Stad"), ["1480"]);
        assert_eq!(names(Region, "Region Skåne"), ["12"]);
        assert_eq!(names(Region, "Västra Götalandsregionen"), ["14"]);
        assert!(names(Kommun, "Exempelby kommun").is_empty());
        assert!(names(Kommun, "Region Skåne").is_empty());
        assert!(names(Kommun, "X").is_empty());
    }
}
