//! Swedish and English words for the library's codes: languages, severities, statuses and kinds.

use serde::{Deserialize, Serialize};

use crate::model::{Assessment, Side, Status};
use crate::time::{Precision, Recurrence};

/// A language the library speaks: Swedish first, English beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Svenska.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag (`sv`, `en`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language for a tag; `None` for a language the library does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag
            .split(['-', '_'])
            .next()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("sv") => Some(Lang::Sv),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text the library writes, in Swedish and English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Message {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message from its Swedish and English forms.
    pub fn new(sv: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            sv: sv.into(),
            en: en.into(),
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A label in both languages, for codes known when the library is built.
pub type Label = (&'static str, &'static str);

/// The word of `label` in `lang`.
pub(crate) fn pick(label: Label, lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => label.0,
        Lang::En => label.1,
    }
}

/// The label of an activity status ("pågående", "in progress").
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    pick(
        match status {
            Status::Planned => ("planerad", "planned"),
            Status::InProgress => ("pågående", "in progress"),
            Status::Done => ("genomförd", "done"),
            Status::Postponed => ("uppskjuten", "postponed"),
            Status::Cancelled => ("inställd", "cancelled"),
        },
        lang,
    )
}

/// The label of a traffic-light assessment ("grön", "green").
pub fn assessment_label(assessment: Assessment, lang: Lang) -> &'static str {
    pick(
        match assessment {
            Assessment::Green => ("grön", "green"),
            Assessment::Yellow => ("gul", "yellow"),
            Assessment::Red => ("röd", "red"),
        },
        lang,
    )
}

/// The label of a side of the agreement ("det idéburna", "civil society").
pub fn side_label(side: Side, lang: Lang) -> &'static str {
    pick(
        match side {
            Side::Public => ("offentlig sektor", "public sector"),
            Side::CivilSociety => ("det idéburna", "civil society"),
        },
        lang,
    )
}

/// The label of a window's precision ("säsong", "season").
pub fn precision_label(precision: Precision, lang: Lang) -> &'static str {
    pick(
        match precision {
            Precision::Day => ("dag", "day"),
            Precision::Week => ("vecka", "week"),
            Precision::Month => ("månad", "month"),
            Precision::Season => ("årstid", "season"),
            Precision::Term => ("termin", "term"),
            Precision::Tertial => ("tertial", "four-month period"),
            Precision::Quarter => ("kvartal", "quarter"),
            Precision::Year => ("år", "year"),
        },
        lang,
    )
}

/// The label of a recurrence ("löpande", "continuous").
pub fn recurrence_label(recurrence: Recurrence, lang: Lang) -> &'static str {
    pick(
        match recurrence {
            Recurrence::Continuous => ("löpande", "continuous"),
            Recurrence::Daily => ("dagligen", "daily"),
            Recurrence::Weekly => ("varje vecka", "weekly"),
            Recurrence::Monthly => ("varje månad", "monthly"),
            Recurrence::Yearly => ("årligen", "yearly"),
            Recurrence::Regular => ("regelbundet", "regularly"),
        },
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_distinct_labels_in_both_languages() {
        for lang in [Lang::Sv, Lang::En] {
            let labels: std::collections::HashSet<_> =
                Status::ALL.iter().map(|s| status_label(*s, lang)).collect();
            assert_eq!(labels.len(), Status::ALL.len());
        }
        assert_eq!(status_label(Status::InProgress, Lang::Sv), "pågående");
    }

    #[test]
    fn language_tags_are_read_loosely() {
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fi"), None);
    }
}
