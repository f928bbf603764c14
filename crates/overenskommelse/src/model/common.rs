//! Small shared types: periods, money, sections of prose and mentions of actors.

use overenskommelse_derive::FromJson;
use schemars::JsonSchema;
use serde::Serialize;

use super::{ApproximateDate, BodyId, Date, Extensions, LocalizedText, PartyId, PersonId};

/// A period of time (*period, giltighetstid*): its start and end, each a day or known only
/// roughly ("hösten 2017"), each possibly open.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// When the period starts; absent when unknown or open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<ApproximateDate>,
    /// When it ends, inclusive; absent for "tills vidare" (until further notice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<ApproximateDate>,
    /// The period as the source wrote it ("Planen gäller för åren 2019 - 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
}

impl Period {
    /// A closed period from `start` to `end`, both inclusive.
    pub fn new(start: Date, end: Date) -> Self {
        Self {
            start: Some(start.into()),
            end: Some(end.into()),
            text: None,
        }
    }

    /// A period from `start` with no end.
    pub fn from_day(start: Date) -> Self {
        Self {
            start: Some(start.into()),
            end: None,
            text: None,
        }
    }

    /// The first day the period may start on, when known.
    pub fn first_day(&self) -> Option<Date> {
        self.start.as_ref().and_then(ApproximateDate::earliest)
    }

    /// The last day the period may end on, when known; `None` for an open end.
    pub fn last_day(&self) -> Option<Date> {
        self.end.as_ref().and_then(ApproximateDate::latest)
    }

    /// True when `date` may fall inside the period (bounds read at their widest).
    pub fn contains(&self, date: Date) -> bool {
        self.first_day().is_none_or(|start| date >= start)
            && self.last_day().is_none_or(|end| date <= end)
    }

    /// The period as `2018-01-01 – 2018-12-31`, `2018-01-01 –` when open, with the source's
    /// words for a rough bound.
    pub fn span(&self) -> String {
        let bound = |date: &Option<ApproximateDate>| date.as_ref().map(ToString::to_string);
        match (bound(&self.start), bound(&self.end)) {
            (Some(start), Some(end)) => format!("{start} – {end}"),
            (Some(start), None) => format!("{start} –"),
            (None, Some(end)) => format!("– {end}"),
            (None, None) => "–".to_owned(),
        }
    }

    /// True when the whole of `other` falls inside this period (bounds read at their widest
    /// for this one and at their narrowest for `other`; an unknown bound covers anything).
    pub fn covers(&self, other: &Period) -> bool {
        let starts_inside = match (self.first_day(), other.first_day()) {
            (Some(start), Some(other_start)) => other_start >= start,
            _ => true,
        };
        let ends_inside = match (self.last_day(), other.last_day()) {
            (None, _) => true,
            (Some(_), None) => other.end.is_some(),
            (Some(end), Some(other_end)) => other_end <= end,
        };
        starts_inside && ends_inside
    }
}

/// A heading with prose, an optional list and prose after it: the text of the source kept in its shape.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Heading (*rubrik*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// Paragraphs before the list, one string each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<LocalizedText>,
    /// The list, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// Paragraphs after the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One entry of a list: a short title (often bold in the source), its text, or both.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Short title or key phrase of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// The item's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Actors named in the source, verbatim, with the entities they resolve to.
///
/// Used for an activity's target groups (*målgrupp*) and responsible (*ansvarig*):
/// `{"text": "Malin och Anders i samverkan med berörda.", "people": ["malin", "anders"]}`.
/// A text naming people holds personal data; the `people` references say whose.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// The words of the source, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// Parties (*parter*) the text refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyId>,
    /// People the text refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
    /// Bodies (*samråd, stormöte, nätverk*) the text refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<BodyId>,
    /// Roles named without a person (*processledare*, *kontaktperson*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Mention {
    /// True when the mention names nobody: no text and no reference.
    pub fn is_empty(&self) -> bool {
        self.text
            .as_ref()
            .is_none_or(|text| text.sv.trim().is_empty())
            && self.parties.is_empty()
            && self.people.is_empty()
            && self.bodies.is_empty()
            && self.roles.is_empty()
    }
}

/// Money for one year (*budget, finansiering*): an amount, or none while it is not decided,
/// who pays, who receives, and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// The calendar year the money is for.
    #[schemars(range(min = 1900, max = 2200))]
    pub year: i32,
    /// Amount in whole units of `currency` (kronor); absent when not yet known ("2025 beslutas i budgeten").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = i64::MIN, "maximum" = i64::MAX))]
    pub amount: Option<i64>,
    /// ISO 4217 currency code.
    #[serde(default = "default_currency")]
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: String,
    /// Who pays (*finansiär*): a party, or an outside organisation named in text (a state agency, an EU fund).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder: Option<Mention>,
    /// Who receives the money: a party, or an organisation named in text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Mention>,
    /// Where the money comes from, or the financing in words ("föreningsbidrag", "inom ordinarie budget").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LocalizedText>,
    /// True once the money is decided (*beslutad*); false while it is proposed.
    #[serde(default)]
    pub decided: bool,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

fn default_currency() -> String {
    "SEK".to_owned()
}

/// How and where something is followed up (*uppföljning*): the source's words and the bodies that do it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUpArrangement {
    /// Heading in the source ("Uppföljning").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// The arrangement as the source writes it ("Planen ska följas upp på Samrådet.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<LocalizedText>,
    /// Bodies where the follow-up is presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<BodyId>,
    /// Other places it is reported in ("Borås Stads årsredovisning").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported_in: Vec<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A day of the year written without a year (`--11-28`, ISO 8601), such as a stormöte held "28 november" every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MonthDay {
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31 (29 February allowed).
    pub day: u32,
}

impl MonthDay {
    /// The day in a given year; `None` for 29 February outside leap years.
    pub fn in_year(self, year: i32) -> Option<Date> {
        Date::from_ymd(year, self.month, self.day)
    }

    fn parse(text: &str) -> Option<Self> {
        let rest = text.strip_prefix("--")?;
        let (month, day) = rest.split_once('-')?;
        if month.len() != 2 || day.len() != 2 {
            return None;
        }
        let month: u32 = month.parse().ok()?;
        let day: u32 = day.parse().ok()?;
        // 2000 is a leap year, so 29 February is accepted as a day of the year.
        Date::from_ymd(2000, month, day)?;
        Some(Self { month, day })
    }
}

impl std::fmt::Display for MonthDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "--{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'a> crate::read::FromJson<'a> for MonthDay {
    const EXPECTED: crate::read::Expected = crate::read::Expected::DayOfYear;

    fn from_json(r: &mut crate::read::Reader<'a>) -> crate::read::Read<Self> {
        let offset = r.value_start();
        let Some(text) = r.text(Self::EXPECTED)? else {
            return Ok(None);
        };
        match Self::parse(&text) {
            Some(day) => Ok(Some(day)),
            None => {
                r.invalid(
                    crate::read::ProblemKind::InvalidDayOfYear {
                        value: crate::read::shorten(&text),
                    },
                    offset,
                );
                Ok(None)
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for MonthDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read::deserialize(deserializer)
    }
}

impl JsonSchema for MonthDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MonthDay".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A day of the year without a year, ISO 8601 `--MM-DD`.",
            "type": "string",
            "pattern": "^--((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|[12][0-9]))$",
            "examples": ["--11-28"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_day_round_trips_and_rejects_impossible_days() {
        let day: MonthDay = serde_json::from_str("\"--11-28\"").expect("valid day");
        assert_eq!(day, MonthDay { month: 11, day: 28 });
        assert_eq!(
            serde_json::to_string(&day).expect("serializes"),
            "\"--11-28\""
        );
        assert!(serde_json::from_str::<MonthDay>("\"--02-30\"").is_err());
        assert!(serde_json::from_str::<MonthDay>("\"11-28\"").is_err());
        assert_eq!(MonthDay { month: 2, day: 29 }.in_year(2019), None);
    }

    #[test]
    fn period_contains_and_covers() {
        let year = |y| {
            Period::new(
                Date::from_ymd(y, 1, 1).expect("date"),
                Date::from_ymd(y, 12, 31).expect("date"),
            )
        };
        let plan = Period::new(
            Date::from_ymd(2019, 1, 1).expect("date"),
            Date::from_ymd(2022, 12, 31).expect("date"),
        );
        assert!(plan.covers(&year(2020)));
        assert!(!plan.covers(&year(2018)));
        assert!(plan.contains(Date::from_ymd(2022, 12, 31).expect("date")));
        let open = Period {
            end: None,
            ..year(2019)
        };
        assert!(open.covers(&year(2030)));
        assert!(!plan.covers(&open));
    }
}
