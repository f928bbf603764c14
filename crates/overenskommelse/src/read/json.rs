//! The JSON grammar (RFC 8259): white space, strings, numbers, literals, and skipping values.
//!
//! A small hand-written reader, so that every position is known, a value of the wrong type
//! can be skipped and reading can go on, and nothing depends on another parser's messages.

use std::borrow::Cow;
use std::collections::HashSet;

use super::{Fatal, FatalKind, JsonType, Reader, Token};

/// Why bytes are not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SyntaxProblem {
    /// The file ends in the middle of a value.
    UnexpectedEnd,
    /// Something that cannot start a value.
    ExpectedValue,
    /// A key without `:` after it.
    ExpectedColon,
    /// An object member whose key is not a string in double quotes.
    ExpectedKey,
    /// A member not followed by `,` or `}`.
    ExpectedCommaOrObjectEnd,
    /// An element not followed by `,` or `]`.
    ExpectedCommaOrArrayEnd,
    /// A comma before `}` or `]`.
    TrailingComma,
    /// More after the end of the document.
    TrailingCharacters,
    /// A word that is not `true`, `false` or `null`.
    InvalidLiteral,
    /// A number not written as JSON writes numbers.
    InvalidNumber,
    /// A backslash escape JSON does not have.
    InvalidEscape,
    /// Half of a UTF-16 surrogate pair written as `\uD800` without its other half.
    LoneSurrogate,
    /// A control character (such as a line break or tab) inside a string.
    ControlCharacter,
    /// Bytes that are not UTF-8.
    InvalidUtf8,
    /// The file starts with a byte order mark.
    ByteOrderMark,
}

impl<'a> Reader<'a> {
    pub(super) fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The type of the value at the position, after white space.
    pub(crate) fn peek_type(&mut self) -> Result<JsonType, Fatal> {
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b'{') => Ok(JsonType::Object),
            Some(b'[') => Ok(JsonType::Array),
            Some(b'"') => Ok(JsonType::String),
            Some(b'-' | b'0'..=b'9') => Ok(JsonType::Number),
            Some(b't' | b'f') => Ok(JsonType::Boolean),
            Some(b'n') => Ok(JsonType::Null),
            None => Err(self.syntax(SyntaxProblem::UnexpectedEnd)),
            Some(_) => Err(self.syntax(SyntaxProblem::ExpectedValue)),
        }
    }

    /// Consumes `{` or `[` at `at`, one level deeper.
    pub(super) fn open(&mut self, at: usize) -> Result<(), Fatal> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            let limit = self.limits.max_depth;
            return Err(self.stop(FatalKind::TooDeep { limit }, at));
        }
        self.pos = at + 1;
        Ok(())
    }

    fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.pos += 1;
    }

    /// The next key of the object being read, or `None` (having consumed `}`) at its end.
    pub(crate) fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, Fatal> {
        // Right after `{` nothing has been read; after a member, a `,` or `}` must follow.
        let first = self.pos > 0 && self.bytes[self.pos - 1] == b'{';
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b'}') => {
                self.close();
                return Ok(None);
            }
            Some(b',') if !first => {
                self.pos += 1;
                self.skip_whitespace();
                if self.bytes.get(self.pos) == Some(&b'}') {
                    return Err(self.syntax(SyntaxProblem::TrailingComma));
                }
            }
            None => return Err(self.syntax(SyntaxProblem::UnexpectedEnd)),
            Some(_) if !first => return Err(self.syntax(SyntaxProblem::ExpectedCommaOrObjectEnd)),
            Some(_) => {}
        }
        match self.bytes.get(self.pos) {
            Some(b'"') => {}
            None => return Err(self.syntax(SyntaxProblem::UnexpectedEnd)),
            Some(_) => return Err(self.syntax(SyntaxProblem::ExpectedKey)),
        }
        self.key_at = self.pos;
        let key = self.string()?;
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b':') => self.pos += 1,
            None => return Err(self.syntax(SyntaxProblem::UnexpectedEnd)),
            Some(_) => return Err(self.syntax(SyntaxProblem::ExpectedColon)),
        }
        Ok(Some(key))
    }

    /// True when the array being read has another element (element `index`); false, having
    /// consumed `]`, at its end.
    pub(super) fn next_element(&mut self, index: usize) -> Result<bool, Fatal> {
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b']') => {
                self.close();
                Ok(false)
            }
            Some(b',') if index > 0 => {
                self.pos += 1;
                self.skip_whitespace();
                if self.bytes.get(self.pos) == Some(&b']') {
                    return Err(self.syntax(SyntaxProblem::TrailingComma));
                }
                Ok(true)
            }
            None => Err(self.syntax(SyntaxProblem::UnexpectedEnd)),
            Some(_) if index > 0 => Err(self.syntax(SyntaxProblem::ExpectedCommaOrArrayEnd)),
            Some(_) => Ok(true),
        }
    }

    /// The string at the position (which is `"`), unescaped; borrowed when it has no escapes.
    pub(super) fn string(&mut self) -> Result<Cow<'a, str>, Fatal> {
        let bytes = self.bytes;
        let start = self.pos + 1;
        let (mut at, mut run) = (start, start);
        // Built only once an escape is met; each plain run is checked as UTF-8.
        let mut owned: Option<String> = None;
        loop {
            at = skip_plain(bytes, at);
            while bytes
                .get(at)
                .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                at += 1;
            }
            match bytes.get(at) {
                Some(b'"') => {
                    let rest = self.utf8(run, at)?;
                    self.pos = at + 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(rest),
                        Some(mut out) => {
                            out.push_str(rest);
                            Cow::Owned(out)
                        }
                    });
                }
                Some(b'\\') => {
                    let plain = self.utf8(run, at)?;
                    let out = owned.get_or_insert_with(|| String::with_capacity(at - start + 16));
                    out.push_str(plain);
                    at = self.escape(at, out)?;
                    run = at;
                }
                Some(0..=0x1F) => {
                    self.pos = at;
                    return Err(self.syntax(SyntaxProblem::ControlCharacter));
                }
                Some(_) => at += 1,
                None => {
                    self.pos = at;
                    return Err(self.syntax(SyntaxProblem::UnexpectedEnd));
                }
            }
        }
    }

    /// The text of the bytes `start..end` (between ASCII characters of the JSON grammar, so
    /// on character boundaries).
    fn utf8(&mut self, start: usize, end: usize) -> Result<&'a str, Fatal> {
        if let Some(text) = self.text.get(start..end) {
            return Ok(text);
        }
        let bytes: &'a [u8] = self.bytes;
        std::str::from_utf8(&bytes[start..end]).map_err(|error| {
            self.pos = start + error.valid_up_to();
            self.syntax(SyntaxProblem::InvalidUtf8)
        })
    }

    /// Reads the escape at `at` (a backslash) into `out`; gives the offset after it.
    fn escape(&mut self, at: usize, out: &mut String) -> Result<usize, Fatal> {
        let Some(&kind) = self.bytes.get(at + 1) else {
            self.pos = at + 1;
            return Err(self.syntax(SyntaxProblem::UnexpectedEnd));
        };
        let simple = match kind {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'u' => None,
            _ => {
                self.pos = at;
                return Err(self.syntax(SyntaxProblem::InvalidEscape));
            }
        };
        if let Some(c) = simple {
            out.push(c);
            return Ok(at + 2);
        }
        let first = self.hex4(at + 2)?;
        let (code, next) = match first {
            0xD800..=0xDBFF => {
                // A high surrogate must be followed by `\u` and a low one.
                let follows =
                    self.bytes.get(at + 6) == Some(&b'\\') && self.bytes.get(at + 7) == Some(&b'u');
                let low = if follows { self.hex4(at + 8)? } else { 0 };
                if !(0xDC00..=0xDFFF).contains(&low) {
                    self.pos = at;
                    return Err(self.syntax(SyntaxProblem::LoneSurrogate));
                }
                (0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00), at + 12)
            }
            0xDC00..=0xDFFF => {
                self.pos = at;
                return Err(self.syntax(SyntaxProblem::LoneSurrogate));
            }
            code => (code, at + 6),
        };
        match char::from_u32(code) {
            Some(c) => out.push(c),
            None => {
                self.pos = at;
                return Err(self.syntax(SyntaxProblem::InvalidEscape));
            }
        }
        Ok(next)
    }

    fn hex4(&mut self, at: usize) -> Result<u32, Fatal> {
        let mut value = 0;
        for offset in 0..4 {
            let digit = match self.bytes.get(at + offset) {
                Some(b) => (*b as char).to_digit(16),
                None => {
                    self.pos = at + offset;
                    return Err(self.syntax(SyntaxProblem::UnexpectedEnd));
                }
            };
            match digit {
                Some(digit) => value = value * 16 + digit,
                None => {
                    self.pos = at + offset;
                    return Err(self.syntax(SyntaxProblem::InvalidEscape));
                }
            }
        }
        Ok(value)
    }

    /// The number at the position, as written.
    pub(super) fn number(&mut self) -> Result<&'a str, Fatal> {
        let bytes: &'a [u8] = self.bytes;
        let start = self.pos;
        let mut at = start;
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        if bytes.get(at) == Some(&b'-') {
            at += 1;
        }
        let valid = match bytes.get(at) {
            Some(b'0') => {
                at += 1;
                true
            }
            Some(b'1'..=b'9') => digits(&mut at),
            _ => false,
        } && (bytes.get(at) != Some(&b'.') || {
            at += 1;
            digits(&mut at)
        }) && (!matches!(bytes.get(at), Some(b'e' | b'E')) || {
            at += 1;
            if matches!(bytes.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            digits(&mut at)
        }) && !bytes.get(at).is_some_and(u8::is_ascii_digit);
        if !valid {
            self.pos = at;
            return Err(self.syntax(SyntaxProblem::InvalidNumber));
        }
        self.pos = at;
        // The bytes checked above are ASCII.
        Ok(std::str::from_utf8(&bytes[start..at]).unwrap_or_default())
    }

    /// `true`, `false` or `null` at the position: `Some(bool)` or `None` for null.
    pub(super) fn literal(&mut self) -> Result<Option<bool>, Fatal> {
        let rest = &self.bytes[self.pos..];
        let (value, len) = if rest.starts_with(b"true") {
            (Some(true), 4)
        } else if rest.starts_with(b"false") {
            (Some(false), 5)
        } else if rest.starts_with(b"null") {
            (None, 4)
        } else {
            return Err(self.syntax(SyntaxProblem::InvalidLiteral));
        };
        if self
            .bytes
            .get(self.pos + len)
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            return Err(self.syntax(SyntaxProblem::InvalidLiteral));
        }
        self.pos += len;
        Ok(value)
    }

    /// Skips the value at the position, checking that it is JSON.
    pub(crate) fn skip_value(&mut self) -> Result<(), Fatal> {
        self.walk_value(false)
    }

    /// Walks the value at the position, checking that it is JSON; with `keys`, a key given
    /// twice in one object is reported (and its value walked no further).
    pub(super) fn walk_value(&mut self, keys: bool) -> Result<(), Fatal> {
        match self.peek_type()? {
            JsonType::String => self.string().map(drop),
            JsonType::Number => self.number().map(drop),
            JsonType::Boolean | JsonType::Null => self.literal().map(drop),
            JsonType::Object => {
                let at = self.pos;
                self.open(at)?;
                let mut seen: HashSet<Cow<'a, str>> = HashSet::new();
                while let Some(key) = self.next_key()? {
                    if !keys {
                        self.walk_value(false)?;
                    } else if seen.contains(&key) {
                        self.duplicate(key)?;
                    } else {
                        self.path.push(Token::Key(key.clone()));
                        let value = self.walk_value(true);
                        self.path.pop();
                        value?;
                        seen.insert(key);
                    }
                }
                Ok(())
            }
            JsonType::Array => {
                let at = self.pos;
                self.open(at)?;
                let mut index = 0;
                while self.next_element(index)? {
                    if keys {
                        self.path.push(Token::Index(index));
                    }
                    let value = self.walk_value(keys);
                    if keys {
                        self.path.pop();
                    }
                    value?;
                    index += 1;
                }
                Ok(())
            }
        }
    }
}

/// The offset of the first of the eight-byte runs from `at` that may hold a byte a string
/// ends or changes at (`"`, `\\`, a control character): the bytes before it are plain text.
/// Eight bytes are looked at in one step, as a number (the zero-byte test of *Bit Twiddling
/// Hacks*): most of a document is the text of its strings.
fn skip_plain(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const QUOTES: u64 = ONES * b'"' as u64;
    const BACKSLASHES: u64 = ONES * b'\\' as u64;
    const SPACES: u64 = ONES * b' ' as u64;
    while let Some(Ok(eight)) = bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let word = u64::from_le_bytes(eight);
        let quote = word ^ QUOTES;
        let backslash = word ^ BACKSLASHES;
        // A byte's high bit is set where it is zero (or, after such a byte, perhaps where it
        // is not), and where it is below a space; bytes of 0x80 and above never set it.
        let special = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (word.wrapping_sub(SPACES) & !word);
        if special & HIGHS != 0 {
            break;
        }
        at += 8;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::skip_plain;

    #[test]
    fn plain_runs_are_skipped_up_to_the_eight_bytes_that_hold_a_special_one() {
        let text = b"abcdefghijklmnop\"rest";
        assert_eq!(skip_plain(text, 0), 16);
        assert_eq!(skip_plain(b"abcdefgh\\ijklmnop", 0), 8);
        assert_eq!(skip_plain(b"abcdefg\nhijklmnop", 0), 0);
        // Bytes of UTF-8 above 0x7F are plain.
        assert_eq!(skip_plain("åäöåäöåäöxyzw\"".as_bytes(), 0), 16);
        // Fewer than eight bytes left: the caller reads them one by one.
        assert_eq!(skip_plain(b"abc", 0), 0);
        for (i, special) in [b'"', b'\\', 0x00, 0x1F].into_iter().enumerate() {
            for at in 0..8 {
                let mut eight = *b"ABCDEFGH";
                eight[at] = special;
                assert_eq!(skip_plain(&eight, 0), 0, "case {i}, at {at}");
            }
        }
    }
    use super::super::{FatalKind, Limits, Reader};
    use super::SyntaxProblem;

    fn skim(text: &[u8]) -> Result<(), (FatalKind, usize)> {
        let limits = Limits::default();
        let mut reader = Reader::new(text, &limits);
        let result = reader.skip_value().and_then(|()| reader.end());
        match result {
            Ok(()) => Ok(()),
            Err(_) => Err(reader.fatal.clone().expect("a fatal problem is recorded")),
        }
    }

    fn problem(text: &[u8]) -> SyntaxProblem {
        match skim(text) {
            Err((FatalKind::Syntax(problem), _)) => problem,
            other => panic!("{other:?} for {:?}", String::from_utf8_lossy(text)),
        }
    }

    #[test]
    fn json_is_read_as_rfc_8259_writes_it() {
        for text in [
            &b"{}"[..],
            b" [ ] ",
            b"{\"a\": [1, -0.5e+3, true, false, null, \"x\\u00e5\\n\"]}",
            b"\"\\ud83d\\ude00\"",
            b"0",
            b"-12.75E-2",
        ] {
            assert_eq!(skim(text), Ok(()), "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn each_kind_of_syntax_error_is_named() {
        assert_eq!(problem(b"{\"a\": 1,}"), SyntaxProblem::TrailingComma);
        assert_eq!(problem(b"[1,]"), SyntaxProblem::TrailingComma);
        assert_eq!(problem(b"{\"a\" 1}"), SyntaxProblem::ExpectedColon);
        assert_eq!(problem(b"{'a': 1}"), SyntaxProblem::ExpectedKey);
        assert_eq!(
            problem(b"{\"a\": 1 \"b\": 2}"),
            SyntaxProblem::ExpectedCommaOrObjectEnd
        );
        assert_eq!(problem(b"[1 2]"), SyntaxProblem::ExpectedCommaOrArrayEnd);
        assert_eq!(problem(b"{\"a\": "), SyntaxProblem::UnexpectedEnd);
        assert_eq!(problem(b"[01]"), SyntaxProblem::InvalidNumber);
        assert_eq!(problem(b"[1.]"), SyntaxProblem::InvalidNumber);
        assert_eq!(problem(b"[tru]"), SyntaxProblem::InvalidLiteral);
        assert_eq!(problem(b"[nulls]"), SyntaxProblem::InvalidLiteral);
        assert_eq!(problem(b"\"\\x\""), SyntaxProblem::InvalidEscape);
        assert_eq!(problem(b"\"\\ud800\""), SyntaxProblem::LoneSurrogate);
        assert_eq!(problem(b"\"\\udc00\""), SyntaxProblem::LoneSurrogate);
        assert_eq!(problem(b"\"a\tb\""), SyntaxProblem::ControlCharacter);
        assert_eq!(problem(b"\"\xff\""), SyntaxProblem::InvalidUtf8);
        assert_eq!(problem(b"{} {}"), SyntaxProblem::TrailingCharacters);
        assert_eq!(problem(b"[+1]"), SyntaxProblem::ExpectedValue);
    }

    #[test]
    fn nesting_past_the_limit_stops_at_the_first_bracket_too_deep() {
        let limits = Limits::default().with_max_depth(2);
        let mut reader = Reader::new(b"[[[]]]", &limits);
        assert!(reader.skip_value().is_err());
        assert_eq!(reader.fatal, Some((FatalKind::TooDeep { limit: 2 }, 2)));
    }
}
