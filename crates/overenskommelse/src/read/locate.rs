//! Where findings stand in the bytes: the offsets of many JSON Pointers, and the line and column
//! of many offsets, each in one pass over the document however many findings there are.

use std::collections::HashMap;

use super::{JsonType, Limits, Reader};

/// A tree of the pointers asked for: one node per reference token.
#[derive(Default)]
struct Trie {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    children: HashMap<String, usize>,
    offset: Option<usize>,
}

impl Trie {
    fn insert(&mut self, pointer: &str) {
        if self.nodes.is_empty() {
            self.nodes.push(Node::default());
        }
        let mut node = 0;
        for token in tokens(pointer) {
            let next = self.nodes.len();
            node = *self.nodes[node].children.entry(token).or_insert(next);
            if node == next {
                self.nodes.push(Node::default());
            }
        }
    }

    /// The offset of the deepest node on the pointer's path that the document has.
    fn offset(&self, pointer: &str) -> usize {
        let mut node = 0;
        let mut found = self.nodes.first().and_then(|n| n.offset).unwrap_or(0);
        for token in tokens(pointer) {
            match self.nodes[node].children.get(&token) {
                Some(&child) => {
                    node = child;
                    match self.nodes[node].offset {
                        Some(offset) => found = offset,
                        None => break,
                    }
                }
                None => break,
            }
        }
        found
    }
}

fn tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
}

/// The byte offset of the value at each pointer; for a member that is absent, the offset of
/// its deepest ancestor that is present. One pass over the bytes, skipping what no pointer needs.
pub(crate) fn offsets(bytes: &[u8], pointers: &[&str]) -> Vec<usize> {
    let mut trie = Trie::default();
    for pointer in pointers {
        trie.insert(pointer);
    }
    if trie.nodes.is_empty() {
        return Vec::new();
    }
    let limits = Limits {
        max_depth: u64::MAX,
        ..Limits::default()
    };
    let mut reader = Reader::new(bytes, &limits);
    if reader.bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        reader.pos = 3;
    }
    // The document was read before, so it is JSON; a failure only leaves offsets unknown (0).
    let _ = visit(&mut reader, &mut trie, 0);
    pointers.iter().map(|p| trie.offset(p)).collect()
}

fn visit(reader: &mut Reader<'_>, trie: &mut Trie, node: usize) -> Result<(), super::Fatal> {
    trie.nodes[node].offset = Some(reader.value_start());
    if trie.nodes[node].children.is_empty() {
        return reader.skip_value();
    }
    match reader.peek_type()? {
        JsonType::Object => {
            let at = reader.pos;
            reader.open(at)?;
            while let Some(key) = reader.next_key()? {
                match trie.nodes[node].children.get(key.as_ref()) {
                    Some(&child) => visit(reader, trie, child)?,
                    None => reader.skip_value()?,
                }
            }
            Ok(())
        }
        JsonType::Array => {
            let at = reader.pos;
            reader.open(at)?;
            let mut index = 0;
            while reader.next_element(index)? {
                match trie.nodes[node].children.get(&index.to_string()) {
                    Some(&child) => visit(reader, trie, child)?,
                    None => reader.skip_value()?,
                }
                index += 1;
            }
            Ok(())
        }
        _ => reader.skip_value(),
    }
}

/// The line and column (both 1-based; columns count characters) of each offset, in one pass:
/// the count is carried forward from one offset to the next, so that a document written on
/// one line costs no more than one written on many.
pub(crate) fn line_columns(bytes: &[u8], offsets: &[usize]) -> Vec<(u64, u64)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut out = vec![(1, 1); offsets.len()];
    // Where the count stands: the byte reached, its line, and the characters before it on that line.
    let (mut at, mut line, mut column) = (0usize, 1u64, 0u64);
    // Counting with `filter().count()` over whole runs lets the compiler count many bytes at once.
    let characters = |run: &[u8]| run.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u64;
    for i in order {
        let target = offsets[i].min(bytes.len());
        let run = &bytes[at.min(target)..target];
        match run.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                line += run.iter().filter(|&&b| b == b'\n').count() as u64;
                // Continuation bytes of UTF-8 belong to the character before them.
                column = characters(&run[last + 1..]);
            }
            None => column += characters(run),
        }
        at = at.max(target);
        out[i] = (line, column + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_resolve_to_their_values_or_nearest_ancestor() {
        let text = br#"{"a": [10, {"b~c": "x", "d/e": 2}], "f": {"g": true}}"#;
        let found = offsets(
            text,
            &["", "/a/1/b~0c", "/a/1/d~1e", "/f/g", "/f/missing", "/a/7"],
        );
        let at = |needle: &str| {
            text.windows(needle.len())
                .position(|w| w == needle.as_bytes())
                .expect("in text")
        };
        assert_eq!(found[0], 0);
        assert_eq!(found[1], at("\"x\""));
        assert_eq!(found[2], at("2}"));
        assert_eq!(found[3], at("true"));
        assert_eq!(found[4], at("{\"g\""));
        assert_eq!(found[5], at("[10"));
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "{\n  \"å\": \"ö\",\n  \"b\": 1\n}".as_bytes();
        let b = text.windows(3).position(|w| w == b"\"b\"").expect("b");
        let o = text
            .windows(4)
            .position(|w| w == "\"ö\"".as_bytes())
            .expect("ö");
        assert_eq!(line_columns(text, &[b, 0, o]), vec![(3, 3), (1, 1), (2, 8)]);
    }
}
