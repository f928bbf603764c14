//! The starter document: what a kommun or region that adopts the format begins from.

use crate::i18n::{self, Lang, Word};

/// True when `text` is a placeholder the starter writes where a kommun's own words belong: it
/// begins with `[` and the words for *fill in* of one of the library's languages and a colon
/// ("[Fyll i: vad ni ska göra]", "[Fill in: what you will do]"). Only that beginning counts,
/// so that no prose of a real agreement is taken for one.
pub fn is_placeholder(text: &str) -> bool {
    let Some(rest) = text.trim_start().strip_prefix('[') else {
        return false;
    };
    Lang::ALL.into_iter().any(|lang| {
        let marker = i18n::word(Word::FillIn, lang);
        rest.get(..marker.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(marker))
            && rest[marker.len()..].trim_start().starts_with(':')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_the_bracketed_fill_in_of_either_language() {
        assert!(is_placeholder("[Fyll i: vad ni ska göra]"));
        assert!(is_placeholder("  [fyll i: vad]"));
        assert!(is_placeholder("[Fill in: what you will do]"));
        assert!(is_placeholder("[Fyll i : vad]"));
        assert!(!is_placeholder("Fyll i: blanketten"));
        assert!(!is_placeholder("Vi ska [fyll i: x]"));
        assert!(!is_placeholder("[Fyll i blanketten]"));
        assert!(!is_placeholder("[Fyllda]"));
        assert!(!is_placeholder("["));
        assert!(!is_placeholder(""));
    }
}
