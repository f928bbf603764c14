//! The keys of the word tables: every word and sentence the library writes besides rule texts.

use serde::Serialize;

/// A month, for the abbreviations on a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Month {
    January,
    February,
    March,
    April,
    May,
    June,
    July,
    August,
    September,
    October,
    November,
    December,
}

impl Month {
    /// The month of a 1-based month number (1 is January); `None` outside 1–12.
    pub fn from_number(number: u32) -> Option<Month> {
        use Month::*;
        [
            January, February, March, April, May, June, July, August, September, October, November,
            December,
        ]
        .get(usize::try_from(number).ok()?.checked_sub(1)?)
        .copied()
    }
}

/// The codes and words of the list of codes `allowed`, when it is one of the lists whose codes
/// the tables have words for; empty otherwise. A list is known by all its codes, so that a code
/// two lists share ("adopted") gets the word of its own list.
pub(super) fn of_codes(allowed: &[&str]) -> Vec<(String, Word)> {
    use crate::model::{
        Assessment, BodyKind, DecisionKind, Participation, PartnershipKind, Side, Status,
    };
    fn list<T: Serialize + Copy>(values: &[T], word: fn(T) -> Word) -> Vec<(String, Word)> {
        values
            .iter()
            .filter_map(|value| {
                let code = serde_json::to_value(value).ok()?.as_str()?.to_owned();
                Some((code, word(*value)))
            })
            .collect()
    }
    let lists = [
        list(&Status::ALL, Word::Status),
        list(
            &[Assessment::Green, Assessment::Yellow, Assessment::Red],
            Word::Assessment,
        ),
        list(&[Side::Public, Side::CivilSociety], Word::Side),
        list(
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
        list(
            &[
                Participation::Signatory,
                Participation::Represented,
                Participation::Member,
                Participation::Mentioned,
            ],
            Word::Participation,
        ),
        list(
            &[
                PartnershipKind::Iop,
                PartnershipKind::Grant,
                PartnershipKind::LetterOfIntent,
                PartnershipKind::Other,
            ],
            Word::PartnershipKind,
        ),
        list(
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
    ];
    lists
        .into_iter()
        .find(|list| {
            list.len() == allowed.len()
                && allowed
                    .iter()
                    .all(|code| list.iter().any(|(c, _)| c == code))
        })
        .unwrap_or_default()
}

/// A word or sentence of the tables. Sentences are templates over named arguments, named in
/// each variant's documentation (`count`, `since`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Word {
    /// An activity's status.
    Status(crate::model::Status),
    /// A traffic light.
    Assessment(crate::model::Assessment),
    /// A side of the agreement.
    Side(crate::model::Side),
    /// How finely a window was given.
    Precision(crate::time::Precision),
    /// A rhythm.
    Recurrence(crate::time::Recurrence),
    /// The unit of a frequency, in the singular.
    FrequencyUnit(crate::time::FrequencyUnit),
    /// The unit of a frequency, in the plural.
    FrequencyUnits(crate::time::FrequencyUnit),
    /// A finding's severity.
    Severity(crate::validate::Severity),
    /// A family of rules.
    Family(crate::validate::Family),
    /// A kind of entity, with its article.
    Kind(crate::validate::EntityKind),
    /// A JSON type, with its article.
    JsonType(crate::read::JsonType),
    /// What a field holds, with its article.
    Expected(crate::read::Expected),
    /// Why bytes are not JSON.
    Syntax(crate::read::SyntaxProblem),
    /// Why a file could not be read.
    Io(crate::IoProblem),
    /// A month, abbreviated.
    Month(Month),
    /// What a decision did.
    Decision(crate::model::DecisionKind),
    /// How a party takes part.
    Participation(crate::model::Participation),
    /// Where a plan stands.
    PlanStanding(crate::report::PlanStanding),
    /// A layer of the plans.
    Layer(crate::follow_up::Layer),
    /// A kind of partnership.
    PartnershipKind(crate::model::PartnershipKind),
    /// A kind of body.
    BodyKind(crate::model::BodyKind),
    /// Whose plan it is.
    PlanOwner(crate::model::PlanOwner),
    /// A kind of party.
    PartyKind(crate::model::PartyKind),
    /// A layer of plans, as a plan's kind.
    PlanKind(crate::model::PlanKind),
    /// Where a plan stands, as a plan says it.
    PlanStatus(crate::model::PlanStatus),
    /// A kind of action plan.
    ActionPlanKind(crate::model::ActionPlanKind),
    /// The unit of a rhythm.
    RhythmUnit(crate::model::RhythmUnit),
    /// A kind of evaluation.
    EvaluationKind(crate::model::EvaluationKind),
    /// Kommun or region.
    JurisdictionKind(crate::model::JurisdictionKind),

    /// The parts of a list of times; `parts`.
    TimeParts,
    /// How many times, in no unit; `times`.
    TimeTimes,
    /// How many times per unit; `times`, `unit`.
    TimeEvery,
    /// How many times per so many units; `times`, `every`, `unit`.
    TimeEveryNth,
    /// The years a time without a year could be in; `years`.
    TimeYears,
    /// A weekday that is not the date's.
    TimeWeekdayMismatch,
    /// Heading of what the agreement is and where it stands.
    AgreementHeading,
    /// Caption of the money per funder and recipient.
    MoneyPerFunder,
    /// Caption of the money line by line.
    MoneyLines,
    /// Caption of the parties.
    PartiesHeading,
    /// Caption of the decisions.
    DecisionsHeading,
    /// Heading of the principles.
    PrinciplesHeading,
    /// Column: a principle.
    PrincipleColumn,
    /// A partnership without a period; `kind`, `parties`.
    PartnershipLineOpen,
    /// Heading of the plans in their layers.
    PlansHeading,
    /// Heading of the money.
    MoneyHeading,
    /// Heading of the partnerships.
    PartnershipsHeading,
    /// Heading of the bodies and their meetings.
    GovernanceHeading,
    /// The agreement holds; `as_of`.
    StandingInForce,
    /// The agreement starts later; `from`.
    StandingNotYet,
    /// The agreement has ended; `on`.
    StandingEnded,
    /// Who decided the end; `by`.
    StandingEndedBy,
    /// The validity has run out; `on`.
    StandingExpired,
    /// Nothing says when the agreement holds.
    StandingUnknown,
    /// The validity; `period`.
    ValidityLine,
    /// The current version; `name`.
    CurrentVersionLine,
    /// The body that runs the agreement; `body`.
    ManagingBodyLine,
    /// The revision rhythm; `last`, `due`.
    RevisionLine,
    /// A revision is overdue; `last`, `due`.
    RevisionOverdueLine,
    /// A rhythm without a date to count from; `months`.
    RevisionUnknownLine,
    /// Column: a party.
    Party,
    /// Column: the side of a party.
    SideColumn,
    /// Column: how a party takes part.
    ParticipationColumn,
    /// Column: the umbrella a party takes part through.
    Through,
    /// Column: a period.
    PeriodColumn,
    /// Column: the layer of a plan.
    LayerColumn,
    /// Column: where a plan stands.
    StandingColumn,
    /// Column: how many activities.
    Activities,
    /// Column: a year.
    Year,
    /// Column: decided money.
    Decided,
    /// Column: money not yet decided.
    Undecided,
    /// Column: lines without an amount.
    WithoutAmount,
    /// Column: an amount.
    Amount,
    /// Column: who pays.
    Funder,
    /// Column: who receives.
    Recipient,
    /// Column: where the money comes from.
    SourceColumn,
    /// Column: what the money is for.
    For,
    /// A decided line of money.
    DecidedYes,
    /// A line of money not yet decided.
    DecidedNo,
    /// Column: an obligation.
    Obligation,
    /// Column: a body.
    BodyColumn,
    /// Column: a kind.
    KindColumn,
    /// Column: seats in a body.
    Seats,
    /// Column: meetings.
    Meetings,
    /// Column: a decision.
    DecisionColumn,
    /// Column: who decided.
    By,
    /// Column: the source's words.
    TextColumn,
    /// Marks the body that runs the agreement.
    Manages,
    /// A meeting held.
    Held,
    /// A meeting still to come.
    Coming,
    /// A meeting on a day of the year.
    EveryYear,
    /// A principle's origins; `names`.
    DerivedFrom,
    /// A partnership; `kind`, `parties`, `period`.
    PartnershipLine,
    /// The document names no parties.
    NoParties,
    /// The document names no principles.
    NoPrinciples,
    /// The document has no plans.
    NoPlans,
    /// The document states no money.
    NoMoney,
    /// The document has no partnerships.
    NoPartnerships,
    /// A partnership without obligations.
    NoObligations,
    /// The document has no bodies.
    NoBodies,
    /// No activity has a time.
    NoTimeTexts,
    /// No activity has a window that could have ended.
    NoWindowsToBeLate,
    /// Title of the money chart.
    ChartMoney,
    /// What the money chart shows; `years`.
    MoneyChartDescription,
    /// Heading line: the reference date follows.
    FollowUpAsOf,
    /// The action plans covered.
    ActionPlans,
    /// A document without action plans.
    NoActionPlans,
    /// Changes are counted from a date.
    ChangesSince,
    /// An open end of a period.
    UntilFurtherNotice,
    /// The table of contents.
    Contents,
    /// Section: activities per status.
    StatusHeading,
    /// An activity with no stated status and no follow-up.
    NotReported,
    /// The label of a group several are jointly responsible for.
    Jointly,
    /// Heading of the counts per principle.
    ByPrinciple,
    /// A party that takes part through another, named nowhere.
    ParticipationWithoutUmbrella,
    /// A party with `represented_by` that is not represented.
    ParticipationNotRepresented,
    /// Section: per interest area.
    ByInterestArea,
    /// Section: per responsible.
    ByResponsible,
    /// Section: per action plan.
    ByActionPlan,
    /// Section: per objective.
    ByObjective,
    /// Section: overdue activities.
    OverdueHeading,
    /// Heading of the activities with no status and no follow-up.
    NotReportedHeading,
    /// What "not reported" means.
    NotReportedIntro,
    /// Section: no recent follow-up.
    StaleHeading,
    /// Section: changes since the last stormöte.
    ChangesHeading,
    /// Section: times that could not be read.
    UnreadableHeading,
    /// Section: indicators.
    IndicatorsHeading,
    /// Section: every activity.
    AllHeading,
    /// Section: validation.
    ValidationHeading,
    /// An empty overdue section.
    NoOverdue,
    /// An empty stale section.
    NoStale,
    /// Changes without a date to count from.
    NoSince,
    /// Every time text was read.
    NoUnreadable,
    /// A document without activities.
    NoActivities,
    /// A validation without findings.
    NoFindings,
    /// No activity has a time window.
    NoWindows,
    /// Column: status.
    StatusColumn,
    /// Column: count.
    Count,
    /// Column: total.
    Total,
    /// Column: overdue.
    Overdue,
    /// Flag beside a status.
    OverdueOne,
    /// Flag beside a status.
    StaleOne,
    /// Column: interest area.
    InterestArea,
    /// Column: responsible.
    Responsible,
    /// Column: action plan.
    ActionPlan,
    /// Column: objective.
    Objective,
    /// Column: code.
    Code,
    /// Column: activity.
    Activity,
    /// Column: time as written.
    Time,
    /// Column: time window.
    Window,
    /// Column: the end of the window.
    Due,
    /// Column: traffic light.
    AssessmentColumn,
    /// Column: latest note.
    LatestNote,
    /// Column: latest follow-up.
    LatestFollowUp,
    /// Column: days since follow-up.
    DaysSince,
    /// No follow-up at all.
    Never,
    /// Column: change.
    Change,
    /// Column: date.
    Date,
    /// A change: added.
    Added,
    /// A change: removed.
    Removed,
    /// Column: indicator.
    Indicator,
    /// Column: unit.
    Unit,
    /// Column: baseline.
    Baseline,
    /// Column: actual value.
    Actual,
    /// Column: target value.
    Target,
    /// Column: progress.
    Progress,
    /// Column: severity.
    SeverityColumn,
    /// Column: JSON Pointer.
    Path,
    /// Column: message.
    Message,
    /// An open bound of a window.
    Open,
    /// An uncertain window.
    Uncertain,
    /// An activity without a time.
    NoTime,
    /// A time text that could not be read.
    NotRead,
    /// Chart: activities per status.
    ChartStatus,
    /// Chart: activities per interest area.
    ChartAreas,
    /// Chart: the activities' windows.
    ChartTimeline,
    /// The reference date on the timeline.
    AsOf,
    /// The pointer `""`: the whole document.
    WholeDocument,
    /// The group of activities without an interest area or responsible.
    NoneGroup,
    /// `count` activities.
    ActivitiesCount,
    /// The line under the status table: `overdue`, `stale`.
    OverdueAndStale,
    /// What counts as stale: `days`.
    StaleIntro,
    /// What counts as overdue: `as_of`.
    OverdueIntro,
    /// The period of the changes: `since`, `as_of`.
    ChangesIntro,
    /// No changes since `since`.
    NoChanges,
    /// `errors`, `warnings` and `infos` counted.
    ValidationCounts,
    /// A bar's note: `total` activities, `overdue` of them overdue.
    OverdueNote,
    /// The status chart in words: `count`, `parts`.
    StatusChartDescription,
    /// The interest-area chart in words: `parts`.
    AreaChartDescription,
    /// The timeline in words: `count`, `from`, `to`, `open`, `overdue`, `as_of`, `listed`.
    TimelineDescription,
    /// The timeline shows `shown` of `total` rows.
    TimelineCapped,
    /// A file without findings.
    FileHasNoFindings,
    /// Before a hint.
    WhatToDo,
    /// The last line of `ovk validate`: `errors`, `warnings`, `infos`, `files`.
    FilesSummary,
    /// `ovk time`: the text `text` could not be read.
    TimeNotUnderstood,
    /// `ovk time`: the event `event` the text names.
    TimeEvent,
    /// The heading of the rule catalogue.
    RulesTitle,
    /// What every finding has.
    RulesIntro,
    /// Column: a rule's code.
    RuleCode,
    /// Column: a rule's severity.
    RuleSeverity,
    /// Column: a rule's title.
    RuleTitle,
    /// The warning at the top of a generated file.
    Generated,
    /// What a kommunkod is.
    KommunCodeRule,
    /// What a länskod is.
    RegionCodeRule,
    /// Why a kommunkod of the right form is invalid: no kommun has it.
    NoSuchKommunCode,
    /// Why a länskod of the right form is invalid: no län has it.
    NoSuchRegionCode,
    /// What to do about a code that is not in SCB's list, when nothing near it is known.
    LookUpCode,
    /// What to do about a code that is not in SCB's list: the entries `by_code` are nearest.
    NearestCodes,
    /// What to do about a code that is not in SCB's list: the `name` resembles `by_name`.
    CodeOfName,
    /// Both: the entries `by_code` are nearest, and the `name` resembles `by_name`.
    NearestCodesAndCodeOfName,
    /// What to do about a name that does not match its code: it resembles `by_name`.
    NameOfAnotherCode,
    /// What to do about a name that does not match its code: it resembles nothing in the
    /// list, which calls the code `listed`.
    NameInNoList,
    /// How an agreement started: it was adopted.
    WasAdopted,
    /// How an agreement started: its validity began.
    BecameValid,
    /// What is dated after the end: a plan's start.
    PlanStarts,
    /// What is dated after the end: an action plan's start.
    ActionPlanStarts,
    /// What is dated after the end: a follow-up.
    FollowUpDated,
    /// Why a value is invalid: not one of `allowed`.
    UnknownCode,
    /// Why a value is invalid: outside `min`..`max`.
    OutOfRange,
    /// Why a value is invalid: not a day of the year.
    InvalidDayOfYear,
    /// Why a value is invalid: an empty name.
    EmptyText,
    /// Why a value is invalid: too large.
    NumberTooLarge,
    /// An error: `path` could not be read for `reason`.
    CannotRead,
    /// An error: `path` could not be written for `reason`.
    CannotWrite,
    /// An error: the document could not be read; `count` findings say why.
    Unreadable,
    /// An error: the last stormöte `since` is after the report date `as_of`.
    SinceAfterAsOf,
    /// An error: `text` is not a date.
    NotADate,
    /// An error: `text` is not a period START..END.
    NotAPeriod,
    /// An error: the period `start`..`end` ends before it starts.
    PeriodEndsBeforeStart,
    /// An error: the document has `count` errors.
    InvalidDocument,
    /// An error: an argument `value` is not one of `allowed`.
    NotAChoice,
    /// What a placeholder of the starter document begins with, after `[`: *fill in*.
    FillIn,
    /// A text of the starter document.
    Starter(crate::starter::StarterText),
    /// A kind of jurisdiction, as a common noun: kommun, region.
    Jurisdiction(crate::model::JurisdictionKind),
    /// An error: no jurisdiction of `kind` has the name or code `given`.
    UnknownJurisdiction,
    /// What to do about an unknown jurisdiction: the entries `near` are nearest.
    NearestJurisdictions,
    /// What to do about an unknown jurisdiction with nothing near: give a name or a code by `rule`.
    NameOrCode,
    /// An error: the name `given` resembles the `candidates` equally.
    AmbiguousJurisdiction,
    /// An error: `given` is the region `found` (code `code`), not a kommun.
    KommunIsRegion,
    /// An error: `given` is the kommun `found` (code `code`) in the län `county` (`county_code`), not a region.
    RegionIsKommun,
    /// An error: `given` is the kommun `found` (code `code`), not a region.
    RegionIsKommunWithoutCounty,
    /// An error: no starter for the year `year`, only for `min` to `max`.
    YearOutOfRange,
    /// An error: `path` exists and would be overwritten.
    WouldOverwrite,
    /// An error: a workbook could not be written for `reason`.
    CannotWriteWorkbook,
    /// An error: a number in `extensions` is finer than a workbook keeps.
    WorkbookPrecision,
    /// An error: a text at `pointer` is longer than the cell `place` holds.
    CellTooLong,
    /// The comment at the top of `docs/workbook.md`.
    WorkbookGenerated,
    /// The workbook's title, and the heading of `docs/workbook.md`.
    WorkbookTitle,
    /// What `docs/workbook.md` is.
    WorkbookIntro,
    /// The title of the message when a cell is not in its drop-down list.
    WorkbookChooseTitle,
    /// The message when a cell is not in its drop-down list.
    WorkbookChooseMessage,
    /// Heading of the explanation sheet: the sheet.
    WorkbookGuideSheet,
    /// Heading of the explanation sheet: the column.
    WorkbookGuideColumn,
    /// Heading of the explanation sheet: what it holds.
    WorkbookGuideHolds,
    /// Heading of the explanation sheet: whether a row must fill it.
    WorkbookGuideRequired,
    /// Heading of the explanation sheet: the form of the values.
    WorkbookGuideForm,
    /// Heading of the explanation sheet: an example.
    WorkbookGuideExample,
    /// Yes.
    WorkbookYes,
    /// No.
    WorkbookNo,
    /// The form of a text column.
    WorkbookFormText,
    /// The form of an id column.
    WorkbookFormId,
    /// The form of a code column.
    WorkbookFormCode,
    /// The form of a column of lines.
    WorkbookFormLines,
    /// The form of a column of paragraphs.
    WorkbookFormParagraphs,
    /// The form of a date column.
    WorkbookFormDate,
    /// The form of a column of dates known roughly.
    WorkbookFormRoughDate,
    /// The form of a column of whole numbers.
    WorkbookFormInteger,
    /// The form of a number column.
    WorkbookFormNumber,
    /// The form of a yes-or-no column.
    WorkbookFormBool,
    /// The form of a JSON column.
    WorkbookFormJson,
    /// The form of a column of labels; `labels`.
    WorkbookFormLabel,
    /// The form of a reference column; `sheet`.
    WorkbookFormRef,
    /// The form of a column of references; `sheet`.
    WorkbookFormRefs,
    /// CSV header: what holds the activity.
    CsvPlanKind,
    /// CSV header: the id of the plan.
    CsvPlan,
    /// CSV header: the status at `date`.
    CsvStatus,
    /// CSV header: the date of the follow-up that gave the status.
    CsvStatusSince,
    /// CSV header: the traffic light.
    CsvAssessment,
    /// CSV header: the latest note.
    CsvNote,
    /// CSV header: overdue.
    CsvOverdue,
}
