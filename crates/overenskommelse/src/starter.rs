//! The starter document: what a kommun or region that adopts the format begins from.
//!
//! [`new`] writes a small agreement for one kommun or region of SCB's list, named by its code
//! or its name: the jurisdiction, the six national principles, the kommun or region as the
//! public party and a placeholder for the civil-society party, a four-year plan from the year
//! asked for and that year's action plan with one example activity. Where the kommun's own
//! words belong, a placeholder stands, "[Fyll i: …]", that says what to write; the document
//! checks with no errors, and every warning it gives is one of those placeholders (OVK-QUAL-009)
//! with its hint, so that `ovk validate` lists what to fill in next.
//!
//! ```
//! use overenskommelse::starter::{self, StarterOptions};
//! use overenskommelse::{Document, Lang, Severity};
//!
//! let options = StarterOptions::kommun("Borås").with_year(2026).with_translation(Lang::En);
//! let agreement = starter::new(&options)?;
//! assert_eq!(agreement.jurisdiction.code, "1490");
//! assert_eq!(agreement.parties[0].name.sv, "Borås kommun");
//! assert_eq!(agreement.action_plans[0].id.as_str(), "handlingsplan-2026");
//!
//! let document = Document::from_slice(starter::to_json(&options)?.as_bytes());
//! assert!(document.is_valid());
//! assert!(document.findings().iter().all(|f| f.severity == Severity::Warning));
//!
//! let error = starter::new(&StarterOptions::kommun("12")).expect_err("12 is a län");
//! assert!(error.message(Lang::En).contains("ovk new --region 12"));
//! # Ok::<(), overenskommelse::Error>(())
//! ```

use serde::Serialize;
use serde_json::{json, Value};

use crate::document::{Document, Options};
use crate::i18n::{self, Args, Lang, Word};
use crate::model::{Agreement, Date, JurisdictionKind, LocalizedText};
use crate::schema::AGREEMENT_SCHEMA_URL;
use crate::validate::scb::{self, Entry};
use crate::Error;

/// The years a starter can be written for: its plan runs four years from the year asked for,
/// and a date's year has four digits.
pub const YEARS: std::ops::RangeInclusive<i32> = 1000..=9996;

/// The years the starter's plan covers, the first one included.
const PLAN_YEARS: i32 = 4;

/// What the starter is written for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StarterOptions {
    /// Whether it is a kommun's or a region's agreement.
    pub kind: JurisdictionKind,
    /// The kommun or region as given: its code ("1490", "12") or its name in any of the usual
    /// forms ("Borås", "Borås Stad", "Borås kommun", "Region Skåne", "Skåne").
    pub jurisdiction: String,
    /// The year of the action plan, and the first of the plan; this year when `None`.
    pub year: Option<i32>,
    /// A language written beside the Swedish texts; `None` (or Swedish) writes Swedish alone.
    pub translation: Option<Lang>,
    /// The `$schema` the document names, so that editors complete and check it.
    pub schema: String,
}

impl StarterOptions {
    /// A starter for the kommun or region `jurisdiction` (a code or a name), this year, in
    /// Swedish, naming the published schema.
    pub fn new(kind: JurisdictionKind, jurisdiction: impl Into<String>) -> Self {
        Self {
            kind,
            jurisdiction: jurisdiction.into(),
            year: None,
            translation: None,
            schema: AGREEMENT_SCHEMA_URL.to_owned(),
        }
    }

    /// A starter for a kommun, by kommunkod or name.
    pub fn kommun(jurisdiction: impl Into<String>) -> Self {
        Self::new(JurisdictionKind::Kommun, jurisdiction)
    }

    /// A starter for a region, by länskod or name.
    pub fn region(jurisdiction: impl Into<String>) -> Self {
        Self::new(JurisdictionKind::Region, jurisdiction)
    }

    /// The options for another year.
    pub fn with_year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// The options with texts in `lang` beside the Swedish ones (Swedish alone for [`Lang::Sv`]).
    pub fn with_translation(mut self, lang: Lang) -> Self {
        self.translation = (lang != Lang::Sv).then_some(lang);
        self
    }

    /// The options naming another `$schema` (a path such as `../../schemas/agreement.schema.json`).
    pub fn with_schema(mut self, schema: impl Into<String>) -> Self {
        self.schema = schema.into();
        self
    }
}

/// A text of the starter document, in the word tables of [`crate::i18n`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StarterText {
    /// The agreement's title; `place`.
    Title,
    /// The plan's title; `place`, `start`, `end`.
    PlanTitle,
    /// The action plan's title; `place`, `year`.
    ActionPlanTitle,
    /// The name of a national principle.
    Principle(NationalPrinciple),
    /// Placeholder: the civil-society party's name; `place`.
    CivilSocietyName,
    /// Placeholder: what the activity is.
    ActivityTitle,
    /// Placeholder: whom the activity is for.
    TargetGroup,
    /// Placeholder: who is responsible.
    Responsible,
    /// Placeholder: when; `year`.
    Time,
}

impl StarterText {
    /// Every text, for the tests that each is written in every language.
    pub const ALL: [StarterText; 14] = [
        StarterText::Title,
        StarterText::PlanTitle,
        StarterText::ActionPlanTitle,
        StarterText::Principle(NationalPrinciple::Independence),
        StarterText::Principle(NationalPrinciple::Dialogue),
        StarterText::Principle(NationalPrinciple::Quality),
        StarterText::Principle(NationalPrinciple::LongTermCommitment),
        StarterText::Principle(NationalPrinciple::Openness),
        StarterText::Principle(NationalPrinciple::Diversity),
        StarterText::CivilSocietyName,
        StarterText::ActivityTitle,
        StarterText::TargetGroup,
        StarterText::Responsible,
        StarterText::Time,
    ];

    /// True for the texts the kommun replaces with its own: the placeholders.
    pub fn is_placeholder(self) -> bool {
        matches!(
            self,
            StarterText::CivilSocietyName
                | StarterText::ActivityTitle
                | StarterText::TargetGroup
                | StarterText::Responsible
                | StarterText::Time
        )
    }
}

/// The six principles of the national Överenskommelse of 2008, which a local one starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NationalPrinciple {
    /// *Självständighet och oberoende*.
    Independence,
    /// *Dialog*.
    Dialogue,
    /// *Kvalitet*.
    Quality,
    /// *Långsiktighet*.
    LongTermCommitment,
    /// *Öppenhet och insyn*.
    Openness,
    /// *Mångfald*.
    Diversity,
}

impl NationalPrinciple {
    /// The six, in the national agreement's order.
    pub const ALL: [NationalPrinciple; 6] = [
        NationalPrinciple::Independence,
        NationalPrinciple::Dialogue,
        NationalPrinciple::Quality,
        NationalPrinciple::LongTermCommitment,
        NationalPrinciple::Openness,
        NationalPrinciple::Diversity,
    ];

    /// The id the starter gives it, as Borås' document does.
    pub fn id(self) -> &'static str {
        match self {
            NationalPrinciple::Independence => "sjalvstandighet",
            NationalPrinciple::Dialogue => "dialog",
            NationalPrinciple::Quality => "kvalitet",
            NationalPrinciple::LongTermCommitment => "langsiktighet",
            NationalPrinciple::Openness => "oppenhet",
            NationalPrinciple::Diversity => "mangfald",
        }
    }
}

/// The names the regions, as organisations, go by: a län's name is the area's ("Skåne län"),
/// not the region's ("Region Skåne"), and no rule makes one from the other.
const REGION_NAMES: [(&str, &str); 21] = [
    ("01", "Region Stockholm"),
    ("03", "Region Uppsala"),
    ("04", "Region Sörmland"),
    ("05", "Region Östergötland"),
    ("06", "Region Jönköpings län"),
    ("07", "Region Kronoberg"),
    ("08", "Region Kalmar län"),
    ("09", "Region Gotland"),
    ("10", "Region Blekinge"),
    ("12", "Region Skåne"),
    ("13", "Region Halland"),
    ("14", "Västra Götalandsregionen"),
    ("17", "Region Värmland"),
    ("18", "Region Örebro län"),
    ("19", "Region Västmanland"),
    ("20", "Region Dalarna"),
    ("21", "Region Gävleborg"),
    ("22", "Region Västernorrland"),
    ("23", "Region Jämtland Härjedalen"),
    ("24", "Region Västerbotten"),
    ("25", "Region Norrbotten"),
];

/// Kommuner whose name as an organisation is not "*name*s kommun" by the genitive's rule.
const KOMMUN_NAMES: [(&str, &str); 2] = [
    ("2080", "Falu kommun"),
    // Gotland is a kommun with a region's tasks, and is named as one.
    ("0980", "Region Gotland"),
];

/// The starter document for the kommun or region of `options`.
///
/// Fails when SCB's list has no kommun or region of that code or name (with the nearest in
/// the error), when the name could be several, when the code or name is of the other kind,
/// or when the year is outside [`YEARS`].
pub fn new(options: &StarterOptions) -> Result<Agreement, Error> {
    let entry = find(options.kind, &options.jurisdiction)?;
    let year = options.year.unwrap_or_else(|| Date::today().year());
    if !YEARS.contains(&year) {
        return Err(Error::YearOutOfRange {
            year,
            min: *YEARS.start(),
            max: *YEARS.end(),
        });
    }
    let value = document(&entry, year, options);
    let bytes = serde_json::to_vec(&value).map_err(|e| Error::Write {
        path: "-".into(),
        reason: e.to_string(),
    })?;
    crate::from_slice(&bytes)
}

/// The starter document as JSON text, as the library writes every document (what `ovk new`
/// prints).
pub fn to_json(options: &StarterOptions) -> Result<String, Error> {
    Document::from_agreement(new(options)?, &Options::default()).to_json()
}

/// The entry of SCB's list of `kind` that `given` names: its code, or its name in any of the
/// forms the list knows. A near name is no match: the error lists it, so that nothing is
/// written for a kommun that was not meant.
fn find(kind: JurisdictionKind, given: &str) -> Result<Entry, Error> {
    let given = given.trim();
    let other = match kind {
        JurisdictionKind::Kommun => JurisdictionKind::Region,
        _ => JurisdictionKind::Kommun,
    };
    let is_code = !given.is_empty() && given.bytes().all(|b| b.is_ascii_digit());
    let (found, of_other) = if is_code {
        (scb::lookup(kind, given), scb::lookup(other, given))
    } else {
        (exact(kind, given), exact(other, given))
    };
    if let Some(entry) = found {
        return Ok(entry);
    }
    if let Some(entry) = of_other {
        let county = match entry.kind() {
            JurisdictionKind::Kommun => scb::lookup(JurisdictionKind::Region, &entry.code[..2]),
            _ => None,
        };
        return Err(Error::WrongJurisdictionKind {
            kind,
            given: given.to_owned(),
            found: entry.label(),
            code: entry.code.to_owned(),
            county: county.map(|c| c.label()),
        });
    }
    let near = if is_code {
        scb::nearest_by_code(kind, given)
    } else {
        scb::by_name(kind, given)
    };
    let labels: Vec<String> = near.iter().map(Entry::label).collect();
    if !is_code && labels.len() > 1 {
        return Err(Error::AmbiguousJurisdiction {
            given: given.to_owned(),
            candidates: labels,
        });
    }
    Err(Error::UnknownJurisdiction {
        kind,
        given: given.to_owned(),
        near: labels,
    })
}

/// The entry of `kind` that `name` is a way of writing, if any.
fn exact(kind: JurisdictionKind, name: &str) -> Option<Entry> {
    scb::by_name(kind, name)
        .into_iter()
        .find(|entry| scb::name_matches(*entry, name))
}

/// The name of the kommun or region as an organisation: the public party.
fn organisation_name(entry: &Entry) -> String {
    let known = match entry.kind() {
        JurisdictionKind::Kommun => KOMMUN_NAMES.iter(),
        _ => REGION_NAMES.iter(),
    }
    .find(|(code, _)| *code == entry.code);
    if let Some((_, name)) = known {
        return (*name).to_owned();
    }
    // "Lunds kommun", "Borås kommun", "Malmö kommun", "Kalix kommun": a name ending in a
    // vowel, s, x or z takes no genitive s.
    let bare = entry
        .name
        .chars()
        .last()
        .is_some_and(|c| "aeiouyåäösxz".contains(c.to_lowercase().next().unwrap_or(c)));
    if bare {
        format!("{} kommun", entry.name)
    } else {
        format!("{}s kommun", entry.name)
    }
}

/// An id made of a name: lower case, å, ä and ö without their marks, other runs of signs a
/// hyphen ("Borås kommun" → `boras-kommun`, "Malung-Sälen" → `malung-salen`).
fn id_of(name: &str) -> String {
    let mut id = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    id
}

/// The document as JSON, for the library's reader to make the agreement of: the reader checks
/// its structure as it checks any document's.
fn document(entry: &Entry, year: i32, options: &StarterOptions) -> Value {
    let translation = options.translation;
    let place = entry.name;
    let text = |word: StarterText, args: &Args| -> Value {
        let mut text = LocalizedText::sv(i18n::text(Word::Starter(word), args, Lang::Sv));
        if let Some(lang) = translation {
            text = text.with(lang.tag(), i18n::text(Word::Starter(word), args, lang));
        }
        serde_json::to_value(text).unwrap_or(Value::Null)
    };
    let at = Args::new().with("place", place);
    let (start, end) = (year, year + PLAN_YEARS - 1);
    let public_name = organisation_name(entry);
    let public_id = id_of(&public_name);
    let civil_society_id = "det-ideburna";
    let plan_id = format!("plan-{start}-{end}");
    let principles: Vec<Value> = NationalPrinciple::ALL
        .into_iter()
        .map(|principle| {
            json!({
                "id": principle.id(),
                "name": text(StarterText::Principle(principle), &Args::new()),
            })
        })
        .collect();
    let public_kind = match entry.kind() {
        JurisdictionKind::Kommun => "kommun",
        _ => "region",
    };
    json!({
        "$schema": options.schema,
        "schema_version": crate::model::SCHEMA_VERSION,
        "id": id_of(place),
        "jurisdiction": {
            "kind": public_kind,
            "name": place,
            "code": entry.code,
        },
        "title": text(StarterText::Title, &at),
        "principles": principles,
        "parties": [
            {
                "id": public_id,
                "name": public_name,
                "side": "public",
                "kind": public_kind,
            },
            {
                "id": civil_society_id,
                "name": text(StarterText::CivilSocietyName, &at),
                "side": "civil_society",
                "kind": "collective",
            },
        ],
        "plans": [{
            "id": plan_id,
            "kind": "long_term",
            "title": text(
                StarterText::PlanTitle,
                &at.clone().with("start", start.to_string()).with("end", end.to_string()),
            ),
            "status": "proposal",
            "period": { "start": format!("{start}-01-01"), "end": format!("{end}-12-31") },
        }],
        "action_plans": [{
            "id": format!("handlingsplan-{year}"),
            "kind": "action_plan",
            "title": text(StarterText::ActionPlanTitle, &at.clone().with("year", year.to_string())),
            "plan": plan_id,
            "status": "proposal",
            "period": { "start": format!("{year}-01-01"), "end": format!("{year}-12-31") },
            "activities": [{
                "code": "A",
                "title": text(StarterText::ActivityTitle, &Args::new()),
                "target_groups": [{ "text": text(StarterText::TargetGroup, &Args::new()) }],
                "responsible": [{
                    "text": text(StarterText::Responsible, &Args::new()),
                    "parties": [public_id, civil_society_id],
                }],
                "time": { "text": text(StarterText::Time, &Args::new().with("year", year.to_string())) },
                "status": "planned",
            }],
        }],
    })
}

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

    #[test]
    fn the_starter_texts_that_are_placeholders_read_as_placeholders_in_every_language() {
        let args = Args::new()
            .with("place", "Borås")
            .with("year", "2026")
            .with("start", "2026")
            .with("end", "2029");
        for text in StarterText::ALL {
            for lang in Lang::ALL {
                let rendered = i18n::text(Word::Starter(text), &args, lang);
                assert_eq!(
                    is_placeholder(&rendered),
                    text.is_placeholder(),
                    "{text:?} in {lang:?}: {rendered}"
                );
                assert!(!rendered.contains('{'), "{text:?} in {lang:?}: {rendered}");
            }
        }
    }

    #[test]
    fn a_placeholder_is_quoted_whole_in_its_finding_whatever_the_place() {
        // A finding quotes at most 80 characters of a value.
        let longest = scb::entries()
            .map(|entry| entry.name)
            .max_by_key(|name| name.chars().count())
            .expect("entries");
        let args = Args::new().with("place", longest).with("year", "2026");
        for text in StarterText::ALL.into_iter().filter(|t| t.is_placeholder()) {
            for lang in Lang::ALL {
                let rendered = i18n::text(Word::Starter(text), &args, lang);
                assert!(rendered.chars().count() <= 80, "{rendered}");
            }
        }
    }

    #[test]
    fn ids_are_made_of_names() {
        assert_eq!(id_of("Borås kommun"), "boras-kommun");
        assert_eq!(id_of("Malung-Sälen"), "malung-salen");
        assert_eq!(id_of("Region Jönköpings län"), "region-jonkopings-lan");
        assert_eq!(id_of("Upplands Väsby"), "upplands-vasby");
        assert_eq!(id_of(" Öckerö "), "ockero");
    }

    #[test]
    fn every_kommun_and_region_is_found_by_its_code_and_its_organisation_name() {
        let mut names = std::collections::HashSet::new();
        for entry in scb::entries() {
            let name = organisation_name(&entry);
            assert_eq!(find(entry.kind(), entry.code), Ok(entry), "{entry:?}");
            assert_eq!(find(entry.kind(), &name), Ok(entry), "{name} is {entry:?}");
            assert_eq!(find(entry.kind(), entry.name), Ok(entry), "{entry:?}");
            assert!(crate::model::is_valid_id(&id_of(&name)), "{name}");
            assert!(names.insert((entry.kind(), name.clone())), "{name} twice");
        }
        assert_eq!(names.len(), 311);
        let name = |kind, code: &str| organisation_name(&scb::lookup(kind, code).expect(code));
        assert_eq!(name(JurisdictionKind::Kommun, "1490"), "Borås kommun");
        assert_eq!(name(JurisdictionKind::Kommun, "0180"), "Stockholms kommun");
        assert_eq!(name(JurisdictionKind::Kommun, "1280"), "Malmö kommun");
        assert_eq!(name(JurisdictionKind::Kommun, "2514"), "Kalix kommun");
        assert_eq!(name(JurisdictionKind::Kommun, "2080"), "Falu kommun");
        assert_eq!(
            name(JurisdictionKind::Region, "14"),
            "Västra Götalandsregionen"
        );
    }
}
