//! Every word the library writes, in Swedish and English, from one table per language.
//!
//! A text is a template: `{name}` inserts an argument, `{name|one|other}` picks a form by
//! whether the number `name` is 1. Arguments are typed ([`Arg`]): a status, a kind or a JSON
//! type is rendered as the language's word for it. The tables are [`sv`] and [`en`], each one
//! implementation of [`Table`]: adding a language is adding one table, and the compiler lists
//! every word it still lacks.

mod en;
mod sv;
mod words;

use std::fmt::Write;

use serde::{Deserialize, Serialize};

use crate::model::Date;
use crate::validate::RuleId;

pub use words::{Month, Word};

/// A language the library speaks: Swedish first, English beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Lang {
    /// Svenska.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every language, Swedish first.
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The BCP 47 tag (`sv`, `en`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language for a tag (`sv-SE`, `EN`); `None` for a language the library does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.tag() == primary)
    }

    fn table(self) -> &'static dyn Table {
        match self {
            Lang::Sv => &sv::Swedish,
            Lang::En => &en::English,
        }
    }
}

/// The texts of one rule: what it is called, what it checks, and what its findings say.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RuleTexts {
    /// One-line title.
    pub(crate) title: &'static str,
    /// What the rule checks and why.
    pub(crate) explanation: &'static str,
    /// What to do, in general (the rule's documentation).
    pub(crate) hint: Option<&'static str>,
    /// What a finding says: a template over the finding's arguments.
    pub(crate) message: &'static str,
    /// What to do about this finding, when it can say more than `hint`: a template.
    pub(crate) finding_hint: Option<&'static str>,
}

/// One language's words. Each method is an exhaustive `match`, so a table is complete or
/// does not compile.
pub(crate) trait Table: Sync {
    /// The texts of a rule.
    fn rule(&self, rule: RuleId) -> RuleTexts;
    /// A word or sentence template.
    fn word(&self, word: Word) -> &'static str;
    /// A number as the language writes it (`1,5` in Swedish).
    fn number(&self, value: f64) -> String;
    /// A share (0.25) as a percentage (`25 %` in Swedish).
    fn percent(&self, share: f64) -> String;

    /// A whole amount of money, its thousands grouped ("1 600 000", "1,600,000").
    fn amount(&self, value: i64) -> String;
}

/// A value a text is rendered with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Arg {
    /// Text from the document or the library, inserted as it is: an id, a value, a name.
    Text(String),
    /// A count, which also chooses between singular and plural.
    Count(u64),
    /// A date, written `YYYY-MM-DD` in every language.
    Date(Date),
    /// A word of the table, rendered in the language (a status, a kind, a JSON type, …).
    Word(Word),
    /// A list of texts, rendered `a, b, c`.
    List(Vec<String>),
    /// Codes of the document format, each with the table's word for it where there is one,
    /// rendered `"planned" (planerad), "done" (genomförd)`.
    Codes(Vec<Code>),
}

/// A code of the document format (`"planned"`) and the table's word for it, when it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    /// The code as a document writes it.
    pub code: String,
    /// The word for the code in the tables (`planerad`), when there is one.
    pub word: Option<Word>,
}

/// As data, a code is the code in quotes, as a message lists it.
impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("\"{}\"", self.code))
    }
}

/// The codes `allowed` of one of the format's lists, each with the word for it when the list is
/// one the tables have words for (statuses, assessments, sides, decisions, ways of taking part,
/// kinds of partnership and body).
pub(crate) fn codes(allowed: &[&str]) -> Vec<Code> {
    let words = words::of_codes(allowed);
    allowed
        .iter()
        .map(|code| Code {
            code: (*code).to_owned(),
            word: words
                .iter()
                .find(|(known, _)| known == code)
                .map(|(_, word)| *word),
        })
        .collect()
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<&crate::model::ApproximateDate> for Arg {
    /// A full day as a date, a rough one in the source's words.
    fn from(date: &crate::model::ApproximateDate) -> Self {
        match date.exact() {
            Some(day) => Arg::Date(day),
            None => Arg::Text(date.to_string()),
        }
    }
}

impl From<Date> for Arg {
    fn from(date: Date) -> Self {
        Arg::Date(date)
    }
}

impl From<Word> for Arg {
    fn from(word: Word) -> Self {
        Arg::Word(word)
    }
}

/// The named arguments of a text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Args(Vec<(&'static str, Arg)>);

impl Args {
    /// No arguments.
    pub fn new() -> Self {
        Self(Vec::new())
    }

    /// The arguments with one more.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.0.push((name, value.into()));
        self
    }

    /// Adds an argument.
    pub fn push(&mut self, name: &'static str, value: impl Into<Arg>) {
        self.0.push((name, value.into()));
    }

    /// The argument called `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Every argument, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.0.iter().map(|(name, value)| (*name, value))
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// A word of the table in `lang`, for words without arguments.
/// The label of a derived status; `None` is "not reported".
pub fn status_word(status: Option<crate::model::Status>, lang: Lang) -> &'static str {
    match status {
        Some(status) => word(Word::Status(status), lang),
        None => word(Word::NotReported, lang),
    }
}

/// The text of `word` in `lang`.
pub fn word(word: Word, lang: Lang) -> &'static str {
    lang.table().word(word)
}

/// A word of the table in `lang`, rendered with `args`.
pub fn text(word: Word, args: &Args, lang: Lang) -> String {
    render(lang.table().word(word), args, lang)
}

/// A number as `lang` writes it.
pub fn number(value: f64, lang: Lang) -> String {
    lang.table().number(value)
}

/// A whole amount of money as `lang` writes it, its thousands grouped.
pub fn amount(value: i64, lang: Lang) -> String {
    lang.table().amount(value)
}

/// The digits of `value` in groups of three, joined by `separator`, with `minus` before a
/// negative amount.
pub(crate) fn grouped(value: i64, separator: &str, minus: &str) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len() + 3);
    if value < 0 {
        out.push_str(minus);
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// A share (0.25) as a percentage in `lang`.
pub fn percent(share: f64, lang: Lang) -> String {
    lang.table().percent(share)
}

pub(crate) fn rule_texts(rule: RuleId, lang: Lang) -> RuleTexts {
    lang.table().rule(rule)
}

/// Renders a template: `{name}` and `{name|one|other}` are replaced; any other brace is text.
pub(crate) fn render(template: &str, args: &Args, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match placeholder(after) {
            Some((inside, len)) => {
                render_placeholder(&mut out, inside, args, lang);
                rest = &after[len..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The inside of a placeholder at the start of `text` (after `{`) and its length with `}`:
/// a name of lower-case letters and `_`, optionally followed by `|` forms.
fn placeholder(text: &str) -> Option<(&str, usize)> {
    let close = text.find('}')?;
    let inside = &text[..close];
    let name = inside.split('|').next()?;
    let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    valid.then_some((inside, close + 1))
}

fn render_placeholder(out: &mut String, inside: &str, args: &Args, lang: Lang) {
    let mut parts = inside.split('|');
    let name = parts.next().unwrap_or_default();
    let forms: Vec<&str> = parts.collect();
    let value = args.get(name);
    if let [one, other] = forms[..] {
        let count = match value {
            Some(Arg::Count(n)) => *n,
            Some(Arg::List(items)) => items.len() as u64,
            Some(Arg::Codes(codes)) => codes.len() as u64,
            _ => 0,
        };
        out.push_str(if count == 1 { one } else { other });
        return;
    }
    match value {
        Some(Arg::Text(text)) => out.push_str(text),
        Some(Arg::Count(n)) => {
            let _ = write!(out, "{n}");
        }
        Some(Arg::Date(date)) => {
            let _ = write!(out, "{date}");
        }
        Some(Arg::Word(word)) => out.push_str(&render(lang.table().word(*word), args, lang)),
        Some(Arg::List(items)) => out.push_str(&items.join(", ")),
        Some(Arg::Codes(codes)) => {
            for (i, code) in codes.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "\"{}\"", code.code);
                // A word that only repeats the code ("in progress" for `in_progress`) is left out.
                let word = code.word.map(|word| lang.table().word(word));
                if let Some(word) =
                    word.filter(|w| !w.eq_ignore_ascii_case(&code.code.replace('_', " ")))
                {
                    let _ = write!(out, " ({word})");
                }
            }
        }
        // A template names an argument its text was not given: show the name, never panic.
        None => {
            let _ = write!(out, "{{{name}}}");
        }
    }
}

/// The placeholders of a template, for the test that both languages of a text agree.
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match placeholder(after) {
            Some((inside, len)) => {
                names.insert(inside.split('|').next().unwrap_or_default().to_owned());
                rest = &after[len..];
            }
            None => rest = after,
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_insert_arguments_and_choose_plurals() {
        let args = Args::new().with("n", 1u64).with("id", "samradet");
        assert_eq!(
            render("{n} {n|varning|varningar} vid {id}", &args, Lang::Sv),
            "1 varning vid samradet"
        );
        let args = Args::new().with("n", 3u64);
        assert_eq!(
            render("{n} {n|warning|warnings}", &args, Lang::En),
            "3 warnings"
        );
        assert_eq!(
            render("Omslut med { } och {x}", &Args::new(), Lang::Sv),
            "Omslut med { } och {x}"
        );
        assert_eq!(render("{Stor}", &Args::new(), Lang::Sv), "{Stor}");
    }

    #[test]
    fn codes_carry_the_words_of_their_own_list_where_the_words_say_more() {
        let statuses = ["planned", "in_progress", "done", "postponed", "cancelled"];
        let args = Args::new().with("allowed", Arg::Codes(codes(&statuses)));
        assert_eq!(
            render("{allowed}", &args, Lang::Sv),
            "\"planned\" (planerad), \"in_progress\" (pågående), \"done\" (genomförd), \"postponed\" (uppskjuten), \"cancelled\" (inställd)"
        );
        assert_eq!(
            render("{allowed}", &args, Lang::En),
            "\"planned\", \"in_progress\", \"done\", \"postponed\", \"cancelled\""
        );
        // As data, the codes stay what they were: the codes in quotes.
        assert_eq!(
            serde_json::to_value(Arg::Codes(codes(&statuses))).ok(),
            Some(serde_json::json!(statuses.map(|code| format!("\"{code}\""))))
        );
        // "adopted" of a plan's status is not a decision's.
        let plan_status = codes(&["proposal", "consultation", "adopted", "superseded"]);
        assert!(plan_status.iter().all(|code| code.word.is_none()));
        let grant = Args::new().with(
            "allowed",
            Arg::Codes(codes(&["iop", "grant", "letter_of_intent", "other"])),
        );
        assert_eq!(
            render("{allowed}", &grant, Lang::En),
            "\"iop\", \"grant\" (grant agreement), \"letter_of_intent\", \"other\" (partnership)"
        );
    }

    /// Each list of words matches the reader's codes, so that a code added to the model
    /// without its list here shows as a message without its words.
    #[test]
    fn every_list_with_words_is_the_readers_list() {
        let document = crate::Document::from_slice(
            br#"{"schema_version": "2.0", "id": "x", "title": "T",
              "jurisdiction": {"kind": "kommun", "name": "Lund", "code": "1281"},
              "decisions": [{"kind": "x"}],
              "parties": [{"id": "p", "name": "P", "side": "x", "kind": "kommun", "participation": "x"}],
              "bodies": [{"id": "b", "name": "B", "kind": "x"}],
              "partnerships": [{"id": "i", "kind": "x", "title": "I"}],
              "action_plans": [{"id": "h", "kind": "action_plan", "title": "H",
                "period": {"start": "2026-01-01", "end": "2026-12-31"},
                "activities": [{"code": "A", "title": "A", "status": "x",
                  "follow_ups": [{"date": "2026-02-01", "status": "planned", "assessment": "x"}]}]}]}"#,
        );
        let invalid: Vec<&Args> = document
            .findings()
            .iter()
            .filter(|f| f.rule == RuleId::InvalidValue)
            .map(|f| &f.args)
            .collect();
        assert_eq!(invalid.len(), 7, "{invalid:#?}");
        for args in invalid {
            let Some(Arg::Codes(codes)) = args.get("allowed") else {
                panic!("{args:?}");
            };
            assert!(codes.iter().all(|code| code.word.is_some()), "{codes:?}");
        }
    }

    #[test]
    fn language_tags_are_read_loosely() {
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fi"), None);
    }
}
