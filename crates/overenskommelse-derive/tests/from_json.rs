//! Runs the code that `#[derive(FromJson)]` generates against a small stand-in of
//! `crate::read`.
//!
//! The generated code names `crate::read::…`, and in an integration test `crate` is
//! the test itself, so the `read` module below gives the same API as the real one in
//! the `overenskommelse` crate, in its simplest working form: a hand-written
//! tokenizer over a `&str` that records each problem as a string such as
//! `"missing /id"`.

use overenskommelse_derive::FromJson;
use read::Reader;

// Parts of the stand-in that the tests below do not reach (some `Expected`
// variants, for example) are there to keep its API the same as the real one.
#[allow(dead_code)]
mod read {
    use std::borrow::Cow;
    use std::collections::HashMap;

    /// The bytes are not JSON (or are nested too deep): reading stops.
    #[derive(Debug)]
    pub(crate) struct Fatal(pub(crate) String);

    pub(crate) type Read<T> = Result<Option<T>, Fatal>;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Expected {
        Object,
        Code,
        String,
        Integer,
        Bool,
        Array,
    }

    pub(crate) enum Slot<T> {
        Absent,
        Failed,
        Present(T),
    }

    impl<T> Slot<T> {
        pub(crate) fn into_option(self) -> Option<T> {
            match self {
                Slot::Present(value) => Some(value),
                Slot::Absent | Slot::Failed => None,
            }
        }
    }

    pub(crate) trait Key {
        fn key(&self) -> &str;
    }

    pub(crate) trait FromJson<'a>: Sized {
        const EXPECTED: Expected;
        fn from_json(r: &mut Reader<'a>) -> Read<Self>;
    }

    /// Deeper than this is fatal, as in the real reader.
    const MAX_DEPTH: usize = 64;

    pub(crate) struct Reader<'a> {
        text: &'a str,
        pos: usize,
        /// The JSON Pointer segments of the value being read.
        path: Vec<String>,
        /// The pointer of each object, by the offset of its `{`.
        objects: HashMap<usize, String>,
        /// For each open object: whether no key has been read yet.
        first: Vec<bool>,
        pub(crate) problems: Vec<String>,
        pub(crate) left_out: Vec<String>,
    }

    impl<'a> Reader<'a> {
        pub(crate) fn new(text: &'a str) -> Self {
            Reader {
                text,
                pos: 0,
                path: Vec::new(),
                objects: HashMap::new(),
                first: Vec::new(),
                problems: Vec::new(),
                left_out: Vec::new(),
            }
        }

        fn pointer(&self) -> String {
            self.path
                .iter()
                .map(|segment| format!("/{segment}"))
                .collect()
        }

        fn record(&mut self, what: &str) {
            let problem = format!("{what} {}", self.pointer());
            self.problems.push(problem);
        }

        fn fatal<T>(&self, what: &str) -> Result<T, Fatal> {
            Err(Fatal(format!("{what} at byte {}", self.pos)))
        }

        fn ws(&mut self) {
            let rest = &self.text[self.pos..];
            self.pos += rest.len() - rest.trim_start().len();
        }

        fn peek(&mut self) -> Option<u8> {
            self.ws();
            self.text.as_bytes().get(self.pos).copied()
        }

        fn expect(&mut self, byte: u8) -> Result<(), Fatal> {
            if self.peek() == Some(byte) {
                self.pos += 1;
                Ok(())
            } else {
                self.fatal(&format!("expected `{}`", byte as char))
            }
        }

        /// A string at the position, borrowed when it has no escapes.
        pub(crate) fn string(&mut self) -> Result<Cow<'a, str>, Fatal> {
            self.expect(b'"')?;
            let start = self.pos;
            let bytes = self.text.as_bytes();
            let mut escaped = false;
            loop {
                match bytes.get(self.pos) {
                    None => return self.fatal("unterminated string"),
                    Some(b'"') => break,
                    Some(b'\\') => {
                        escaped = true;
                        self.pos += 2;
                    }
                    Some(_) => self.pos += 1,
                }
            }
            let raw = &self.text[start..self.pos];
            self.pos += 1;
            if !escaped {
                return Ok(Cow::Borrowed(raw));
            }
            let mut out = String::new();
            let mut chars = raw.chars();
            while let Some(ch) = chars.next() {
                if ch != '\\' {
                    out.push(ch);
                    continue;
                }
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => return self.fatal("bad escape"),
                }
            }
            Ok(Cow::Owned(out))
        }

        fn number(&mut self) -> &'a str {
            self.ws();
            let start = self.pos;
            let bytes = self.text.as_bytes();
            while bytes
                .get(self.pos)
                .is_some_and(|b| b.is_ascii_digit() || b"+-.eE".contains(b))
            {
                self.pos += 1;
            }
            &self.text[start..self.pos]
        }

        fn skip(&mut self, depth: usize) -> Result<(), Fatal> {
            if depth > MAX_DEPTH {
                return self.fatal("nested too deep");
            }
            match self.peek() {
                Some(b'{') | Some(b'[') => {
                    let close = if self.peek() == Some(b'{') {
                        b'}'
                    } else {
                        b']'
                    };
                    self.pos += 1;
                    let mut first = true;
                    loop {
                        if self.peek() == Some(close) {
                            self.pos += 1;
                            return Ok(());
                        }
                        if !first {
                            self.expect(b',')?;
                        }
                        first = false;
                        if close == b'}' {
                            self.string()?;
                            self.expect(b':')?;
                        }
                        self.skip(depth + 1)?;
                    }
                }
                Some(b'"') => self.string().map(drop),
                Some(b't') => self.word("true"),
                Some(b'f') => self.word("false"),
                Some(b'n') => self.word("null"),
                Some(b) if b == b'-' || b.is_ascii_digit() => {
                    self.number();
                    Ok(())
                }
                _ => self.fatal("not JSON"),
            }
        }

        fn word(&mut self, word: &str) -> Result<(), Fatal> {
            if self.text[self.pos..].starts_with(word) {
                self.pos += word.len();
                Ok(())
            } else {
                self.fatal("not JSON")
            }
        }

        /// Records a wrong type at the position and skips the value.
        pub(crate) fn wrong_type(&mut self, expected: Expected) -> Result<(), Fatal> {
            self.record(&format!("wrong_type({expected:?})"));
            self.skip(self.path.len())
        }

        pub(crate) fn null(&mut self) -> Result<bool, Fatal> {
            if self.peek() == Some(b'n') {
                self.word("null")?;
                return Ok(true);
            }
            Ok(false)
        }

        pub(crate) fn integer(&mut self) -> Result<Option<i64>, Fatal> {
            match self.peek() {
                Some(b) if b == b'-' || b.is_ascii_digit() => match self.number().parse() {
                    Ok(value) => Ok(Some(value)),
                    Err(_) => {
                        self.record("invalid");
                        Ok(None)
                    }
                },
                _ => {
                    self.wrong_type(Expected::Integer)?;
                    Ok(None)
                }
            }
        }

        pub(crate) fn begin_object<T: FromJson<'a>>(&mut self) -> Result<Option<usize>, Fatal> {
            if self.peek() != Some(b'{') {
                self.wrong_type(T::EXPECTED)?;
                return Ok(None);
            }
            if self.path.len() > MAX_DEPTH {
                return self.fatal("nested too deep");
            }
            let at = self.pos;
            self.objects.insert(at, self.pointer());
            self.pos += 1;
            self.first.push(true);
            Ok(Some(at))
        }

        pub(crate) fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, Fatal> {
            if self.peek() == Some(b'}') {
                self.pos += 1;
                self.first.pop();
                return Ok(None);
            }
            match self.first.last_mut() {
                Some(first) if *first => *first = false,
                Some(_) => self.expect(b',')?,
                None => return self.fatal("next_key outside an object"),
            }
            let key = self.string()?;
            self.expect(b':')?;
            Ok(Some(key))
        }

        pub(crate) fn member<T: FromJson<'a>>(
            &mut self,
            key: &'static str,
            slot: &mut Slot<T>,
        ) -> Result<(), Fatal> {
            self.path.push(key.to_owned());
            let result = if matches!(slot, Slot::Absent) {
                T::from_json(self).map(|value| {
                    *slot = value.map_or(Slot::Failed, Slot::Present);
                })
            } else {
                self.record("duplicate");
                self.skip(self.path.len())
            };
            self.path.pop();
            result
        }

        pub(crate) fn member_in_range<T: FromJson<'a> + Copy + Into<i64>>(
            &mut self,
            key: &'static str,
            slot: &mut Slot<T>,
            min: i64,
            max: i64,
        ) -> Result<(), Fatal> {
            let first = matches!(slot, Slot::Absent);
            self.member(key, slot)?;
            if let (true, Slot::Present(value)) = (first, &*slot) {
                if !(min..=max).contains(&(*value).into()) {
                    self.path.push(key.to_owned());
                    self.record("invalid");
                    self.path.pop();
                    *slot = Slot::Failed;
                }
            }
            Ok(())
        }

        pub(crate) fn unknown_member(
            &mut self,
            key: Cow<'a, str>,
            allowed: &'static [&'static str],
        ) -> Result<(), Fatal> {
            self.path.push(key.into_owned());
            self.record(&format!("unknown({})", allowed.join(",")));
            let result = self.skip(self.path.len());
            self.path.pop();
            result
        }

        fn missing(&mut self, key: &str, object_at: usize) {
            let object = self.objects.get(&object_at).cloned().unwrap_or_default();
            self.problems.push(format!("missing {object}/{key}"));
        }

        pub(crate) fn required<T>(
            &mut self,
            slot: Slot<T>,
            key: &'static str,
            object_at: usize,
            complete: &mut bool,
        ) -> Option<T> {
            match slot {
                Slot::Present(value) => return Some(value),
                Slot::Absent => self.missing(key, object_at),
                Slot::Failed => {}
            }
            *complete = false;
            None
        }

        pub(crate) fn required_or<T>(
            &mut self,
            slot: Slot<T>,
            key: &'static str,
            object_at: usize,
            stand_in: fn() -> T,
        ) -> T {
            match slot {
                Slot::Present(value) => return value,
                Slot::Absent => self.missing(key, object_at),
                Slot::Failed => {}
            }
            stand_in()
        }

        pub(crate) fn left_out(&mut self, key: &str) {
            self.left_out.push(key.to_owned());
        }

        pub(crate) fn code<T: FromJson<'a>>(
            &mut self,
            codes: &'static [&'static str],
        ) -> Result<Option<usize>, Fatal> {
            if self.peek() != Some(b'"') {
                self.wrong_type(T::EXPECTED)?;
                return Ok(None);
            }
            let code = self.string()?;
            let index = codes.iter().position(|known| *known == code);
            if index.is_none() {
                self.record("invalid");
            }
            Ok(index)
        }
    }

    impl<'a> FromJson<'a> for String {
        const EXPECTED: Expected = Expected::String;
        fn from_json(r: &mut Reader<'a>) -> Read<Self> {
            if r.peek() != Some(b'"') {
                r.wrong_type(Self::EXPECTED)?;
                return Ok(None);
            }
            Ok(Some(r.string()?.into_owned()))
        }
    }

    impl<'a> FromJson<'a> for bool {
        const EXPECTED: Expected = Expected::Bool;
        fn from_json(r: &mut Reader<'a>) -> Read<Self> {
            match r.peek() {
                Some(b't') => r.word("true").map(|()| Some(true)),
                Some(b'f') => r.word("false").map(|()| Some(false)),
                _ => r.wrong_type(Self::EXPECTED).map(|()| None),
            }
        }
    }

    macro_rules! integer {
        ($($ty:ty)*) => {$(
            impl<'a> FromJson<'a> for $ty {
                const EXPECTED: Expected = Expected::Integer;
                fn from_json(r: &mut Reader<'a>) -> Read<Self> {
                    let Some(value) = r.integer()? else { return Ok(None) };
                    let value = <$ty>::try_from(value).ok();
                    if value.is_none() {
                        r.record("invalid");
                    }
                    Ok(value)
                }
            }
        )*};
    }
    integer!(i32 i64 u8 u32);

    impl<'a, T: FromJson<'a>> FromJson<'a> for Option<T> {
        const EXPECTED: Expected = T::EXPECTED;
        fn from_json(r: &mut Reader<'a>) -> Read<Self> {
            if r.null()? {
                return Ok(Some(None));
            }
            Ok(T::from_json(r)?.map(Some))
        }
    }

    impl<'a, T: FromJson<'a>> FromJson<'a> for Vec<T> {
        const EXPECTED: Expected = Expected::Array;
        fn from_json(r: &mut Reader<'a>) -> Read<Self> {
            if r.peek() != Some(b'[') {
                r.wrong_type(Self::EXPECTED)?;
                return Ok(None);
            }
            r.pos += 1;
            let mut out = Vec::new();
            loop {
                if r.peek() == Some(b']') {
                    r.pos += 1;
                    return Ok(Some(out));
                }
                if !out.is_empty() || r.text.as_bytes()[r.pos - 1] != b'[' {
                    r.expect(b',')?;
                }
                r.path.push(out.len().to_string());
                let item = T::from_json(r);
                r.path.pop();
                // A wrong element is recorded and left out; the list goes on.
                if let Some(item) = item? {
                    out.push(item);
                }
            }
        }
    }

    /// serde's way in, through the same reader.
    pub(crate) fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
    where
        T: for<'a> FromJson<'a>,
        D: serde::Deserializer<'de>,
    {
        use serde::de::Error as _;
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        let text = value.to_string();
        let mut reader = Reader::new(&text);
        match T::from_json(&mut reader) {
            Ok(Some(value)) if reader.problems.is_empty() => Ok(value),
            Ok(_) => Err(D::Error::custom(reader.problems.join("; "))),
            Err(Fatal(message)) => Err(D::Error::custom(message)),
        }
    }
}

/// What reading a document gave: the value, the problems and the left-out ids.
struct Outcome<T> {
    value: Option<T>,
    problems: Vec<String>,
    left_out: Vec<String>,
}

fn read<T: for<'a> read::FromJson<'a>>(text: &str) -> Outcome<T> {
    let mut reader = Reader::new(text);
    let value = match T::from_json(&mut reader) {
        Ok(value) => value,
        Err(fatal) => panic!("fatal: {fatal:?}"),
    };
    Outcome {
        value,
        problems: reader.problems,
        left_out: reader.left_out,
    }
}

/// An id type, as the model has them: read from a string, and a [`read::Key`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
struct PartyId(String);

impl<'a> read::FromJson<'a> for PartyId {
    const EXPECTED: read::Expected = read::Expected::String;
    fn from_json(r: &mut Reader<'a>) -> read::Read<Self> {
        Ok(String::from_json(r)?.map(PartyId))
    }
}

impl read::Key for PartyId {
    fn key(&self) -> &str {
        &self.0
    }
}

fn default_currency() -> String {
    "SEK".to_owned()
}

fn unknown_title() -> String {
    "(untitled)".to_owned()
}

/// The struct of the brief: required, optional, defaulted and ranged fields.
#[derive(Debug, PartialEq, FromJson, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct Party {
    /// Doc comments and other attributes are left alone.
    id: PartyId,
    name: String,
    short_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    members: Vec<String>,
    #[serde(default = "default_currency")]
    currency: String,
    #[schemars(range(min = 1900, max = 2200))]
    year: i32,
}

/// Beside serde's own `Serialize`, which declares the `serde` helper attribute too.
#[derive(Debug, PartialEq, FromJson, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct Document {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    schema: Option<String>,
    #[json(stand_in = "unknown_title")]
    title: String,
    #[serde(default)]
    parties: Vec<Party>,
    #[schemars(extend("x-unit" = "days"), range(min = -10, max = 10), example = 3)]
    offset: i64,
    #[schemars(range(min = 1))]
    #[serde(default)]
    count: u32,
    status: Status,
    #[serde(default)]
    r#type: Option<Kind>,
}

/// Only optional and defaulted fields: nothing can make it fail but a wrong type.
#[derive(Debug, PartialEq, FromJson)]
struct Note {
    text: Option<String>,
    #[serde(default)]
    flagged: bool,
}

/// No fields at all.
#[derive(Debug, PartialEq, FromJson)]
struct Empty {}

/// One required field, named `code`, that is the key when the element is left out.
#[derive(Debug, PartialEq, FromJson)]
struct Topic {
    code: PartyId,
    label: String,
}

/// An optional `id` cannot be noted, so the required `code` is.
#[derive(Debug, PartialEq, FromJson)]
struct Area {
    id: Option<String>,
    code: PartyId,
    label: String,
}

/// A required id with a stand-in, so no required field is left to fail.
#[derive(Debug, PartialEq, FromJson)]
struct Placeholder {
    #[json(stand_in = "placeholder_id")]
    id: PartyId,
}

/// A required id with a stand-in beside another required field.
#[derive(Debug, PartialEq, FromJson)]
struct Plan {
    #[json(stand_in = "placeholder_id")]
    id: PartyId,
    name: String,
}

fn placeholder_id() -> PartyId {
    PartyId("?".to_owned())
}

#[derive(Debug, Clone, Copy, PartialEq, FromJson, serde::Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Planned,
    InProgress,
    Done,
    #[serde(rename = "x-other")]
    Other,
}

/// Without `rename_all`, the code is the ident as written.
#[derive(Debug, Clone, Copy, PartialEq, FromJson, serde::Serialize)]
enum Kind {
    ActionAndAssignmentPlan,
    Plain,
}

#[test]
fn reads_a_complete_struct() {
    let out = read::<Party>(
        r#"{"id": "p1", "name": "Borås", "short_name": "B", "members": ["a"],
            "currency": "EUR", "year": 2024}"#,
    );
    assert_eq!(out.problems, Vec::<String>::new());
    assert_eq!(
        out.value,
        Some(Party {
            id: PartyId("p1".into()),
            name: "Borås".into(),
            short_name: Some("B".into()),
            members: vec!["a".into()],
            currency: "EUR".into(),
            year: 2024,
        })
    );
}

#[test]
fn optional_and_defaulted_fields_may_be_absent() {
    let out = read::<Party>(r#"{"id": "p1", "name": "Borås", "year": 1900}"#);
    assert_eq!(out.problems, Vec::<String>::new());
    let party = out.value.expect("a party");
    assert_eq!(party.short_name, None);
    assert_eq!(party.members, Vec::<String>::new());
    assert_eq!(party.currency, "SEK");
}

#[test]
fn a_wrong_optional_or_defaulted_value_is_recorded_and_replaced() {
    let out = read::<Party>(
        r#"{"id": "p1", "name": "n", "year": 2000, "short_name": 5, "currency": [], "members": "x"}"#,
    );
    assert_eq!(
        out.problems,
        [
            "wrong_type(String) /short_name",
            "wrong_type(String) /currency",
            "wrong_type(Array) /members",
        ]
    );
    let party = out.value.expect("a party");
    assert_eq!(party.short_name, None);
    assert_eq!(party.currency, "SEK");
    assert!(party.members.is_empty());
}

#[test]
fn null_gives_none_for_an_optional_field() {
    let out = read::<Party>(r#"{"id": "p1", "name": "n", "year": 2000, "short_name": null}"#);
    assert_eq!(out.problems, Vec::<String>::new());
    assert_eq!(out.value.expect("a party").short_name, None);
}

#[test]
fn every_missing_required_field_is_reported() {
    let out = read::<Party>(r#"{"short_name": "B"}"#);
    assert_eq!(out.value, None);
    assert_eq!(
        out.problems,
        ["missing /id", "missing /name", "missing /year"]
    );
    assert!(out.left_out.is_empty());
}

#[test]
fn the_id_of_an_element_left_out_is_noted() {
    let out = read::<Party>(r#"{"id": "p7", "name": 3}"#);
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["wrong_type(String) /name", "missing /year"]);
    assert_eq!(out.left_out, ["p7"]);
}

#[test]
fn a_code_field_is_the_key_too() {
    let out = read::<Topic>(r#"{"code": "T1"}"#);
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["missing /label"]);
    assert_eq!(out.left_out, ["T1"]);

    let out = read::<Area>(r#"{"id": "a", "code": "A1"}"#);
    assert_eq!(out.left_out, ["A1"]);

    let out = read::<Topic>(r#"{"code": "T1", "label": "Health"}"#);
    assert_eq!(out.problems, Vec::<String>::new());
    assert_eq!(out.left_out, Vec::<String>::new());
    assert_eq!(
        out.value.map(|topic| topic.label),
        Some("Health".to_owned())
    );
}

#[test]
fn unknown_and_duplicate_members_are_reported() {
    let out = read::<Party>(
        r#"{"id": "p1", "name": "a", "nmae": {"deep": [1, 2]}, "name": "b", "year": 2000}"#,
    );
    assert_eq!(
        out.problems,
        [
            "unknown(id,name,short_name,members,currency,year) /nmae",
            "duplicate /name",
        ]
    );
    // The first occurrence is kept.
    assert_eq!(out.value.expect("a party").name, "a");
}

#[test]
fn range_is_checked() {
    let out = read::<Party>(r#"{"id": "p1", "name": "n", "year": 1899}"#);
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["invalid /year"]);
    assert_eq!(out.left_out, ["p1"]);

    let out = read::<Document>(r#"{"title": "t", "offset": -11, "status": "done", "count": 0}"#);
    assert_eq!(out.problems, ["invalid /offset", "invalid /count"]);
    assert_eq!(out.value, None);

    let out = read::<Document>(r#"{"title": "t", "offset": -10, "status": "done", "count": 7}"#);
    assert_eq!(out.problems, Vec::<String>::new());
    let document = out.value.expect("a document");
    assert_eq!((document.offset, document.count), (-10, 7));
}

#[test]
fn a_stand_in_lets_reading_go_on() {
    let out = read::<Document>(r#"{"offset": 0, "status": "planned"}"#);
    assert_eq!(out.problems, ["missing /title"]);
    let document = out.value.expect("a document");
    assert_eq!(document.title, "(untitled)");
    assert_eq!(document.status, Status::Planned);

    let out = read::<Document>(r#"{"title": false, "offset": 0, "status": "planned"}"#);
    assert_eq!(out.problems, ["wrong_type(String) /title"]);
    assert_eq!(out.value.expect("a document").title, "(untitled)");
}

#[test]
fn a_stand_in_id_alone_never_leaves_the_element_out() {
    let out = read::<Placeholder>(r#"{"id": "x"}"#);
    assert_eq!(
        out.value,
        Some(Placeholder {
            id: PartyId("x".into())
        })
    );
    let out = read::<Placeholder>("{}");
    assert_eq!(out.problems, ["missing /id"]);
    assert_eq!(
        out.value,
        Some(Placeholder {
            id: placeholder_id()
        })
    );
    assert!(out.left_out.is_empty());
}

#[test]
fn a_stand_in_id_is_noted_when_the_element_is_left_out() {
    let out = read::<Plan>(r#"{"id": "plan-1"}"#);
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["missing /name"]);
    assert_eq!(out.left_out, ["plan-1"]);
}

#[test]
fn renamed_and_raw_fields_use_their_json_names() {
    let out = read::<Document>(
        r#"{"$schema": "https://example.org/s.json", "title": "t", "offset": 1,
            "status": "in_progress", "type": "ActionAndAssignmentPlan",
            "parties": [{"id": "p1", "name": "n", "year": 2000}, {"id": "p2"}]}"#,
    );
    assert_eq!(
        out.problems,
        ["missing /parties/1/name", "missing /parties/1/year"]
    );
    assert_eq!(out.left_out, ["p2"]);
    let document = out.value.expect("a document");
    assert_eq!(
        document.schema.as_deref(),
        Some("https://example.org/s.json")
    );
    assert_eq!(document.status, Status::InProgress);
    assert_eq!(document.r#type, Some(Kind::ActionAndAssignmentPlan));
    assert_eq!(document.parties.len(), 1);

    let out = read::<Document>(r#"{"schema": 1, "title": "t", "offset": 1, "status": "done"}"#);
    assert_eq!(
        out.problems,
        ["unknown($schema,title,parties,offset,count,status,type) /schema"]
    );
}

#[test]
fn structs_without_required_fields() {
    let out = read::<Note>(r#"{"text": "hi", "flagged": true}"#);
    assert_eq!(
        out.value,
        Some(Note {
            text: Some("hi".into()),
            flagged: true
        })
    );
    let out = read::<Note>("{}");
    assert_eq!(
        out.value,
        Some(Note {
            text: None,
            flagged: false
        })
    );
    let out = read::<Note>("[]");
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["wrong_type(Object) "]);

    let out = read::<Empty>(r#"{"a": 1}"#);
    assert_eq!(out.value, Some(Empty {}));
    assert_eq!(out.problems, ["unknown() /a"]);
}

#[test]
fn enums_are_read_from_their_codes() {
    for (text, status) in [
        (r#""planned""#, Status::Planned),
        (r#""in_progress""#, Status::InProgress),
        (r#""done""#, Status::Done),
        (r#""x-other""#, Status::Other),
    ] {
        let out = read::<Status>(text);
        assert_eq!(out.problems, Vec::<String>::new());
        assert_eq!(out.value, Some(status));
    }
    let out = read::<Status>(r#""InProgress""#);
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["invalid "]);
    let out = read::<Status>("3");
    assert_eq!(out.value, None);
    assert_eq!(out.problems, ["wrong_type(Code) "]);
    assert_eq!(read::<Kind>(r#""Plain""#).value, Some(Kind::Plain));
    assert_eq!(read::<Kind>(r#""plain""#).value, None);

    let out = read::<Document>(r#"{"title": "t", "offset": 1, "status": "later"}"#);
    assert_eq!(out.problems, ["invalid /status"]);
    assert_eq!(out.value, None);
}

#[test]
fn serde_goes_through_the_same_reader() {
    let party: Party =
        serde_json::from_str(r#"{"id": "p1", "name": "n", "year": 2000}"#).expect("a party");
    assert_eq!(party.currency, "SEK");
    let error =
        serde_json::from_str::<Party>(r#"{"id": "p1", "year": 3000}"#).expect_err("two problems");
    assert_eq!(error.to_string(), "invalid /year; missing /name");
    let status: Status = serde_json::from_str(r#""in_progress""#).expect("a status");
    assert_eq!(status, Status::InProgress);
    // `Serialize` beside `FromJson` still reads the same attributes.
    let json = serde_json::to_string(&Status::Other).expect("serializes");
    assert_eq!(json, r#""x-other""#);
}
