//! The rule catalogue: every rule's code, severity and family, registered in one list.
//!
//! Each rule is one file under `rules/`, holding its metadata and its check; its texts (title,
//! explanation, hint, message) are in the language tables of [`crate::i18n`]. `ovk rules` and
//! `docs/rules.md` are generated from [`Rule::all`].

use serde::{Serialize, Serializer};

use super::check::{Check, Cx, Hooks};
use super::Severity;

/// What every rule file uses.
mod prelude {
    pub(super) use super::{Family, Rule, RuleDefinition, RuleId};
    pub(super) use crate::i18n::{Arg, Word};
    pub(super) use crate::validate::check::{Check, Cx, Hooks, Map, Set};
    pub(super) use crate::validate::pointer::Pointer;
    pub(super) use crate::validate::walk::{Event, EventKind, TextRole};
    pub(super) use crate::validate::{Finding, Severity};
}
use crate::i18n::{self, Lang, Word};
use crate::read::{FatalKind, Problem, ProblemKind};
use crate::validate::Finding;

/// Which family a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Family {
    /// Reading the bytes: JSON syntax, size, depth.
    Syntax,
    /// Shape: types, required and unknown fields.
    Structure,
    /// Ids and activity codes.
    Identity,
    /// References between entities.
    References,
    /// Dates and periods.
    Dates,
    /// Official codes and formats.
    Codes,
    /// Follow-up histories.
    Status,
    /// Gaps that keep a plan from being finished.
    Quality,
    /// Reading a workbook: sheets, columns and cells.
    Workbook,
}

impl Family {
    /// Every family, in catalogue order.
    pub const ALL: [Family; 9] = [
        Family::Syntax,
        Family::Structure,
        Family::Identity,
        Family::References,
        Family::Dates,
        Family::Codes,
        Family::Status,
        Family::Quality,
        Family::Workbook,
    ];

    /// The family's code in JSON (`references`).
    pub fn code(self) -> &'static str {
        match self {
            Family::Syntax => "syntax",
            Family::Structure => "structure",
            Family::Identity => "identity",
            Family::References => "references",
            Family::Dates => "dates",
            Family::Codes => "codes",
            Family::Status => "status",
            Family::Quality => "quality",
            Family::Workbook => "workbook",
        }
    }

    /// The family's heading in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        i18n::word(Word::Family(self), lang)
    }
}

/// A validation rule: what it checks and what to do when it fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rule {
    /// Which rule it is.
    pub id: RuleId,
    /// Stable code (`OVK-REF-001`); never reused for another meaning.
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Family it belongs to.
    pub family: Family,
}

impl Rule {
    /// Every rule, in catalogue order.
    pub fn all() -> impl Iterator<Item = &'static Rule> {
        RULES.iter().map(|definition| &definition.rule)
    }

    /// The rule with `code` (`OVK-REF-001`), if there is one.
    pub fn by_code(code: &str) -> Option<&'static Rule> {
        Rule::all().find(|rule| rule.code == code)
    }

    /// The one-line title in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        i18n::rule_texts(self.id, lang).title
    }

    /// What the rule checks and why, in `lang`.
    pub fn explanation(&self, lang: Lang) -> &'static str {
        i18n::rule_texts(self.id, lang).explanation
    }

    /// What to do when it fires, in `lang`.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        i18n::rule_texts(self.id, lang).hint
    }

    /// The anchor of the rule in `docs/rules.md` (`ovk-ref-001`).
    pub fn anchor(&self) -> String {
        self.code.to_ascii_lowercase()
    }
}

/// A rule as JSON: `{"code", "severity", "family", "title": {"sv", "en"}, "explanation", "hint", "anchor"}`.
impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let texts = |get: fn(&Rule, Lang) -> Option<&'static str>| {
            let mut map = serde_json::Map::new();
            for lang in Lang::ALL {
                if let Some(text) = get(self, lang) {
                    map.insert(lang.tag().to_owned(), text.into());
                }
            }
            (!map.is_empty()).then_some(serde_json::Value::Object(map))
        };
        let mut state = serializer.serialize_struct("Rule", 7)?;
        state.serialize_field("code", self.code)?;
        state.serialize_field("severity", &self.severity)?;
        state.serialize_field("family", &self.family)?;
        state.serialize_field("title", &texts(|r, l| Some(r.title(l))))?;
        state.serialize_field("explanation", &texts(|r, l| Some(r.explanation(l))))?;
        state.serialize_field("hint", &texts(Rule::hint))?;
        state.serialize_field("anchor", &self.anchor())?;
        state.end()
    }
}

/// Makes a rule's check for one document.
pub(crate) type StartCheck = for<'a> fn(&Cx<'a>) -> Box<dyn Check<'a> + 'a>;

/// A rule with how it is checked: during the walk over the agreement, or by the reader.
pub(crate) struct RuleDefinition {
    /// The rule.
    pub(crate) rule: Rule,
    /// What of the walk the check looks at; empty for rules the reader checks.
    pub(crate) hooks: Hooks,
    /// A fresh check for one document; `None` for rules the reader checks.
    pub(crate) check: Option<StartCheck>,
}

/// A rule file's `RULE`: a rule the reader checks (no hooks), or one whose `start` makes the
/// check that looks at the events named.
macro_rules! definition {
    ($id:ident, $code:literal, $severity:ident, $family:ident $(, [$($hook:ident),+])?) => {
        pub(crate) static RULE: RuleDefinition = RuleDefinition {
            rule: Rule {
                id: RuleId::$id,
                code: $code,
                severity: Severity::$severity,
                family: Family::$family,
            },
            hooks: Hooks::of(&[$($(EventKind::$hook),+)?]),
            check: definition!(@start $([$($hook),+])?),
        };
    };
    (@start [$($hook:ident),+]) => {
        Some(start)
    };
    (@start) => {
        None
    };
}

/// The finding for a structure problem the reader recorded.
pub(crate) fn structure_finding(problem: Problem) -> Finding {
    let Problem {
        kind,
        pointer,
        offset,
    } = problem;
    let finding = match kind {
        ProblemKind::NotAnObject { found } => not_an_object::finding(found),
        ProblemKind::UnknownField { field, allowed } => {
            unknown_field::finding(pointer, field, allowed)
        }
        ProblemKind::MissingField { field } => missing_field::finding(pointer, field),
        ProblemKind::DuplicateKey { key } => duplicate_key::finding(pointer, key),
        ProblemKind::WrongType { expected, found } => wrong_type::finding(pointer, expected, found),
        ProblemKind::UnknownCode { value, allowed } => {
            invalid_value::unknown_code(pointer, value, allowed)
        }
        ProblemKind::OutOfRange { value, min, max } => {
            invalid_value::out_of_range(pointer, value, min, max)
        }
        ProblemKind::InvalidDayOfYear { value } => invalid_value::day_of_year(pointer, value),
        ProblemKind::NumberTooLarge { value } => invalid_value::too_large(pointer, value),
        ProblemKind::EmptyText => invalid_value::empty(pointer),
        ProblemKind::InvalidDate { value } => invalid_date::finding(pointer, value),
        ProblemKind::LimitReached { limit } => too_many_problems::finding(limit),
    };
    finding.at_offset(offset)
}

/// The finding that a 1.0 document was checked through the migration to 2.0.
pub(crate) fn version_1_finding() -> Finding {
    version_one::finding()
}

/// The finding for a problem that stopped the reading.
pub(crate) fn fatal_finding(kind: FatalKind, offset: usize) -> Finding {
    let finding = match kind {
        FatalKind::Empty => empty_document::finding(),
        FatalKind::TooLarge { size, limit } => too_large::finding(size, limit),
        FatalKind::TooDeep { limit } => too_deep::finding(limit),
        FatalKind::Syntax(problem) => not_json::finding(problem),
    };
    finding.at_offset(offset)
}

macro_rules! registry {
    ($($(#[$doc:meta])* $module:ident: $id:ident,)*) => {
        $(mod $module;)*

        /// Every rule, by name; the order is the catalogue's.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[non_exhaustive]
        pub enum RuleId {
            $($(#[$doc])* $id,)*
        }

        /// Every rule, in the order of [`RuleId`].
        pub(crate) static RULES: &[&RuleDefinition] = &[$(&$module::RULE),*];

    };
}

impl RuleId {
    /// The rule's metadata.
    pub fn rule(self) -> &'static Rule {
        &RULES[self as usize].rule
    }
}

/// The rule catalogue as Markdown in both languages: the text of `docs/rules.md`.
pub fn markdown() -> String {
    use std::fmt::Write;
    let (sv, en) = (Lang::Sv, Lang::En);
    let both = |word: Word| format!("{} / {}", i18n::word(word, sv), i18n::word(word, en));
    let mut out = format!(
        "<!-- {} -->\n\n# {}\n\n{} / {}\n\n| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n",
        i18n::word(Word::Generated, en),
        both(Word::RulesTitle),
        i18n::word(Word::RulesIntro, sv),
        i18n::word(Word::RulesIntro, en),
        both(Word::RuleCode),
        both(Word::RuleSeverity),
        i18n::word(Word::RuleTitle, sv),
        i18n::word(Word::RuleTitle, en),
    );
    for rule in Rule::all() {
        let _ = writeln!(
            out,
            "| [{}](#{}) | {} | {} | {} |",
            rule.code,
            rule.anchor(),
            rule.severity.code(),
            rule.title(sv),
            rule.title(en)
        );
    }
    for family in Family::ALL {
        let _ = write!(out, "\n## {} / {}\n", family.title(sv), family.title(en));
        for rule in Rule::all().filter(|rule| rule.family == family) {
            let _ = write!(
                out,
                "\n<a id=\"{}\"></a>\n### {} — {} / {}\n\n*{}*\n\n{}\n\n{}\n",
                rule.anchor(),
                rule.code,
                rule.title(sv),
                rule.title(en),
                rule.severity.code(),
                rule.explanation(sv),
                rule.explanation(en),
            );
            if let (Some(hint_sv), Some(hint_en)) = (rule.hint(sv), rule.hint(en)) {
                let _ = write!(
                    out,
                    "\n**{}:** {hint_sv}\n\n**{}:** {hint_en}\n",
                    capitalized(i18n::word(Word::WhatToDo, sv)),
                    capitalized(i18n::word(Word::WhatToDo, en)),
                );
            }
        }
    }
    out
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

registry! {
/// OVK-SYN-001: the bytes are not JSON.
not_json: NotJson,
/// OVK-SYN-002: nothing to read.
empty_document: EmptyDocument,
/// OVK-SYN-003: over the size limit.
too_large: TooLarge,
/// OVK-SYN-004: over the nesting limit.
too_deep: TooDeep,
/// OVK-STR-001: the root is not an object.
not_an_object: NotAnObject,
/// OVK-STR-002: a field the model does not know.
unknown_field: UnknownField,
/// OVK-STR-003: a required field is absent.
missing_field: MissingField,
/// OVK-STR-004: a value of the wrong JSON type.
wrong_type: WrongType,
/// OVK-STR-005: a value outside the allowed set.
invalid_value: InvalidValue,
/// OVK-STR-006: a key given twice in one object.
duplicate_key: DuplicateKey,
/// OVK-STR-007: more structure problems than the stated limit.
too_many_problems: TooManyProblems,
/// OVK-VER-001: the document is of a format version this library does not read.
schema_version: SchemaVersion,
/// OVK-VER-002: a 1.0 document, checked through the migration to 2.0.
version_one: VersionOne,
/// OVK-ID-001: two entities share an id.
duplicate_id: DuplicateId,
/// OVK-ID-002: two activities of an action plan share a code.
duplicate_activity_code: DuplicateActivityCode,
/// OVK-ID-003: an id that breaks the id pattern.
invalid_id: InvalidId,
/// OVK-REF-001: a reference to nothing.
unresolved_reference: UnresolvedReference,
/// OVK-REF-002: a reference to the wrong kind of entity.
wrong_kind_reference: WrongKindReference,
/// OVK-REF-003: a chain of `replaces` that comes back to where it started.
replacement_cycle: ReplacementCycle,
/// OVK-REF-004: an obligation of a party outside its partnership.
obligation_party: ObligationParty,
/// OVK-REF-005: a way of taking part without the party it goes through.
participation: ParticipationIncomplete,
/// OVK-DATE-001: a date that does not exist.
invalid_date: InvalidDate,
/// OVK-DATE-002: a period that ends before it starts.
period_reversed: PeriodReversed,
/// OVK-DATE-003: an action plan outside the plan it carries out.
action_plan_outside_plan: ActionPlanOutsidePlan,
/// OVK-DATE-004: a follow-up dated before its action plan began.
follow_up_before_plan: FollowUpBeforePlan,
/// OVK-DATE-005: a follow-up dated after the document's as-of date.
follow_up_in_future: FollowUpInFuture,
/// OVK-DATE-006: a rough date whose words cannot be read, with no window beside them.
unreadable_date: UnreadableDate,
/// OVK-DATE-007: a date whose words and window disagree.
date_text_disagrees: DateTextDisagrees,
/// OVK-DATE-008: a date whose end is before its start.
date_reversed: DateReversed,
/// OVK-DATE-009: two dates for one decision without a source for each.
conflicting_decisions: ConflictingDecisions,
/// OVK-DATE-010: an agreement that ends before it was adopted or before its validity began.
ended_before_start: EndedBeforeStart,
/// OVK-DATE-011: a plan, action plan or follow-up dated after the agreement ended.
after_end: AfterEnd,
/// OVK-DATE-012: a time window far outside its plan's period.
window_far_outside: WindowFarOutside,
/// OVK-DATE-013: a weekday and a date that fall on different days.
weekday_mismatch: WeekdayMismatch,
/// OVK-CODE-001: a kommunkod or länskod that is not in SCB's list.
jurisdiction_code: JurisdictionCode,
/// OVK-CODE-002: an organisation number that fails its form or check digit.
org_number: OrgNumber,
/// OVK-CODE-003: a language tag that is not BCP 47.
language_tag: LanguageTag,
/// OVK-CODE-004: an email address of the wrong form.
email: Email,
/// OVK-CODE-005: a web address of the wrong form.
url: Url,
/// OVK-CODE-006: a currency code that is not three capital letters.
currency: Currency,
/// OVK-CODE-007: a jurisdiction's name that is not the name of its code.
jurisdiction_name: JurisdictionName,
/// OVK-STAT-001: follow-ups out of date order.
follow_ups_unordered: FollowUpsUnordered,
/// OVK-STAT-002: a status change that cannot happen without an explanation.
impossible_transition: ImpossibleTransition,
/// OVK-STAT-003: the agreement is due for revision by its own rhythm.
revision_due: RevisionDue,
/// OVK-QUAL-001: an activity nobody is responsible for.
no_responsible: NoResponsible,
/// OVK-QUAL-002: an activity without anyone it is for.
no_target_group: NoTargetGroup,
/// OVK-QUAL-003: a time text the parser could not read.
unreadable_time: UnreadableTime,
/// OVK-QUAL-004: an objective no activity works toward.
unserved_objective: UnservedObjective,
/// OVK-QUAL-005: a text whose Swedish form is empty.
missing_swedish: MissingSwedish,
/// OVK-QUAL-006: a person's name written in free text.
name_in_free_text: NameInFreeText,
/// OVK-QUAL-007: a vacant role that names its holder.
vacant_role_held: VacantRoleHeld,
/// OVK-QUAL-008: decided money without an amount.
decided_without_amount: DecidedWithoutAmount,
/// OVK-QUAL-009: a placeholder of the starter document left in a text.
unfilled_placeholder: UnfilledPlaceholder,
/// OVK-XLS-001: the bytes are not a workbook that can be read.
workbook_unreadable: WorkbookUnreadable,
/// OVK-XLS-002: a sheet the workbook layout does not know, with something in it.
unknown_sheet: UnknownSheet,
/// OVK-XLS-003: a sheet with rows lacks a column its rows need.
missing_column: MissingColumn,
/// OVK-XLS-004: a column the layout does not know, with something in it.
unknown_column: UnknownColumn,
/// OVK-XLS-005: a cell of a date column that is not a date.
cell_not_a_date: CellNotADate,
/// OVK-XLS-006: a number written as text in a number column.
number_as_text: NumberAsText,
/// OVK-XLS-007: a cell of a number column that is not a number.
cell_not_a_number: CellNotANumber,
/// OVK-XLS-008: a number with decimals where a whole number belongs.
not_a_whole_number: NotAWholeNumber,
/// OVK-XLS-009: a cell that is none of the labels of its drop-down list.
unknown_label: UnknownLabel,
/// OVK-XLS-010: a cell of a yes-or-no column that is neither.
not_yes_no: NotYesNo,
/// OVK-XLS-011: a cell of a JSON column that is not the JSON it should be.
cell_not_json: CellNotJson,
/// OVK-XLS-012: a row that names an entry no row of its sheet holds.
missing_parent: MissingParent,
/// OVK-XLS-013: a row that names an entry several rows hold.
ambiguous_parent: AmbiguousParent,
/// OVK-XLS-014: a field given both in its column and in the column of other fields.
conflicting_cells: ConflictingCells,
/// OVK-XLS-015: more than one row on the agreement's sheet.
second_agreement_row: SecondAgreementRow,
}

/// The findings of reading a workbook, one constructor per rule.
pub(crate) mod workbook {
    pub(crate) use super::ambiguous_parent::finding as ambiguous_parent;
    pub(crate) use super::cell_not_a_date::finding as cell_not_a_date;
    pub(crate) use super::cell_not_a_number::finding as cell_not_a_number;
    pub(crate) use super::cell_not_json::finding as cell_not_json;
    pub(crate) use super::conflicting_cells::finding as conflicting_cells;
    pub(crate) use super::missing_column::finding as missing_column;
    pub(crate) use super::missing_parent::finding as missing_parent;
    pub(crate) use super::not_a_whole_number::finding as not_a_whole_number;
    pub(crate) use super::not_yes_no::finding as not_yes_no;
    pub(crate) use super::number_as_text::finding as number_as_text;
    pub(crate) use super::second_agreement_row::finding as second_agreement_row;
    pub(crate) use super::unknown_column::finding as unknown_column;
    pub(crate) use super::unknown_label::finding as unknown_label;
    pub(crate) use super::unknown_sheet::finding as unknown_sheet;
    pub(crate) use super::workbook_unreadable::finding as workbook_unreadable;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_well_formed_and_in_catalogue_order() {
        let mut seen = std::collections::HashSet::new();
        for (index, definition) in RULES.iter().enumerate() {
            let rule = definition.rule;
            assert_eq!(rule.id as usize, index, "{} is out of order", rule.code);
            assert!(seen.insert(rule.code), "{} twice", rule.code);
            let parts: Vec<_> = rule.code.split('-').collect();
            assert_eq!(parts.len(), 3, "{}", rule.code);
            assert_eq!(parts[0], "OVK");
            assert!(parts[2].len() == 3 && parts[2].bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(
                definition.check.is_some(),
                !definition.hooks.is_empty(),
                "{}: a check needs hooks",
                rule.code
            );
        }
        assert_eq!(
            Rule::by_code("OVK-REF-001").map(|r| r.id),
            Some(RuleId::UnresolvedReference)
        );
        assert_eq!(Rule::by_code("OVK-XXX-999"), None);
    }

    #[test]
    fn every_rule_text_is_written_in_every_language_with_the_same_placeholders() {
        for rule in Rule::all() {
            let texts: Vec<_> = Lang::ALL
                .iter()
                .map(|lang| i18n::rule_texts(rule.id, *lang))
                .collect();
            for t in &texts {
                assert!(
                    !t.title.is_empty() && t.explanation.len() > 20,
                    "{}",
                    rule.code
                );
            }
            let [sv, en] = [&texts[0], &texts[1]];
            assert_eq!(
                i18n::placeholders(sv.message),
                i18n::placeholders(en.message),
                "{}",
                rule.code
            );
            assert_eq!(sv.hint.is_some(), en.hint.is_some(), "{}", rule.code);
            assert_eq!(
                sv.finding_hint.map(i18n::placeholders),
                en.finding_hint.map(i18n::placeholders),
                "{}",
                rule.code
            );
        }
    }
}
