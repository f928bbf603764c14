//! Who takes part: parties (organisations), people and bodies.

use overenskommelse_derive::FromJson;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;

use super::{
    ApproximateDate, BodyId, Count, Extensions, FormerName, LocalizedText, Mention, PartyId,
    Period, PersonId,
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

/// How a party takes part in the agreement.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    FromJson,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Participation {
    /// It signed, or adopted, the agreement itself (*undertecknare*).
    #[default]
    Signatory,
    /// It takes part through an umbrella organisation that signed for it (`represented_by`).
    Represented,
    /// It is a member of an umbrella organisation that is a party (`part_of`), and joined on its own.
    Member,
    /// It is only named in the documents (an employer, a funder), without taking part.
    Mentioned,
}

/// An organisation taking part (*part*), on one side of the agreement, or named in it.
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
    /// How it takes part: signatory (the default), represented, member, or only mentioned.
    #[serde(default, skip_serializing_if = "is_signatory")]
    pub participation: Participation,
    /// The party this one is part of (a nämnd of a kommun, a förening of an umbrella).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<PartyId>,
    /// The umbrella organisation that represents it, when it takes part through one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub represented_by: Option<PartyId>,
    /// Names it had before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
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
    /// The period the party takes part: its start is when it joined ("hösten 2017"), its end
    /// when it left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// How many members it had, over time ("12 organisationer 2020", "ett tjugotal 2023").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_counts: Vec<Count>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

fn is_signatory(participation: &Participation) -> bool {
    *participation == Participation::Signatory
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
    /// The party (side) the person represents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<PartyId>,
    /// The person's employer, when it differs from the party they represent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<Mention>,
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

/// A role, perhaps in a body or for a party, perhaps for a period: held by a person (in the
/// person's `roles`, or a body's with `holder`), by someone unnamed, or vacant.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role ("processledare", "ordförande", "föreläsare").
    pub title: LocalizedText,
    /// Who holds it, in a body's list of roles; absent when the holder is unnamed or the role vacant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<PersonId>,
    /// True when nobody holds the role (*vakant*).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vacant: bool,
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
    /// Names it had before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
    /// When the body exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The body it is part of (a working group of the samråd).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<BodyId>,
    /// The body it replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<BodyId>,
    /// Who hosts it (calls the meetings, keeps the minutes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<Mention>,
    /// Seats per side or party ("4 + 4").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<Seats>,
    /// Who sits in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Mention>,
    /// Its roles (ordförande, sekreterare), held, unnamed or vacant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Meetings held or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Seats in a body for one side or party: "4 + 4" is two entries of four.
#[derive(Debug, Clone, PartialEq, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Seats {
    /// How many seats.
    #[schemars(range(min = 0, max = 10000))]
    pub count: u32,
    /// The side they are for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// The party they are for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<PartyId>,
    /// The seats as the source writes them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
}

/// A meeting of a body: a date (a day, known roughly, or a day of the year without a year,
/// `{"day_of_year": "--11-28"}`), or only words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, FromJson, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// When it is held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproximateDate>,
    /// Where it is held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<LocalizedText>,
    /// The meeting as the source writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// A kommun's own fields.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
