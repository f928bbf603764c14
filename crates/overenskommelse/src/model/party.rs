//! Who takes part: parties (organisations), people and bodies.

use overenskommelse_derive::FromJson;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;

use super::{
    BodyId, Date, Extensions, LocalizedText, Mention, MonthDay, PartyId, Period, PersonId,
};

/// Which side of the agreement a party is on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, FromJson, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Side {
    /// The public side: kommun, region or state agency (*Staden*).
    Public,
    /// The civil-society side: idéburna organisationer (*Det idéburna*).
    CivilSociety,
}

/// What kind of organisation a party is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, FromJson, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartyKind {
    /// A kommun as a whole (*kommun, stad*).
    Kommun,
    /// A region (*region*).
    Region,
    /// A state agency (*statlig myndighet*).
    StateAgency,
    /// A political committee of a kommun or region (*nämnd*).
    Committee,
    /// An administration of a kommun or region (*förvaltning*).
    Administration,
    /// A company owned by a kommun or region (*kommunalt bolag*).
    MunicipalCompany,
    /// The civil-society side as a whole (*Det idéburna*), represented collectively.
    Collective,
    /// An umbrella or network organisation of civil society (*paraplyorganisation*).
    UmbrellaOrganisation,
    /// A non-profit organisation (*idéburen organisation*).
    NonProfitOrganisation,
    /// An association (*förening*).
    Association,
    /// A study association (*studieförbund*).
    StudyAssociation,
    /// A faith community (*trossamfund*).
    FaithCommunity,
    /// A foundation (*stiftelse*).
    Foundation,
    /// A social enterprise (*socialt företag*).
    SocialEnterprise,
    /// Anything else.
    Other,
}

/// An organisation taking part (*part*), on one side of the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Id, unique in the document.
    pub id: PartyId,
    /// Name ("Borås Stad").
    pub name: LocalizedText,
    /// Short name used in the text ("Staden").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<LocalizedText>,
    /// Which side the party is on.
    pub side: Side,
    /// What kind of organisation it is.
    pub kind: PartyKind,
    /// Swedish organisation number (*organisationsnummer*), `NNNNNN-NNNN`, last digit a Luhn check digit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{6}-?\d{4}$"), example = "212000-1561")]
    pub org_number: Option<String>,
    /// The party this one is part of (a nämnd of a kommun, a förening of an umbrella).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<PartyId>,
    /// Description, verbatim from the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Web site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "iri"))]
    pub website: Option<String>,
    /// Contact email of the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "idn-email"))]
    pub email: Option<String>,
    /// The period the party takes part, when it joined or left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A person's name: personal data under GDPR.
///
/// The type marks every place a name is held, so that a document can be published with
/// names removed; the schema marks it with `"x-personal-data": true`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct PersonalName(pub String);

super::ids::text_newtype!(PersonalName, non_empty);

impl PersonalName {
    /// The name as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl JsonSchema for PersonalName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PersonalName".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A person's name: personal data (personuppgift, GDPR), removed when a document is published without personal data.",
            "type": "string",
            "minLength": 1,
            "x-personal-data": true,
            "examples": ["Malin"]
        })
    }
}

/// A person named in the documents (*processledare, kontaktperson*). Personal data.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-personal-data" = true))]
pub struct Person {
    /// Id, unique in the document; choose one that does not spell out the name when the document is published.
    pub id: PersonId,
    /// The name as the source writes it.
    pub name: PersonalName,
    /// The party the person belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<PartyId>,
    /// Roles the person holds, each possibly for a period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Email address: personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "idn-email", "x-personal-data" = true))]
    pub email: Option<String>,
    /// Telephone number: personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-personal-data" = true))]
    pub phone: Option<String>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A role held by a person, perhaps in a body or for a party, perhaps for a period.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role ("processledare", "ordförande", "föreläsare").
    pub title: LocalizedText,
    /// The body the role is held in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BodyId>,
    /// The party the role is held for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<PartyId>,
    /// When the role is held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// What kind of body or forum it is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, FromJson, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodyKind {
    /// The joint council of the agreement (*samråd*).
    JointCouncil,
    /// The yearly large meeting (*stormöte*).
    GeneralMeeting,
    /// A network (*nätverk, nätverksgrupp*).
    Network,
    /// A council (*råd*).
    Council,
    /// A working or steering group (*arbetsgrupp, styrgrupp*).
    WorkingGroup,
    /// A recurring meeting place (*mötesplats, forum*).
    Forum,
    /// Anything else.
    Other,
}

/// A governance body or forum (*samråd, stormöte, nätverk, råd*).
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Id, unique in the document.
    pub id: BodyId,
    /// Name ("Samrådet för Överenskommelsen").
    pub name: LocalizedText,
    /// What kind of body it is.
    pub kind: BodyKind,
    /// Description, verbatim from the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Who sits in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Mention>,
    /// Meetings held or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A meeting of a body: a date, a day of the year without a year, or only words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The day it is held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The day of the year when the source gives no year ("28 november").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_of_year: Option<MonthDay>,
    /// The meeting as the source writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
