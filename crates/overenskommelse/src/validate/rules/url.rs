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

/// True for an `http` or `https` URL with a host.
pub fn is_valid_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host.rsplit('@').next().unwrap_or_default();
        let host = host.split(':').next().unwrap_or_default();
        !host.is_empty() && !url.chars().any(char::is_whitespace) && host.contains('.')
    })
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
    }
}
