//! A JSON Pointer built while walking the model, rendered only when a finding needs it.

use std::fmt::Write;

use crate::read::push_escaped;

#[derive(Debug, Clone)]
enum Token {
    Key(&'static str),
    Index(usize),
}

/// A JSON Pointer under construction: push on the way in, pop on the way out.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pointer {
    tokens: Vec<Token>,
}

impl Pointer {
    pub(crate) fn key(&mut self, key: &'static str) -> &mut Self {
        self.tokens.push(Token::Key(key));
        self
    }

    pub(crate) fn index(&mut self, index: usize) -> &mut Self {
        self.tokens.push(Token::Index(index));
        self
    }

    pub(crate) fn pop(&mut self) {
        self.tokens.pop();
    }

    /// The pointer with `extra` keys appended, rendered.
    pub(crate) fn with(&self, extra: &[&str]) -> String {
        // Room for the escapes of a key is made as they come; keys seldom have any.
        let room = extra.iter().map(|key| 1 + key.len()).sum();
        let mut text = self.render_with_room(room);
        for key in extra {
            text.push('/');
            push_escaped(&mut text, key);
        }
        text
    }

    /// The pointer with its last index replaced by `index`: a sibling in the same array.
    pub(crate) fn sibling(&self, index: usize) -> String {
        let mut sibling = self.clone();
        if let Some(Token::Index(last)) = sibling.tokens.last_mut() {
            *last = index;
        }
        sibling.render()
    }

    pub(crate) fn render(&self) -> String {
        self.render_with_room(0)
    }

    /// The pointer rendered into a string made once, with `room` bytes to spare: a pointer is
    /// rendered for every id defined and every finding.
    fn render_with_room(&self, room: usize) -> String {
        let length: usize = self
            .tokens
            .iter()
            .map(|token| match token {
                Token::Key(key) => 1 + key.len(),
                Token::Index(index) => 2 + index.checked_ilog10().unwrap_or(0) as usize,
            })
            .sum();
        let mut text = String::with_capacity(length + room);
        for token in &self.tokens {
            text.push('/');
            match token {
                Token::Key(key) => text.push_str(key),
                Token::Index(index) => {
                    let _ = write!(text, "{index}");
                }
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_keys_indices_and_escaped_tags() {
        let mut pointer = Pointer::default();
        pointer.key("action_plans").index(0).key("title");
        assert_eq!(pointer.render(), "/action_plans/0/title");
        assert_eq!(pointer.with(&["a/b~c"]), "/action_plans/0/title/a~1b~0c");
        pointer.pop();
        assert_eq!(pointer.with(&["code"]), "/action_plans/0/code");
        assert_eq!(pointer.sibling(3), "/action_plans/3");
        assert_eq!(Pointer::default().render(), "");
    }

    #[test]
    fn a_pointer_is_rendered_into_a_string_of_its_length() {
        let mut pointer = Pointer::default();
        for index in [0, 9, 10, 99, 100, 12_345, usize::MAX] {
            pointer.key("activities").index(index);
            let text = pointer.render();
            assert_eq!(text.capacity(), text.len(), "{text}");
        }
        let text = pointer.with(&["time", "text"]);
        assert_eq!(text.capacity(), text.len(), "{text}");
    }
}
