//! From format 1.0 to 2.0, keeping every fact: what 1.0 wrote in a field 2.0 no longer has is
//! moved to the field that holds it now.
//!
//! | 1.0 | 2.0 |
//! | --- | --- |
//! | `adopted` (agreement, plan, action plan) and `adopted_by` | a decision `{"kind": "adopted", "date", "by"}` in `decisions` |
//! | `ended: {date, reason}` | a decision `{"kind": "ended", "effective", "text"}` |
//! | `version: {number, date, replaces, changes}` | `versions`: the version replaced, and this one with its adoption |
//! | a goal's `strategies` as texts | strategies with ids (`<goal>-strategi-<n>`) |
//! | a budget line's `funder` as a party id | `funder: {"parties": [id]}` |
//! | an activity without `status` (1.0 read it as planned) | `"status": "planned"` |
//! | a meeting's `day_of_year` | its `date`: `{"day_of_year": "--11-28"}` (with `start` and `end` when it had a date too) |
//!
//! The document is rewritten as a tree that keeps its members in order and its numbers as
//! written, so nothing but the moved fields changes. Each move is recorded, so that findings
//! about the migrated document point into the document as written.

use std::collections::HashSet;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::model::{is_valid_id, SCHEMA_VERSION, SCHEMA_VERSION_1};
use crate::read::{Expected, FromJson, JsonType, Read, Reader};

/// A JSON value as written: members in order (a repeated key kept), numbers as their text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Node {
    fn text(text: &str) -> Node {
        Node::String(text.to_owned())
    }

    fn object(members: Vec<(&str, Node)>) -> Node {
        Node::Object(
            members
                .into_iter()
                .map(|(key, node)| (key.to_owned(), node))
                .collect(),
        )
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(text) => Some(text),
            _ => None,
        }
    }

    fn members_mut(&mut self) -> Option<&mut Vec<(String, Node)>> {
        match self {
            Node::Object(members) => Some(members),
            _ => None,
        }
    }

    fn elements_mut(&mut self) -> Option<&mut Vec<Node>> {
        match self {
            Node::Array(elements) => Some(elements),
            _ => None,
        }
    }

    fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Removes the member `key`, answering its position and value.
fn take(members: &mut Vec<(String, Node)>, key: &str) -> Option<(usize, Node)> {
    let at = members.iter().position(|(k, _)| k == key)?;
    Some((at, members.remove(at).1))
}

impl<'a> FromJson<'a> for Node {
    const EXPECTED: Expected = Expected::Object;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        let node = match r.peek_type()? {
            JsonType::Null => {
                r.null()?;
                Node::Null
            }
            JsonType::Boolean => return Ok(r.boolean()?.map(Node::Bool)),
            JsonType::Number => {
                return Ok(r
                    .number_text(Expected::Number)?
                    .map(|text| Node::Number(text.to_owned())))
            }
            JsonType::String => {
                return Ok(r
                    .text(Expected::Text)?
                    .map(|text| Node::String(text.into_owned())))
            }
            JsonType::Array => return Ok(r.list::<Node>()?.map(Node::Array)),
            JsonType::Object => {
                if r.begin_object::<Self>()?.is_none() {
                    return Ok(None);
                }
                let mut members = Vec::new();
                while let Some(key) = r.next_key()? {
                    let owned = key.clone().into_owned();
                    if let Some(value) = r.within(key, Node::from_json)? {
                        members.push((owned, value));
                    }
                }
                Node::Object(members)
            }
        };
        Ok(Some(node))
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Null => serializer.serialize_unit(),
            Node::Bool(value) => serializer.serialize_bool(*value),
            Node::Number(text) => serde_json::value::RawValue::from_string(text.clone())
                .map_err(serde::ser::Error::custom)?
                .serialize(serializer),
            Node::String(text) => serializer.serialize_str(text),
            Node::Array(elements) => {
                let mut seq = serializer.serialize_seq(Some(elements.len()))?;
                for element in elements {
                    seq.serialize_element(element)?;
                }
                seq.end()
            }
            Node::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// Where migrated members came from: `(pointer in 2.0, pointer in 1.0)`, most specific first
/// within each move.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Moves(Vec<(String, String)>);

impl Moves {
    fn add(&mut self, new: String, old: String) {
        self.0.push((new, old));
    }

    /// The pointer in the document as written for a pointer in the migrated one: the longest
    /// move that holds it, else the same pointer.
    pub(crate) fn original(&self, pointer: &str) -> String {
        let within = |prefix: &str| {
            pointer == prefix
                || (pointer.starts_with(prefix)
                    && pointer.as_bytes().get(prefix.len()) == Some(&b'/'))
        };
        self.0
            .iter()
            .filter(|(new, _)| within(new))
            .max_by_key(|(new, _)| new.len())
            .map_or_else(
                || pointer.to_owned(),
                |(new, old)| format!("{old}{}", &pointer[new.len()..]),
            )
    }
}

/// A 1.0 document read as a tree: `None` when it is not one (a 2.0 document, or one too broken
/// to read as JSON).
pub(crate) fn read_version_1(bytes: &[u8]) -> Option<Node> {
    let node = crate::read::read_value::<Node>(bytes).ok()?;
    (node.get("schema_version")?.as_str()? == SCHEMA_VERSION_1).then_some(node)
}

/// Rewrites a 1.0 document as 2.0 in place, answering where each moved member came from.
pub(crate) fn upgrade(root: &mut Node) -> Moves {
    let mut moves = Moves::default();
    let mut ids = Ids::of(root);
    let Some(members) = root.members_mut() else {
        return moves;
    };
    if let Some((_, value)) = members.iter_mut().find(|(k, _)| k == "schema_version") {
        *value = Node::text(SCHEMA_VERSION);
    }
    agreement_decisions(members, &mut ids, &mut moves);
    for (key, value) in members.iter_mut() {
        match key.as_str() {
            "goals" => each_object(value, |i, goal| strategies(i, goal, &mut ids, &mut moves)),
            "bodies" => each_object(value, |i, body| {
                if let Some((_, meetings)) = body.iter_mut().find(|(k, _)| k == "meetings") {
                    each_object(meetings, |j, meeting| {
                        day_of_year(meeting, &format!("/bodies/{i}/meetings/{j}"), &mut moves)
                    });
                }
            }),
            "plans" => each_object(value, |i, plan| {
                let at = format!("/plans/{i}");
                adopted(plan, &at, &mut moves);
                budget(plan, &at, &mut moves);
            }),
            "action_plans" => each_object(value, |i, plan| {
                let at = format!("/action_plans/{i}");
                adopted(plan, &at, &mut moves);
                budget(plan, &at, &mut moves);
                if let Some((_, activities)) = plan.iter_mut().find(|(k, _)| k == "activities") {
                    each_object(activities, |j, activity| {
                        let at = format!("{at}/activities/{j}");
                        budget(activity, &at, &mut moves);
                        planned_unless_stated(activity);
                    });
                }
            }),
            _ => {}
        }
    }
    moves
}

fn each_object(list: &mut Node, mut f: impl FnMut(usize, &mut Vec<(String, Node)>)) {
    if let Some(elements) = list.elements_mut() {
        for (i, element) in elements.iter_mut().enumerate() {
            if let Some(members) = element.members_mut() {
                f(i, members);
            }
        }
    }
}

/// The agreement's `adopted`, `ended` and `version` as `decisions` and `versions`.
fn agreement_decisions(members: &mut Vec<(String, Node)>, ids: &mut Ids, moves: &mut Moves) {
    let mut decisions = Vec::new();
    let mut at = None;
    if let Some((position, date)) = take(members, "adopted") {
        at = Some(position);
        moves.add(
            format!("/decisions/{}/date", decisions.len()),
            "/adopted".into(),
        );
        decisions.push(Node::object(vec![
            ("kind", Node::text("adopted")),
            ("date", date),
        ]));
    }
    let mut versions_at = None;
    let mut versions = Vec::new();
    if let Some((position, version)) = take(members, "version") {
        versions_at = Some(position);
        versions = version_list(version, ids, moves);
    }
    if let Some((position, ended)) = take(members, "ended") {
        at = Some(at.map_or(position, |at: usize| at.min(position)));
        let index = decisions.len();
        moves.add(format!("/decisions/{index}"), "/ended".into());
        let mut decision = vec![("kind".to_owned(), Node::text("ended"))];
        match ended {
            Node::Object(fields) => {
                for (key, value) in fields {
                    let new_key = match key.as_str() {
                        "date" => "effective",
                        "reason" => "text",
                        other => other,
                    }
                    .to_owned();
                    moves.add(
                        format!("/decisions/{index}/{new_key}"),
                        child("/ended", &key),
                    );
                    decision.push((new_key, value));
                }
            }
            // Not an object: kept where it stood, for the reader to report it.
            other => {
                moves.add(format!("/decisions/{index}/effective"), "/ended".into());
                decision.push(("effective".to_owned(), other));
            }
        }
        decisions.push(Node::Object(decision));
    }
    // Each new member goes where the first member it replaces stood; versions before decisions
    // only when they came first.
    let mut inserts = Vec::new();
    if let Some(at) = at {
        inserts.push((at, "decisions", Node::Array(decisions)));
    }
    if let Some(at) = versions_at {
        inserts.push((at, "versions", Node::Array(versions)));
    }
    inserts.sort_by_key(|(at, ..)| std::cmp::Reverse(*at));
    for (at, key, node) in inserts {
        members.insert(at.min(members.len()), (key.to_owned(), node));
    }
}

/// 1.0's one `version` as the version it replaced (when named) and itself.
fn version_list(version: Node, ids: &mut Ids, moves: &mut Moves) -> Vec<Node> {
    let Node::Object(fields) = version else {
        // Not an object: kept as the one element, for the reader to report it.
        moves.add("/versions/0".into(), "/version".into());
        return vec![version];
    };
    let field = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let mut list = Vec::new();
    let mut replaced_id = None;
    if let Some(replaces) = field("replaces") {
        let id = ids.fresh(&format!("version-{}", replaces.as_str().unwrap_or("1")));
        moves.add("/versions/0/name".into(), "/version/replaces".into());
        list.push(Node::object(vec![
            ("id", Node::text(&id)),
            ("name", replaces),
        ]));
        replaced_id = Some(id);
    }
    let index = list.len();
    let number = field("number");
    let id = ids.fresh(&format!(
        "version-{}",
        number.as_ref().and_then(Node::as_str).unwrap_or("2")
    ));
    let mut current = vec![("id".to_owned(), Node::text(&id))];
    for (key, value) in fields {
        let at = format!("/versions/{index}");
        match key.as_str() {
            "number" => {
                moves.add(format!("{at}/name"), "/version/number".into());
                current.push(("name".into(), value));
            }
            "replaces" => {
                moves.add(format!("{at}/replaces"), "/version/replaces".into());
                current.push((
                    "replaces".into(),
                    Node::text(replaced_id.as_deref().unwrap_or_default()),
                ));
            }
            "date" => {
                moves.add(format!("{at}/decisions/0/date"), "/version/date".into());
                current.push((
                    "decisions".into(),
                    Node::Array(vec![Node::object(vec![
                        ("kind", Node::text("adopted")),
                        ("date", value),
                    ])]),
                ));
            }
            // `changes` and anything unknown keep their name, for the reader to check.
            _ => {
                moves.add(child(&at, &key), child("/version", &key));
                current.push((key, value));
            }
        }
    }
    moves.add(format!("/versions/{index}"), "/version".into());
    list.push(Node::Object(current));
    list
}

/// A plan's or action plan's `adopted` and `adopted_by` as one decision.
fn adopted(plan: &mut Vec<(String, Node)>, at: &str, moves: &mut Moves) {
    let date = take(plan, "adopted");
    let by = take(plan, "adopted_by");
    if date.is_none() && by.is_none() {
        return;
    }
    let position = [date.as_ref(), by.as_ref()]
        .into_iter()
        .flatten()
        .map(|(position, _)| *position)
        .min()
        .unwrap_or(plan.len());
    let mut decision = vec![("kind".to_owned(), Node::text("adopted"))];
    if let Some((_, date)) = date {
        moves.add(format!("{at}/decisions/0/date"), format!("{at}/adopted"));
        decision.push(("date".into(), date));
    }
    if let Some((_, by)) = by {
        moves.add(format!("{at}/decisions/0/by"), format!("{at}/adopted_by"));
        decision.push(("by".into(), by));
    }
    plan.insert(
        position.min(plan.len()),
        (
            "decisions".into(),
            Node::Array(vec![Node::Object(decision)]),
        ),
    );
}

/// A budget's `funder` party ids as mentions.
fn budget(holder: &mut [(String, Node)], at: &str, moves: &mut Moves) {
    let Some((_, lines)) = holder.iter_mut().find(|(k, _)| k == "budget") else {
        return;
    };
    each_object(lines, |i, line| {
        if let Some((_, funder)) = line.iter_mut().find(|(k, _)| k == "funder") {
            if matches!(funder, Node::String(_)) {
                let id = std::mem::replace(funder, Node::Null);
                *funder = Node::object(vec![("parties", Node::Array(vec![id]))]);
                moves.add(
                    format!("{at}/budget/{i}/funder/parties/0"),
                    format!("{at}/budget/{i}/funder"),
                );
            }
        }
    });
}

/// A meeting's day of the year as its date, beside the day it had.
fn day_of_year(meeting: &mut Vec<(String, Node)>, at: &str, moves: &mut Moves) {
    let Some((mut position, day)) = take(meeting, "day_of_year") else {
        return;
    };
    moves.add(
        format!("{at}/date/day_of_year"),
        format!("{at}/day_of_year"),
    );
    let date = match take(meeting, "date") {
        Some((index, old)) => {
            position = position.min(index);
            moves.add(format!("{at}/date/start"), format!("{at}/date"));
            moves.add(format!("{at}/date/end"), format!("{at}/date"));
            Node::object(vec![
                ("start", old.clone()),
                ("end", old),
                ("day_of_year", day),
            ])
        }
        None => Node::object(vec![("day_of_year", day)]),
    };
    meeting.insert(position.min(meeting.len()), ("date".into(), date));
}

/// A goal's strategies, written as texts, as strategies with ids.
fn strategies(index: usize, goal: &mut [(String, Node)], ids: &mut Ids, moves: &mut Moves) {
    let goal_id = goal
        .iter()
        .find(|(k, _)| k == "id")
        .and_then(|(_, v)| v.as_str())
        .unwrap_or("mal")
        .to_owned();
    let Some((_, list)) = goal.iter_mut().find(|(k, _)| k == "strategies") else {
        return;
    };
    let Some(elements) = list.elements_mut() else {
        return;
    };
    for (j, element) in elements.iter_mut().enumerate() {
        // A text in Swedish or a translated text object: either is the strategy's text.
        if matches!(element, Node::String(_) | Node::Object(_)) {
            let text = std::mem::replace(element, Node::Null);
            let id = ids.fresh(&format!("{goal_id}-strategi-{}", j + 1));
            *element = Node::object(vec![("id", Node::text(&id)), ("text", text)]);
            moves.add(
                format!("/goals/{index}/strategies/{j}/text"),
                format!("/goals/{index}/strategies/{j}"),
            );
        }
    }
}

/// 1.0 read an activity without a status as planned; 2.0 reads it as not reported, so the
/// migration says planned where 1.0 meant it.
fn planned_unless_stated(activity: &mut Vec<(String, Node)>) {
    if activity.iter().any(|(k, _)| k == "status") {
        return;
    }
    const AFTER_STATUS: &[&str] = &[
        "objectives",
        "interest_areas",
        "priorities",
        "principles",
        "budget",
        "follow_ups",
        "extensions",
    ];
    let at = activity
        .iter()
        .position(|(k, _)| AFTER_STATUS.contains(&k.as_str()))
        .unwrap_or(activity.len());
    activity.insert(at, ("status".into(), Node::text("planned")));
}

/// The ids a document uses, so that new ones are fresh.
struct Ids(HashSet<String>);

impl Ids {
    fn of(root: &Node) -> Ids {
        fn collect(node: &Node, out: &mut HashSet<String>) {
            match node {
                Node::Object(members) => {
                    for (key, value) in members {
                        if let (true, Some(id)) = (key == "id", value.as_str()) {
                            out.insert(id.to_owned());
                        }
                        collect(value, out);
                    }
                }
                Node::Array(elements) => elements.iter().for_each(|e| collect(e, out)),
                _ => {}
            }
        }
        let mut ids = HashSet::new();
        collect(root, &mut ids);
        Ids(ids)
    }

    /// An id like `wanted` (made to follow the id pattern) that no entity has.
    fn fresh(&mut self, wanted: &str) -> String {
        let mut base: String = wanted
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'å' | 'ä' => 'a',
                'ö' => 'o',
                c if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') => c,
                _ => '-',
            })
            .collect();
        base = base.trim_matches('-').to_owned();
        if !is_valid_id(&base) {
            base = format!("id-{base}");
        }
        let mut id = base.clone();
        let mut n = 2;
        while self.0.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.0.insert(id.clone());
        id
    }
}

/// The pointer of member `key` of the object at `at`, the key escaped as a pointer token.
fn child(at: &str, key: &str) -> String {
    let mut pointer = String::with_capacity(at.len() + key.len() + 1);
    pointer.push_str(at);
    pointer.push('/');
    crate::read::push_escaped(&mut pointer, key);
    pointer
}

/// The tree as JSON text, two spaces to a level, with a value that fits on its line (within
/// [`LINE_WIDTH`] characters) kept on one line, as people write small objects by hand.
pub(crate) fn to_json(node: &Node) -> String {
    let mut out = String::new();
    write_node(node, 0, 0, &mut out);
    out.push('\n');
    out
}

/// The width within which a value is written on one line.
const LINE_WIDTH: usize = 100;

/// Writes `node` at `indent` levels, `used` characters of its line already taken.
fn write_node(node: &Node, indent: usize, used: usize, out: &mut String) {
    let one_line = inline(node);
    if used + one_line.chars().count() <= LINE_WIDTH
        || !matches!(node, Node::Array(_) | Node::Object(_))
    {
        out.push_str(&one_line);
        return;
    }
    let pad = "  ".repeat(indent + 1);
    match node {
        Node::Array(elements) => {
            out.push_str("[\n");
            for (i, element) in elements.iter().enumerate() {
                out.push_str(&pad);
                write_node(element, indent + 1, pad.len(), out);
                out.push_str(if i + 1 < elements.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(indent));
            out.push(']');
        }
        Node::Object(members) => {
            out.push_str("{\n");
            for (i, (key, value)) in members.iter().enumerate() {
                let key = json_string(key);
                out.push_str(&pad);
                out.push_str(&key);
                out.push_str(": ");
                write_node(value, indent + 1, pad.len() + key.chars().count() + 2, out);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(indent));
            out.push('}');
        }
        _ => {}
    }
}

/// `node` on one line: `{ "a": 1, "b": [1, 2] }`.
fn inline(node: &Node) -> String {
    match node {
        Node::Null => "null".to_owned(),
        Node::Bool(value) => value.to_string(),
        Node::Number(text) => text.clone(),
        Node::String(text) => json_string(text),
        Node::Array(elements) if elements.is_empty() => "[]".to_owned(),
        Node::Array(elements) => {
            let parts: Vec<String> = elements.iter().map(inline).collect();
            format!("[{}]", parts.join(", "))
        }
        Node::Object(members) if members.is_empty() => "{}".to_owned(),
        Node::Object(members) => {
            let parts: Vec<String> = members
                .iter()
                .map(|(key, value)| format!("{}: {}", json_string(key), inline(value)))
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
    }
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}
