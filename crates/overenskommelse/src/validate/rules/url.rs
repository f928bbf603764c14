//! OVK-CODE-005: a web address of the wrong form.

use super::prelude::*;

definition!(Url, "OVK-CODE-005", Error, Codes, [Party]);

struct UrlCheck;

fn start<'a>(_: &Cx<'a>) -> Box<dyn Check<'a> + 'a> {
    Box::new(UrlCheck)
}

impl<'a> Check<'a> for UrlCheck {
    fn visit(&mut self, _: &Cx<'a>, at: &Pointer, event: Event<'a>, out: &mut Vec<Finding>) {
        let Event::Party(party) = event else { return };
        if let Some(url) = party.website.as_deref().filter(|url| !is_valid_url(url)) {
            out.push(Finding::new(RuleId::Url, at.with(&["website"])).value(url));
        }
    }
}

/// True for an `http` or `https` address with a host of dotted labels, as an IRI (RFC 3987)
/// writes it: letters beyond ASCII are allowed (`https://www.borås.se`), but not white space,
/// the characters no URI may hold (`<>"\\^`{|}`), a `%` without two hex digits, or a second `#`.
pub fn is_valid_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let host_ok = host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    let characters_ok = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "<>\"\\^`{|}".contains(c));
    let bytes = url.as_bytes();
    let escapes_ok = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || (bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    });
    host_ok && characters_ok && escapes_ok && url.matches('#').count() <= 1
}

#[cfg(test)]
mod tests {
    use super::is_valid_url;

    #[test]
    fn urls_have_a_scheme_and_a_host() {
        assert!(is_valid_url("https://www.boras.se/overenskommelsen"));
        assert!(is_valid_url("http://boras.se?a=1#b"));
        assert!(!is_valid_url("www.boras.se"));
        assert!(!is_valid_url("https://"));
        assert!(is_valid_url("https://www.borås.se/föreningar?a=%C3%A5#top"));
        for wrong in ["https://boras.se/{x}", "https://boras.se/%zz", "https://boras.se\\a", "https://boras.se/#a#b", "https://bo ras.se", "https://-boras.se"] {
            assert!(!is_valid_url(wrong), "{wrong}");
        }
    }
}
