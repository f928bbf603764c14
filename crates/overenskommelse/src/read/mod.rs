//! Bytes to an [`Agreement`] in one pass: every structure problem recorded where it stands.
//!
//! The reader walks the JSON once and builds the typed model as it goes. Each type reads
//! itself through [`FromJson`] (derived for the model's structs and enums from their serde
//! attributes, so the model is declared once): a value of the wrong type, a missing required
//! field, an unknown field, a duplicate key, an invalid code or date is recorded as a
//! [`Problem`] at the JSON Pointer of the member, the value is skipped, and reading goes on.
//! A struct that lacks a required value is left out of its list; a wrong optional value is
//! left out of its struct. Nothing here reads another library's message text: every problem
//! is typed. Only bytes that are not JSON (or nested too deeply) stop the reading, with a
//! [`Fatal`] problem and its offset.

mod impls;
mod json;
pub(crate) mod locate;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::model::Agreement;

pub use json::SyntaxProblem;

/// The JSON type of a value as found in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// What a field holds, as messages about a wrong type name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Expected {
    /// A string.
    Text,
    /// A text in Swedish, or an object of texts keyed by language tag.
    LocalizedText,
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// An array.
    List,
    /// An object with the model's fields.
    Object,
    /// An object of a kommun's own fields.
    Extensions,
    /// A date `YYYY-MM-DD`.
    Date,
    /// A day of the year `--MM-DD`.
    DayOfYear,
    /// A date `YYYY-MM-DD`, or an object for a date known only roughly.
    ApproximateDate,
    /// A text that is one of a fixed list of codes.
    Code,
}

/// A problem with the shape of a document, found while reading it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    /// What is wrong.
    pub(crate) kind: ProblemKind,
    /// JSON Pointer of the culprit in the document as written.
    pub(crate) pointer: String,
    /// Byte offset where the culprit (or, for a missing member, its object) starts.
    pub(crate) offset: usize,
}

/// The kinds of structure problem.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ProblemKind {
    /// The root is valid JSON but not an object.
    NotAnObject { found: JsonType },
    /// A key the model does not have here.
    UnknownField {
        field: String,
        allowed: &'static [&'static str],
    },
    /// A required member is absent.
    MissingField { field: &'static str },
    /// A key given twice in one object.
    DuplicateKey { key: String },
    /// A value of the wrong JSON type.
    WrongType { expected: Expected, found: JsonType },
    /// A code outside its list.
    UnknownCode {
        value: String,
        allowed: &'static [&'static str],
    },
    /// A number outside the range of its field.
    OutOfRange { value: String, min: i64, max: i64 },
    /// A number too large to be held at all.
    NumberTooLarge { value: String },
    /// An empty text where one is needed (a person's name).
    EmptyText,
    /// A text that is not a day of the year `--MM-DD`.
    InvalidDayOfYear { value: String },
    /// A date that is not `YYYY-MM-DD` or not in the calendar.
    InvalidDate { value: String },
    /// More problems than [`Limits::max_problems`]: the rest are not reported.
    LimitReached { limit: u64 },
}

/// A problem that stops reading: the bytes are not a document that can be read at all.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum FatalKind {
    /// Nothing but white space.
    Empty,
    /// Larger than the limit: `size` is the size when known, else `None` (more than the limit).
    TooLarge { size: Option<u64>, limit: u64 },
    /// Nested deeper than the limit.
    TooDeep { limit: u64 },
    /// Not JSON.
    Syntax(SyntaxProblem),
}

/// Marks that reading stopped; what and where is in [`Reader::fatal`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fatal;

/// The outcome of reading a value: `Ok(None)` when a problem was recorded and the value skipped.
pub(crate) type Read<T> = Result<Option<T>, Fatal>;

/// Limits that guard against broken or hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest document read, in bytes.
    pub max_bytes: u64,
    /// Deepest nesting of objects and arrays.
    pub max_depth: u64,
    /// Most structure problems reported for one document; one more finding says the limit was reached.
    pub max_problems: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: 256 * 1024 * 1024,
            max_depth: 64,
            max_problems: 10_000,
        }
    }
}

impl Limits {
    /// The default limits with another largest size.
    pub fn with_max_bytes(mut self, max_bytes: u64) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    /// The default limits with another most reported structure problems.
    pub fn with_max_problems(mut self, max_problems: u64) -> Self {
        self.max_problems = max_problems;
        self
    }

    /// The default limits with another deepest nesting.
    pub fn with_max_depth(mut self, max_depth: u64) -> Self {
        self.max_depth = max_depth;
        self
    }
}

/// A type that reads itself from JSON, recording problems instead of failing.
pub(crate) trait FromJson<'a>: Sized {
    /// What a value of this type is, named in messages about a wrong type.
    const EXPECTED: Expected;

    /// Reads the value at the reader's position. `Ok(None)`: a problem was recorded and the
    /// value skipped. `Err(Fatal)`: the bytes are not JSON (or nested too deep).
    fn from_json(r: &mut Reader<'a>) -> Read<Self>;
}

/// A member of a struct while its object is read.
#[derive(Debug)]
pub(crate) enum Slot<T> {
    /// Not in the object.
    Absent,
    /// In the object, with a problem already recorded.
    Failed,
    /// Read.
    Present(T),
}

impl<T> Slot<T> {
    /// The value, when it was read.
    pub(crate) fn into_option(self) -> Option<T> {
        match self {
            Slot::Present(value) => Some(value),
            Slot::Absent | Slot::Failed => None,
        }
    }
}

/// The id of an entity, noted when the entity is left out.
pub(crate) trait Key {
    /// The id as text.
    fn key(&self) -> &str;
}

/// One reference token of the pointer to where the reader is.
#[derive(Debug, Clone)]
enum Token<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

/// The document as read: the agreement when it could be read, and every problem on the way.
#[derive(Debug, Default)]
pub(crate) struct ReadDocument {
    /// The agreement; parts with structure problems are left out of it.
    pub(crate) agreement: Option<Agreement>,
    /// Structure problems, in document order.
    pub(crate) problems: Vec<Problem>,
    /// The problem that stopped reading, with its offset.
    pub(crate) fatal: Option<(FatalKind, usize)>,
    /// Where the agreement differs from the document as written.
    pub(crate) changes: Changes,
}

/// Where the read agreement differs from the document as written, to map pointers back.
#[derive(Debug, Default, Clone)]
pub(crate) struct Changes {
    /// Array elements left out: the array's pointer as written, and the indices left out, ascending.
    removed: HashMap<String, Vec<usize>>,
    /// Pointers of values that stand in for missing or wrong required values at the root.
    stand_ins: Vec<String>,
    /// Ids and codes of entities left out; references to them are not reported again.
    pub(crate) left_out: HashSet<String>,
    /// Pointers (as written) of members whose value had a problem and was left out, so that
    /// what follows from its absence is not reported again.
    pub(crate) failed: HashSet<String>,
}

impl Changes {
    /// True when the agreement is exactly the document as written.
    pub(crate) fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.stand_ins.is_empty()
    }

    /// True when the member at `pointer` (into the read agreement) was written with a problem
    /// and left out.
    pub(crate) fn failed(&self, pointer: &str) -> bool {
        !self.failed.is_empty()
            && self
                .original(pointer)
                .is_some_and(|written| self.failed.contains(&written))
    }

    /// Maps a pointer into the read agreement back to the document as written; `None` when it
    /// points into a stand-in (already reported as missing or wrong).
    pub(crate) fn original(&self, pointer: &str) -> Option<String> {
        if self.is_empty() {
            return Some(pointer.to_owned());
        }
        let mut out = String::with_capacity(pointer.len() + 4);
        for token in pointer.split('/').skip(1) {
            match self.removed.get(&out) {
                Some(removed) if !removed.is_empty() => {
                    let index: usize = token.parse().ok()?;
                    out.push('/');
                    out.push_str(&source_index(removed, index).to_string());
                }
                _ => {
                    out.push('/');
                    out.push_str(token);
                }
            }
        }
        let inside_stand_in = self.stand_ins.iter().any(|s| {
            out.strip_prefix(s.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        });
        (!inside_stand_in).then_some(out)
    }
}

/// The index in the document as written of the `index`-th element that was kept.
fn source_index(removed: &[usize], index: usize) -> usize {
    let mut source = index;
    for &gone in removed {
        if gone <= source {
            source += 1;
        } else {
            break;
        }
    }
    source
}

/// Reads a document: the agreement and every structure problem, or the fatal problem.
pub(crate) fn read_document(bytes: &[u8], limits: &Limits) -> ReadDocument {
    let mut document = ReadDocument::default();
    if bytes.len() as u64 > limits.max_bytes {
        document.fatal = Some((
            FatalKind::TooLarge {
                size: Some(bytes.len() as u64),
                limit: limits.max_bytes,
            },
            0,
        ));
        return document;
    }
    let mut reader = Reader::new(bytes, limits);
    match reader.document() {
        Ok(agreement) => {
            document.agreement = agreement;
            document.problems = reader.problems;
            document.changes = reader.changes;
        }
        Err(Fatal) => document.fatal = reader.fatal,
    }
    document
}

/// Reads one value of type `T` from bytes, or gives the first problem.
pub(crate) fn read_value<T: for<'a> FromJson<'a>>(bytes: &[u8]) -> Result<T, String> {
    let limits = Limits::default();
    let mut reader = Reader::new(bytes, &limits);
    let value = reader.root::<T>();
    if let Some((kind, offset)) = &reader.fatal {
        return Err(format!("{kind:?} at byte {offset}"));
    }
    if let Some(problem) = reader.problems.first() {
        let at = if problem.pointer.is_empty() {
            "the value"
        } else {
            problem.pointer.as_str()
        };
        return Err(format!("{at}: {:?}", problem.kind));
    }
    value
        .ok()
        .flatten()
        .ok_or_else(|| "the value could not be read".to_owned())
}

/// `serde::Deserialize` through the same reader, so that every way into the model agrees.
pub(crate) fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: for<'a> FromJson<'a>,
    D: serde::Deserializer<'de>,
{
    use serde::de::Error;
    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
    let bytes = serde_json::to_vec(&value).map_err(D::Error::custom)?;
    read_value(&bytes).map_err(D::Error::custom)
}

/// The reader: a position in the bytes, the pointer to it, and what was found so far.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    /// The bytes up to the first that is not UTF-8 (all of them, in a valid document),
    /// checked once: a string within it is taken as it is, where checking each string on its
    /// own cost a third of reading.
    text: &'a str,
    pos: usize,
    depth: u64,
    limits: Limits,
    path: Vec<Token<'a>>,
    /// Where the key of the member being read starts, for problems about the member itself.
    key_at: usize,
    problems: Vec<Problem>,
    changes: Changes,
    fatal: Option<(FatalKind, usize)>,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], limits: &Limits) -> Self {
        // simdutf8 checks a document several times faster than `std::str::from_utf8`, whose
        // fast path is for ASCII and Swedish texts leave it at every å, ä and ö.
        let text = match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => text,
            // Where it is not UTF-8 is reported when a string reaches it.
            Err(_) => match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(error) => {
                    std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default()
                }
            },
        };
        Self {
            bytes,
            text,
            pos: 0,
            depth: 0,
            limits: *limits,
            path: Vec::new(),
            key_at: 0,
            problems: Vec::new(),
            changes: Changes::default(),
            fatal: None,
        }
    }

    /// The whole document: an agreement object and nothing after it.
    fn document(&mut self) -> Result<Option<Agreement>, Fatal> {
        if self.bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            return Err(self.syntax(SyntaxProblem::ByteOrderMark));
        }
        self.skip_whitespace();
        if self.pos == self.bytes.len() {
            return Err(self.stop(FatalKind::Empty, 0));
        }
        let start = self.pos;
        let found = self.peek_type()?;
        if found != JsonType::Object {
            self.skip_value()?;
            self.end()?;
            self.record(ProblemKind::NotAnObject { found }, String::new(), start);
            return Ok(None);
        }
        let agreement = Agreement::from_json(self)?;
        self.end()?;
        Ok(agreement)
    }

    /// One value of type `T` and nothing after it.
    fn root<T: FromJson<'a>>(&mut self) -> Read<T> {
        let value = T::from_json(self)?;
        self.end()?;
        Ok(value)
    }

    /// Only white space may follow the document.
    fn end(&mut self) -> Result<(), Fatal> {
        self.skip_whitespace();
        if self.pos < self.bytes.len() {
            return Err(self.syntax(SyntaxProblem::TrailingCharacters));
        }
        Ok(())
    }

    // --- Recording --------------------------------------------------------------------------

    /// The pointer to where the reader is, with `extra` appended.
    fn pointer_with(&self, extra: Option<&str>) -> String {
        let mut out = String::new();
        for token in &self.path {
            out.push('/');
            match token {
                Token::Key(key) => push_escaped(&mut out, key),
                Token::Index(index) => out.push_str(&index.to_string()),
            }
        }
        if let Some(extra) = extra {
            out.push('/');
            push_escaped(&mut out, extra);
        }
        out
    }

    fn record(&mut self, kind: ProblemKind, pointer: String, offset: usize) {
        let limit = self.limits.max_problems;
        let count = self.problems.len() as u64;
        if count < limit {
            self.problems.push(Problem {
                kind,
                pointer,
                offset,
            });
        } else if count == limit {
            self.problems.push(Problem {
                kind: ProblemKind::LimitReached { limit },
                pointer: String::new(),
                offset,
            });
        }
    }

    /// Records a wrong type for the value at the position and skips it.
    pub(crate) fn wrong_type<T>(&mut self, expected: Expected) -> Read<T> {
        let offset = self.pos;
        let found = self.peek_type()?;
        self.skip_value()?;
        self.invalid(ProblemKind::WrongType { expected, found }, offset);
        Ok(None)
    }

    fn stop(&mut self, kind: FatalKind, offset: usize) -> Fatal {
        if self.fatal.is_none() {
            self.fatal = Some((kind, offset));
        }
        Fatal
    }

    fn syntax(&mut self, problem: SyntaxProblem) -> Fatal {
        let at = self.pos.min(self.bytes.len());
        self.stop(FatalKind::Syntax(problem), at)
    }

    // --- Objects, as the derived readers use them -------------------------------------------

    /// At an object: consumes `{` and gives its offset. Anything else is a wrong type, skipped.
    pub(crate) fn begin_object<T: FromJson<'a>>(&mut self) -> Result<Option<usize>, Fatal> {
        if self.peek_type()? != JsonType::Object {
            return self.wrong_type(T::EXPECTED);
        }
        let at = self.pos;
        self.open(at)?;
        Ok(Some(at))
    }

    /// Reads a member's value into its slot; a second occurrence of the key is a duplicate.
    pub(crate) fn member<T: FromJson<'a>>(
        &mut self,
        key: &'static str,
        slot: &mut Slot<T>,
    ) -> Result<(), Fatal> {
        if !matches!(slot, Slot::Absent) {
            return self.duplicate(Cow::Borrowed(key));
        }
        self.path.push(Token::Key(Cow::Borrowed(key)));
        let value = T::from_json(self);
        if matches!(value, Ok(None)) {
            let pointer = self.pointer_with(None);
            self.changes.failed.insert(pointer);
        }
        self.path.pop();
        *slot = match value? {
            Some(value) => Slot::Present(value),
            None => Slot::Failed,
        };
        Ok(())
    }

    /// Like [`Reader::member`] for a whole number that must lie within `min..=max` (a range
    /// the schema states, narrower than the type's).
    pub(crate) fn member_in_range<T: TryFrom<i64>>(
        &mut self,
        key: &'static str,
        slot: &mut Slot<T>,
        min: i64,
        max: i64,
    ) -> Result<(), Fatal> {
        if !matches!(slot, Slot::Absent) {
            return self.duplicate(Cow::Borrowed(key));
        }
        self.path.push(Token::Key(Cow::Borrowed(key)));
        let value = impls::integer(self, min, max);
        if matches!(value, Ok(None)) {
            let pointer = self.pointer_with(None);
            self.changes.failed.insert(pointer);
        }
        self.path.pop();
        *slot = match value?.map(T::try_from) {
            Some(Ok(value)) => Slot::Present(value),
            _ => Slot::Failed,
        };
        Ok(())
    }

    /// A key the type does not have: an unknown field, its value skipped.
    pub(crate) fn unknown_member(
        &mut self,
        key: Cow<'a, str>,
        allowed: &'static [&'static str],
    ) -> Result<(), Fatal> {
        let pointer = self.pointer_with(Some(&key));
        let offset = self.key_at;
        self.skip_value()?;
        self.record(
            ProblemKind::UnknownField {
                field: shorten(&key),
                allowed,
            },
            pointer,
            offset,
        );
        Ok(())
    }

    /// A key given a second time in one object: reported, and its value skipped.
    pub(crate) fn duplicate(&mut self, key: Cow<'a, str>) -> Result<(), Fatal> {
        let pointer = self.pointer_with(Some(&key));
        let offset = self.key_at;
        self.skip_value()?;
        self.record(
            ProblemKind::DuplicateKey { key: shorten(&key) },
            pointer,
            offset,
        );
        Ok(())
    }

    /// A required member: absent is reported as missing; both absent and failed give `None`.
    pub(crate) fn required<T>(
        &mut self,
        slot: Slot<T>,
        key: &'static str,
        object_at: usize,
        complete: &mut bool,
    ) -> Option<T> {
        match slot {
            Slot::Present(value) => Some(value),
            Slot::Failed => {
                *complete = false;
                None
            }
            Slot::Absent => {
                *complete = false;
                let pointer = self.pointer_with(Some(key));
                self.record(ProblemKind::MissingField { field: key }, pointer, object_at);
                None
            }
        }
    }

    /// A required member with a stand-in, so that the rest of the document can still be checked.
    pub(crate) fn required_or<T>(
        &mut self,
        slot: Slot<T>,
        key: &'static str,
        object_at: usize,
        stand_in: fn() -> T,
    ) -> T {
        let mut complete = true;
        match self.required(slot, key, object_at, &mut complete) {
            Some(value) => value,
            None => {
                let pointer = self.pointer_with(Some(key));
                self.changes.stand_ins.push(pointer);
                stand_in()
            }
        }
    }

    /// Notes the id of an entity that is left out.
    pub(crate) fn left_out(&mut self, key: &str) {
        self.changes.left_out.insert(key.to_owned());
    }

    /// At a string: its index in `codes`. Anything else, or an unknown code, is recorded.
    pub(crate) fn code<T: FromJson<'a>>(
        &mut self,
        codes: &'static [&'static str],
    ) -> Result<Option<usize>, Fatal> {
        if self.peek_type()? != JsonType::String {
            return self.wrong_type(T::EXPECTED);
        }
        let offset = self.pos;
        let text = self.string()?;
        match codes.iter().position(|code| *code == text) {
            Some(index) => Ok(Some(index)),
            None => {
                self.invalid(
                    ProblemKind::UnknownCode {
                        value: shorten(&text),
                        allowed: codes,
                    },
                    offset,
                );
                Ok(None)
            }
        }
    }

    // --- Arrays -----------------------------------------------------------------------------

    /// Reads an array of `T`, leaving out the elements with problems.
    pub(crate) fn list<T: FromJson<'a>>(&mut self) -> Read<Vec<T>> {
        if self.peek_type()? != JsonType::Array {
            return self.wrong_type(Expected::List);
        }
        let at = self.pos;
        self.open(at)?;
        let mut items = Vec::new();
        let mut index = 0;
        let mut removed = Vec::new();
        while self.next_element(index)? {
            self.path.push(Token::Index(index));
            let item = T::from_json(self);
            self.path.pop();
            match item? {
                Some(item) => {
                    // Most lists of a document hold one element (a responsible, an
                    // objective): room for one first, and no spare room kept at the end,
                    // where a growing vector leaves up to three quarters of its capacity
                    // unused. Documents are held whole: that slack was half of the memory
                    // of an agreement read.
                    if items.capacity() == 0 {
                        items.reserve_exact(1);
                    }
                    items.push(item);
                }
                None => removed.push(index),
            }
            index += 1;
        }
        if !removed.is_empty() {
            let pointer = self.pointer_with(None);
            self.changes.removed.insert(pointer, removed);
        }
        items.shrink_to_fit();
        Ok(Some(items))
    }

    /// Reads the member value at the position with the pointer extended by `key`.
    pub(crate) fn within<T>(
        &mut self,
        key: Cow<'a, str>,
        read: impl FnOnce(&mut Self) -> Result<T, Fatal>,
    ) -> Result<T, Fatal> {
        self.path.push(Token::Key(key));
        let value = read(self);
        self.path.pop();
        value
    }

    // --- Scalars ----------------------------------------------------------------------------

    /// At a string: its text. Anything else is a wrong type.
    pub(crate) fn text(&mut self, expected: Expected) -> Read<Cow<'a, str>> {
        if self.peek_type()? != JsonType::String {
            return self.wrong_type(expected);
        }
        self.string().map(Some)
    }

    /// At a number: its text as written. Anything else is a wrong type.
    pub(crate) fn number_text(&mut self, expected: Expected) -> Read<&'a str> {
        if self.peek_type()? != JsonType::Number {
            return self.wrong_type(expected);
        }
        self.number().map(Some)
    }

    /// At `true` or `false`: its value. Anything else is a wrong type.
    pub(crate) fn boolean(&mut self) -> Read<bool> {
        if self.peek_type()? != JsonType::Boolean {
            return self.wrong_type(Expected::Boolean);
        }
        self.literal()
    }

    /// True (and consumed) when the value at the position is `null`.
    pub(crate) fn null(&mut self) -> Result<bool, Fatal> {
        if self.peek_type()? == JsonType::Null {
            self.literal()?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Records a problem about the value at the reader's position, which starts at `offset`.
    pub(crate) fn invalid(&mut self, kind: ProblemKind, offset: usize) {
        let pointer = self.pointer_with(None);
        self.record(kind, pointer, offset);
    }

    /// The offset where the next value starts (after white space).
    pub(crate) fn value_start(&mut self) -> usize {
        self.skip_whitespace();
        self.pos
    }

    /// The exact text of the value at the position, checked as JSON, with duplicate keys reported.
    pub(crate) fn raw_value(&mut self) -> Result<&'a str, Fatal> {
        let start = self.value_start();
        self.walk_value(true)?;
        // Only ASCII structure and strings checked as UTF-8 lie between start and pos.
        std::str::from_utf8(&self.bytes[start..self.pos])
            .map_err(|_| self.syntax(SyntaxProblem::InvalidUtf8))
    }
}

/// Appends a JSON Pointer reference token, escaped (`~` → `~0`, `/` → `~1`).
pub(crate) fn push_escaped(out: &mut String, token: &str) {
    if token.contains(['~', '/']) {
        out.push_str(&token.replace('~', "~0").replace('/', "~1"));
    } else {
        out.push_str(token);
    }
}

/// A value quoted in a message: long ones are cut, so that a message stays a message.
pub(crate) fn shorten(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let mut out: String = text.chars().take(MAX - 1).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_indices_map_back_past_removed_ones() {
        assert_eq!(source_index(&[], 3), 3);
        assert_eq!(source_index(&[0], 0), 1);
        assert_eq!(source_index(&[1], 0), 0);
        assert_eq!(source_index(&[1], 1), 2);
        assert_eq!(source_index(&[1, 2], 1), 3);
        assert_eq!(source_index(&[0, 2, 3], 1), 4);
    }

    #[test]
    fn pointers_map_back_through_nested_removals() {
        let mut changes = Changes::default();
        changes.removed.insert("/action_plans".into(), vec![0]);
        changes
            .removed
            .insert("/action_plans/1/activities".into(), vec![1]);
        changes.stand_ins.push("/jurisdiction".into());
        assert_eq!(
            changes
                .original("/action_plans/0/activities/1/code")
                .as_deref(),
            Some("/action_plans/1/activities/2/code")
        );
        assert_eq!(changes.original("/title").as_deref(), Some("/title"));
        assert_eq!(changes.original("/jurisdiction/code"), None);
        assert_eq!(
            changes.original("/jurisdictions").as_deref(),
            Some("/jurisdictions")
        );
    }
}
