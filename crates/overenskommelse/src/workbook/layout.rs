//! The one table of the workbook: which sheet holds which entities, and which column holds
//! which field, with its headers, what it holds and its form in Swedish and English.
//!
//! Writing, reading, the template, the explanation sheet and `docs/workbook.md` all walk this
//! table; nothing else knows a sheet's or a column's name.

use crate::i18n::{self, Lang, Word};
use crate::model::{
    ActionPlanKind, Assessment, BodyKind, DecisionKind, EvaluationKind, JurisdictionKind,
    Participation, PartnershipKind, PartyKind, PlanKind, PlanOwner, PlanStatus, RhythmUnit, Side,
    Status,
};

/// A text in Swedish and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Both {
    /// Svenska.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Both {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            _ => self.sv,
        }
    }
}

const fn both(sv: &'static str, en: &'static str) -> Both {
    Both { sv, en }
}

/// Every sheet of entities, parents before the sheets that hold their parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SheetId {
    /// The agreement itself: one row.
    Agreement,
    /// Versions of the agreement.
    Versions,
    /// Principles.
    Principles,
    /// Parties.
    Parties,
    /// People.
    People,
    /// Bodies.
    Bodies,
    /// Roles of people and bodies.
    Roles,
    /// Seats in bodies.
    Seats,
    /// Meetings of bodies.
    Meetings,
    /// Member counts of parties.
    MemberCounts,
    /// Former names of the agreement, parties and bodies.
    FormerNames,
    /// Challenges.
    Challenges,
    /// Goals.
    Goals,
    /// Strategies of goals.
    Strategies,
    /// Interest areas.
    InterestAreas,
    /// Objectives of interest areas.
    Objectives,
    /// Indicators of objectives.
    Indicators,
    /// Target and measured values of indicators.
    IndicatorValues,
    /// Plans.
    Plans,
    /// Action plans.
    ActionPlans,
    /// Priorities of action plans.
    Priorities,
    /// Partnerships.
    Partnerships,
    /// Obligations of partnerships.
    Obligations,
    /// Activities of action plans and plans.
    Activities,
    /// Follow-ups of activities and obligations.
    FollowUps,
    /// Money per year.
    Budget,
    /// Decisions.
    Decisions,
    /// Evaluations.
    Evaluations,
    /// Sections of prose.
    Sections,
}

/// What a cell holds, and so how it is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// Text kept exactly as written.
    Text,
    /// The entity's own id.
    Id,
    /// The entity's code, unique within what holds it (an activity's letter).
    Code,
    /// Texts, one a line (a list of bullets).
    Lines,
    /// Paragraphs, separated by an empty line.
    Paragraphs,
    /// A day, as an Excel date.
    Date,
    /// A day as an Excel date, or the source's words for a date known roughly.
    RoughDate,
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    /// Yes or no.
    Bool,
    /// One of a list of labels.
    Label(Labels),
    /// The id of an entity of another sheet.
    Ref(SheetId),
    /// Ids of entities of another sheet, separated by commas.
    Refs(SheetId),
    /// JSON text.
    Json,
}

/// The lists of labels a coded field is chosen from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Labels {
    /// An activity's status.
    Status,
    /// A traffic light.
    Assessment,
    /// A side.
    Side,
    /// A kind of party.
    PartyKind,
    /// How a party takes part.
    Participation,
    /// A kind of body.
    BodyKind,
    /// A layer of plans.
    PlanKind,
    /// Whose plan.
    PlanOwner,
    /// Where a plan stands.
    PlanStatus,
    /// A kind of action plan.
    ActionPlanKind,
    /// What a decision did.
    DecisionKind,
    /// Years or months.
    RhythmUnit,
    /// A kind of evaluation.
    EvaluationKind,
    /// A kind of partnership.
    PartnershipKind,
    /// Kommun or region.
    JurisdictionKind,
}

impl Labels {
    /// Every list, in the order of the lists sheet.
    pub const ALL: [Labels; 15] = [
        Labels::Status,
        Labels::Assessment,
        Labels::Side,
        Labels::PartyKind,
        Labels::Participation,
        Labels::BodyKind,
        Labels::PlanKind,
        Labels::PlanOwner,
        Labels::PlanStatus,
        Labels::ActionPlanKind,
        Labels::DecisionKind,
        Labels::RhythmUnit,
        Labels::EvaluationKind,
        Labels::PartnershipKind,
        Labels::JurisdictionKind,
    ];

    /// Every (JSON code, word) of the list, in the model's order.
    pub fn entries(self) -> &'static [(String, Word)] {
        static ENTRIES: std::sync::OnceLock<Vec<Vec<(String, Word)>>> = std::sync::OnceLock::new();
        let all = ENTRIES.get_or_init(|| Labels::ALL.iter().map(|l| l.make_entries()).collect());
        let position = Labels::ALL.iter().position(|l| *l == self).unwrap_or(0);
        all.get(position).map_or(&[], Vec::as_slice)
    }

    fn make_entries(self) -> Vec<(String, Word)> {
        fn of<T: serde::Serialize + Copy>(
            values: &[T],
            word: fn(T) -> Word,
        ) -> Vec<(String, Word)> {
            values
                .iter()
                .map(|value| {
                    let code = serde_json::to_value(value)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    (code, word(*value))
                })
                .collect()
        }
        match self {
            Labels::Status => of(&Status::ALL, Word::Status),
            Labels::Assessment => of(
                &[Assessment::Green, Assessment::Yellow, Assessment::Red],
                Word::Assessment,
            ),
            Labels::Side => of(&[Side::Public, Side::CivilSociety], Word::Side),
            Labels::PartyKind => of(
                &[
                    PartyKind::Kommun,
                    PartyKind::Region,
                    PartyKind::StateAgency,
                    PartyKind::Committee,
                    PartyKind::Administration,
                    PartyKind::MunicipalCompany,
                    PartyKind::Collective,
                    PartyKind::UmbrellaOrganisation,
                    PartyKind::NonProfitOrganisation,
                    PartyKind::Association,
                    PartyKind::StudyAssociation,
                    PartyKind::FaithCommunity,
                    PartyKind::Foundation,
                    PartyKind::SocialEnterprise,
                    PartyKind::Other,
                ],
                Word::PartyKind,
            ),
            Labels::Participation => of(
                &[
                    Participation::Signatory,
                    Participation::Represented,
                    Participation::Member,
                    Participation::Mentioned,
                ],
                Word::Participation,
            ),
            Labels::BodyKind => of(
                &[
                    BodyKind::JointCouncil,
                    BodyKind::GeneralMeeting,
                    BodyKind::Network,
                    BodyKind::Council,
                    BodyKind::WorkingGroup,
                    BodyKind::Forum,
                    BodyKind::Other,
                ],
                Word::BodyKind,
            ),
            Labels::PlanKind => of(
                &[
                    PlanKind::Programme,
                    PlanKind::LongTerm,
                    PlanKind::Development,
                    PlanKind::Other,
                ],
                Word::PlanKind,
            ),
            Labels::PlanOwner => of(
                &[
                    PlanOwner::Joint,
                    PlanOwner::PublicSide,
                    PlanOwner::CivilSociety,
                ],
                Word::PlanOwner,
            ),
            Labels::PlanStatus => of(
                &[
                    PlanStatus::Proposal,
                    PlanStatus::Consultation,
                    PlanStatus::Adopted,
                    PlanStatus::Superseded,
                ],
                Word::PlanStatus,
            ),
            Labels::ActionPlanKind => of(
                &[
                    ActionPlanKind::ActionPlan,
                    ActionPlanKind::AssignmentPlan,
                    ActionPlanKind::ActionAndAssignmentPlan,
                ],
                Word::ActionPlanKind,
            ),
            Labels::DecisionKind => of(
                &[
                    DecisionKind::Proposed,
                    DecisionKind::Adopted,
                    DecisionKind::Signed,
                    DecisionKind::Revised,
                    DecisionKind::Extended,
                    DecisionKind::Ended,
                    DecisionKind::Other,
                ],
                Word::Decision,
            ),
            Labels::RhythmUnit => of(&[RhythmUnit::Year, RhythmUnit::Month], Word::RhythmUnit),
            Labels::EvaluationKind => of(
                &[
                    EvaluationKind::Survey,
                    EvaluationKind::ExternalEvaluation,
                    EvaluationKind::InternalReview,
                    EvaluationKind::Other,
                ],
                Word::EvaluationKind,
            ),
            Labels::PartnershipKind => of(
                &[
                    PartnershipKind::Iop,
                    PartnershipKind::Grant,
                    PartnershipKind::LetterOfIntent,
                    PartnershipKind::Other,
                ],
                Word::PartnershipKind,
            ),
            Labels::JurisdictionKind => of(
                &[JurisdictionKind::Kommun, JurisdictionKind::Region],
                Word::JurisdictionKind,
            ),
        }
    }

    /// The labels in `lang`, in the model's order.
    pub fn labels(self, lang: Lang) -> Vec<&'static str> {
        self.entries()
            .iter()
            .map(|(_, word)| i18n::word(*word, lang))
            .collect()
    }

    /// The label of `code` in `lang`, when the code is in the list.
    pub fn label(self, code: &str, lang: Lang) -> Option<&'static str> {
        self.entries()
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, word)| i18n::word(*word, lang))
    }

    /// The JSON code a label (in either language, or the code itself) stands for; case and
    /// surrounding white space do not matter.
    pub fn code_of(self, text: &str) -> Option<String> {
        let wanted = text.trim().to_lowercase();
        self.entries().iter().find_map(|(code, word)| {
            let matches = *code == wanted
                || Lang::ALL
                    .iter()
                    .any(|lang| i18n::word(*word, *lang).to_lowercase() == wanted);
            matches.then(|| code.clone())
        })
    }
}

/// One field of an entity as the layout writes it: a single column, or a group of columns
/// for a text and its translation, a period, a mention or a rhythm.
#[derive(Debug, Clone, Copy)]
struct Field {
    /// Where the field is in the entity's JSON: members separated by `/`, a number is the
    /// position in a list.
    path: &'static str,
    shape: Shape,
    required: bool,
    header: Both,
    about: Both,
    example: &'static str,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    /// One column.
    One(Kind),
    /// A text people read: Swedish, and English beside it.
    Localized,
    /// A period: start, end, the source's words.
    Period,
    /// Actors named: the words, and the parties, people and bodies they refer to.
    Mention,
    /// A rhythm: every, unit, the source's words.
    Rhythm,
    /// A count: number, whether rough, the source's words, when.
    Count,
    /// The time of an activity: the words, and the window when given.
    Time,
    /// Texts people read, each in Swedish and English: lines or paragraphs.
    Texts(Kind),
}

const fn f(
    path: &'static str,
    kind: Kind,
    required: bool,
    header: Both,
    about: Both,
    example: &'static str,
) -> Field {
    Field {
        path,
        shape: Shape::One(kind),
        required,
        header,
        about,
        example,
    }
}

const fn group(
    path: &'static str,
    shape: Shape,
    required: bool,
    header: Both,
    about: Both,
    example: &'static str,
) -> Field {
    Field {
        path,
        shape,
        required,
        header,
        about,
        example,
    }
}

const fn texts(
    path: &'static str,
    kind: Kind,
    required: bool,
    header: Both,
    about: Both,
    example: &'static str,
) -> Field {
    group(path, Shape::Texts(kind), required, header, about, example)
}

const ID: Field = f(
    "id",
    Kind::Id,
    true,
    both("Id", "Id"),
    both(
        "Id, unikt i dokumentet: bokstäver a–z, siffror, punkt, bindestreck och understreck.",
        "Id, unique in the document: letters a–z, digits, full stop, hyphen and underscore.",
    ),
    "dialog",
);

const EXTENSIONS: Field = f(
    "extensions",
    Kind::Json,
    false,
    both("Egna fält (JSON)", "Own fields (JSON)"),
    both(
        "Kommunens egna fält som ett JSON-objekt; lämnas orört.",
        "The kommun's own fields as a JSON object; kept as it is.",
    ),
    "{\"diarienummer\": \"KS 2018-00123\"}",
);

const fn localized(
    path: &'static str,
    required: bool,
    header: Both,
    about: Both,
    example: &'static str,
) -> Field {
    group(path, Shape::Localized, required, header, about, example)
}

const fn period(path: &'static str, required: bool, header: Both, about: Both) -> Field {
    group(path, Shape::Period, required, header, about, "2019-01-01")
}

const fn mention(path: &'static str, header: Both, about: Both, example: &'static str) -> Field {
    group(path, Shape::Mention, false, header, about, example)
}

const fn refs(path: &'static str, sheet: SheetId, header: Both, about: Both) -> Field {
    f(path, Kind::Refs(sheet), false, header, about, "")
}

const fn reference(path: &'static str, sheet: SheetId, header: Both, about: Both) -> Field {
    f(path, Kind::Ref(sheet), false, header, about, "")
}

const DESCRIPTION: Field = localized(
    "description",
    false,
    both("Beskrivning", "Description"),
    both("Beskrivning, ordagrant.", "Description, verbatim."),
    "",
);

const PERIOD: Field = period(
    "period",
    false,
    both("Period", "Period"),
    both("När det gäller.", "When it holds."),
);

/// Where a sheet's rows live: in a list of the entities of another sheet.
#[derive(Debug, Clone, Copy)]
pub struct Holder {
    /// The sheet of the entities that hold the rows.
    pub parent: SheetId,
    /// The member of the parent that holds the list (`activities`).
    pub member: &'static str,
    /// The holder as the "belongs to" column names it, where a sheet has several.
    pub label: Both,
}

const fn holder(parent: SheetId, member: &'static str, label: Both) -> Holder {
    Holder {
        parent,
        member,
        label,
    }
}

/// A sheet of the workbook: one row per entity.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    /// Which sheet it is.
    pub id: SheetId,
    /// The sheet's name.
    pub name: Both,
    /// What its rows are.
    pub about: Both,
    /// Where its rows live; none for the agreement.
    pub holders: &'static [Holder],
    fields: &'static [Field],
}

impl Sheet {
    /// Every sheet, parents first.
    pub fn all() -> &'static [Sheet] {
        SHEETS
    }

    /// The sheet `id`.
    pub fn get(id: SheetId) -> &'static Sheet {
        SHEETS
            .iter()
            .find(|sheet| sheet.id == id)
            .unwrap_or(&SHEETS[0])
    }

    /// True when a row is known by its code within its parent, not by an id of its own.
    pub fn keyed_by_code(&self) -> bool {
        self.fields
            .iter()
            .any(|field| matches!(field.shape, Shape::One(Kind::Code)))
    }

    /// True when its rows' keys are what other rows name: ids or codes.
    pub fn has_keys(&self) -> bool {
        self.fields
            .iter()
            .any(|field| matches!(field.shape, Shape::One(Kind::Id | Kind::Code)))
    }

    /// True when the sheet says which of its holders a row belongs to.
    pub fn has_holder_column(&self) -> bool {
        self.holders.len() > 1
    }

    /// True when the sheet names the row's parent: always, except for the agreement's own lists.
    pub fn has_parent_column(&self) -> bool {
        self.holders
            .iter()
            .any(|holder| holder.parent != SheetId::Agreement)
    }

    /// The holder with `label` in either language.
    pub fn holder_by_label(&self, label: &str) -> Option<&'static Holder> {
        let wanted = label.trim().to_lowercase();
        self.holders.iter().find(|holder| {
            holder.label.sv.to_lowercase() == wanted || holder.label.en.to_lowercase() == wanted
        })
    }

    /// The sheets whose rows this one's rows hold, with the member they are held in.
    pub fn children(&self) -> impl Iterator<Item = (&'static Sheet, &'static Holder)> + '_ {
        SHEETS.iter().flat_map(move |sheet| {
            sheet
                .holders
                .iter()
                .filter(move |holder| holder.parent == self.id)
                .map(move |holder| (sheet, holder))
        })
    }

    /// The sheet's columns, in order: where the row belongs, its fields, and the other
    /// members that no column holds.
    pub fn columns(&self) -> &'static [Column] {
        static COLUMNS: std::sync::OnceLock<Vec<Vec<Column>>> = std::sync::OnceLock::new();
        let all = COLUMNS.get_or_init(|| SHEETS.iter().map(Sheet::make_columns).collect());
        let position = SHEETS.iter().position(|s| s.id == self.id).unwrap_or(0);
        all.get(position).map_or(&[], Vec::as_slice)
    }

    fn make_columns(&self) -> Vec<Column> {
        let mut columns = Vec::new();
        if self.has_holder_column() {
            columns.push(Column {
                path: String::new(),
                role: Role::Holder,
                kind: Kind::Text,
                required: true,
                header: both("Tillhör", "Belongs to"),
                about: both(
                    "Vilket slags post raden hör till.",
                    "What kind of entry the row belongs to.",
                ),
                example: self.holders.first().map_or("", |h| h.label.sv).to_owned(),
            });
        }
        if self.has_parent_column() {
            let parent = self.holders.first().map(|h| Sheet::get(h.parent));
            let kind = match parent {
                Some(parent) if !self.has_holder_column() && !parent.keyed_by_code() => {
                    Kind::Ref(parent.id)
                }
                _ => Kind::Text,
            };
            columns.push(Column {
                path: String::new(),
                role: Role::Parent,
                kind,
                required: true,
                header: both("Tillhör id", "Belongs to id"),
                about: both(
                    "Id för posten raden hör till; för en aktivitet eller ett åtagande planens id, snedstreck och koden (handlingsplan-2018/A).",
                    "Id of the entry the row belongs to; for an activity or obligation the plan's id, a slash and the code (handlingsplan-2018/A).",
                ),
                example: String::new(),
            });
        }
        for field in self.fields {
            field.columns(&mut columns);
        }
        columns.push(Column {
            path: String::new(),
            role: Role::Rest,
            kind: Kind::Json,
            required: false,
            header: both("Övrigt (JSON)", "Other (JSON)"),
            about: both(
                "Det som inga kolumner rymmer (fler översättningar, flera omnämnanden, tomma objekt), som ett JSON-objekt; skrivs bara när det behövs.",
                "What no column holds (more translations, several mentions, empty objects), as a JSON object; written only when needed.",
            ),
            example: "{\"title\": {\"sv\": \"Dialog\", \"fi\": \"Vuoropuhelu\"}}".to_owned(),
        });
        columns
    }
}

/// What a column is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Which holder the row belongs to (`Tillhör`).
    Holder,
    /// The key of the parent row (`Tillhör id`).
    Parent,
    /// A field of the entity.
    Field,
    /// The members no column holds, as JSON (`Övrigt`).
    Rest,
}

/// One column of a sheet.
#[derive(Debug, Clone)]
pub struct Column {
    /// Where its value is in the entity's JSON (`title/sv`); empty for the columns that are
    /// not fields.
    pub path: String,
    /// What the column is for.
    pub role: Role,
    /// What the cell holds.
    pub kind: Kind,
    /// True when a row must fill it.
    pub required: bool,
    /// Its header.
    pub header: Both,
    /// What it holds.
    pub about: Both,
    /// An example value.
    pub example: String,
}

impl Column {
    /// The member of the entity the column belongs to (`title` for `title/sv`).
    pub fn member(&self) -> &str {
        self.path.split('/').next().unwrap_or_default()
    }

    /// True when `text` is the column's header in either language.
    pub fn is_called(&self, text: &str) -> bool {
        let text = text.trim();
        self.header.sv.eq_ignore_ascii_case(text)
            || self.header.en.eq_ignore_ascii_case(text)
            || self.header.sv.to_lowercase() == text.to_lowercase()
    }

    /// The form of its values, in `lang`, for the explanation sheet.
    pub fn form(&self, lang: Lang) -> String {
        let word = |w: Word| i18n::word(w, lang).to_owned();
        let sheet_name = |id: SheetId| Sheet::get(id).name.get(lang);
        let args = |id: SheetId| i18n::Args::new().with("sheet", sheet_name(id));
        match self.kind {
            Kind::Text => word(Word::WorkbookFormText),
            Kind::Id => word(Word::WorkbookFormId),
            Kind::Code => word(Word::WorkbookFormCode),
            Kind::Lines => word(Word::WorkbookFormLines),
            Kind::Paragraphs => word(Word::WorkbookFormParagraphs),
            Kind::Date => word(Word::WorkbookFormDate),
            Kind::RoughDate => word(Word::WorkbookFormRoughDate),
            Kind::Integer => word(Word::WorkbookFormInteger),
            Kind::Number => word(Word::WorkbookFormNumber),
            Kind::Bool => word(Word::WorkbookFormBool),
            Kind::Json => word(Word::WorkbookFormJson),
            Kind::Label(labels) => i18n::text(
                Word::WorkbookFormLabel,
                &i18n::Args::new().with("labels", labels.labels(lang).join(", ")),
                lang,
            ),
            Kind::Ref(id) => i18n::text(Word::WorkbookFormRef, &args(id), lang),
            Kind::Refs(id) => i18n::text(Word::WorkbookFormRefs, &args(id), lang),
        }
    }
}

impl Field {
    fn columns(&self, out: &mut Vec<Column>) {
        let column = |path: String, kind: Kind, required: bool, header: Both, about: Both| Column {
            path,
            role: Role::Field,
            kind,
            required,
            header,
            about,
            example: String::new(),
        };
        let sub = |part: &str| {
            if self.path.is_empty() {
                part.to_owned()
            } else {
                format!("{}/{part}", self.path)
            }
        };
        match self.shape {
            Shape::One(kind) => out.push(Column {
                example: self.example.to_owned(),
                ..column(
                    self.path.to_owned(),
                    kind,
                    self.required,
                    self.header,
                    self.about,
                )
            }),
            Shape::Localized => {
                out.push(Column {
                    example: self.example.to_owned(),
                    ..column(
                        sub("sv"),
                        Kind::Text,
                        self.required,
                        self.header,
                        self.about,
                    )
                });
                out.push(column(
                    sub("en"),
                    Kind::Text,
                    false,
                    suffixed(self.header, " (en)"),
                    both("Samma text på engelska.", "The same text in English."),
                ));
            }
            Shape::Period => {
                out.push(Column {
                    example: self.example.to_owned(),
                    ..column(
                        sub("start"),
                        Kind::RoughDate,
                        false,
                        suffixed(self.header, " från"),
                        self.about,
                    )
                });
                out.push(column(
                    sub("end"),
                    Kind::RoughDate,
                    false,
                    suffixed(self.header, " till"),
                    both(
                        "Sista dagen; tom när det gäller tills vidare.",
                        "The last day; empty for until further notice.",
                    ),
                ));
                out.push(column(
                    sub("text/sv"),
                    Kind::Text,
                    false,
                    suffixed(self.header, " (text)"),
                    both(
                        "Perioden som källan skriver den.",
                        "The period as the source writes it.",
                    ),
                ));
            }
            Shape::Mention => {
                out.push(Column {
                    example: self.example.to_owned(),
                    ..column(sub("text/sv"), Kind::Text, false, self.header, self.about)
                });
                out.push(column(
                    sub("parties"),
                    Kind::Refs(SheetId::Parties),
                    false,
                    suffixed(self.header, ": parter"),
                    both(
                        "Parterna texten syftar på.",
                        "The parties the text refers to.",
                    ),
                ));
                out.push(column(
                    sub("people"),
                    Kind::Refs(SheetId::People),
                    false,
                    suffixed(self.header, ": personer"),
                    both(
                        "Personerna texten syftar på.",
                        "The people the text refers to.",
                    ),
                ));
                out.push(column(
                    sub("bodies"),
                    Kind::Refs(SheetId::Bodies),
                    false,
                    suffixed(self.header, ": organ"),
                    both(
                        "Organen texten syftar på.",
                        "The bodies the text refers to.",
                    ),
                ));
                out.push(column(
                    sub("roles/*/sv"),
                    Kind::Lines,
                    false,
                    suffixed(self.header, ": roller"),
                    both(
                        "Roller som nämns utan person (”processledare”), en per rad.",
                        "Roles named without a person (“processledare”), one a line.",
                    ),
                ));
            }
            Shape::Texts(kind) => {
                out.push(Column {
                    example: self.example.to_owned(),
                    ..column(sub("*/sv"), kind, self.required, self.header, self.about)
                });
                out.push(column(
                    sub("*/en"),
                    kind,
                    false,
                    suffixed(self.header, " (en)"),
                    both(
                        "Samma text på engelska, lika många delar.",
                        "The same text in English, as many parts.",
                    ),
                ));
            }
            Shape::Rhythm => {
                out.push(column(
                    sub("every"),
                    Kind::Integer,
                    false,
                    suffixed(self.header, ": var"),
                    self.about,
                ));
                out.push(column(
                    sub("unit"),
                    Kind::Label(Labels::RhythmUnit),
                    false,
                    suffixed(self.header, ": enhet"),
                    both("År eller månader.", "Years or months."),
                ));
                out.push(column(
                    sub("text/sv"),
                    Kind::Text,
                    false,
                    suffixed(self.header, " (text)"),
                    both("Som källan skriver det.", "As the source writes it."),
                ));
            }
            Shape::Count => {
                out.push(column(
                    sub("value"),
                    Kind::Integer,
                    false,
                    self.header,
                    self.about,
                ));
                out.push(column(
                    sub("approximate"),
                    Kind::Bool,
                    false,
                    suffixed(self.header, ": ungefär"),
                    both(
                        "Ja när källan anger antalet ungefär (”ett åttiotal”).",
                        "Yes when the source gives it roughly (“some eighty”).",
                    ),
                ));
                out.push(column(
                    sub("text/sv"),
                    Kind::Text,
                    false,
                    suffixed(self.header, " (text)"),
                    both("Som källan skriver det.", "As the source writes it."),
                ));
                out.push(column(
                    sub("date"),
                    Kind::RoughDate,
                    false,
                    suffixed(self.header, ": datum"),
                    both("När antalet gällde.", "When the count held."),
                ));
            }
            Shape::Time => {
                out.push(Column {
                    example: self.example.to_owned(),
                    ..column(sub("text/sv"), Kind::Text, false, self.header, self.about)
                });
                out.push(column(
                    sub("text/en"),
                    Kind::Text,
                    false,
                    suffixed(self.header, " (en)"),
                    both("Samma text på engelska.", "The same text in English."),
                ));
                out.push(column(
                    sub("window"),
                    Kind::Json,
                    false,
                    suffixed(self.header, ": fönster (JSON)"),
                    both(
                        "Tidsfönstret när det anges uttryckligen; annars läses det ur texten.",
                        "The window when given explicitly; otherwise it is read from the text.",
                    ),
                ));
            }
        }
    }
}

/// A header with words added: both languages get the same suffix, translated where it is a word.
fn suffixed(header: Both, suffix: &'static str) -> Both {
    let en = match suffix {
        " från" => " from",
        " till" => " to",
        ": parter" => ": parties",
        ": personer" => ": people",
        ": organ" => ": bodies",
        ": roller" => ": roles",
        ": var" => ": every",
        ": enhet" => ": unit",
        ": ungefär" => ": approximate",
        ": datum" => ": date",
        ": fönster (JSON)" => ": window (JSON)",
        other => other,
    };
    Both {
        sv: leak(format!("{}{suffix}", header.sv)),
        en: leak(format!("{}{en}", header.en)),
    }
}

/// Headers made of a field's header and a suffix live as long as the program: there are a
/// few hundred, made once each ([`Sheet::columns`] makes them once).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

use SheetId as S;

const AGREEMENT_FIELDS: &[Field] = &[
    f(
        "$schema",
        Kind::Text,
        false,
        both("Schema", "Schema"),
        both(
            "Adressen till dokumentets JSON Schema.",
            "The address of the document's JSON Schema.",
        ),
        "",
    ),
    f(
        "schema_version",
        Kind::Text,
        true,
        both("Formatversion", "Format version"),
        both("Dokumentets format: 2.0.", "The document's format: 2.0."),
        "2.0",
    ),
    f(
        "id",
        Kind::Id,
        true,
        both("Id", "Id"),
        both("Överenskommelsens id.", "The agreement's id."),
        "boras",
    ),
    f(
        "jurisdiction/kind",
        Kind::Label(Labels::JurisdictionKind),
        true,
        both("Kommun eller region", "Kommun or region"),
        both(
            "Om överenskommelsen är en kommuns eller en regions.",
            "Whether the agreement is a kommun's or a region's.",
        ),
        "kommun",
    ),
    localized(
        "jurisdiction/name",
        true,
        both(
            "Kommunens eller regionens namn",
            "Name of the kommun or region",
        ),
        both("Namnet (”Borås Stad”).", "The name (“Borås Stad”)."),
        "Borås Stad",
    ),
    f(
        "jurisdiction/code",
        Kind::Text,
        true,
        both("Kommunkod eller länskod", "Kommunkod or länskod"),
        both(
            "SCB:s kod: fyra siffror för en kommun, två för en region.",
            "SCB's code: four digits for a kommun, two for a region.",
        ),
        "1490",
    ),
    f(
        "jurisdiction/extensions",
        Kind::Json,
        false,
        both(
            "Kommunens eller regionens egna fält (JSON)",
            "Own fields of the kommun or region (JSON)",
        ),
        both(
            "Egna fält som ett JSON-objekt.",
            "Own fields as a JSON object.",
        ),
        "",
    ),
    localized(
        "title",
        true,
        both("Titel", "Title"),
        both("Överenskommelsens titel.", "The agreement's title."),
        "Överenskommelsen i Borås",
    ),
    localized(
        "terms/principles",
        false,
        both("Eget ord för principer", "Own word for principles"),
        both(
            "Dokumentets ord för principerna (”värdeord”).",
            "The document's word for principles (“värdeord”).",
        ),
        "värdeord",
    ),
    localized(
        "terms/challenges",
        false,
        both("Eget ord för utmaningar", "Own word for challenges"),
        both(
            "Dokumentets ord för utmaningarna.",
            "The document's word for challenges.",
        ),
        "",
    ),
    localized(
        "terms/interest_areas",
        false,
        both(
            "Eget ord för intresseområden",
            "Own word for interest areas",
        ),
        both(
            "Dokumentets ord för intresseområdena (”utvecklingsområden”).",
            "The document's word for interest areas (“utvecklingsområden”).",
        ),
        "",
    ),
    localized(
        "terms/goals",
        false,
        both("Eget ord för mål", "Own word for goals"),
        both(
            "Dokumentets ord för målen.",
            "The document's word for goals.",
        ),
        "",
    ),
    localized(
        "terms/objectives",
        false,
        both("Eget ord för delmål", "Own word for objectives"),
        both(
            "Dokumentets ord för delmålen.",
            "The document's word for objectives.",
        ),
        "",
    ),
    localized(
        "terms/action_plans",
        false,
        both("Eget ord för handlingsplaner", "Own word for action plans"),
        both(
            "Dokumentets ord för handlingsplanerna.",
            "The document's word for action plans.",
        ),
        "",
    ),
    localized(
        "terms/activities",
        false,
        both("Eget ord för aktiviteter", "Own word for activities"),
        both(
            "Dokumentets ord för aktiviteterna (”insatser”).",
            "The document's word for activities (“insatser”).",
        ),
        "",
    ),
    f(
        "as_of",
        Kind::Date,
        false,
        both("Uppgifterna gäller per", "Data as of"),
        both(
            "Dagen uppgifterna beskriver; uppföljningar efter den är fel.",
            "The day the data describes; follow-ups after it are errors.",
        ),
        "2018-12-31",
    ),
    period(
        "validity",
        false,
        both("Giltighet", "Validity"),
        both(
            "När överenskommelsen gäller.",
            "When the agreement is valid.",
        ),
    ),
    group(
        "revision",
        Shape::Rhythm,
        false,
        both("Revidering", "Revision"),
        both(
            "Hur ofta överenskommelsen ska ses över: antal enheter.",
            "How often the agreement is to be revised: number of units.",
        ),
        "3",
    ),
    reference(
        "managing_body",
        S::Bodies,
        both("Ansvarigt organ", "Managing body"),
        both(
            "Organet som driver överenskommelsen.",
            "The body that runs the agreement.",
        ),
    ),
    texts(
        "introduction",
        Kind::Paragraphs,
        false,
        both("Inledning", "Introduction"),
        both(
            "Inledande stycken, åtskilda av en tom rad.",
            "Opening paragraphs, separated by an empty line.",
        ),
        "",
    ),
    localized(
        "vision",
        false,
        both("Vision", "Vision"),
        both("Den gemensamma visionen.", "The shared vision."),
        "",
    ),
    EXTENSIONS,
];

const VERSION_FIELDS: &[Field] = &[
    ID,
    f(
        "name",
        Kind::Text,
        false,
        both("Namn", "Name"),
        both(
            "Versionens nummer eller namn.",
            "The version's number or name.",
        ),
        "2",
    ),
    localized(
        "title",
        false,
        both("Titel", "Title"),
        both(
            "Titeln i denna version, när den skiljer sig.",
            "The title in this version, when it differs.",
        ),
        "",
    ),
    reference(
        "replaces",
        S::Versions,
        both("Ersätter", "Replaces"),
        both("Versionen den ersätter.", "The version it replaces."),
    ),
    PERIOD,
    refs(
        "principles",
        S::Principles,
        both("Principer", "Principles"),
        both("Versionens principer.", "The version's principles."),
    ),
    localized(
        "changes",
        false,
        both("Ändringar", "Changes"),
        both("Vad som ändrades.", "What changed."),
        "",
    ),
    EXTENSIONS,
];

const PRINCIPLE_FIELDS: &[Field] = &[
    ID,
    localized(
        "name",
        true,
        both("Namn", "Name"),
        both("Principens namn.", "The principle's name."),
        "Dialog",
    ),
    DESCRIPTION,
    refs(
        "derived_from",
        S::Principles,
        both("Härledd från", "Derived from"),
        both(
            "Principer i en tidigare version den kommer från.",
            "Principles of an earlier version it comes from.",
        ),
    ),
    EXTENSIONS,
];

const PARTY_FIELDS: &[Field] = &[
    ID,
    localized(
        "name",
        true,
        both("Namn", "Name"),
        both("Organisationens namn.", "The organisation's name."),
        "Borås Stad",
    ),
    localized(
        "short_name",
        false,
        both("Kortnamn", "Short name"),
        both(
            "Namnet som texten använder (”Staden”).",
            "The name the text uses (“Staden”).",
        ),
        "",
    ),
    f(
        "side",
        Kind::Label(Labels::Side),
        true,
        both("Sida", "Side"),
        both(
            "Vilken sida av överenskommelsen.",
            "Which side of the agreement.",
        ),
        "offentlig sektor",
    ),
    f(
        "kind",
        Kind::Label(Labels::PartyKind),
        true,
        both("Slag", "Kind"),
        both("Vilket slags organisation.", "What kind of organisation."),
        "kommun",
    ),
    f(
        "org_number",
        Kind::Text,
        false,
        both("Organisationsnummer", "Organisation number"),
        both("NNNNNN-NNNN.", "NNNNNN-NNNN."),
        "212000-1561",
    ),
    f(
        "participation",
        Kind::Label(Labels::Participation),
        false,
        both("Deltagande", "Participation"),
        both(
            "Hur parten deltar; tom för undertecknare.",
            "How the party takes part; empty for signatory.",
        ),
        "",
    ),
    reference(
        "part_of",
        S::Parties,
        both("Del av", "Part of"),
        both("Parten den är en del av.", "The party it is part of."),
    ),
    reference(
        "represented_by",
        S::Parties,
        both("Företrädd av", "Represented by"),
        both(
            "Paraplyorganisationen som företräder den.",
            "The umbrella organisation that represents it.",
        ),
    ),
    DESCRIPTION,
    f(
        "website",
        Kind::Text,
        false,
        both("Webbplats", "Website"),
        both("Webbadress.", "Web address."),
        "",
    ),
    f(
        "email",
        Kind::Text,
        false,
        both("E-post", "Email"),
        both(
            "Organisationens e-postadress.",
            "The organisation's email address.",
        ),
        "",
    ),
    PERIOD,
    EXTENSIONS,
];

const PERSON_FIELDS: &[Field] = &[
    ID,
    f(
        "name",
        Kind::Text,
        true,
        both("Namn", "Name"),
        both(
            "Namnet som källan skriver det (personuppgift).",
            "The name as the source writes it (personal data).",
        ),
        "Malin",
    ),
    reference(
        "party",
        S::Parties,
        both("Part", "Party"),
        both(
            "Parten personen företräder.",
            "The party the person represents.",
        ),
    ),
    mention(
        "employer",
        both("Arbetsgivare", "Employer"),
        both(
            "Arbetsgivaren, när den inte är parten.",
            "The employer, when not the party.",
        ),
        "",
    ),
    f(
        "email",
        Kind::Text,
        false,
        both("E-post", "Email"),
        both(
            "E-postadress (personuppgift).",
            "Email address (personal data).",
        ),
        "",
    ),
    f(
        "phone",
        Kind::Text,
        false,
        both("Telefon", "Phone"),
        both(
            "Telefonnummer (personuppgift).",
            "Telephone number (personal data).",
        ),
        "",
    ),
    EXTENSIONS,
];

const BODY_FIELDS: &[Field] = &[
    ID,
    localized(
        "name",
        true,
        both("Namn", "Name"),
        both("Organets namn.", "The body's name."),
        "Samrådet",
    ),
    f(
        "kind",
        Kind::Label(Labels::BodyKind),
        true,
        both("Slag", "Kind"),
        both("Vilket slags organ.", "What kind of body."),
        "samråd",
    ),
    DESCRIPTION,
    PERIOD,
    reference(
        "part_of",
        S::Bodies,
        both("Del av", "Part of"),
        both("Organet det är en del av.", "The body it is part of."),
    ),
    reference(
        "replaces",
        S::Bodies,
        both("Ersätter", "Replaces"),
        both("Organet det ersatte.", "The body it replaced."),
    ),
    mention(
        "host",
        both("Värd", "Host"),
        both(
            "Vem som kallar och för protokoll.",
            "Who calls the meetings and keeps the minutes.",
        ),
        "",
    ),
    mention(
        "members/0",
        both("Ledamöter", "Members"),
        both("Vilka som sitter i det.", "Who sits in it."),
        "",
    ),
    EXTENSIONS,
];

const ROLE_FIELDS: &[Field] = &[
    localized(
        "title",
        true,
        both("Roll", "Role"),
        both("Rollen (”ordförande”).", "The role (“ordförande”)."),
        "processledare",
    ),
    reference(
        "holder",
        S::People,
        both("Innehavare", "Holder"),
        both(
            "Personen som har rollen, i ett organs roller.",
            "The person who holds it, in a body's roles.",
        ),
    ),
    f(
        "vacant",
        Kind::Bool,
        false,
        both("Vakant", "Vacant"),
        both(
            "Ja när ingen har rollen.",
            "Yes when nobody holds the role.",
        ),
        "",
    ),
    reference(
        "body",
        S::Bodies,
        both("Organ", "Body"),
        both("Organet rollen finns i.", "The body the role is held in."),
    ),
    reference(
        "party",
        S::Parties,
        both("Part", "Party"),
        both("Parten rollen är för.", "The party the role is for."),
    ),
    PERIOD,
    EXTENSIONS,
];

const SEAT_FIELDS: &[Field] = &[
    f(
        "count",
        Kind::Integer,
        true,
        both("Antal", "Count"),
        both("Hur många platser.", "How many seats."),
        "4",
    ),
    f(
        "side",
        Kind::Label(Labels::Side),
        false,
        both("Sida", "Side"),
        both("Sidan platserna är för.", "The side they are for."),
        "",
    ),
    reference(
        "party",
        S::Parties,
        both("Part", "Party"),
        both("Parten platserna är för.", "The party they are for."),
    ),
    localized(
        "text",
        false,
        both("Text", "Text"),
        both(
            "Platserna som källan skriver dem.",
            "The seats as the source writes them.",
        ),
        "4 + 4",
    ),
];

const MEETING_FIELDS: &[Field] = &[
    f(
        "date",
        Kind::RoughDate,
        false,
        both("Datum", "Date"),
        both("När mötet hålls.", "When it is held."),
        "2018-11-28",
    ),
    localized(
        "place",
        false,
        both("Plats", "Place"),
        both("Var det hålls.", "Where it is held."),
        "",
    ),
    localized(
        "text",
        false,
        both("Text", "Text"),
        both(
            "Mötet som källan skriver det.",
            "The meeting as the source writes it.",
        ),
        "",
    ),
    EXTENSIONS,
];

const MEMBER_COUNT_FIELDS: &[Field] = &[group(
    "",
    Shape::Count,
    false,
    both("Antal", "Count"),
    both("Antalet medlemmar.", "The number of members."),
    "12",
)];

const FORMER_NAME_FIELDS: &[Field] = &[
    localized(
        "name",
        true,
        both("Namn", "Name"),
        both("Namnet som användes.", "The name used."),
        "",
    ),
    PERIOD,
];

const CHALLENGE_FIELDS: &[Field] = &[
    ID,
    localized(
        "name",
        true,
        both("Namn", "Name"),
        both("Utmaningens namn.", "The challenge's name."),
        "folkhälsa",
    ),
    DESCRIPTION,
    EXTENSIONS,
];

const GOAL_FIELDS: &[Field] = &[
    ID,
    localized(
        "text",
        true,
        both("Mål", "Goal"),
        both("Målet.", "The goal."),
        "",
    ),
    EXTENSIONS,
];

const STRATEGY_FIELDS: &[Field] = &[
    ID,
    localized(
        "text",
        true,
        both("Strategi", "Strategy"),
        both("Strategin, ordagrant.", "The strategy, verbatim."),
        "",
    ),
    EXTENSIONS,
];

const INTEREST_AREA_FIELDS: &[Field] = &[
    ID,
    localized(
        "title",
        true,
        both("Titel", "Title"),
        both("Intresseområdets titel.", "The interest area's title."),
        "",
    ),
    texts(
        "description",
        Kind::Paragraphs,
        false,
        both("Bakgrund", "Background"),
        both(
            "Bakgrund, stycken åtskilda av en tom rad.",
            "Background, paragraphs separated by an empty line.",
        ),
        "",
    ),
    refs(
        "challenges",
        S::Challenges,
        both("Utmaningar", "Challenges"),
        both(
            "Utmaningarna området hör till.",
            "The challenges the area belongs to.",
        ),
    ),
    refs(
        "goals",
        S::Goals,
        both("Mål", "Goals"),
        both("Målen området tjänar.", "The goals the area serves."),
    ),
    localized(
        "objectives_title",
        false,
        both("Rubrik för delmålen", "Heading of the objectives"),
        both(
            "Orden före delmålen (”Vi arbetar tillsammans för:”).",
            "The words before the objectives.",
        ),
        "",
    ),
    EXTENSIONS,
];

const OBJECTIVE_FIELDS: &[Field] = &[
    ID,
    localized(
        "text",
        true,
        both("Delmål", "Objective"),
        both("Delmålet, ordagrant.", "The objective, verbatim."),
        "",
    ),
    texts(
        "means",
        Kind::Lines,
        false,
        both("Medel", "Means"),
        both(
            "Medlen det nämner, ett per rad.",
            "The means it names, one a line.",
        ),
        "",
    ),
    EXTENSIONS,
];

const INDICATOR_FIELDS: &[Field] = &[
    ID,
    localized(
        "name",
        true,
        both("Namn", "Name"),
        both("Vad som mäts.", "What is measured."),
        "",
    ),
    localized(
        "unit",
        false,
        both("Enhet", "Unit"),
        both("Enheten (”föreningar”).", "The unit (“föreningar”)."),
        "",
    ),
    period(
        "baseline/period",
        false,
        both("Utgångsvärde: period", "Baseline: period"),
        both(
            "Perioden utgångsvärdet gäller.",
            "The period of the baseline.",
        ),
    ),
    f(
        "baseline/value",
        Kind::Number,
        false,
        both("Utgångsvärde", "Baseline"),
        both("Utgångsvärdet.", "The starting value."),
        "12",
    ),
    localized(
        "baseline/note",
        false,
        both("Utgångsvärde: anteckning", "Baseline: note"),
        both("Anteckning om utgångsvärdet.", "A note on the baseline."),
        "",
    ),
    EXTENSIONS,
];

const INDICATOR_VALUE_FIELDS: &[Field] = &[
    period(
        "period",
        true,
        both("Period", "Period"),
        both("Perioden värdet gäller.", "The period of the value."),
    ),
    f(
        "value",
        Kind::Number,
        true,
        both("Värde", "Value"),
        both("Värdet.", "The value."),
        "20",
    ),
    localized(
        "note",
        false,
        both("Anteckning", "Note"),
        both("Fri anteckning.", "Free note."),
        "",
    ),
];

const FOLLOW_UP_ARRANGEMENT: [Field; 5] = [
    localized(
        "follow_up/title",
        false,
        both("Uppföljning: rubrik", "Follow-up: heading"),
        both("Rubriken i källan.", "The heading in the source."),
        "",
    ),
    texts(
        "follow_up/text",
        Kind::Paragraphs,
        false,
        both("Uppföljning", "Follow-up"),
        both(
            "Hur planen följs upp, som källan skriver det.",
            "How the plan is followed up, as the source writes it.",
        ),
        "",
    ),
    refs(
        "follow_up/bodies",
        S::Bodies,
        both("Uppföljning: organ", "Follow-up: bodies"),
        both(
            "Organen där uppföljningen läggs fram.",
            "The bodies where it is presented.",
        ),
    ),
    texts(
        "follow_up/reported_in",
        Kind::Lines,
        false,
        both("Uppföljning: redovisas i", "Follow-up: reported in"),
        both(
            "Andra ställen den redovisas, ett per rad.",
            "Other places it is reported in, one a line.",
        ),
        "",
    ),
    f(
        "follow_up/extensions",
        Kind::Json,
        false,
        both(
            "Uppföljning: egna fält (JSON)",
            "Follow-up: own fields (JSON)",
        ),
        both(
            "Egna fält som ett JSON-objekt.",
            "Own fields as a JSON object.",
        ),
        "",
    ),
];

const fn section_json(path: &'static str, header: Both, about: Both) -> Field {
    f(path, Kind::Json, false, header, about, "")
}

const PLAN_FIELDS: &[Field] = &[
    ID,
    f(
        "kind",
        Kind::Label(Labels::PlanKind),
        true,
        both("Slag", "Kind"),
        both("Vilket lager av planerna.", "Which layer of the plans."),
        "",
    ),
    localized(
        "title",
        true,
        both("Titel", "Title"),
        both("Planens titel.", "The plan's title."),
        "",
    ),
    f(
        "owner",
        Kind::Label(Labels::PlanOwner),
        false,
        both("Ägare", "Owner"),
        both(
            "Vems plan; tom för gemensam.",
            "Whose plan; empty for joint.",
        ),
        "",
    ),
    f(
        "status",
        Kind::Label(Labels::PlanStatus),
        false,
        both("Läge", "Standing"),
        both("Var planen står.", "Where the plan stands."),
        "",
    ),
    reference(
        "parent",
        S::Plans,
        both("Överordnad plan", "Parent plan"),
        both(
            "Planen ovanför, för planer i lager.",
            "The plan above, for plans in layers.",
        ),
    ),
    reference(
        "replaces",
        S::Plans,
        both("Ersätter", "Replaces"),
        both("Planen den ersätter.", "The plan it replaces."),
    ),
    period(
        "period",
        true,
        both("Period", "Period"),
        both("När planen gäller.", "When the plan is valid."),
    ),
    group(
        "action_plan_rhythm",
        Shape::Rhythm,
        false,
        both("Handlingsplaner", "Action plans"),
        both(
            "Hur ofta handlingsplaner följer: antal enheter.",
            "How often action plans follow: number of units.",
        ),
        "",
    ),
    texts(
        "introduction",
        Kind::Paragraphs,
        false,
        both("Inledning", "Introduction"),
        both("Inledande stycken.", "Opening paragraphs."),
        "",
    ),
    section_json(
        "purpose",
        both("Syfte (JSON)", "Purpose (JSON)"),
        both(
            "Syftet som ett avsnitt i JSON.",
            "The purpose as a section in JSON.",
        ),
    ),
    section_json(
        "scope",
        both("Omfattning (JSON)", "Scope (JSON)"),
        both(
            "Vad planen innefattar, som ett avsnitt i JSON.",
            "What the plan covers, as a section in JSON.",
        ),
    ),
    section_json(
        "learning",
        both("Lärande (JSON)", "Learning (JSON)"),
        both(
            "Lärande och kunskap i JSON.",
            "Learning and knowledge in JSON.",
        ),
    ),
    section_json(
        "conditions",
        both("Förutsättningar (JSON)", "Conditions (JSON)"),
        both(
            "Förutsättningar för samverkan, som ett avsnitt i JSON.",
            "Conditions for collaboration, as a section in JSON.",
        ),
    ),
    refs(
        "challenges",
        S::Challenges,
        both("Utmaningar", "Challenges"),
        both(
            "Utmaningarna planen arbetar med.",
            "The challenges the plan works with.",
        ),
    ),
    refs(
        "interest_areas",
        S::InterestAreas,
        both("Intresseområden", "Interest areas"),
        both(
            "Intresseområdena planen arbetar med.",
            "The interest areas the plan works with.",
        ),
    ),
    FOLLOW_UP_ARRANGEMENT[0],
    FOLLOW_UP_ARRANGEMENT[1],
    FOLLOW_UP_ARRANGEMENT[2],
    FOLLOW_UP_ARRANGEMENT[3],
    FOLLOW_UP_ARRANGEMENT[4],
    EXTENSIONS,
];

const ACTION_PLAN_FIELDS: &[Field] = &[
    ID,
    f(
        "kind",
        Kind::Label(Labels::ActionPlanKind),
        true,
        both("Slag", "Kind"),
        both("Vilket slags plan.", "What kind of plan."),
        "",
    ),
    localized(
        "title",
        true,
        both("Titel", "Title"),
        both("Handlingsplanens titel.", "The action plan's title."),
        "",
    ),
    reference(
        "plan",
        S::Plans,
        both("Plan", "Plan"),
        both("Planen den genomför.", "The plan it carries out."),
    ),
    reference(
        "replaces",
        S::ActionPlans,
        both("Ersätter", "Replaces"),
        both(
            "Handlingsplanen den ersätter.",
            "The action plan it replaces.",
        ),
    ),
    f(
        "status",
        Kind::Label(Labels::PlanStatus),
        false,
        both("Läge", "Standing"),
        both("Var handlingsplanen står.", "Where the action plan stands."),
        "",
    ),
    period(
        "period",
        true,
        both("Period", "Period"),
        both(
            "Perioden handlingsplanen gäller.",
            "The period of the action plan.",
        ),
    ),
    refs(
        "interest_areas",
        S::InterestAreas,
        both("Intresseområden", "Interest areas"),
        both(
            "Intresseområdena den arbetar med.",
            "The interest areas it works with.",
        ),
    ),
    section_json(
        "purpose",
        both("Syfte (JSON)", "Purpose (JSON)"),
        both(
            "Syftet som ett avsnitt i JSON.",
            "The purpose as a section in JSON.",
        ),
    ),
    localized(
        "priorities_title",
        false,
        both("Rubrik för prioriteringar", "Heading of the priorities"),
        both(
            "Rubriken för prioriteringarna.",
            "The heading of the priorities.",
        ),
        "",
    ),
    FOLLOW_UP_ARRANGEMENT[0],
    FOLLOW_UP_ARRANGEMENT[1],
    FOLLOW_UP_ARRANGEMENT[2],
    FOLLOW_UP_ARRANGEMENT[3],
    FOLLOW_UP_ARRANGEMENT[4],
    localized(
        "activities_title",
        false,
        both("Rubrik för aktiviteter", "Heading of the activities"),
        both(
            "Rubriken för aktivitetstabellen.",
            "The heading of the activity table.",
        ),
        "",
    ),
    EXTENSIONS,
];

const PRIORITY_FIELDS: &[Field] = &[
    ID,
    localized(
        "text",
        true,
        both("Prioritering", "Priority"),
        both("Prioriteringen, ordagrant.", "The priority, verbatim."),
        "",
    ),
    refs(
        "interest_areas",
        S::InterestAreas,
        both("Intresseområden", "Interest areas"),
        both(
            "Intresseområdena den hör till.",
            "The interest areas it belongs to.",
        ),
    ),
    EXTENSIONS,
];

const PARTNERSHIP_FIELDS: &[Field] = &[
    ID,
    f(
        "kind",
        Kind::Label(Labels::PartnershipKind),
        true,
        both("Slag", "Kind"),
        both("Vilket slags partnerskap.", "What kind of partnership."),
        "IOP",
    ),
    localized(
        "title",
        true,
        both("Titel", "Title"),
        both("Partnerskapets titel.", "The partnership's title."),
        "",
    ),
    reference(
        "plan",
        S::Plans,
        both("Plan", "Plan"),
        both("Planen det hör till.", "The plan it belongs to."),
    ),
    refs(
        "parties",
        S::Parties,
        both("Parter", "Parties"),
        both("Parterna i det.", "Its parties."),
    ),
    PERIOD,
    DESCRIPTION,
    EXTENSIONS,
];

const fn time_field() -> Field {
    group(
        "time",
        Shape::Time,
        false,
        both("Tid", "Time"),
        both(
            "När, som källan skriver det (”Startar våren 2018”).",
            "When, as the source writes it (“Startar våren 2018”).",
        ),
        "Löpande",
    )
}

const fn status_field() -> Field {
    f(
        "status",
        Kind::Label(Labels::Status),
        false,
        both("Status", "Status"),
        both(
            "Status som den anges; tom med ingen uppföljning betyder ej rapporterad.",
            "Status as stated; empty with no follow-up means not reported.",
        ),
        "pågående",
    )
}

const OBLIGATION_FIELDS: &[Field] = &[
    f(
        "code",
        Kind::Code,
        true,
        both("Kod", "Code"),
        both(
            "Kod, unik i partnerskapet.",
            "Code, unique within the partnership.",
        ),
        "R1",
    ),
    f(
        "party",
        Kind::Ref(S::Parties),
        true,
        both("Part", "Party"),
        both("Parten som åtar sig det.", "The party that undertakes it."),
        "",
    ),
    localized(
        "text",
        true,
        both("Åtagande", "Obligation"),
        both("Åtagandet, ordagrant.", "The obligation, verbatim."),
        "",
    ),
    time_field(),
    f(
        "time/extensions",
        Kind::Json,
        false,
        both("Tid: egna fält (JSON)", "Time: own fields (JSON)"),
        both(
            "Egna fält som ett JSON-objekt.",
            "Own fields as a JSON object.",
        ),
        "",
    ),
    status_field(),
    EXTENSIONS,
];

const ACTIVITY_FIELDS: &[Field] = &[
    f(
        "code",
        Kind::Code,
        true,
        both("Kod", "Code"),
        both(
            "Kod, unik i planen (A, B, …).",
            "Code, unique within the plan (A, B, …).",
        ),
        "A",
    ),
    localized(
        "title",
        true,
        both("Aktivitet", "Activity"),
        both("Vad som görs (VAD).", "What is done (VAD)."),
        "Gemensam hemsida",
    ),
    DESCRIPTION,
    mention(
        "target_groups/0",
        both("Målgrupp", "Target group"),
        both(
            "Vem aktiviteten är för, ordagrant.",
            "Who the activity is for, verbatim.",
        ),
        "Föreningar",
    ),
    mention(
        "responsible/0",
        both("Ansvarig", "Responsible"),
        both(
            "Vem som är ansvarig, ordagrant.",
            "Who is responsible, verbatim.",
        ),
        "Samrådet",
    ),
    time_field(),
    f(
        "time/extensions",
        Kind::Json,
        false,
        both("Tid: egna fält (JSON)", "Time: own fields (JSON)"),
        both(
            "Egna fält som ett JSON-objekt.",
            "Own fields as a JSON object.",
        ),
        "",
    ),
    status_field(),
    refs(
        "objectives",
        S::Objectives,
        both("Delmål", "Objectives"),
        both("Delmålen den tjänar.", "The objectives it serves."),
    ),
    refs(
        "interest_areas",
        S::InterestAreas,
        both("Intresseområden", "Interest areas"),
        both(
            "Intresseområdena den hör till.",
            "The interest areas it belongs to.",
        ),
    ),
    refs(
        "goals",
        S::Goals,
        both("Mål", "Goals"),
        both("Målen den tjänar.", "The goals it serves."),
    ),
    refs(
        "strategies",
        S::Strategies,
        both("Strategier", "Strategies"),
        both(
            "Strategierna den genomför.",
            "The strategies it carries out.",
        ),
    ),
    refs(
        "priorities",
        S::Priorities,
        both("Prioriteringar", "Priorities"),
        both(
            "Prioriteringarna den genomför.",
            "The priorities it carries out.",
        ),
    ),
    refs(
        "principles",
        S::Principles,
        both("Principer", "Principles"),
        both(
            "Principerna den omsätter.",
            "The principles it puts into practice.",
        ),
    ),
    EXTENSIONS,
];

const FOLLOW_UP_FIELDS: &[Field] = &[
    f(
        "date",
        Kind::Date,
        true,
        both("Datum", "Date"),
        both("Dagen för rapporten.", "The day of the report."),
        "2018-06-15",
    ),
    f(
        "status",
        Kind::Label(Labels::Status),
        true,
        both("Status", "Status"),
        both("Status den dagen.", "The status on that day."),
        "pågående",
    ),
    f(
        "assessment",
        Kind::Label(Labels::Assessment),
        false,
        both("Bedömning", "Assessment"),
        both("Trafikljus.", "Traffic light."),
        "grön",
    ),
    localized(
        "note",
        false,
        both("Anteckning", "Note"),
        both(
            "Vad som gjorts, lärts eller ändrats.",
            "What was done, learnt or changed.",
        ),
        "",
    ),
    mention(
        "reported_by/0",
        both("Rapporterad av", "Reported by"),
        both("Vem som rapporterade.", "Who reported."),
        "",
    ),
    reference(
        "body",
        S::Bodies,
        both("Organ", "Body"),
        both(
            "Mötet eller organet där det rapporterades.",
            "The meeting or body where it was reported.",
        ),
    ),
    EXTENSIONS,
];

const BUDGET_FIELDS: &[Field] = &[
    f(
        "year",
        Kind::Integer,
        true,
        both("År", "Year"),
        both(
            "Kalenderåret pengarna gäller.",
            "The calendar year the money is for.",
        ),
        "2019",
    ),
    f(
        "amount",
        Kind::Integer,
        false,
        both("Belopp", "Amount"),
        both(
            "Belopp i hela kronor; tomt när det inte är känt.",
            "Amount in whole units; empty when not yet known.",
        ),
        "150000",
    ),
    f(
        "currency",
        Kind::Text,
        false,
        both("Valuta", "Currency"),
        both("ISO 4217, tom för SEK.", "ISO 4217, empty for SEK."),
        "SEK",
    ),
    mention(
        "funder",
        both("Finansiär", "Funder"),
        both("Vem som betalar.", "Who pays."),
        "",
    ),
    mention(
        "recipient",
        both("Mottagare", "Recipient"),
        both("Vem som tar emot pengarna.", "Who receives the money."),
        "",
    ),
    localized(
        "source",
        false,
        both("Källa", "Source"),
        both("Var pengarna kommer från.", "Where the money comes from."),
        "föreningsbidrag",
    ),
    f(
        "decided",
        Kind::Bool,
        false,
        both("Beslutad", "Decided"),
        both(
            "Ja när pengarna är beslutade.",
            "Yes once the money is decided.",
        ),
        "",
    ),
    localized(
        "note",
        false,
        both("Anteckning", "Note"),
        both("Fri anteckning.", "Free note."),
        "",
    ),
    EXTENSIONS,
];

const DECISION_FIELDS: &[Field] = &[
    f(
        "kind",
        Kind::Label(Labels::DecisionKind),
        true,
        both("Beslut", "Decision"),
        both("Vad beslutet gjorde.", "What the decision did."),
        "antagen",
    ),
    f(
        "date",
        Kind::RoughDate,
        false,
        both("Datum", "Date"),
        both(
            "När det beslutades: ett datum eller källans ord (”juni 2013”).",
            "When it was decided: a date or the source's words (“juni 2013”).",
        ),
        "2013-05-16",
    ),
    f(
        "effective",
        Kind::RoughDate,
        false,
        both("Gäller från", "Effective"),
        both(
            "När det börjar gälla, om det skiljer sig.",
            "When it takes effect, when that differs.",
        ),
        "",
    ),
    mention(
        "by/0",
        both("Beslutat av", "Decided by"),
        both("Vem som beslutade.", "Who decided."),
        "Kommunfullmäktige",
    ),
    localized(
        "text",
        false,
        both("Text", "Text"),
        both(
            "Beslutet som källan skriver det.",
            "The decision as the source writes it.",
        ),
        "",
    ),
    f(
        "reference",
        Kind::Text,
        false,
        both("Diarienummer", "Reference"),
        both("Diarie- eller paragrafnummer.", "Case or paragraph number."),
        "KS 2022/0318",
    ),
    refs(
        "signed_by",
        S::Parties,
        both("Undertecknat av", "Signed by"),
        both("Parterna som skrev under.", "The parties that signed."),
    ),
    group(
        "signatories",
        Shape::Count,
        false,
        both("Antal undertecknare", "Signatories"),
        both("Hur många som skrev under.", "How many signed."),
        "",
    ),
    f(
        "sources",
        Kind::Json,
        false,
        both("Källor (JSON)", "Sources (JSON)"),
        both(
            "Var det står, som en JSON-lista.",
            "Where it is said, as a JSON list.",
        ),
        "",
    ),
    EXTENSIONS,
];

const EVALUATION_FIELDS: &[Field] = &[
    ID,
    f(
        "kind",
        Kind::Label(Labels::EvaluationKind),
        true,
        both("Slag", "Kind"),
        both("Vilket slags utvärdering.", "What kind of evaluation."),
        "",
    ),
    localized(
        "title",
        true,
        both("Titel", "Title"),
        both("Utvärderingens titel.", "The evaluation's title."),
        "",
    ),
    mention(
        "by/0",
        both("Utförd av", "By"),
        both("Vem som gjorde den.", "Who carried it out."),
        "",
    ),
    f(
        "date",
        Kind::RoughDate,
        false,
        both("Datum", "Date"),
        both("När den gjordes.", "When it was carried out."),
        "",
    ),
    localized(
        "summary",
        false,
        both("Sammanfattning", "Summary"),
        both("Vad den fann.", "What it found."),
        "",
    ),
    f(
        "reported_in",
        Kind::Json,
        false,
        both("Redovisas i (JSON)", "Reported in (JSON)"),
        both(
            "Var den redovisas, som en JSON-lista.",
            "Where it is reported, as a JSON list.",
        ),
        "",
    ),
    EXTENSIONS,
];

const SECTION_FIELDS: &[Field] = &[
    localized(
        "title",
        false,
        both("Rubrik", "Heading"),
        both("Avsnittets rubrik.", "The section's heading."),
        "",
    ),
    texts(
        "text",
        Kind::Paragraphs,
        false,
        both("Text", "Text"),
        both(
            "Stycken före listan, åtskilda av en tom rad.",
            "Paragraphs before the list, separated by an empty line.",
        ),
        "",
    ),
    f(
        "items",
        Kind::Json,
        false,
        both("Punkter (JSON)", "Items (JSON)"),
        both(
            "Listans punkter som en JSON-lista.",
            "The list's items as a JSON list.",
        ),
        "",
    ),
    texts(
        "after",
        Kind::Paragraphs,
        false,
        both("Text efter", "Text after"),
        both("Stycken efter listan.", "Paragraphs after the list."),
        "",
    ),
    EXTENSIONS,
];

const ROOT: &[Holder] = &[];

static SHEETS: &[Sheet] = &[
    Sheet {
        id: S::Agreement,
        name: both("Överenskommelse", "Agreement"),
        about: both(
            "Överenskommelsen själv, en rad.",
            "The agreement itself, one row.",
        ),
        holders: ROOT,
        fields: AGREEMENT_FIELDS,
    },
    Sheet {
        id: S::Versions,
        name: both("Versioner", "Versions"),
        about: both(
            "Överenskommelsens versioner, äldst först.",
            "The agreement's versions, oldest first.",
        ),
        holders: &[holder(
            S::Agreement,
            "versions",
            both("Överenskommelse", "Agreement"),
        )],
        fields: VERSION_FIELDS,
    },
    Sheet {
        id: S::Principles,
        name: both("Principer", "Principles"),
        about: both("De gemensamma principerna.", "The shared principles."),
        holders: &[holder(
            S::Agreement,
            "principles",
            both("Överenskommelse", "Agreement"),
        )],
        fields: PRINCIPLE_FIELDS,
    },
    Sheet {
        id: S::Parties,
        name: both("Parter", "Parties"),
        about: both(
            "Organisationerna som deltar eller nämns.",
            "The organisations taking part or named.",
        ),
        holders: &[holder(
            S::Agreement,
            "parties",
            both("Överenskommelse", "Agreement"),
        )],
        fields: PARTY_FIELDS,
    },
    Sheet {
        id: S::People,
        name: both("Personer", "People"),
        about: both(
            "Personer som nämns (personuppgifter).",
            "People named (personal data).",
        ),
        holders: &[holder(
            S::Agreement,
            "people",
            both("Överenskommelse", "Agreement"),
        )],
        fields: PERSON_FIELDS,
    },
    Sheet {
        id: S::Bodies,
        name: both("Organ", "Bodies"),
        about: both(
            "Samråd, stormöten, nätverk och råd.",
            "Councils, general meetings, networks.",
        ),
        holders: &[holder(
            S::Agreement,
            "bodies",
            both("Överenskommelse", "Agreement"),
        )],
        fields: BODY_FIELDS,
    },
    Sheet {
        id: S::Roles,
        name: both("Roller", "Roles"),
        about: both(
            "Roller som personer har eller som finns i organ.",
            "Roles people hold or bodies have.",
        ),
        holders: &[
            holder(S::People, "roles", both("Person", "Person")),
            holder(S::Bodies, "roles", both("Organ", "Body")),
        ],
        fields: ROLE_FIELDS,
    },
    Sheet {
        id: S::Seats,
        name: both("Platser", "Seats"),
        about: both(
            "Platser i organen per sida eller part.",
            "Seats in bodies per side or party.",
        ),
        holders: &[holder(S::Bodies, "seats", both("Organ", "Body"))],
        fields: SEAT_FIELDS,
    },
    Sheet {
        id: S::Meetings,
        name: both("Möten", "Meetings"),
        about: both("Organens möten.", "The bodies' meetings."),
        holders: &[holder(S::Bodies, "meetings", both("Organ", "Body"))],
        fields: MEETING_FIELDS,
    },
    Sheet {
        id: S::MemberCounts,
        name: both("Medlemsantal", "Member counts"),
        about: both(
            "Hur många medlemmar en part haft.",
            "How many members a party had.",
        ),
        holders: &[holder(S::Parties, "member_counts", both("Part", "Party"))],
        fields: MEMBER_COUNT_FIELDS,
    },
    Sheet {
        id: S::FormerNames,
        name: both("Tidigare namn", "Former names"),
        about: both(
            "Namn som överenskommelsen, parter och organ haft.",
            "Names the agreement, parties and bodies had.",
        ),
        holders: &[
            holder(
                S::Agreement,
                "former_names",
                both("Överenskommelse", "Agreement"),
            ),
            holder(S::Parties, "former_names", both("Part", "Party")),
            holder(S::Bodies, "former_names", both("Organ", "Body")),
        ],
        fields: FORMER_NAME_FIELDS,
    },
    Sheet {
        id: S::Challenges,
        name: both("Utmaningar", "Challenges"),
        about: both(
            "Välfärdsområden parterna arbetar inom.",
            "Welfare fields the parties work in.",
        ),
        holders: &[holder(
            S::Agreement,
            "challenges",
            both("Överenskommelse", "Agreement"),
        )],
        fields: CHALLENGE_FIELDS,
    },
    Sheet {
        id: S::Goals,
        name: both("Mål", "Goals"),
        about: both(
            "Mål ovanför intresseområdena.",
            "Goals above the interest areas.",
        ),
        holders: &[holder(
            S::Agreement,
            "goals",
            both("Överenskommelse", "Agreement"),
        )],
        fields: GOAL_FIELDS,
    },
    Sheet {
        id: S::Strategies,
        name: both("Strategier", "Strategies"),
        about: both(
            "Strategier för att nå målen.",
            "Strategies for reaching the goals.",
        ),
        holders: &[holder(S::Goals, "strategies", both("Mål", "Goal"))],
        fields: STRATEGY_FIELDS,
    },
    Sheet {
        id: S::InterestAreas,
        name: both("Intresseområden", "Interest areas"),
        about: both(
            "De gemensamma intresseområdena.",
            "The shared interest areas.",
        ),
        holders: &[holder(
            S::Agreement,
            "interest_areas",
            both("Överenskommelse", "Agreement"),
        )],
        fields: INTEREST_AREA_FIELDS,
    },
    Sheet {
        id: S::Objectives,
        name: both("Delmål", "Objectives"),
        about: both(
            "Det parterna arbetar för inom ett intresseområde.",
            "What the parties work for within an interest area.",
        ),
        holders: &[holder(
            S::InterestAreas,
            "objectives",
            both("Intresseområde", "Interest area"),
        )],
        fields: OBJECTIVE_FIELDS,
    },
    Sheet {
        id: S::Indicators,
        name: both("Indikatorer", "Indicators"),
        about: both("Mått på delmålen.", "Measures of the objectives."),
        holders: &[holder(
            S::Objectives,
            "indicators",
            both("Delmål", "Objective"),
        )],
        fields: INDICATOR_FIELDS,
    },
    Sheet {
        id: S::IndicatorValues,
        name: both("Indikatorvärden", "Indicator values"),
        about: both(
            "Målvärden och utfall för indikatorerna.",
            "Targets and measured values of the indicators.",
        ),
        holders: &[
            holder(S::Indicators, "targets", both("Målvärde", "Target")),
            holder(S::Indicators, "actuals", both("Utfall", "Actual")),
        ],
        fields: INDICATOR_VALUE_FIELDS,
    },
    Sheet {
        id: S::Plans,
        name: both("Planer", "Plans"),
        about: both(
            "Planer ovanför handlingsplanerna.",
            "Plans above the action plans.",
        ),
        holders: &[holder(
            S::Agreement,
            "plans",
            both("Överenskommelse", "Agreement"),
        )],
        fields: PLAN_FIELDS,
    },
    Sheet {
        id: S::ActionPlans,
        name: both("Handlingsplaner", "Action plans"),
        about: both(
            "Årliga planer med aktiviteter.",
            "Yearly plans of activities.",
        ),
        holders: &[holder(
            S::Agreement,
            "action_plans",
            both("Överenskommelse", "Agreement"),
        )],
        fields: ACTION_PLAN_FIELDS,
    },
    Sheet {
        id: S::Priorities,
        name: both("Prioriteringar", "Priorities"),
        about: both(
            "Prioriterade områden eller teman i handlingsplanerna.",
            "Themes prioritised in the action plans.",
        ),
        holders: &[holder(
            S::ActionPlans,
            "priorities",
            both("Handlingsplan", "Action plan"),
        )],
        fields: PRIORITY_FIELDS,
    },
    Sheet {
        id: S::Partnerships,
        name: both("Partnerskap", "Partnerships"),
        about: both(
            "Partnerskap (IOP) under överenskommelsen.",
            "Partnerships (IOP) under the agreement.",
        ),
        holders: &[holder(
            S::Agreement,
            "partnerships",
            both("Överenskommelse", "Agreement"),
        )],
        fields: PARTNERSHIP_FIELDS,
    },
    Sheet {
        id: S::Obligations,
        name: both("Åtaganden", "Obligations"),
        about: both(
            "Vad varje part i ett partnerskap åtar sig.",
            "What each party of a partnership undertakes.",
        ),
        holders: &[holder(
            S::Partnerships,
            "obligations",
            both("Partnerskap", "Partnership"),
        )],
        fields: OBLIGATION_FIELDS,
    },
    Sheet {
        id: S::Activities,
        name: both("Aktiviteter", "Activities"),
        about: both(
            "Aktiviteterna, en rad var.",
            "The activities, one row each.",
        ),
        holders: &[
            holder(
                S::ActionPlans,
                "activities",
                both("Handlingsplan", "Action plan"),
            ),
            holder(S::Plans, "activities", both("Plan", "Plan")),
        ],
        fields: ACTIVITY_FIELDS,
    },
    Sheet {
        id: S::FollowUps,
        name: both("Uppföljningar", "Follow-ups"),
        about: both(
            "Daterade lägesrapporter, äldst först.",
            "Dated status reports, oldest first.",
        ),
        holders: &[
            holder(S::Activities, "follow_ups", both("Aktivitet", "Activity")),
            holder(S::Obligations, "follow_ups", both("Åtagande", "Obligation")),
        ],
        fields: FOLLOW_UP_FIELDS,
    },
    Sheet {
        id: S::Budget,
        name: both("Budget", "Budget"),
        about: both("Pengar per år.", "Money per year."),
        holders: &[
            holder(S::Activities, "budget", both("Aktivitet", "Activity")),
            holder(
                S::ActionPlans,
                "budget",
                both("Handlingsplan", "Action plan"),
            ),
            holder(S::Plans, "budget", both("Plan", "Plan")),
            holder(
                S::Partnerships,
                "budget",
                both("Partnerskap", "Partnership"),
            ),
        ],
        fields: BUDGET_FIELDS,
    },
    Sheet {
        id: S::Decisions,
        name: both("Beslut", "Decisions"),
        about: both(
            "Beslut om överenskommelsen, versioner, planer och partnerskap.",
            "Decisions about the agreement, versions, plans and partnerships.",
        ),
        holders: &[
            holder(
                S::Agreement,
                "decisions",
                both("Överenskommelse", "Agreement"),
            ),
            holder(S::Versions, "decisions", both("Version", "Version")),
            holder(S::Plans, "decisions", both("Plan", "Plan")),
            holder(
                S::ActionPlans,
                "decisions",
                both("Handlingsplan", "Action plan"),
            ),
            holder(
                S::Partnerships,
                "decisions",
                both("Partnerskap", "Partnership"),
            ),
        ],
        fields: DECISION_FIELDS,
    },
    Sheet {
        id: S::Evaluations,
        name: both("Utvärderingar", "Evaluations"),
        about: both("Utvärderingar och enkäter.", "Evaluations and surveys."),
        holders: &[holder(
            S::Agreement,
            "evaluations",
            both("Överenskommelse", "Agreement"),
        )],
        fields: EVALUATION_FIELDS,
    },
    Sheet {
        id: S::Sections,
        name: both("Avsnitt", "Sections"),
        about: both(
            "Ytterligare text, i källans ordning.",
            "Further text, in source order.",
        ),
        holders: &[
            holder(
                S::Agreement,
                "sections",
                both("Överenskommelse", "Agreement"),
            ),
            holder(S::Plans, "sections", both("Plan", "Plan")),
            holder(
                S::ActionPlans,
                "sections",
                both("Handlingsplan", "Action plan"),
            ),
            holder(
                S::Partnerships,
                "sections",
                both("Partnerskap", "Partnership"),
            ),
            holder(S::Activities, "parts", both("Aktivitet", "Activity")),
        ],
        fields: SECTION_FIELDS,
    },
];

/// The name of the explanation sheet.
pub const GUIDE: Both = both("Förklaring", "Guide");

/// The name of the hidden sheet of labels the drop-down lists choose from.
pub const LISTS: Both = both("Listor", "Lists");
