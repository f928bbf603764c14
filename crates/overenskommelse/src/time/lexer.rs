//! Tokeniser: folds case and splits a text into words, numbers and the few marks that carry meaning.

/// A number as written: its value and how many digits it had ("03" has two).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Num {
    /// Saturates at `u32::MAX`: no time expression needs more than four digits.
    pub(super) value: u32,
    pub(super) digits: u8,
}

/// A token of a time text; words are already lower-case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tok {
    Word(String),
    Num(Num),
    /// Any hyphen, en or em dash, or minus sign: plans use them interchangeably for ranges.
    Dash,
    Slash,
    /// Also ';', which plans use like a comma in lists.
    Comma,
    Question,
    /// A character no time text uses; it makes whatever contains it unreadable.
    Other,
}

/// Splits `text` into tokens. Dots, colons, brackets, quotes and whitespace only separate:
/// "fr.o.m.", "v.12", "jan." and "1:a" read the same as "fr o m", "v 12", "jan" and "1 a".
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let mut lexer = Lexer::default();
    for c in text.chars().flat_map(char::to_lowercase) {
        lexer.push(c);
    }
    lexer.flush();
    lexer.toks
}

#[derive(Default)]
struct Lexer {
    toks: Vec<Tok>,
    word: String,
    num: Option<Num>,
}

impl Lexer {
    fn push(&mut self, c: char) {
        if let Some(d) = c.to_digit(10) {
            self.flush_word();
            let n = self.num.get_or_insert(Num {
                value: 0,
                digits: 0,
            });
            n.digits = n.digits.saturating_add(1);
            n.value = n
                .value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d))
                .unwrap_or(u32::MAX);
        } else if c.is_alphabetic() || (is_combining(c) && !self.word.is_empty()) {
            self.flush_num();
            self.word.push(c);
        } else {
            self.flush();
            match punctuation(c) {
                // "2018-05-15--2018-05-20": a doubled dash is still one range dash.
                Some(Tok::Dash) if self.toks.last() == Some(&Tok::Dash) => {}
                Some(tok) => self.toks.push(tok),
                None => {}
            }
        }
    }

    fn flush(&mut self) {
        self.flush_word();
        self.flush_num();
    }

    fn flush_word(&mut self) {
        if !self.word.is_empty() {
            let word = compose(&self.word);
            self.word.clear();
            self.toks.push(Tok::Word(word));
        }
    }

    fn flush_num(&mut self) {
        if let Some(n) = self.num.take() {
            self.toks.push(Tok::Num(n));
        }
    }
}

/// `None` for separators that carry no meaning.
fn punctuation(c: char) -> Option<Tok> {
    match c {
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Some(Tok::Dash)
        }
        '/' | '\u{2044}' | '\u{2215}' | '\u{FF0F}' => Some(Tok::Slash),
        ',' | ';' | '\u{FF0C}' | '\u{FF1B}' => Some(Tok::Comma),
        '?' | '\u{00BF}' | '\u{FF1F}' => Some(Tok::Question),
        '&' | '+' => Some(Tok::Word("och".to_owned())),
        '.'
        | ':'
        | '!'
        | '*'
        | '('
        | ')'
        | '['
        | ']'
        | '{'
        | '}'
        | '"'
        | '\''
        | '`'
        | '\u{00B4}'
        | '\u{2018}'
        | '\u{2019}'
        | '\u{201C}'
        | '\u{201D}'
        | '\u{201E}'
        | '\u{00AB}'
        | '\u{00BB}'
        | '\u{2026}'
        | '\u{00AD}'
        | '\u{200B}'..='\u{200D}'
        | '\u{2060}'
        | '\u{FEFF}' => None,
        c if c.is_whitespace() => None,
        _ => Some(Tok::Other),
    }
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Texts copied from PDFs often carry decomposed letters ("a" + ring); fold the Swedish ones.
fn compose(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let composed = match (out.chars().last(), c) {
            (Some('a'), '\u{030A}') => Some('å'),
            (Some('a'), '\u{0308}') => Some('ä'),
            (Some('o'), '\u{0308}') => Some('ö'),
            (Some('u'), '\u{0308}') => Some('ü'),
            (Some('e'), '\u{0301}') => Some('é'),
            _ => None,
        };
        match composed {
            Some(letter) => {
                out.pop();
                out.push(letter);
            }
            None => out.push(c),
        }
    }
    out
}
