//! Typed identifiers: one type per kind of entity, so a reference cannot point at the wrong kind.

use std::borrow::Borrow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;

/// The pattern every entity id follows: ASCII letters, digits, `.`, `_` and `-`, starting with a letter or digit.
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

/// True when `id` follows [`ID_PATTERN`].
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Reading, `serde::Deserialize` through the reader, `AsRef<str>` and [`Key`] for a newtype of `String`.
macro_rules! text_newtype {
    ($name:ident) => {
        impl<'a> crate::read::FromJson<'a> for $name {
            const EXPECTED: crate::read::Expected = crate::read::Expected::Text;

            fn from_json(r: &mut crate::read::Reader<'a>) -> crate::read::Read<Self> {
                Ok(<String as crate::read::FromJson>::from_json(r)?.map($name))
            }
        }

        $crate::model::ids::text_newtype!(@common $name);
    };
    // A text that must hold at least one character, as the schema's `minLength: 1` says.
    ($name:ident, non_empty) => {
        impl<'a> crate::read::FromJson<'a> for $name {
            const EXPECTED: crate::read::Expected = crate::read::Expected::Text;

            fn from_json(r: &mut crate::read::Reader<'a>) -> crate::read::Read<Self> {
                let offset = r.value_start();
                match <String as crate::read::FromJson>::from_json(r)? {
                    Some(text) if text.is_empty() => {
                        r.invalid(crate::read::ProblemKind::EmptyText, offset);
                        Ok(None)
                    }
                    text => Ok(text.map($name)),
                }
            }
        }

        $crate::model::ids::text_newtype!(@common $name);
    };
    (@common $name:ident) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::read::deserialize(deserializer)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl crate::read::Key for $name {
            fn key(&self) -> &str {
                &self.0
            }
        }
    };
}
pub(crate) use text_newtype;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $what:literal, $example:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        text_newtype!($name);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": concat!("Id of ", $what, ", unique within the document."),
                    "type": "string",
                    "pattern": ID_PATTERN,
                    "examples": [$example]
                })
            }
        }
    };
}

id_type!(
    /// Id of an agreement (the document itself), e.g. `boras`.
    AgreementId, "the agreement", "boras"
);
id_type!(
    /// Id of a principle (*princip*).
    PrincipleId, "a principle (princip)", "oppenhet"
);
id_type!(
    /// Id of a party (*part*): an organisation taking part.
    PartyId, "a party (part)", "boras-stad"
);
id_type!(
    /// Id of a person (*person*).
    PersonId, "a person", "processledare-1"
);
id_type!(
    /// Id of a governance body or forum (*samråd, stormöte, nätverk, råd*).
    BodyId, "a body (samråd, stormöte, nätverk, råd)", "samradet"
);
id_type!(
    /// Id of a challenge (*utmaning*), a welfare field.
    ChallengeId, "a challenge (utmaning)", "folkhalsa"
);
id_type!(
    /// Id of a goal (*mål*) above the interest areas.
    GoalId, "a goal (mål)", "mal-1"
);
id_type!(
    /// Id of an interest area (*intresseområde*).
    InterestAreaId, "an interest area (intresseområde)", "inkluderande-aktiviteter"
);
id_type!(
    /// Id of an objective (*"Vi arbetar tillsammans för"*) within an interest area.
    ObjectiveId, "an objective", "inkluderande-aktiviteter-1"
);
id_type!(
    /// Id of an indicator that measures an objective.
    IndicatorId, "an indicator", "antal-deltagare"
);
id_type!(
    /// Id of a plan (*plan*), e.g. the long-term plan.
    PlanId, "a plan", "plan-2019-2022"
);
id_type!(
    /// Id of an action plan (*handlingsplan*).
    ActionPlanId, "an action plan (handlingsplan)", "handlingsplan-2018"
);
id_type!(
    /// Id of a priority (*prioriterat område/tema*) of an action plan.
    PriorityId, "a priority (prioriterat område)", "prio-2018-1"
);

id_type!(
    /// Id of a version of the agreement (*version*), e.g. `version-2016`.
    VersionId, "a version of the agreement", "version-2016"
);
id_type!(
    /// Id of a strategy (*strategi*) of a goal.
    StrategyId, "a strategy (strategi)", "mal-1-strategi-1"
);
id_type!(
    /// Id of a partnership (*idéburet offentligt partnerskap*, IOP) under the agreement.
    PartnershipId, "a partnership (IOP)", "iop-stodlinje"
);
id_type!(
    /// Id of an evaluation (*utvärdering*) of the agreement.
    EvaluationId, "an evaluation (utvärdering)", "enkat-2021"
);

/// The letter code of an activity (*aktivitet*) within its action plan: `A`, `B`, … or `A1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ActivityCode(pub String);

text_newtype!(ActivityCode);

impl ActivityCode {
    /// The code as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActivityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for ActivityCode {
    fn from(code: &str) -> Self {
        Self(code.to_owned())
    }
}

impl JsonSchema for ActivityCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ActivityCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Code of an activity, unique within its action plan (the letters A, B, … of the VAD column).",
            "type": "string",
            "pattern": ID_PATTERN,
            "examples": ["A", "B2"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_pattern_accepts_slugs_and_rejects_spaces_and_empty() {
        assert!(is_valid_id("boras-stad"));
        assert!(is_valid_id("A"));
        assert!(is_valid_id("plan_2019.2022"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("-start"));
        assert!(!is_valid_id("två ord"));
        assert!(!is_valid_id("samrådet"));
    }
}
