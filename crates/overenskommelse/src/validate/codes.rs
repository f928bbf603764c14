//! Code rules: kommunkod and länskod, organisationsnummer, language tags, email, URL and currency.

use super::texts::visit_texts;
use super::{rules, Context, Finding};
use crate::i18n::Message;
use crate::model::{BudgetLine, JurisdictionKind};

/// Länskoder in use (SCB); a kommunkod starts with one of them.
const COUNTY_CODES: [&str; 21] = [
    "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20",
    "21", "22", "23", "24", "25",
];

pub(super) fn check(cx: &mut Context<'_>) {
    let doc = cx.doc;
    jurisdiction(cx);
    for (i, party) in doc.parties.iter().enumerate() {
        if let Some(number) = &party.org_number {
            if !is_valid_org_number(number) {
                cx.push(
                    Finding::new(
                        &rules::ORG_NUMBER,
                        format!("/parties/{i}/org_number"),
                        Message::new(
                            format!("\"{number}\" är inte ett giltigt organisationsnummer (tio siffror, den sista en kontrollsiffra)."),
                            format!("\"{number}\" is not a valid organisation number (ten digits, the last a check digit)."),
                        ),
                    )
                    .with_value(number.clone()),
                );
            }
        }
        if let Some(email) = &party.email {
            check_email(cx, email, format!("/parties/{i}/email"));
        }
        if let Some(url) = &party.website {
            if !is_valid_url(url) {
                cx.push(
                    Finding::new(
                        &rules::URL,
                        format!("/parties/{i}/website"),
                        Message::new(
                            format!("\"{url}\" är inte en giltig webbadress."),
                            format!("\"{url}\" is not a valid URL."),
                        ),
                    )
                    .with_value(url.clone()),
                );
            }
        }
    }
    for (i, person) in doc.people.iter().enumerate() {
        if let Some(email) = &person.email {
            check_email(cx, email, format!("/people/{i}/email"));
        }
    }
    for (i, plan) in doc.plans.iter().enumerate() {
        currency(cx, &plan.budget, &format!("/plans/{i}/budget"));
    }
    for (i, plan) in doc.action_plans.iter().enumerate() {
        currency(cx, &plan.budget, &format!("/action_plans/{i}/budget"));
        for (j, activity) in plan.activities.iter().enumerate() {
            if !activity.budget.is_empty() {
                currency(
                    cx,
                    &activity.budget,
                    &format!("/action_plans/{i}/activities/{j}/budget"),
                );
            }
        }
    }
    let mut found = Vec::new();
    visit_texts(doc, &mut |pointer, _, text| {
        for tag in text.translations.keys() {
            if !is_valid_language_tag(tag) {
                found.push(
                    Finding::new(
                        &rules::LANGUAGE_TAG,
                        pointer.with(&[tag]),
                        Message::new(
                            format!("\"{tag}\" är inte en giltig språkkod (BCP 47)."),
                            format!("\"{tag}\" is not a valid language tag (BCP 47)."),
                        ),
                    )
                    .with_value(tag.clone()),
                );
            }
        }
    });
    cx.findings.extend(found);
}

fn jurisdiction(cx: &mut Context<'_>) {
    let jurisdiction = &cx.doc.jurisdiction;
    let code = jurisdiction.code.as_str();
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    let (valid, sv, en) = match jurisdiction.kind {
        JurisdictionKind::Kommun => (
            digits && code.len() == 4 && COUNTY_CODES.contains(&&code[..2]),
            "en kommun har en kommunkod med fyra siffror, där de två första är länskoden (Borås 1490)",
            "a kommun has a four-digit kommunkod whose first two digits are the county code (Borås 1490)",
        ),
        JurisdictionKind::Region => (
            digits && code.len() == 2 && COUNTY_CODES.contains(&code),
            "en region har en länskod med två siffror (Skåne 12)",
            "a region has a two-digit county code (Skåne 12)",
        ),
    };
    if !valid {
        cx.push(
            Finding::new(
                &rules::JURISDICTION_CODE,
                "/jurisdiction/code",
                Message::new(
                    format!("\"{code}\" är ingen giltig kod: {sv}."),
                    format!("\"{code}\" is not a valid code: {en}."),
                ),
            )
            .with_value(code),
        );
    }
}

fn check_email(cx: &mut Context<'_>, email: &str, path: String) {
    if !is_valid_email(email) {
        cx.push(
            Finding::new(
                &rules::EMAIL,
                path,
                Message::new(
                    format!("\"{email}\" är inte en giltig e-postadress."),
                    format!("\"{email}\" is not a valid email address."),
                ),
            )
            .with_value(email),
        );
    }
}

fn currency(cx: &mut Context<'_>, lines: &[BudgetLine], path: &str) {
    for (i, line) in lines.iter().enumerate() {
        let code = line.currency.as_str();
        if !(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())) {
            cx.push(
                Finding::new(
                    &rules::CURRENCY,
                    format!("{path}/{i}/currency"),
                    Message::new(
                        format!("\"{code}\" är ingen valutakod enligt ISO 4217."),
                        format!("\"{code}\" is not an ISO 4217 currency code."),
                    ),
                )
                .with_value(code),
            );
        }
    }
}

/// True for a Swedish organisation number: ten digits (a hyphen after the sixth allowed) with a valid Luhn check digit.
pub fn is_valid_org_number(number: &str) -> bool {
    let digits: Vec<u32> = match number.split_once('-') {
        Some((head, tail)) if head.len() == 6 && tail.len() == 4 => head
            .chars()
            .chain(tail.chars())
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>(),
        Some(_) => None,
        None => number
            .chars()
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>(),
    }
    .unwrap_or_default();
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let weighted = if i % 2 == 0 { d * 2 } else { d };
            weighted / 10 + weighted % 10
        })
        .sum();
    sum % 10 == 0
}

/// True for a well-formed BCP 47 tag: a 2–3 or 5–8 letter language and subtags of 1–8 letters or digits.
pub fn is_valid_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(language) = parts.next() else {
        return false;
    };
    let language_ok = matches!(language.len(), 2 | 3 | 5..=8)
        && language.bytes().all(|b| b.is_ascii_alphabetic());
    language_ok
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// True for `local@domain.tld` without spaces.
pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !email.chars().any(char::is_whitespace)
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
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
    use super::*;

    #[test]
    fn org_numbers_follow_luhn() {
        // Borås Stad's organisation number.
        assert!(is_valid_org_number("212000-1561"));
        assert!(is_valid_org_number("2120001561"));
        assert!(!is_valid_org_number("212000-1562"));
        assert!(!is_valid_org_number("21200-01561"));
        assert!(!is_valid_org_number("212000-156"));
        assert!(!is_valid_org_number(""));
    }

    #[test]
    fn language_tags_emails_and_urls() {
        assert!(is_valid_language_tag("en"));
        assert!(is_valid_language_tag("sv-x-lattlast"));
        assert!(is_valid_language_tag("se"));
        assert!(!is_valid_language_tag("english language"));
        assert!(!is_valid_language_tag("e"));
        assert!(is_valid_email("info@boras.se"));
        assert!(!is_valid_email("info.boras.se"));
        assert!(!is_valid_email("a@b"));
        assert!(is_valid_url("https://www.boras.se/overenskommelsen"));
        assert!(!is_valid_url("www.boras.se"));
        assert!(!is_valid_url("https://"));
    }
}
