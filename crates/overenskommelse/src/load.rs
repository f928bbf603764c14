//! Bytes to [`Agreement`]: limits, line and column for syntax, a JSON Pointer for everything else.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use crate::i18n::Message;
use crate::model::Agreement;
use crate::strict::Strict;
use crate::validate::{escape_token, rules, Finding};

/// Limits that guard against broken or hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest document read, in bytes.
    pub max_bytes: usize,
    /// Deepest nesting of objects and arrays.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: 256 * 1024 * 1024,
            max_depth: 64,
        }
    }
}

/// What went wrong with the shape of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StructureProblem {
    /// The document is not a JSON object.
    NotAnObject,
    /// A field the model does not have.
    UnknownField(String),
    /// A required field is absent.
    MissingField(String),
    /// A value of the wrong JSON type.
    WrongType,
    /// A value outside the allowed set.
    InvalidValue,
    /// A date that is not `YYYY-MM-DD` or not in the calendar.
    InvalidDate,
}

/// Why a document could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Nothing but white space.
    #[error("the document is empty")]
    Empty,
    /// Over [`Limits::max_bytes`].
    #[error("the document is {size} bytes, more than the limit of {limit}")]
    TooLarge {
        /// Size of the document.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Over [`Limits::max_depth`].
    #[error("line {line}, column {column}: nested more than {limit} levels deep")]
    TooDeep {
        /// The limit.
        limit: usize,
        /// Line of the first bracket past the limit.
        line: u64,
        /// Column of that bracket.
        column: u64,
    },
    /// Not JSON.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// Line, 1-based.
        line: u64,
        /// Column, 1-based.
        column: u64,
        /// What the JSON parser said.
        message: String,
    },
    /// JSON of the wrong shape.
    #[error("{}: {message}", if pointer.is_empty() { "the document" } else { pointer.as_str() })]
    Structure {
        /// What kind of problem.
        problem: StructureProblem,
        /// JSON Pointer of the culprit.
        pointer: String,
        /// Line where the parser noticed it, 1-based, when known.
        line: Option<u64>,
        /// Column, 1-based, when known.
        column: Option<u64>,
        /// What the deserializer said.
        message: String,
    },
}

impl LoadError {
    /// The error as a finding with code, path and Swedish and English message; `None` for I/O errors.
    pub fn to_finding(&self) -> Option<Finding> {
        let finding = match self {
            LoadError::Io { .. } => return None,
            LoadError::Empty => Finding::new(
                &rules::EMPTY,
                "",
                Message::new("Dokumentet är tomt.", "The document is empty."),
            ),
            LoadError::TooLarge { size, limit } => Finding::new(
                &rules::TOO_LARGE,
                "",
                Message::new(
                    format!("Dokumentet är {size} byte, mer än gränsen {limit} byte."),
                    format!("The document is {size} bytes, more than the limit of {limit}."),
                ),
            ),
            LoadError::TooDeep {
                limit,
                line,
                column,
            } => Finding::new(
                &rules::TOO_DEEP,
                "",
                Message::new(
                    format!("Dokumentet är nästlat mer än {limit} nivåer djupt."),
                    format!("The document is nested more than {limit} levels deep."),
                ),
            )
            .at(*line, *column),
            LoadError::Syntax {
                line,
                column,
                message,
            } => Finding::new(
                &rules::SYNTAX,
                "",
                Message::new(
                    format!(
                        "Inte giltig JSON på rad {line}, kolumn {column}: {}.",
                        swedish_syntax(message)
                    ),
                    format!("Not valid JSON at line {line}, column {column}: {message}."),
                ),
            )
            .at(*line, *column),
            LoadError::Structure {
                problem,
                pointer,
                line,
                column,
                message,
            } => {
                let mut finding = structure_finding(problem, pointer, message);
                if let (Some(line), Some(column)) = (line, column) {
                    finding = finding.at(*line, *column);
                }
                finding
            }
        };
        Some(finding)
    }
}

/// Reads a document from a string.
pub fn from_str(text: &str) -> Result<Agreement, LoadError> {
    from_slice(text.as_bytes())
}

/// Reads a document from bytes (UTF-8 JSON).
pub fn from_slice(bytes: &[u8]) -> Result<Agreement, LoadError> {
    from_slice_with(bytes, Limits::default())
}

/// Reads a document from a file.
pub fn from_path(path: impl AsRef<Path>) -> Result<Agreement, LoadError> {
    let path = path.as_ref();
    let bytes = read_file(path, Limits::default())?;
    from_slice(&bytes)
}

/// Reads a file, refusing one over the size limit before reading it.
pub fn read_file(path: &Path, limits: Limits) -> Result<Vec<u8>, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > limits.max_bytes as u64 {
        return Err(LoadError::TooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit: limits.max_bytes,
        });
    }
    std::fs::read(path).map_err(io)
}

/// Reads a document from bytes under the given limits.
pub fn from_slice_with(bytes: &[u8], limits: Limits) -> Result<Agreement, LoadError> {
    check_envelope(bytes, limits)?;
    // serde reads a struct from an array by position; a document must be an object.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(match serde_json::from_slice::<Value>(bytes) {
            Err(error) => syntax_error(&error),
            Ok(value) => LoadError::Structure {
                problem: StructureProblem::NotAnObject,
                pointer: String::new(),
                line: Some(1),
                column: Some(1),
                message: format!("invalid type: {}, expected an object", json_kind(&value)),
            },
        });
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let read = Agreement::deserialize(Strict(&mut deserializer)).and_then(|agreement| {
        deserializer.end()?;
        Ok(agreement)
    });
    match read {
        Ok(agreement) => Ok(agreement),
        Err(error) if error.is_data() => {
            // Only a failing document pays for path tracking.
            let mut deserializer = serde_json::Deserializer::from_slice(bytes);
            let pointer =
                match serde_path_to_error::deserialize::<_, Agreement>(Strict(&mut deserializer)) {
                    Err(tracked) => pointer_of(tracked.path()),
                    Ok(_) => String::new(),
                };
            Err(structure_error(&error, pointer))
        }
        Err(error) => Err(syntax_error(&error)),
    }
}

/// A document read as far as it could be, with every problem met on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The agreement, when the document could be read well enough to validate its content:
    /// parts with structure errors are left out of it.
    pub agreement: Option<Agreement>,
    /// Syntax and structure findings, with pointers into the document as written.
    pub findings: Vec<Finding>,
    /// Ids of the entities left out because of structure errors; references to them are not reported again.
    pub left_out_ids: HashSet<String>,
    repairs: Repairs,
}

impl Loaded {
    /// Maps a pointer into [`Loaded::agreement`] back to the document as written, or `None`
    /// when it points into a stand-in for a missing value (already reported as missing).
    pub fn original_pointer(&self, pointer: &str) -> Option<String> {
        self.repairs.original(pointer, self.repairs.removed.len())
    }
}

/// What was changed in a broken document so that the rest of it could be read.
#[derive(Debug, Clone, Default)]
struct Repairs {
    /// Array elements removed, in order: the array's tokens and the index removed.
    removed: Vec<(Vec<String>, usize)>,
    /// Pointers of stand-ins inserted for missing required values.
    stand_ins: Vec<String>,
}

impl Repairs {
    /// The pointer in the document as written, undoing the first `count` removals.
    fn original(&self, pointer: &str, count: usize) -> Option<String> {
        if self
            .stand_ins
            .iter()
            .any(|s| pointer == s || pointer.starts_with(&format!("{s}/")))
        {
            return None;
        }
        let mut tokens = tokens_of(pointer);
        for (array, index) in self.removed[..count].iter().rev() {
            if tokens.len() > array.len() && tokens[..array.len()] == array[..] {
                if let Ok(i) = tokens[array.len()].parse::<usize>() {
                    if i >= *index {
                        tokens[array.len()] = (i + 1).to_string();
                    }
                }
            }
        }
        Some(
            tokens
                .iter()
                .map(|t| format!("/{}", escape_token(t)))
                .collect(),
        )
    }
}

/// Stand-ins for required values outside any list, so that the rest of a document can be read.
fn stand_in(object: &str, field: &str) -> Option<Value> {
    Some(match (object, field) {
        ("", "schema_version") => Value::from(crate::model::SCHEMA_VERSION),
        ("", "id") => Value::from("missing"),
        ("", "title") | ("/jurisdiction", "name") => Value::from(""),
        ("", "jurisdiction") => serde_json::json!({ "kind": "kommun", "name": "", "code": "1490" }),
        ("/jurisdiction", "kind") => Value::from("kommun"),
        ("/jurisdiction", "code") => Value::from("1490"),
        (_, "sv") => Value::from(""),
        _ => return None,
    })
}

/// The most problems reported about the structure of one document.
const MAX_STRUCTURE_FINDINGS: usize = 200;

/// Reads a document and reports every syntax and structure problem, not only the first.
///
/// Parts of the document with structure errors are left out so that the rest can still be validated.
pub fn load_all(bytes: &[u8], limits: Limits) -> Loaded {
    let first = match from_slice_with(bytes, limits) {
        Ok(agreement) => {
            return Loaded {
                agreement: Some(agreement),
                ..Loaded::default()
            }
        }
        Err(error) => error,
    };
    let only = |error: LoadError| Loaded {
        findings: error.to_finding().into_iter().collect(),
        ..Loaded::default()
    };
    let LoadError::Structure {
        line: first_line,
        column: first_column,
        pointer: first_pointer,
        problem: first_problem,
        ..
    } = &first
    else {
        return only(first);
    };
    if *first_problem == StructureProblem::NotAnObject {
        return only(first);
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(bytes) else {
        return only(first);
    };
    let mut loaded = Loaded::default();
    let mut reported = HashSet::new();
    loop {
        let error = match serde_path_to_error::deserialize::<_, Agreement>(Strict(&value)) {
            Ok(agreement) => {
                loaded.agreement = Some(agreement);
                break;
            }
            Err(error) => error,
        };
        let pointer = pointer_of(error.path());
        let message = strip_position(&error.into_inner().to_string());
        let problem = classify(&message, &pointer);
        let tokens = tokens_of(&pointer);
        let repairs = &loaded.repairs;
        let original = repairs
            .original(&culprit(&problem, &pointer), repairs.removed.len())
            .unwrap_or_default();
        // A value removed for being wrong may leave its field missing: report it once.
        if reported.insert(original.clone()) {
            let mut finding = structure_finding(&problem, &pointer, &message);
            finding.path = original;
            if finding.path == *first_pointer {
                if let (Some(line), Some(column)) = (first_line, first_column) {
                    finding = finding.at(*line, *column);
                }
            }
            loaded.findings.push(finding);
        }
        let repaired = match &problem {
            StructureProblem::NotAnObject => false,
            StructureProblem::MissingField(field) => {
                match (stand_in(&pointer, field), navigate(&mut value, &tokens)) {
                    (Some(stand_in), Some(Value::Object(map))) if !map.contains_key(field) => {
                        map.insert(field.clone(), stand_in);
                        loaded.repairs.stand_ins.push(culprit(&problem, &pointer));
                        true
                    }
                    _ => drop_enclosing_element(&mut value, &tokens, &mut loaded),
                }
            }
            _ => {
                remove_at(&mut value, &tokens, &mut loaded.repairs)
                    || drop_enclosing_element(&mut value, &tokens, &mut loaded)
            }
        };
        if !repaired || loaded.findings.len() >= MAX_STRUCTURE_FINDINGS {
            break;
        }
    }
    loaded
}

fn check_envelope(bytes: &[u8], limits: Limits) -> Result<(), LoadError> {
    if bytes.len() > limits.max_bytes {
        return Err(LoadError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    if let Some(offset) = first_offset_deeper_than(bytes, limits.max_depth) {
        let (line, column) = line_column(bytes, offset);
        return Err(LoadError::TooDeep {
            limit: limits.max_depth,
            line,
            column,
        });
    }
    Ok(())
}

/// Offset of the first `[` or `{` nested deeper than `max`, outside strings.
fn first_offset_deeper_than(bytes: &[u8], max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, &byte) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(offset);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn line_column(bytes: &[u8], offset: usize) -> (u64, u64) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count() as u64
        + 1;
    (line, column)
}

fn syntax_error(error: &serde_json::Error) -> LoadError {
    LoadError::Syntax {
        line: error.line() as u64,
        column: error.column() as u64,
        message: strip_position(&error.to_string()),
    }
}

fn structure_error(error: &serde_json::Error, pointer: String) -> LoadError {
    let message = strip_position(&error.to_string());
    let problem = classify(&message, &pointer);
    LoadError::Structure {
        pointer: culprit(&problem, &pointer),
        problem,
        line: Some(error.line() as u64),
        column: Some(error.column() as u64),
        message,
    }
}

/// serde_json appends " at line L column C"; the position is kept in fields of its own.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

fn classify(message: &str, pointer: &str) -> StructureProblem {
    if let Some(field) = backticked_after(message, "unknown field ") {
        return StructureProblem::UnknownField(field);
    }
    if let Some(field) = backticked_after(message, "missing field ") {
        return StructureProblem::MissingField(field);
    }
    if pointer.is_empty() && message.starts_with("invalid type") {
        return StructureProblem::NotAnObject;
    }
    // chrono's date parser speaks of input rather than types.
    const DATE_ERRORS: [&str; 5] = [
        "input contains invalid characters",
        "input is out of range",
        "premature end of input",
        "trailing input",
        "input is not enough",
    ];
    if DATE_ERRORS.iter().any(|text| message.starts_with(text)) {
        return StructureProblem::InvalidDate;
    }
    if message.starts_with("invalid date") {
        return StructureProblem::InvalidDate;
    }
    if message.starts_with("invalid type") || message.starts_with("invalid length") {
        return StructureProblem::WrongType;
    }
    StructureProblem::InvalidValue
}

/// The pointer of the culprit: for a missing field, the member that should be there.
fn culprit(problem: &StructureProblem, pointer: &str) -> String {
    match problem {
        StructureProblem::MissingField(field) => format!("{pointer}/{}", escape_token(field)),
        _ => pointer.to_owned(),
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    Some(rest[..rest.find('`')?].to_owned())
}

fn structure_finding(problem: &StructureProblem, pointer: &str, message: &str) -> Finding {
    let sv_detail = swedish_structure(message);
    match problem {
        StructureProblem::NotAnObject => Finding::new(
            &rules::NOT_AN_OBJECT,
            pointer,
            Message::new(
                format!("Dokumentet är inte ett JSON-objekt ({sv_detail})."),
                format!("The document is not a JSON object ({message})."),
            ),
        ),
        StructureProblem::UnknownField(field) => {
            let allowed = message
                .split_once("expected one of ")
                .map(|(_, list)| list.to_owned());
            let mut finding = Finding::new(
                &rules::UNKNOWN_FIELD,
                pointer,
                Message::new(
                    format!("Okänt fält `{field}`."),
                    format!("Unknown field `{field}`."),
                ),
            )
            .with_value(field.clone());
            if let Some(allowed) = allowed {
                finding = finding.with_hint(Message::new(
                    format!("Tillåtna fält här: {allowed}. Egna fält hör hemma i `extensions`."),
                    format!("Fields allowed here: {allowed}. A kommun's own fields belong in `extensions`."),
                ));
            }
            finding
        }
        StructureProblem::MissingField(field) => Finding::new(
            &rules::MISSING_FIELD,
            culprit(problem, pointer),
            Message::new(
                format!("Obligatoriskt fält `{field}` saknas."),
                format!("Required field `{field}` is missing."),
            ),
        )
        .with_value(field.clone()),
        StructureProblem::WrongType => Finding::new(
            &rules::WRONG_TYPE,
            pointer,
            Message::new(
                format!("Fel typ: {sv_detail}."),
                format!("Wrong type: {message}."),
            ),
        ),
        StructureProblem::InvalidValue => Finding::new(
            &rules::INVALID_VALUE,
            pointer,
            Message::new(
                format!("Ogiltigt värde: {sv_detail}."),
                format!("Invalid value: {message}."),
            ),
        ),
        StructureProblem::InvalidDate => {
            let value = backticked_after(message, "invalid date ");
            let shown = value
                .as_deref()
                .map(|v| format!(" \"{v}\""))
                .unwrap_or_default();
            let finding = Finding::new(
                &rules::INVALID_DATE,
                pointer,
                Message::new(
                    format!("Ogiltigt datum{shown}: skriv ÅÅÅÅ-MM-DD med en dag som finns i kalendern."),
                    format!("Invalid date{shown}: write YYYY-MM-DD with a day that exists in the calendar."),
                ),
            );
            match value {
                Some(value) => finding.with_value(value),
                None => finding,
            }
        }
    }
}

/// serde's words for JSON types, in Swedish.
const SWEDISH_WORDS: [(&str, &str); 16] = [
    ("invalid type: ", ""),
    ("unknown variant ", "okänt värde "),
    ("invalid value: ", ""),
    (", expected one of ", ", tillåtna värden: "),
    (", expected ", ", väntade "),
    ("expected ", "väntade "),
    (
        "a string or an object of texts keyed by language tag with `sv` required",
        "en text eller ett objekt med texter per språkkod där `sv` krävs",
    ),
    ("a sequence", "en lista"),
    ("a string", "en text"),
    ("a map", "ett objekt"),
    ("struct ", "objektet "),
    ("integer ", "heltalet "),
    ("floating point ", "decimaltalet "),
    ("boolean ", "sanningsvärdet "),
    ("string ", "texten "),
    ("null", "null"),
];

fn swedish_structure(message: &str) -> String {
    let mut text = message.to_owned();
    for (en, sv) in SWEDISH_WORDS {
        text = text.replace(en, sv);
    }
    text.replace("sequence", "lista").replace("map", "objekt")
}

fn swedish_syntax(message: &str) -> String {
    const WORDS: [(&str, &str); 9] = [
        ("EOF while parsing", "filen tar slut mitt i"),
        ("expected `,` or `}`", "väntade `,` eller `}`"),
        ("expected `,` or `]`", "väntade `,` eller `]`"),
        ("expected `:`", "väntade `:`"),
        ("expected value", "väntade ett värde"),
        ("expected ident", "väntade true, false eller null"),
        ("trailing comma", "kommatecken före slutet"),
        ("trailing characters", "tecken efter dokumentets slut"),
        ("key must be a string", "nyckeln måste vara en text"),
    ];
    let mut text = message.to_owned();
    for (en, sv) in WORDS {
        text = text.replace(en, sv);
    }
    text.replace("an object", "ett objekt")
        .replace("a list", "en lista")
        .replace("a string", "en text")
        .replace("a value", "ett värde")
}

/// JSON Pointer of a path tracked by serde_path_to_error.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&escape_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

fn tokens_of(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn remove_at(value: &mut Value, tokens: &[String], repairs: &mut Repairs) -> bool {
    let Some((last, parent)) = tokens.split_last() else {
        return false;
    };
    match navigate(value, parent) {
        Some(Value::Object(map)) => map.remove(last).is_some(),
        Some(Value::Array(items)) => match last.parse::<usize>() {
            Ok(index) if index < items.len() => {
                items.remove(index);
                repairs.removed.push((parent.to_vec(), index));
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// Removes the innermost array element at or above `tokens`, remembering its id.
fn drop_enclosing_element(value: &mut Value, tokens: &[String], loaded: &mut Loaded) -> bool {
    for end in (1..=tokens.len()).rev() {
        let (parent, index) = (&tokens[..end - 1], &tokens[end - 1]);
        let Ok(index) = index.parse::<usize>() else {
            continue;
        };
        if let Some(Value::Array(items)) = navigate(value, parent) {
            if index < items.len() {
                let removed = items.remove(index);
                loaded.repairs.removed.push((parent.to_vec(), index));
                for key in ["id", "code"] {
                    if let Some(id) = removed.get(key).and_then(Value::as_str) {
                        loaded.left_out_ids.insert(id.to_owned());
                    }
                }
                return true;
            }
        }
    }
    false
}

fn navigate<'v>(value: &'v mut Value, tokens: &[String]) -> Option<&'v mut Value> {
    tokens.iter().try_fold(value, |value, token| match value {
        Value::Object(map) => map.get_mut(token),
        Value::Array(items) => items.get_mut(token.parse::<usize>().ok()?),
        _ => None,
    })
}

/// Line and column (1-based) where the value at a JSON Pointer starts in `bytes`.
///
/// For a pointer to a member that is absent, the position of the enclosing value.
pub fn locate(bytes: &[u8], pointer: &str) -> Option<(u64, u64)> {
    let tokens = tokens_of(pointer);
    let mut scanner = Scanner { bytes, at: 0 };
    scanner.skip_whitespace();
    let mut found = scanner.at;
    for token in &tokens {
        match scanner.descend(token) {
            Some(offset) => found = offset,
            None => break,
        }
    }
    Some(line_column(bytes, found))
}

/// Just enough of a JSON reader to walk down a pointer without building values.
struct Scanner<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    /// Moves to the child `token` of the value at the cursor; returns its offset.
    fn descend(&mut self, token: &str) -> Option<usize> {
        match self.peek()? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_whitespace();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let key = self.string()?;
                    self.skip_whitespace();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.at += 1;
                    self.skip_whitespace();
                    if key == token {
                        return Some(self.at);
                    }
                    self.skip_value()?;
                    self.skip_whitespace();
                    if self.peek()? != b',' {
                        return None;
                    }
                    self.at += 1;
                }
            }
            b'[' => {
                let index: usize = token.parse().ok()?;
                self.at += 1;
                for _ in 0..index {
                    self.skip_whitespace();
                    self.skip_value()?;
                    self.skip_whitespace();
                    if self.peek()? != b',' {
                        return None;
                    }
                    self.at += 1;
                }
                self.skip_whitespace();
                (self.peek()? != b']').then_some(self.at)
            }
            _ => None,
        }
    }

    fn string(&mut self) -> Option<String> {
        let start = self.at;
        self.at += 1;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return serde_json::from_slice(&self.bytes[start..self.at]).ok();
                }
                _ => self.at += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
                Some(())
            }
        }
    }
}
