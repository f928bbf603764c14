"""The dict form of a document (``Document.to_dict()``) as ``TypedDict``s.

Generated from schemas/agreement.schema.json by bindings/python/tools/typeddicts.py
(``make generate``); do not edit by hand.
"""

# ruff: noqa
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, TypedDict, Union

_ActionPlanOptional = TypedDict("_ActionPlanOptional", {"plan": "Optional[PlanId]", "replaces": "Optional[ActionPlanId]", "status": "Optional[PlanStatus]", "decisions": "List[Decision]", "interest_areas": "List[InterestAreaId]", "purpose": "Optional[Section]", "sections": "List[Section]", "priorities_title": "Optional[LocalizedText]", "priorities": "List[Priority]", "follow_up": "Optional[FollowUpArrangement]", "activities_title": "Optional[LocalizedText]", "activities": "List[Activity]", "budget": "List[BudgetLine]", "extensions": "Extensions"}, total=False)


class ActionPlan(_ActionPlanOptional):
    """A yearly (or two-yearly) plan of activities (*handlingsplan*)."""
    id: ActionPlanId
    kind: ActionPlanKind
    title: LocalizedText
    period: Period


_ActivityOptional = TypedDict("_ActivityOptional", {"description": "Optional[LocalizedText]", "parts": "List[Section]", "target_groups": "List[Mention]", "responsible": "List[Mention]", "time": "Optional[ActivityTime]", "status": "Optional[Status]", "objectives": "List[ObjectiveId]", "interest_areas": "List[InterestAreaId]", "goals": "List[GoalId]", "strategies": "List[StrategyId]", "priorities": "List[PriorityId]", "principles": "List[PrincipleId]", "budget": "List[BudgetLine]", "follow_ups": "List[FollowUp]", "extensions": "Extensions"}, total=False)


class Activity(_ActivityOptional):
    """One row of an action plan (*aktivitet*, the VAD column), with a letter code."""
    code: ActivityCode
    title: LocalizedText


_ActivityTimeOptional = TypedDict("_ActivityTimeOptional", {"text": "Optional[LocalizedText]", "window": "Optional[TimeWindow]", "extensions": "Extensions"}, total=False)


class ActivityTime(_ActivityTimeOptional):
    """When an activity happens (*tid*): the source's words, and what was understood of them."""


_AgreementVersionOptional = TypedDict("_AgreementVersionOptional", {"name": "Optional[str]", "title": "Optional[LocalizedText]", "replaces": "Optional[VersionId]", "decisions": "List[Decision]", "period": "Optional[Period]", "principles": "List[PrincipleId]", "changes": "Optional[LocalizedText]", "extensions": "Extensions"}, total=False)


class AgreementVersion(_AgreementVersionOptional):
    """One version of a revised agreement (*version, revidering*): its decisions, title and principle set."""
    id: VersionId


_ApproximateDateObjectOptional = TypedDict("_ApproximateDateObjectOptional", {"text": "Optional[LocalizedText]", "start": "Optional[str]", "end": "Optional[str]", "precision": "Optional[Precision]", "day_of_year": "Optional[MonthDay]", "uncertain": "bool"}, total=False)


class ApproximateDateObject(_ApproximateDateObjectOptional):
    """Approximate date (ungefärligt datum)"""


_BodyOptional = TypedDict("_BodyOptional", {"description": "Optional[LocalizedText]", "former_names": "List[FormerName]", "period": "Optional[Period]", "part_of": "Optional[BodyId]", "replaces": "Optional[BodyId]", "host": "Optional[Mention]", "seats": "List[Seats]", "members": "List[Mention]", "roles": "List[Role]", "meetings": "List[Meeting]", "extensions": "Extensions"}, total=False)


class Body(_BodyOptional):
    """A governance body or forum (*samråd, stormöte, nätverk, råd*)."""
    id: BodyId
    name: LocalizedText
    kind: BodyKind


_BudgetLineOptional = TypedDict("_BudgetLineOptional", {"amount": "Optional[int]", "currency": "str", "funder": "Optional[Mention]", "recipient": "Optional[Mention]", "source": "Optional[LocalizedText]", "decided": "bool", "note": "Optional[LocalizedText]", "extensions": "Extensions"}, total=False)


class BudgetLine(_BudgetLineOptional):
    """Money for one year (*budget, finansiering*): an amount, or none while it is not decided, who pays, who receives, and where it comes from."""
    year: int


_ChallengeOptional = TypedDict("_ChallengeOptional", {"description": "Optional[LocalizedText]", "extensions": "Extensions"}, total=False)


class Challenge(_ChallengeOptional):
    """A welfare field the parties work in (*utmaning*): demokrati, folkhälsa, integration, …"""
    id: ChallengeId
    name: LocalizedText


_CountOptional = TypedDict("_CountOptional", {"value": "Optional[int]", "approximate": "bool", "text": "Optional[LocalizedText]", "date": "Optional[ApproximateDate]"}, total=False)


class Count(_CountOptional):
    """A number as the source gives it, perhaps roughly and at a time: "47 föreningar vid undertecknandet", "ett tjugotal 2023"."""


class DateRange(TypedDict):
    """The days from `start` to `end`, both included (*från och med – till och med*)."""
    start: str
    end: str


_DecisionOptional = TypedDict("_DecisionOptional", {"date": "Optional[ApproximateDate]", "effective": "Optional[ApproximateDate]", "by": "List[Mention]", "text": "Optional[LocalizedText]", "reference": "Optional[str]", "signed_by": "List[PartyId]", "signatories": "Optional[Count]", "sources": "List[Source]", "extensions": "Extensions"}, total=False)


class Decision(_DecisionOptional):
    """A decision about the agreement, a version, a plan or a partnership (*beslut*): what was decided, when, by whom, and where it is said. Two sources that disagree on a date are two decisions of the same kind, each with its source: `[{"kind": "adopted", "date": "2013-05-16", "sources": [...]}, {"kind": "adopted", "date": {"text": "juni 2013"}, "sources": [...]}]`."""
    kind: DecisionKind


_EvaluationOptional = TypedDict("_EvaluationOptional", {"by": "List[Mention]", "date": "Optional[ApproximateDate]", "summary": "Optional[LocalizedText]", "reported_in": "List[Source]", "extensions": "Extensions"}, total=False)


class Evaluation(_EvaluationOptional):
    """An evaluation of the agreement or one of its plans (*utvärdering, enkät*)."""
    id: EvaluationId
    kind: EvaluationKind
    title: LocalizedText


_FollowUpOptional = TypedDict("_FollowUpOptional", {"assessment": "Optional[Assessment]", "note": "Optional[LocalizedText]", "reported_by": "List[Mention]", "body": "Optional[BodyId]", "extensions": "Extensions"}, total=False)


class FollowUp(_FollowUpOptional):
    """A dated status report on an activity (*uppföljning*)."""
    date: str
    status: Status


_FollowUpArrangementOptional = TypedDict("_FollowUpArrangementOptional", {"title": "Optional[LocalizedText]", "text": "List[LocalizedText]", "bodies": "List[BodyId]", "reported_in": "List[LocalizedText]", "extensions": "Extensions"}, total=False)


class FollowUpArrangement(_FollowUpArrangementOptional):
    """How and where something is followed up (*uppföljning*): the source's words and the bodies that do it."""


_FormerNameOptional = TypedDict("_FormerNameOptional", {"period": "Optional[Period]"}, total=False)


class FormerName(_FormerNameOptional):
    """A name something had before (*tidigare namn*), with when it was used."""
    name: LocalizedText


_FrequencyOptional = TypedDict("_FrequencyOptional", {"times": "int", "every": "int", "unit": "Optional[FrequencyUnit]"}, total=False)


class Frequency(_FrequencyOptional):
    """How often a recurring activity happens, when the text says it in numbers or in a unit that [`Recurrence`] has no word for: `times` times every `every` `unit`s. "fyra gånger per år" is `{"times": 4, "unit": "year"}`, "vartannat år" `{"every": 2, "unit": "year"}`, "kvartalsvis" `{"unit": "quarter"}`, "tre gånger under hösten" `{"times": 3}`."""


_GoalOptional = TypedDict("_GoalOptional", {"strategies": "List[Strategy]", "extensions": "Extensions"}, total=False)


class Goal(_GoalOptional):
    """A goal above the interest areas (*mål*), with the strategies that lead to it."""
    id: GoalId
    text: LocalizedText


_IndicatorOptional = TypedDict("_IndicatorOptional", {"unit": "Optional[LocalizedText]", "baseline": "Optional[IndicatorValue]", "targets": "List[IndicatorValue]", "actuals": "List[IndicatorValue]", "extensions": "Extensions"}, total=False)


class Indicator(_IndicatorOptional):
    """A measure of an objective with a baseline, targets and actual values (as IATI results have)."""
    id: IndicatorId
    name: LocalizedText


_IndicatorValueOptional = TypedDict("_IndicatorValueOptional", {"note": "Optional[LocalizedText]"}, total=False)


class IndicatorValue(_IndicatorValueOptional):
    """One value of an indicator for a period."""
    period: Period
    value: float


_InterestAreaOptional = TypedDict("_InterestAreaOptional", {"description": "List[LocalizedText]", "challenges": "List[ChallengeId]", "goals": "List[GoalId]", "objectives_title": "Optional[LocalizedText]", "objectives": "List[Objective]", "extensions": "Extensions"}, total=False)


class InterestArea(_InterestAreaOptional):
    """A shared area of interest within the challenges (*intresseområde*), with its objectives."""
    id: InterestAreaId
    title: LocalizedText


_ItemOptional = TypedDict("_ItemOptional", {"title": "Optional[LocalizedText]", "text": "Optional[LocalizedText]", "extensions": "Extensions"}, total=False)


class Item(_ItemOptional):
    """One entry of a list: a short title (often bold in the source), its text, or both."""


_JurisdictionOptional = TypedDict("_JurisdictionOptional", {"extensions": "Extensions"}, total=False)


class Jurisdiction(_JurisdictionOptional):
    """Whose agreement it is: a kommun or a region, by name and official code."""
    kind: JurisdictionKind
    name: LocalizedText
    code: str


_LearningOptional = TypedDict("_LearningOptional", {"title": "Optional[LocalizedText]", "text": "List[LocalizedText]", "themes": "List[Item]", "reflection_questions": "Optional[Section]", "extensions": "Extensions"}, total=False)


class Learning(_LearningOptional):
    """Learning and knowledge (*lärande och kunskap*): how it is created and the questions each party asks itself."""


_MeetingOptional = TypedDict("_MeetingOptional", {"date": "Optional[ApproximateDate]", "place": "Optional[LocalizedText]", "text": "Optional[LocalizedText]", "extensions": "Extensions"}, total=False)


class Meeting(_MeetingOptional):
    """A meeting of a body: a date (a day, known roughly, or a day of the year without a year, `{"day_of_year": "--11-28"}`), or only words."""


_MentionOptional = TypedDict("_MentionOptional", {"text": "Optional[LocalizedText]", "parties": "List[PartyId]", "people": "List[PersonId]", "bodies": "List[BodyId]", "roles": "List[LocalizedText]", "extensions": "Extensions"}, total=False)


class Mention(_MentionOptional):
    """Actors named in the source, verbatim, with the entities they resolve to. Used for an activity's target groups (*målgrupp*) and responsible (*ansvarig*): `{"text": "Malin och Anders i samverkan med berörda.", "people": ["malin", "anders"]}`. A text naming people holds personal data; the `people` references say whose."""


_ObjectiveOptional = TypedDict("_ObjectiveOptional", {"means": "List[LocalizedText]", "indicators": "List[Indicator]", "extensions": "Extensions"}, total=False)


class Objective(_ObjectiveOptional):
    """One thing the parties work for together within an interest area ("Vi arbetar tillsammans för: …")."""
    id: ObjectiveId
    text: LocalizedText


_ObligationOptional = TypedDict("_ObligationOptional", {"time": "Optional[ActivityTime]", "status": "Optional[Status]", "follow_ups": "List[FollowUp]", "extensions": "Extensions"}, total=False)


class Obligation(_ObligationOptional):
    """What one party of a partnership undertakes (*åtagande*), followed up like an activity."""
    code: ActivityCode
    party: PartyId
    text: LocalizedText


_PartnershipOptional = TypedDict("_PartnershipOptional", {"plan": "Optional[PlanId]", "parties": "List[PartyId]", "period": "Optional[Period]", "decisions": "List[Decision]", "description": "Optional[LocalizedText]", "sections": "List[Section]", "budget": "List[BudgetLine]", "obligations": "List[Obligation]", "extensions": "Extensions"}, total=False)


class Partnership(_PartnershipOptional):
    """A partnership under the agreement (IOP and similar), with its own parties, period, decisions, money and obligations."""
    id: PartnershipId
    kind: PartnershipKind
    title: LocalizedText


_PartyOptional = TypedDict("_PartyOptional", {"short_name": "Optional[LocalizedText]", "org_number": "Optional[str]", "participation": "Participation", "part_of": "Optional[PartyId]", "represented_by": "Optional[PartyId]", "former_names": "List[FormerName]", "description": "Optional[LocalizedText]", "website": "Optional[str]", "email": "Optional[str]", "period": "Optional[Period]", "member_counts": "List[Count]", "extensions": "Extensions"}, total=False)


class Party(_PartyOptional):
    """An organisation taking part (*part*), on one side of the agreement, or named in it."""
    id: PartyId
    name: LocalizedText
    side: Side
    kind: PartyKind


_PeriodOptional = TypedDict("_PeriodOptional", {"start": "Optional[ApproximateDate]", "end": "Optional[ApproximateDate]", "text": "Optional[LocalizedText]"}, total=False)


class Period(_PeriodOptional):
    """A period of time (*period, giltighetstid*): its start and end, each a day or known only roughly ("hösten 2017"), each possibly open."""


_PersonOptional = TypedDict("_PersonOptional", {"party": "Optional[PartyId]", "employer": "Optional[Mention]", "roles": "List[Role]", "email": "Optional[str]", "phone": "Optional[str]", "extensions": "Extensions"}, total=False)


class Person(_PersonOptional):
    """A person named in the documents (*processledare, kontaktperson*). Personal data."""
    id: PersonId
    name: PersonalName


_PlanOptional = TypedDict("_PlanOptional", {"owner": "PlanOwner", "status": "Optional[PlanStatus]", "parent": "Optional[PlanId]", "replaces": "Optional[PlanId]", "decisions": "List[Decision]", "action_plan_rhythm": "Optional[Rhythm]", "introduction": "List[LocalizedText]", "purpose": "Optional[Section]", "scope": "Optional[Section]", "learning": "Optional[Learning]", "conditions": "Optional[Section]", "challenges": "List[ChallengeId]", "interest_areas": "List[InterestAreaId]", "follow_up": "Optional[FollowUpArrangement]", "sections": "List[Section]", "activities": "List[Activity]", "budget": "List[BudgetLine]", "extensions": "Extensions"}, total=False)


class Plan(_PlanOptional):
    """A plan above the yearly action plans (*plan*), with a validity period."""
    id: PlanId
    kind: PlanKind
    title: LocalizedText
    period: Period


_PrincipleOptional = TypedDict("_PrincipleOptional", {"description": "Optional[LocalizedText]", "derived_from": "List[PrincipleId]", "extensions": "Extensions"}, total=False)


class Principle(_PrincipleOptional):
    """A shared value of the agreement (*princip*): Borås has the six national ones, others have five to eight of their own."""
    id: PrincipleId
    name: LocalizedText


_PriorityOptional = TypedDict("_PriorityOptional", {"interest_areas": "List[InterestAreaId]", "extensions": "Extensions"}, total=False)


class Priority(_PriorityOptional):
    """A theme prioritised in an action plan (*prioriterat område/tema*)."""
    id: PriorityId
    text: LocalizedText


_RhythmOptional = TypedDict("_RhythmOptional", {"text": "Optional[LocalizedText]"}, total=False)


class Rhythm(_RhythmOptional):
    """How often something recurs: "ses över vart tredje år" is `{"every": 3, "unit": "year"}`."""
    every: int
    unit: RhythmUnit


_RoleOptional = TypedDict("_RoleOptional", {"holder": "Optional[PersonId]", "vacant": "bool", "body": "Optional[BodyId]", "party": "Optional[PartyId]", "period": "Optional[Period]", "extensions": "Extensions"}, total=False)


class Role(_RoleOptional):
    """A role, perhaps in a body or for a party, perhaps for a period: held by a person (in the person's `roles`, or a body's with `holder`), by someone unnamed, or vacant."""
    title: LocalizedText


_SeatsOptional = TypedDict("_SeatsOptional", {"side": "Optional[Side]", "party": "Optional[PartyId]", "text": "Optional[LocalizedText]"}, total=False)


class Seats(_SeatsOptional):
    """Seats in a body for one side or party: "4 + 4" is two entries of four."""
    count: int


_SectionOptional = TypedDict("_SectionOptional", {"title": "Optional[LocalizedText]", "text": "List[LocalizedText]", "items": "List[Item]", "after": "List[LocalizedText]", "extensions": "Extensions"}, total=False)


class Section(_SectionOptional):
    """A heading with prose, an optional list and prose after it: the text of the source kept in its shape."""


_SourceOptional = TypedDict("_SourceOptional", {"title": "Optional[LocalizedText]", "locator": "Optional[str]", "url": "Optional[str]", "quote": "Optional[LocalizedText]"}, total=False)


class Source(_SourceOptional):
    """Where something is said (*källa*): a document, a page, a minute."""


_StrategyOptional = TypedDict("_StrategyOptional", {"extensions": "Extensions"}, total=False)


class Strategy(_StrategyOptional):
    """A strategy for reaching a goal (*strategi*), with an id activities can refer to."""
    id: StrategyId
    text: LocalizedText


_TermsOptional = TypedDict("_TermsOptional", {"principles": "Optional[LocalizedText]", "challenges": "Optional[LocalizedText]", "interest_areas": "Optional[LocalizedText]", "goals": "Optional[LocalizedText]", "objectives": "Optional[LocalizedText]", "action_plans": "Optional[LocalizedText]", "activities": "Optional[LocalizedText]"}, total=False)


class Terms(_TermsOptional):
    """The document's own words for its parts, where they differ from the model's: some call their principles *värdeord* or *grundprinciper*, their interest areas *utvecklingsområden*."""


_TimeWindowOptional = TypedDict("_TimeWindowOptional", {"start": "Optional[str]", "end": "Optional[str]", "parts": "List[DateRange]", "recurrence": "Optional[Recurrence]", "frequency": "Optional[Frequency]", "uncertain": "bool", "years": "List[int]", "weekday_mismatch": "bool", "event": "Optional[str]"}, total=False)


class TimeWindow(_TimeWindowOptional):
    """What was understood of a time text: a window with optional bounds, never a replacement for the text."""
    precision: Precision


_AgreementOptional = TypedDict("_AgreementOptional", {"$schema": "Optional[str]", "former_names": "List[FormerName]", "terms": "Optional[Terms]", "as_of": "Optional[str]", "decisions": "List[Decision]", "versions": "List[AgreementVersion]", "validity": "Optional[Period]", "revision": "Optional[Rhythm]", "managing_body": "Optional[BodyId]", "introduction": "List[LocalizedText]", "vision": "Optional[LocalizedText]", "goals": "List[Goal]", "principles": "List[Principle]", "parties": "List[Party]", "people": "List[Person]", "bodies": "List[Body]", "challenges": "List[Challenge]", "interest_areas": "List[InterestArea]", "plans": "List[Plan]", "action_plans": "List[ActionPlan]", "partnerships": "List[Partnership]", "evaluations": "List[Evaluation]", "sections": "List[Section]", "extensions": "Extensions"}, total=False)


class Agreement(_AgreementOptional):
    """Överenskommelse (local agreement between a kommun and civil society)"""
    schema_version: Literal["2.0"]
    id: AgreementId
    jurisdiction: Jurisdiction
    title: LocalizedText


#: Id of an action plan (handlingsplan), unique within the document.
ActionPlanId = str


#: What kind of yearly plan an action plan is.
ActionPlanKind = Literal["action_plan", "assignment_plan", "action_and_assignment_plan"]


#: Code of an activity, unique within its action plan (the letters A, B, … of the VAD column).
ActivityCode = str


#: Id of the agreement, unique within the document.
AgreementId = str


#: Date, exact or approximate (datum)
ApproximateDate = Union[str, ApproximateDateObject]


#: A traffic-light judgement in a follow-up.
Assessment = Literal["green", "yellow", "red"]


#: Id of a body (samråd, stormöte, nätverk, råd), unique within the document.
BodyId = str


#: What kind of body or forum it is.
BodyKind = Literal["joint_council", "general_meeting", "network", "council", "working_group", "forum", "other"]


#: Id of a challenge (utmaning), unique within the document.
ChallengeId = str


#: What a decision did.
DecisionKind = Literal["proposed", "adopted", "signed", "revised", "extended", "ended", "other"]


#: Id of an evaluation (utvärdering), unique within the document.
EvaluationId = str


#: What kind of evaluation it is.
EvaluationKind = Literal["survey", "external_evaluation", "internal_review", "other"]


#: Extensions (egna fält)
Extensions = Dict[str, Any]


#: The unit a [`Frequency`] counts in.
FrequencyUnit = Literal["day", "week", "month", "quarter", "tertial", "term", "half_year", "year"]


#: Id of a goal (mål), unique within the document.
GoalId = str


#: Id of an indicator, unique within the document.
IndicatorId = str


#: Id of an interest area (intresseområde), unique within the document.
InterestAreaId = str


#: Whether the agreement is a kommun's or a region's.
JurisdictionKind = Literal["kommun", "region"]


#: Localized text (lokaliserad text)
LocalizedText = Union[str, Dict[str, str]]


#: A day of the year without a year, ISO 8601 `--MM-DD`.
MonthDay = str


#: Id of an objective, unique within the document.
ObjectiveId = str


#: How a party takes part in the agreement.
Participation = Literal["signatory", "represented", "member", "mentioned"]


#: Id of a partnership (IOP), unique within the document.
PartnershipId = str


#: What kind of partnership it is.
PartnershipKind = Literal["iop", "grant", "letter_of_intent", "other"]


#: Id of a party (part), unique within the document.
PartyId = str


#: What kind of organisation a party is.
PartyKind = Literal["kommun", "region", "state_agency", "committee", "administration", "municipal_company", "collective", "umbrella_organisation", "non_profit_organisation", "association", "study_association", "faith_community", "foundation", "social_enterprise", "other"]


#: Id of a person, unique within the document.
PersonId = str


#: A person's name: personal data (personuppgift, GDPR), removed when a document is published without personal data.
PersonalName = str


#: Id of a plan, unique within the document.
PlanId = str


#: What layer of the plans a plan is.
PlanKind = Literal["programme", "long_term", "development", "other"]


#: Whose plan it is.
PlanOwner = Literal["joint", "public_side", "civil_society"]


#: Where a plan stands.
PlanStatus = Literal["proposal", "consultation", "adopted", "superseded"]


#: How finely a window's bounds were given in the text.
Precision = Literal["day", "week", "month", "season", "term", "tertial", "quarter", "year"]


#: Id of a principle (princip), unique within the document.
PrincipleId = str


#: Id of a priority (prioriterat område), unique within the document.
PriorityId = str


#: A repeating pattern: the activity goes on over the whole window rather than happening once.
Recurrence = Literal["continuous", "daily", "weekly", "monthly", "yearly", "regular", "on_demand"]


#: The unit of a rhythm.
RhythmUnit = Literal["year", "month"]


#: Which side of the agreement a party is on.
Side = Literal["public", "civil_society"]


#: Where an activity stands. Codes are English; labels come from [`crate::i18n`].
Status = Literal["planned", "in_progress", "done", "postponed", "cancelled"]


#: Id of a strategy (strategi), unique within the document.
StrategyId = str


#: Id of a version of the agreement, unique within the document.
VersionId = str
