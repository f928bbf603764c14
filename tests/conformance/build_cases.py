#!/usr/bin/env python3
"""Builds the conformance cases under cases/ from base.json (and, for format 1.0, base-1.0.json).

    python3 tests/conformance/build_cases.py            # rewrite cases/
    python3 tests/conformance/build_cases.py --compare  # also run `ovk` on each case and show differences

Standard library only. Its output (cases/) is what is checked in and what the runners in Rust,
Python and Kotlin read; this script is only a convenient way to write and review the cases.
Every expected finding below was derived from the rule (docs/rules.md) and the JSON Pointer of
the culprit, not copied from the library's output.
"""

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
BASE = json.loads((HERE / "base.json").read_text(encoding="utf-8"))
# The same document as it was written in format 1.0, before the migration to 2.0.
BASE_1 = json.loads((HERE / "base-1.0.json").read_text(encoding="utf-8"))
assert BASE["schema_version"] == "2.0" and BASE_1["schema_version"] == "1.0"

SEVERITY = {
    "OVK-QUAL-001": "warning",
    "OVK-QUAL-002": "warning",
    "OVK-QUAL-003": "warning",
    "OVK-QUAL-004": "info",
    "OVK-QUAL-005": "warning",
    "OVK-QUAL-006": "warning",
    "OVK-QUAL-008": "warning",
    "OVK-QUAL-009": "warning",
    "OVK-VER-002": "warning",
    "OVK-DATE-012": "warning",
    "OVK-DATE-013": "warning",
    "OVK-DATE-006": "warning",
    "OVK-DATE-007": "warning",
    "OVK-DATE-009": "warning",
    "OVK-DATE-011": "warning",
    "OVK-CODE-007": "warning",
    "OVK-REF-004": "warning",
    "OVK-REF-005": "warning",
    "OVK-STAT-003": "warning",
}  # every other code is an error

AP = "/action_plans/0"
A = AP + "/activities/0"
B = AP + "/activities/1"
C = AP + "/activities/2"


def text(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BASE_TEXT = text(BASE)


# --- JSON Pointer helpers -------------------------------------------------------------------

def _tokens(pointer):
    if pointer == "":
        return []
    assert pointer.startswith("/"), pointer
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _parent(doc, pointer):
    tokens = _tokens(pointer)
    node = doc
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    last = tokens[-1]
    return node, (int(last) if isinstance(node, list) else last)


def put(pointer, value):
    def op(doc):
        node, key = _parent(doc, pointer)
        node[key] = copy.deepcopy(value)
    return op


def drop(pointer):
    def op(doc):
        node, key = _parent(doc, pointer)
        del node[key]
    return op


def append(pointer, value):
    def op(doc):
        node, key = _parent(doc, pointer)
        node[key].append(copy.deepcopy(value))
    return op


def changed(*ops):
    doc = copy.deepcopy(BASE)
    for op in ops:
        op(doc)
    return doc


def changed_1(*ops):
    """Like `changed`, from the 1.0 base: the pointers are those of the document as written in 1.0."""
    doc = copy.deepcopy(BASE_1)
    for op in ops:
        op(doc)
    return doc


def nested_arrays(levels):
    value = []
    for _ in range(levels - 1):
        value = [value]
    return value


def nested_objects(levels):
    value = {}
    for _ in range(levels - 1):
        value = {"niva": value}
    return value


def depth(value):
    """Levels of objects and arrays, counted as the depth limit counts them: `{}` and `[]` are one."""
    if isinstance(value, dict):
        return 1 + max(map(depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    return 0


# --- The cases ------------------------------------------------------------------------------

CASE_LIST = []


def case(name, description, findings, doc=None, raw=None, pending=None, near_miss=None, options=None):
    """One case: the document (`doc` as JSON, or `raw` bytes as written) and what it must give.

    `near_miss` lists the rules this document looks like it breaks but does not; `options` are
    the validation options a runner applies instead of the defaults (max_bytes, max_depth, as_of).
    """
    if raw is None:
        raw = text(doc)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    near_miss = sorted(near_miss or [])
    # A near-miss must not break the rule it is a near-miss of; catch a slip here, where it is written.
    assert not {x["code"] for x in findings} & set(near_miss), f"{name} expects a rule it is a near-miss of"
    assert set(options or {}) <= {"max_bytes", "max_depth", "max_problems", "as_of"}, f"{name} has an unknown option"
    CASE_LIST.append((name, description, findings, raw, pending, near_miss, options))


def f(code, path):
    return {"code": code, "severity": SEVERITY.get(code, "error"), "path": path}


# Reading: syntax, empty, depth.
case("syntax-missing-comma", "A missing comma between two members is a syntax error reported for the whole document.",
     [f("OVK-SYN-001", "")],
     raw=BASE_TEXT.replace('"schema_version": "2.0",', '"schema_version": "2.0"', 1))
case("syntax-truncated", "A document cut off in the middle is a syntax error reported for the whole document.",
     [f("OVK-SYN-001", "")], raw=BASE_TEXT[: len(BASE_TEXT) // 2])
case("syntax-trailing-comma", "A comma before the closing brace is not JSON.",
     [f("OVK-SYN-001", "")], raw=BASE_TEXT.rstrip().rstrip("}") + ",\n}\n")
case("syntax-single-quotes", "Strings in single quotes are not JSON.",
     [f("OVK-SYN-001", "")], raw=BASE_TEXT.replace('"schema_version": "2.0"', "'schema_version': '2.0'", 1))
case("syntax-near-miss-compact-with-escapes", "The base document on one line with every non-ASCII letter written as a \\u escape is valid.",
     [], raw=json.dumps(BASE, ensure_ascii=True, separators=(",", ":")),
     near_miss=["OVK-SYN-001"])
case("empty-file", "A file with no bytes is an empty document.", [f("OVK-SYN-002", "")], raw=b"")
case("empty-whitespace-only", "A file holding only spaces, tabs and line breaks is an empty document.",
     [f("OVK-SYN-002", "")], raw=b" \n\t\r\n   \n")
case("empty-near-miss-whitespace-around-document", "White space before and after a valid document is allowed.",
     [], raw="\n\n   " + BASE_TEXT + "\n\t\n",
     near_miss=["OVK-SYN-002"])
case("too-deep-arrays-in-root-extensions", "Arrays nested so that the document is 65 levels deep, inside the root's extensions, exceed the limit of 64.",
     [f("OVK-SYN-004", "")], doc=changed(put("/extensions", {"djup": nested_arrays(63)})))
case("too-deep-objects-in-activity-extensions", "Objects nested past 64 levels inside an activity's extensions exceed the depth limit.",
     [f("OVK-SYN-004", "")], doc=changed(put(A + "/extensions", {"djup": nested_objects(60)})))
case("too-deep-near-miss-exactly-64-levels", "A document exactly 64 levels deep (root object, extensions and 62 arrays) is within the limit.",
     [], doc=changed(put("/extensions", {"djup": nested_arrays(62)})),
     near_miss=["OVK-SYN-004"])
case("too-deep-near-miss-brackets-in-string", "Brackets inside a string do not count as nesting.",
     [], doc=changed(put("/extensions", {"anteckning": "[" * 100 + "{" * 100})),
     near_miss=["OVK-SYN-004"])

# Structure: the root.
case("root-is-array", "A JSON array is not a document.", [f("OVK-STR-001", "")], raw="[]\n")
case("root-is-string", "A JSON string is not a document.", [f("OVK-STR-001", "")], raw='"text"\n')
case("root-is-number", "A JSON number is not a document.", [f("OVK-STR-001", "")], raw="42\n")
case("root-is-null", "JSON null is not a document.", [f("OVK-STR-001", "")], raw="null\n")
case("root-is-positional-array", "An array holding the document's 23 fields in declaration order is still not an object.",
     [f("OVK-STR-001", "")],
     raw=json.dumps([None, "2.0", "boras", BASE["jurisdiction"], "Överenskommelsen i Borås", None, None, None, None,
                     None, [], None, [], [], [], [], [], [], [], [], [], [], {}], ensure_ascii=False) + "\n")
case("root-empty-object", "An empty object lacks each of the four required root fields, and each is reported.",
     [f("OVK-STR-003", "/schema_version"), f("OVK-STR-003", "/id"), f("OVK-STR-003", "/jurisdiction"),
      f("OVK-STR-003", "/title")], raw="{}\n")
case("root-near-miss-minimal-document", "A document with only the four required root fields is valid.",
     [], doc={k: BASE[k] for k in ("schema_version", "id", "jurisdiction", "title")},
     near_miss=["OVK-STR-001", "OVK-STR-003"])

# Structure: unknown fields.
case("unknown-field-at-root", "A misspelt root field (titel) is an unknown field.",
     [f("OVK-STR-002", "/titel")], doc=changed(put("/titel", "Överenskommelsen")))
case("unknown-field-in-activity", "An unknown field in an activity is reported at its own path.",
     [f("OVK-STR-002", B + "/ansvarig")], doc=changed(put(B + "/ansvarig", "Samrådet")))
case("unknown-field-in-follow-up", "An unknown field deep in a follow-up is reported at its own path.",
     [f("OVK-STR-002", A + "/follow_ups/0/kommentar")],
     doc=changed(put(A + "/follow_ups/0/kommentar", "Sidan är publicerad.")))
case("unknown-field-in-period", "An unknown field in a plan's period is reported.",
     [f("OVK-STR-002", "/plans/0/period/slut")], doc=changed(put("/plans/0/period/slut", "2022-12-31")))
case("unknown-field-near-miss-inside-extensions", "Any field inside extensions, at the root or on an activity, is allowed.",
     [], doc=changed(put("/extensions", {"diarienummer": "KS 2018-00123"}),
                     put(A + "/extensions", {"ansvarig_forvaltning": "Stadsledningskansliet", "titel": 3})),
     near_miss=["OVK-STR-002"])
case("unknown-field-near-miss-schema-link", "The $schema field is part of the model.",
     [], doc={"$schema": "../../../../schemas/agreement.schema.json", **BASE},
     near_miss=["OVK-STR-002"])

# Structure: missing fields.
case("missing-activity-code", "An activity without its code is reported and left out.",
     [f("OVK-STR-003", B + "/code")], doc=changed(drop(B + "/code")))
case("missing-party-side-references-not-reported", "A party without side is left out, and the many references to it are not reported again.",
     [f("OVK-STR-003", "/parties/1/side")], doc=changed(drop("/parties/1/side")),
     near_miss=["OVK-REF-001"])
case("missing-root-title", "A document without a title is reported.",
     [f("OVK-STR-003", "/title")], doc=changed(drop("/title")))
case("missing-swedish-in-text-object", "A text object without sv is missing its required Swedish text; the principle is left out and references to it are not reported.",
     [f("OVK-STR-003", "/principles/0/name/sv")], doc=changed(put("/principles/0/name", {"en": "Dialogue"})),
     near_miss=["OVK-REF-001"])

# Structure: wrong types.
case("wrong-type-required-name", "A number as a principle's name is a wrong type; the principle is left out and the reference to it is not reported.",
     [f("OVK-STR-004", "/principles/1/name")], doc=changed(put("/principles/1/name", 42)),
     near_miss=["OVK-REF-001"])
case("wrong-type-deep-follow-up-date", "A number as a follow-up's date is a wrong type, not an invalid date.",
     [f("OVK-STR-004", A + "/follow_ups/0/date")], doc=changed(put(A + "/follow_ups/0/date", 20180301)),
     near_miss=["OVK-DATE-001"])
case("wrong-type-optional-note", "A number as a follow-up's note is a wrong type; the follow-up itself is kept.",
     [f("OVK-STR-004", A + "/follow_ups/0/note")], doc=changed(put(A + "/follow_ups/0/note", 42)))
case("wrong-type-translation", "A number as a translation inside a text object is a wrong type at that language's path.",
     [f("OVK-STR-004", "/principles/0/name/en")], doc=changed(put("/principles/0/name", {"sv": "Dialog", "en": 5})))
case("wrong-type-string-for-list", "A single string where a list of objective ids is expected is a wrong type.",
     [f("OVK-STR-004", A + "/objectives")], doc=changed(put(A + "/objectives", "borasarnas-rost-1")))
case("wrong-type-array-for-follow-up", "A follow-up written as an array of its values instead of an object is a wrong type.",
     [f("OVK-STR-004", A + "/follow_ups/1")], doc=changed(put(A + "/follow_ups/1", ["2018-11-28", "done"])))
case("wrong-type-amount-as-string", "A budget amount written as a string is a wrong type.",
     [f("OVK-STR-004", AP + "/budget/0/amount")], doc=changed(put(AP + "/budget/0/amount", "50000")))
case("wrong-type-schema-version-number", "A schema version written as a number is a wrong type, reported once and not also as missing or unsupported.",
     [f("OVK-STR-004", "/schema_version")], doc=changed(put("/schema_version", 2.0)),
     near_miss=["OVK-STR-003", "OVK-VER-001"])

# Structure: invalid values.
case("invalid-value-activity-status", "An activity status outside the allowed set (klar) is an invalid value.",
     [f("OVK-STR-005", A + "/status")], doc=changed(put(A + "/status", "klar")))
case("invalid-value-party-kind", "An unknown kind of party is an invalid value; the party is left out and references to it are not reported.",
     [f("OVK-STR-005", "/parties/1/kind")], doc=changed(put("/parties/1/kind", "forening")),
     near_miss=["OVK-REF-001"])
case("invalid-value-follow-up-status", "A follow-up status outside the allowed set is an invalid value.",
     [f("OVK-STR-005", A + "/follow_ups/1/status")], doc=changed(put(A + "/follow_ups/1/status", "avslutad")))
case("invalid-value-day-of-year", "A meeting's day of the year that does not exist (--02-30) is an invalid value.",
     [f("OVK-STR-005", "/bodies/1/meetings/0/date/day_of_year")],
     doc=changed(put("/bodies/1/meetings/0/date", {"day_of_year": "--02-30"})))
case("invalid-value-near-miss-allowed-values", "A third party of kind study_association, a postponed status, an assessment and 29 February as a day of the year are all allowed.",
     [], doc=changed(
         append("/parties", {"id": "studieforbunden", "name": "Studieförbunden", "side": "civil_society",
                             "kind": "study_association", "part_of": "det-ideburna"}),
         put(B + "/status", "postponed"),
         put(A + "/follow_ups/0/assessment", "yellow"),
         put("/bodies/1/meetings/0/date", {"day_of_year": "--02-29"})),
     near_miss=["OVK-STR-005"])

# Version.
case("schema-version-unsupported", "A document of schema version 3.0 is not read by this version of the library.",
     [f("OVK-VER-001", "/schema_version")], doc=changed(put("/schema_version", "3.0")))

# Format 1.0: read through the migration to 2.0, with a warning to migrate, and every other finding
# at its pointer in the document as written in 1.0 (not where the migration moved the value).
case("version-1-document", "The base document written in format 1.0 is read through the migration and only warned about its format.",
     [f("OVK-VER-002", "/schema_version")], doc=BASE_1)
case("version-1-invalid-plan-adoption-date", "A 1.0 plan adopted on 31 November has an invalid date, reported at its adopted as written, not at the decision it migrates to.",
     [f("OVK-DATE-001", "/plans/0/adopted"), f("OVK-VER-002", "/schema_version")],
     doc=changed_1(put("/plans/0/adopted", "2017-11-31")))
case("version-1-unresolved-budget-funder", "A 1.0 budget line funded by a party that does not exist is an unresolved reference at its funder as written, not at the mention it migrates to.",
     [f("OVK-REF-001", AP + "/budget/0/funder"), f("OVK-VER-002", "/schema_version")],
     doc=changed_1(put(AP + "/budget/0/funder", "foreningarna")))
case("version-1-ended-on-an-invalid-date", "A 1.0 agreement ended on 31 June has an invalid date, reported at the date of its ended as written, not at the decision it migrates to.",
     [f("OVK-DATE-001", "/ended/date"), f("OVK-VER-002", "/schema_version")],
     doc=changed_1(put("/ended", {"date": "2019-06-31", "reason": "Ersätts av en ny överenskommelse."})))
case("version-1-ended-as-a-year", "A 1.0 agreement whose ended is a bare year instead of an object has a wrong type, reported at ended as written.",
     [f("OVK-STR-004", "/ended"), f("OVK-VER-002", "/schema_version")],
     doc=changed_1(put("/ended", 2019)))
case("version-1-version-as-a-string", "A 1.0 agreement whose version is only its number as a string instead of an object has a wrong type, reported at version as written.",
     [f("OVK-STR-004", "/version"), f("OVK-VER-002", "/schema_version")],
     doc=changed_1(put("/version", "2")))
case("version-1-near-miss-same-document-in-2.0", "The same document in format 2.0 is not warned about its format.",
     [], doc=BASE, near_miss=["OVK-VER-002"])
case("version-1-near-miss-old-field-in-2.0", "A 2.0 document with a field only 1.0 had (a plan's adopted) is not read as 1.0: the field is unknown and the format is not warned about.",
     [f("OVK-STR-002", "/plans/0/adopted")], doc=changed(put("/plans/0/adopted", "2017-11-30")),
     near_miss=["OVK-VER-002"])

# Identity.
case("duplicate-id-across-kinds", "A body with the same id as a principle is a duplicate id, reported at the second one.",
     [f("OVK-ID-001", "/bodies/2/id")],
     doc=changed(append("/bodies", {"id": "dialog", "name": "Dialogforum", "kind": "forum"})))
case("duplicate-id-same-kind", "Two challenges with the same id are a duplicate id, reported at the second one.",
     [f("OVK-ID-001", "/challenges/1/id")],
     doc=changed(append("/challenges", {"id": "demokrati", "name": "demokrati och delaktighet"})))
case("duplicate-id-near-miss-shared-prefix", "Ids that only share a prefix (demokrati, demokrati-1) are distinct.",
     [], doc=changed(append("/challenges", {"id": "demokrati-1", "name": "delaktighet"}),
                     append("/interest_areas/0/challenges", "demokrati-1")),
     near_miss=["OVK-ID-001"])
case("duplicate-activity-code", "Two activities of one action plan with the same code are reported at the second.",
     [f("OVK-ID-002", C + "/code")], doc=changed(put(C + "/code", "B")))
SECOND_ACTION_PLAN = {
    "id": "handlingsplan-2019",
    "kind": "action_plan",
    "title": "Gemensam handlingsplan 2019",
    "plan": "plan-2018-2022",
    "period": {"start": "2019-01-01", "end": "2019-12-31"},
    "activities": [{
        "code": "A",
        "title": "Gemensam hemsida, fortsatt arbete",
        "target_groups": [{"text": "Idéburna och kommunala personer", "parties": ["det-ideburna", "boras-stad"]}],
        "responsible": [{"text": "Samrådet", "bodies": ["samradet"]}],
        "time": {"text": "Under 2019"},
        "objectives": ["borasarnas-rost-1"],
    }],
}
case("duplicate-activity-code-near-miss-two-action-plans", "The same activity code in two different action plans is allowed.",
     [], doc=changed(append("/action_plans", SECOND_ACTION_PLAN)),
     near_miss=["OVK-ID-002"])
case("invalid-id-with-space", "An id with spaces is invalid even when the reference to it matches it exactly.",
     [f("OVK-ID-003", "/principles/0/id")],
     doc=changed(put("/principles/0/id", "dialog och samtal"), put(B + "/principles/0", "dialog och samtal")))
case("invalid-id-swedish-letter", "An id with å is invalid even when every reference to it matches it exactly.",
     [f("OVK-ID-003", "/bodies/0/id")], raw=BASE_TEXT.replace('"samradet"', '"samrådet"'))
case("invalid-id-leading-hyphen", "An id that starts with a hyphen is invalid.",
     [f("OVK-ID-003", "/challenges/0/id")],
     doc=changed(put("/challenges/0/id", "-demokrati"), put("/interest_areas/0/challenges/0", "-demokrati")))
case("invalid-activity-code", "An activity code with a space is invalid.",
     [f("OVK-ID-003", A + "/code")], doc=changed(put(A + "/code", "A 1")))
case("invalid-id-near-miss-digits-dot-underscore", "Ids with hyphens, digits, dots and underscores, and an activity code with a digit, are valid.",
     [], doc=changed(put("/principles/0/id", "princip-2-dialog"), put(B + "/principles/0", "princip-2-dialog"),
                     put("/plans/0/id", "plan_2018.2022"), put(AP + "/plan", "plan_2018.2022"),
                     put(A + "/code", "A1")),
     near_miss=["OVK-ID-003"])

# References.
case("unresolved-objective", "An activity working toward an objective that does not exist is an unresolved reference.",
     [f("OVK-REF-001", A + "/objectives/0")], doc=changed(put(A + "/objectives/0", "borasarnas-rost-3")))
case("unresolved-plan-of-action-plan", "An action plan naming a plan that does not exist is an unresolved reference, and no period comparison is made.",
     [f("OVK-REF-001", AP + "/plan")], doc=changed(put(AP + "/plan", "plan-2019-2022")))
case("unresolved-follow-up-body", "A follow-up reported at a body that does not exist is an unresolved reference.",
     [f("OVK-REF-001", A + "/follow_ups/1/body")], doc=changed(put(A + "/follow_ups/1/body", "stormote")))
case("wrong-kind-body-as-person", "A body's id among a mention's people is a reference to the wrong kind.",
     [f("OVK-REF-002", B + "/responsible/0/people/0")],
     doc=changed(put(B + "/responsible/0", {"text": "Samtliga aktörer i samrådet", "people": ["samradet"]})))
case("wrong-kind-challenge-as-principle", "A challenge's id among an activity's principles is a reference to the wrong kind.",
     [f("OVK-REF-002", B + "/principles/0")], doc=changed(put(B + "/principles/0", "demokrati")))
case("wrong-kind-action-plan-as-plan", "An action plan naming itself as its plan refers to the wrong kind of entity.",
     [f("OVK-REF-002", AP + "/plan")], doc=changed(put(AP + "/plan", "handlingsplan-2018")))
case("references-near-miss-part-of-and-roles", "A party that is part of another party and a role held in a body for a party resolve to the right kinds.",
     [], doc=changed(
         append("/parties", {"id": "studieforbunden", "name": "Studieförbunden", "side": "civil_society",
                             "kind": "study_association", "part_of": "det-ideburna"}),
         put("/people/1/roles", [{"title": "ordförande", "body": "stormotet", "party": "studieforbunden"}]),
         append(C + "/responsible", {"text": "Studieförbunden", "parties": ["studieforbunden"]})),
     near_miss=["OVK-REF-001", "OVK-REF-002"])
case("replacement-cycle-versions", "Two versions of the agreement that each replace the other go round, reported once at the replaces of the first of them.",
     [f("OVK-REF-003", "/versions/0/replaces")],
     doc=changed(put("/versions", [
         {"id": "version-2013", "name": "2013", "replaces": "version-2018"},
         {"id": "version-2018", "name": "2018", "replaces": "version-2013",
          "changes": "Principerna Dialog och Öppenhet och insyn lyfts fram."}])))
case("replacement-cycle-plan-replaces-itself", "A plan that replaces itself is a chain of replacements that goes round.",
     [f("OVK-REF-003", "/plans/0/replaces")], doc=changed(put("/plans/0/replaces", "plan-2018-2022")))
case("replacement-near-miss-chains-from-the-oldest", "A version replacing the one before and a joint council replacing an earlier reference group are chains that end.",
     [], doc=changed(
         put("/versions", [{"id": "version-2013", "name": "2013"},
                           {"id": "version-2018", "name": "2018", "replaces": "version-2013"}]),
         append("/bodies", {"id": "referensgruppen", "name": "Referensgruppen för Överenskommelsen",
                            "kind": "working_group", "period": {"start": "2013-06-01", "end": "2016-12-31"}}),
         put("/bodies/0/replaces", "referensgruppen")),
     near_miss=["OVK-REF-003"])

# Partnerships (IOP): the obligations of each party.
KVINNOJOUREN = {"id": "kvinnojouren", "name": "Kvinnojouren i Borås", "side": "civil_society", "kind": "association"}
IOP = {
    "id": "iop-kvinnojouren",
    "kind": "iop",
    "title": "IOP om stöd till våldsutsatta kvinnor",
    "plan": "plan-2018-2022",
    "parties": ["boras-stad", "kvinnojouren"],
    "period": {"start": "2018-01-01", "end": "2020-12-31"},
    "decisions": [{"kind": "adopted", "date": "2017-11-23", "by": [{"text": "Sociala omsorgsnämnden"}]}],
    "budget": [{"year": 2018, "amount": 400000, "funder": {"parties": ["boras-stad"]},
                "recipient": {"parties": ["kvinnojouren"]}, "decided": True}],
    "obligations": [
        {"code": "S1", "party": "boras-stad", "text": "Staden bidrar med lokaler och 400 000 kronor om året."},
        {"code": "K1", "party": "kvinnojouren", "text": "Kvinnojouren håller stödtelefonen öppen alla dagar i veckan."},
    ],
}
SPREAD_THE_WORD = {"code": "D1", "party": "det-ideburna", "text": "Det idéburna sprider information om stödet till sina föreningar."}
case("obligation-of-a-non-party", "An IOP obligation of a party of the agreement that is not a party to the partnership is reported at the obligation's party.",
     [f("OVK-REF-004", "/partnerships/0/obligations/2/party")],
     doc=changed(append("/parties", KVINNOJOUREN), put("/partnerships", [IOP]),
                 append("/partnerships/0/obligations", SPREAD_THE_WORD)))
case("obligation-near-miss-every-party-listed", "An IOP whose obligations are each undertaken by one of its three parties is in order.",
     [], doc=changed(append("/parties", KVINNOJOUREN), put("/partnerships", [IOP]),
                     append("/partnerships/0/obligations", SPREAD_THE_WORD),
                     append("/partnerships/0/parties", "det-ideburna")),
     near_miss=["OVK-REF-004"])
case("obligation-near-miss-parties-not-listed", "An IOP that does not list its parties gives nothing to check its obligations against.",
     [], doc=changed(append("/parties", KVINNOJOUREN), put("/partnerships", [IOP]),
                     append("/partnerships/0/obligations", SPREAD_THE_WORD), drop("/partnerships/0/parties")),
     near_miss=["OVK-REF-004"])

# How a party takes part: through an umbrella organisation, as its member, or on its own.
case("participation-represented-without-umbrella", "A party taking part through an umbrella organisation that does not say which is reported at its participation.",
     [f("OVK-REF-005", "/parties/2/participation")],
     doc=changed(append("/parties", {"id": "idrottsforeningarna", "name": "Idrottsföreningarna i Borås",
                                     "side": "civil_society", "kind": "association", "participation": "represented"})))
case("participation-member-without-umbrella", "A party that is a member without saying of which umbrella organisation is reported at its participation.",
     [f("OVK-REF-005", "/parties/2/participation")],
     doc=changed(append("/parties", dict(KVINNOJOUREN, participation="member"))))
case("participation-signatory-with-represented-by", "A party that signed on its own but names an umbrella organisation representing it is reported at its represented_by.",
     [f("OVK-REF-005", "/parties/2/represented_by")],
     doc=changed(append("/parties", {"id": "vuxenskolan", "name": "Studieförbundet Vuxenskolan Borås",
                                     "side": "civil_society", "kind": "study_association",
                                     "represented_by": "det-ideburna"})))
case("participation-near-miss-through-the-umbrella", "A represented party with represented_by, a member with part_of and a party only mentioned are all in order.",
     [], doc=changed(
         append("/parties", {"id": "idrottsforeningarna", "name": "Idrottsföreningarna i Borås", "side": "civil_society",
                             "kind": "association", "participation": "represented", "represented_by": "det-ideburna"}),
         append("/parties", dict(KVINNOJOUREN, participation="member", part_of="det-ideburna")),
         append("/parties", {"id": "lansstyrelsen", "name": "Länsstyrelsen i Västra Götalands län", "side": "public",
                             "kind": "state_agency", "participation": "mentioned"})),
     near_miss=["OVK-REF-005"])

# Dates.
case("invalid-date-february-30", "A follow-up dated 30 February is an invalid date.",
     [f("OVK-DATE-001", A + "/follow_ups/0/date")], doc=changed(put(A + "/follow_ups/0/date", "2018-02-30")))
case("invalid-date-without-zero-padding", "A date written 2018-12-1 is not YYYY-MM-DD and is an invalid date.",
     [f("OVK-DATE-001", "/as_of")], doc=changed(put("/as_of", "2018-12-1")))
case("invalid-date-with-time-of-day", "A date with a time of day is not YYYY-MM-DD and is an invalid date.",
     [f("OVK-DATE-001", "/as_of")], doc=changed(put("/as_of", "2018-12-31T12:00:00")))
case("invalid-date-meeting-november-31", "A meeting dated 31 November is an invalid date.",
     [f("OVK-DATE-001", "/bodies/1/meetings/0/date")], doc=changed(put("/bodies/1/meetings/0/date", "2018-11-31")))
case("invalid-date-near-miss-leap-day", "29 February of a leap year is a valid date.",
     [], doc=changed(put("/bodies/1/meetings/0/date", "2020-02-29")),
     near_miss=["OVK-DATE-001"])
case("period-reversed-party", "A party's period that ends before it starts is reported at its end.",
     [f("OVK-DATE-002", "/parties/0/period/end")],
     doc=changed(put("/parties/0/period", {"start": "2019-01-01", "end": "2018-12-31"})))
case("period-reversed-role", "A role's period that ends before it starts is reported at its end.",
     [f("OVK-DATE-002", "/people/0/roles/0/period/end")],
     doc=changed(put("/people/0/roles/0/period", {"start": "2018-06-01", "end": "2018-05-31"})))
case("period-near-miss-one-day-and-open", "A period of a single day and a period without end are in order.",
     [], doc=changed(put("/parties/0/period", {"start": "2018-11-28", "end": "2018-11-28"}),
                     put("/people/0/roles/0/period", {"start": "2018-01-01"})),
     near_miss=["OVK-DATE-002"])
case("action-plan-outside-plan", "An action plan for 2018 under a plan for 2019-2022 lies outside its plan.",
     [f("OVK-DATE-003", AP + "/period")], doc=changed(put("/plans/0/period/start", "2019-01-01")))
case("action-plan-open-ended-under-closed-plan", "An action plan without an end does not lie within a plan that ends.",
     [f("OVK-DATE-003", AP + "/period")], doc=changed(drop(AP + "/period/end")))
case("action-plan-near-miss-same-period-as-plan", "An action plan with exactly its plan's period lies within it.",
     [], doc=changed(put("/plans/0/period", {"start": "2018-01-01", "end": "2018-12-31"})),
     near_miss=["OVK-DATE-003"])
case("action-plan-near-miss-no-plan", "An action plan that names no plan is not compared with any plan's period.",
     [], doc=changed(drop(AP + "/plan"), put("/plans/0/period/start", "2019-01-01")),
     near_miss=["OVK-DATE-003"])
case("follow-up-before-action-plan", "A follow-up dated before its action plan starts is reported.",
     [f("OVK-DATE-004", A + "/follow_ups/0/date")], doc=changed(put(A + "/follow_ups/0/date", "2017-12-15")))
case("follow-up-near-miss-after-action-plan-end", "A follow-up dated after the action plan has ended, and before as_of, is allowed.",
     [], doc=changed(put("/as_of", "2019-03-01"),
                     append(A + "/follow_ups", {"date": "2019-02-01", "status": "done", "note": "Redovisat i årsredovisningen."})),
     near_miss=["OVK-DATE-004"])
case("follow-up-near-miss-on-start-day", "A follow-up dated on the action plan's first day is allowed.",
     [], doc=changed(put(A + "/follow_ups/0/date", "2018-01-01")),
     near_miss=["OVK-DATE-004"])
case("follow-up-in-future", "A follow-up dated after the document's as_of is reported.",
     [f("OVK-DATE-005", A + "/follow_ups/1/date")], doc=changed(put(A + "/follow_ups/1/date", "2019-01-15")))
case("follow-up-near-miss-on-as-of", "A follow-up dated on the document's as_of day is allowed.",
     [], doc=changed(put(A + "/follow_ups/1/date", "2018-12-31")),
     near_miss=["OVK-DATE-005"])
case("follow-up-near-miss-no-as-of", "Without as_of (and without a date given by the caller) no follow-up is in the future.",
     [], doc=changed(drop("/as_of"), put(A + "/follow_ups/1/date", "2030-01-01")),
     near_miss=["OVK-DATE-005"])

# Dates known only roughly, and decisions. An approximate date is read from its words by the time
# parser, which reads no year into words that have none.
BY_KF = [{"text": "Kommunfullmäktige"}]
ANTOGS = "Överenskommelsen antogs av kommunfullmäktige."


def adopted(date, **more):
    """The agreement's adoption by the kommunfullmäktige, on `date`."""
    return dict({"kind": "adopted", "date": date, "by": BY_KF, "text": ANTOGS}, **more)


case("approximate-date-unreadable", "An adoption dated only i början av juni, with no year and no start, end or day of the year, cannot be read.",
     [f("OVK-DATE-006", "/decisions/0/date")], doc=changed(put("/decisions", [adopted({"text": "i början av juni"})])))
case("approximate-date-unreadable-in-a-period", "A party's period starting hösten, with no year, has a start that cannot be read, reported at the start.",
     [f("OVK-DATE-006", "/parties/1/period/start")],
     doc=changed(put("/parties/1/period", {"start": {"text": "hösten"}})))
case("approximate-date-near-miss-window-or-day-beside-words", "Words without a year beside an explicit window, or beside the day of the year, need not be read.",
     [], doc=changed(put("/decisions", [
         adopted({"text": "i början av juni", "start": "2013-06-01", "end": "2013-06-10"}),
         {"kind": "signed", "date": {"text": "12 oktober", "day_of_year": "--10-12"},
          "text": "Överenskommelsen undertecknades på stormötet."}])),
     near_miss=["OVK-DATE-006"])
case("approximate-date-near-miss-words-with-year", "Words the time parser reads (i början av juni 2013, hösten 2017) need nothing beside them.",
     [], doc=changed(put("/decisions", [adopted({"text": "i början av juni 2013"})]),
                     put("/parties/1/period", {"start": {"text": "hösten 2017"}})),
     near_miss=["OVK-DATE-006"])
case("approximate-date-text-disagrees", "An adoption in maj 2013 whose start and end say June 2013 disagrees with its words.",
     [f("OVK-DATE-007", "/decisions/0/date")],
     doc=changed(put("/decisions", [adopted({"text": "maj 2013", "start": "2013-06-01", "end": "2013-06-30"})])))
case("approximate-date-text-disagrees-start-only", "A start in August beside the words hösten 2017 (September to November) is outside them, though no end is given.",
     [f("OVK-DATE-007", "/parties/1/period/start")],
     doc=changed(put("/parties/1/period", {"start": {"text": "hösten 2017", "start": "2017-08-15"}})))
case("approximate-date-near-miss-same-or-narrower-window", "A window equal to what the words say (maj 2013) or narrower (October within hösten 2013) agrees with them.",
     [], doc=changed(put("/decisions", [
         adopted({"text": "maj 2013", "start": "2013-05-01", "end": "2013-05-31"}),
         {"kind": "signed", "date": {"text": "hösten 2013", "start": "2013-10-01", "end": "2013-10-31"},
          "text": "Överenskommelsen undertecknades på stormötet."}])),
     near_miss=["OVK-DATE-007"])
ADOPTED_BY_SAMRADET = {"kind": "adopted", "by": [{"text": "Samrådet", "bodies": ["samradet"]}],
                       "text": "Handlingsplanen antogs av samrådet."}
case("approximate-date-reversed", "An action plan adopted in december 2017 with its start and end swapped ends before it starts, reported at its end.",
     [f("OVK-DATE-008", AP + "/decisions/0/date/end")],
     doc=changed(put(AP + "/decisions", [dict(ADOPTED_BY_SAMRADET,
                                                  date={"text": "december 2017", "start": "2017-12-31", "end": "2017-12-01"})])))
case("approximate-date-near-miss-one-day", "A date whose start and end are the same day does not end before it starts.",
     [], doc=changed(put(AP + "/decisions", [dict(ADOPTED_BY_SAMRADET,
                                                      date={"text": "december 2017", "start": "2017-12-14", "end": "2017-12-14"})])),
     near_miss=["OVK-DATE-008"])
PROTOKOLL = [{"title": "Kommunfullmäktiges protokoll 2013-05-16", "locator": "§ 89"}]
WEBBPLATS = [{"title": "Borås Stads webbplats", "url": "https://www.boras.se/overenskommelsen"}]
case("conflicting-decision-dates", "Two adoptions of the agreement on different dates, neither saying where it comes from, are reported at the second one's date.",
     [f("OVK-DATE-009", "/decisions/1/date")],
     doc=changed(put("/decisions", [adopted("2013-05-16"), adopted({"text": "juni 2013"})])))
case("conflicting-decision-dates-one-source", "Two adoptions on different dates where only the first gives its source are still reported at the second.",
     [f("OVK-DATE-009", "/decisions/1/date")],
     doc=changed(put("/decisions", [adopted("2013-05-16", sources=PROTOKOLL), adopted({"text": "juni 2013"})])))
case("conflicting-decisions-near-miss-same-day-in-words", "Two adoptions on the same day, written 2013-05-16 and 16 maj 2013, give one date, not two.",
     [], doc=changed(put("/decisions", [adopted("2013-05-16"), adopted({"text": "16 maj 2013"})])),
     near_miss=["OVK-DATE-009"])
case("conflicting-decisions-near-miss-both-sourced", "Two adoptions on different dates that each give their source, and a signing on a third date, are in order.",
     [], doc=changed(put("/decisions", [
         adopted("2013-05-16", sources=PROTOKOLL), adopted({"text": "juni 2013"}, sources=WEBBPLATS),
         {"kind": "signed", "date": {"text": "hösten 2013"}, "text": "Överenskommelsen undertecknades på stormötet."}])),
     near_miss=["OVK-DATE-009"])

# An agreement that ends: on its `ended` decision's effective day, else on the day of the decision.
ENDED = {"kind": "ended", "by": BY_KF, "text": "Överenskommelsen sades upp."}


def ended(date=None, effective=None):
    """The agreement's end by the kommunfullmäktige: decided on `date`, in effect from `effective`."""
    decision = dict(ENDED)
    if date is not None:
        decision["date"] = date
    if effective is not None:
        decision["effective"] = effective
    return decision


case("ended-before-adopted", "An agreement adopted on 16 May 2013 and ended with effect from 31 December 2012 ends before it was adopted, reported at the end's effective day.",
     [f("OVK-DATE-010", "/decisions/1/effective")],
     doc=changed(put("/decisions", [adopted("2013-05-16"), ended("2012-10-01", "2012-12-31")])))
case("ended-before-validity-in-words", "An agreement valid from 1 January 2014 and ended hösten 2013 (at the latest 30 November), with no effective day, ends before its validity began, reported at the decision's date; what is dated after that end is not reported as well.",
     [f("OVK-DATE-010", "/decisions/0/date")],
     doc=changed(put("/validity", {"start": "2014-01-01"}), put("/decisions", [ended({"text": "hösten 2013"})])),
     near_miss=["OVK-DATE-011"])
case("ended-near-miss-may-end-after-adoption", "An end known only as december 2018 may fall after an adoption on 20 December 2018, so it is not certainly before it.",
     [], doc=changed(put("/decisions", [adopted("2018-12-20"), ended({"text": "december 2018"})])),
     near_miss=["OVK-DATE-010"])
case("ended-near-miss-effective-counts-not-the-decision", "An end decided on 1 March 2013, before the adoption on 16 May 2013 was formally in effect, but in effect from 31 December 2018, ends after the adoption: the effective day counts.",
     [], doc=changed(put("/validity", {"start": "2013-05-16"}),
                     put("/decisions", [adopted("2013-05-16"), ended("2013-03-01", "2018-12-31")])),
     near_miss=["OVK-DATE-010"])
case("ended-early-near-miss-plans-run-past-the-end", "An agreement ended early, with effect from 31 December 2018: its plan of 2018–2022 began before the end and runs past it, and every follow-up is dated before it.",
     [], doc=changed(put("/decisions", [adopted("2013-05-16"), ended("2018-10-25", "2018-12-31")])),
     near_miss=["OVK-DATE-010", "OVK-DATE-011"])
case("follow-up-after-end", "A follow-up dated 28 November 2018 of an agreement ended with effect from 30 June 2018 is dated after the end; the one of 1 March is not.",
     [f("OVK-DATE-011", A + "/follow_ups/1/date")],
     doc=changed(put("/decisions", [adopted("2013-05-16"), ended("2018-05-03", "2018-06-30")])))
case("plan-and-action-plan-start-after-end", "A plan of 2023–2026 and an action plan of 2019 that start after the agreement ended on 31 December 2018 are reported at their starts.",
     [f("OVK-DATE-011", "/plans/1/period/start"), f("OVK-DATE-011", "/action_plans/1/period/start")],
     doc=changed(put("/decisions", [adopted("2013-05-16"), ended("2018-10-25", "2018-12-31")]),
                 append("/plans", {"id": "plan-2023-2026", "kind": "long_term", "title": "Plan för 2023–2026",
                                   "period": {"start": "2023-01-01", "end": "2026-12-31"}}),
                 append("/action_plans", {"id": "handlingsplan-2019", "kind": "action_plan", "title": "Handlingsplan 2019",
                                          "plan": "plan-2018-2022", "period": {"start": "2019-01-01", "end": "2019-12-31"}})))
case("after-end-near-miss-same-day-and-partnership", "A follow-up on the day the agreement ends is not after it, nor is a follow-up of an IOP, an agreement with its own period, dated later.",
     [], doc=changed(put("/decisions", [adopted("2013-05-16"), ended("2018-10-25", "2018-11-28")]),
                     append("/parties", KVINNOJOUREN), put("/partnerships", [IOP]),
                     put("/partnerships/0/obligations/1/follow_ups", [{"date": "2018-12-15", "status": "in_progress"}])),
     near_miss=["OVK-DATE-011"])

# Codes.
case("kommun-code-three-digits", "A kommunkod of three digits is invalid.",
     [f("OVK-CODE-001", "/jurisdiction/code")], doc=changed(put("/jurisdiction/code", "149")))
case("kommun-code-unknown-county", "A four-digit kommunkod whose first two digits are no länskod (99) is invalid.",
     [f("OVK-CODE-001", "/jurisdiction/code")], doc=changed(put("/jurisdiction/code", "9990")))
case("region-with-four-digit-code", "A region with a four-digit code is invalid: a region has a two-digit länskod.",
     [f("OVK-CODE-001", "/jurisdiction/code")],
     doc=changed(put("/jurisdiction", {"kind": "region", "name": "Region Skåne", "code": "1490"})))
case("region-near-miss-two-digit-code", "A region with the two-digit länskod 12 is valid.",
     [], doc=changed(put("/jurisdiction", {"kind": "region", "name": "Region Skåne", "code": "12"})),
     near_miss=["OVK-CODE-001"])
case("kommun-near-miss-leading-zero", "A kommunkod with a leading zero (Stockholm 0180) is valid.",
     [], doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Stockholms stad", "code": "0180"})),
     near_miss=["OVK-CODE-001"])
case("region-code-not-in-list", "A region with the two-digit code 11, which no län has in SCB's list, is invalid.",
     [f("OVK-CODE-001", "/jurisdiction/code")],
     doc=changed(put("/jurisdiction", {"kind": "region", "name": "Region Skåne", "code": "11"})))
case("kommun-code-not-in-list", "A four-digit kommunkod of an existing län (14) that no kommun has in SCB's list (1479) is invalid.",
     [f("OVK-CODE-001", "/jurisdiction/code")], doc=changed(put("/jurisdiction/code", "1479")))
case("kommun-near-miss-region-gotland", "Region Gotland is a kommun with the kommunkod 0980, and its name is one of Gotland's.",
     [], doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Region Gotland", "code": "0980"})),
     near_miss=["OVK-CODE-001", "OVK-CODE-007"])
case("jurisdiction-name-of-another-kommun", "Lunds kommun with the code 1280, which is Malmö's, has a name that does not match its code.",
     [f("OVK-CODE-007", "/jurisdiction/name")],
     doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Lunds kommun", "code": "1280"})))
case("jurisdiction-name-of-no-kommun", "A name that is no kommun's (Exempelby kommun) with Borås' code does not match it.",
     [f("OVK-CODE-007", "/jurisdiction/name")], doc=changed(put("/jurisdiction/name", "Exempelby kommun")))
case("region-name-of-another-region", "Region Halland with the länskod 12, which is Skåne's, has a name that does not match its code.",
     [f("OVK-CODE-007", "/jurisdiction/name")],
     doc=changed(put("/jurisdiction", {"kind": "region", "name": "Region Halland", "code": "12"})))
case("jurisdiction-name-near-miss-malmo-stad", "Malmö stad is a usual form of the name of 1280, Malmö.",
     [], doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Malmö stad", "code": "1280"})),
     near_miss=["OVK-CODE-007"])
case("jurisdiction-name-near-miss-falu-kommun", "Falu kommun is the name of 2080, which SCB lists as Falun.",
     [], doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Falu kommun", "code": "2080"})),
     near_miss=["OVK-CODE-007"])
case("region-name-near-miss-vastra-gotalandsregionen", "Västra Götalandsregionen is the name of the region with the länskod 14, Västra Götalands län.",
     [], doc=changed(put("/jurisdiction", {"kind": "region", "name": "Västra Götalandsregionen", "code": "14"})),
     near_miss=["OVK-CODE-007"])
case("jurisdiction-name-near-miss-code-not-in-list", "Lunds kommun with 1279, a code no kommun has, is a code that is not in the list (its hint names Lund), not a name that does not match.",
     [f("OVK-CODE-001", "/jurisdiction/code")],
     doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Lunds kommun", "code": "1279"})),
     near_miss=["OVK-CODE-007"])
case("jurisdiction-name-near-miss-code-missing", "Malmö stad without a code is a missing code, and nothing is said of the name.",
     [f("OVK-STR-003", "/jurisdiction/code")],
     doc=changed(put("/jurisdiction", {"kind": "kommun", "name": "Malmö stad"})),
     near_miss=["OVK-CODE-001", "OVK-CODE-007"])
case("org-number-bad-check-digit", "An organisation number whose last digit fails the Luhn check is invalid.",
     [f("OVK-CODE-002", "/parties/0/org_number")], doc=changed(put("/parties/0/org_number", "212000-1562")))
case("org-number-misplaced-hyphen", "An organisation number with the hyphen after the fifth digit is invalid.",
     [f("OVK-CODE-002", "/parties/0/org_number")], doc=changed(put("/parties/0/org_number", "21200-01561")))
case("org-number-near-miss-without-hyphen", "An organisation number with a valid check digit written without hyphen is valid.",
     [], doc=changed(put("/parties/0/org_number", "2120001561")),
     near_miss=["OVK-CODE-002"])
case("language-tag-underscore", "A language tag written with an underscore (en_GB) is not BCP 47.",
     [f("OVK-CODE-003", "/title/en_GB")],
     doc=changed(put("/title", {"sv": "Överenskommelsen i Borås", "en_GB": "The Borås Agreement"})))
case("language-tag-one-letter", "A one-letter language tag is not BCP 47.",
     [f("OVK-CODE-003", "/principles/0/name/e")], doc=changed(put("/principles/0/name", {"sv": "Dialog", "e": "Dialogue"})))
case("language-tag-near-miss-valid-tags", "The tags en-GB, se and sv-x-lattlast are valid.",
     [], doc=changed(put("/title", {"sv": "Överenskommelsen i Borås", "en-GB": "The Borås Agreement",
                                    "se": "Boråsa šiehtadus", "sv-x-lattlast": "Avtalet i Borås"})),
     near_miss=["OVK-CODE-003"])
case("email-without-at", "A party's email address without @ is invalid.",
     [f("OVK-CODE-004", "/parties/1/email")], doc=changed(put("/parties/1/email", "overenskommelsen.example.se")))
case("email-without-top-level-domain", "A person's email address without a dot in the domain is invalid.",
     [f("OVK-CODE-004", "/people/0/email")], doc=changed(put("/people/0/email", "processledare@boras")))
case("email-near-miss-plus-and-subdomain", "An email address with a plus sign and a subdomain is valid.",
     [], doc=changed(put("/people/0/email", "processledare+ovk@mail.boras.se")),
     near_miss=["OVK-CODE-004"])
case("url-without-scheme", "A web address without https:// is invalid.",
     [f("OVK-CODE-005", "/parties/0/website")], doc=changed(put("/parties/0/website", "www.boras.se")))
case("url-near-miss-http-with-path-query-fragment", "An http address with a path, a query and a fragment is valid.",
     [], doc=changed(put("/parties/0/website", "http://www.boras.se/overenskommelsen?lang=sv#plan")),
     near_miss=["OVK-CODE-005"])
case("currency-lowercase", "A currency code in lower case is not ISO 4217.",
     [f("OVK-CODE-006", AP + "/budget/0/currency")], doc=changed(put(AP + "/budget/0/currency", "sek")))
case("currency-two-letters-in-activity-budget", "A two-letter currency in an activity's budget is invalid.",
     [f("OVK-CODE-006", A + "/budget/0/currency")],
     doc=changed(put(A + "/budget", [{"year": 2018, "amount": 1000, "currency": "KR"}])))
case("currency-near-miss-default-and-eur", "A budget line without currency (SEK by default) and one in EUR are valid.",
     [], doc=changed(drop(AP + "/budget/0/currency"),
                     put("/plans/0/budget", [{"year": 2019, "amount": 1000, "currency": "EUR", "decided": False}])),
     near_miss=["OVK-CODE-006"])

# Follow-up history.
case("follow-ups-out-of-order", "Follow-ups written newest first are out of date order, reported at the later-written one.",
     [f("OVK-STAT-001", A + "/follow_ups/1/date")],
     doc=changed(put(A + "/follow_ups", [BASE["action_plans"][0]["activities"][0]["follow_ups"][1],
                                          BASE["action_plans"][0]["activities"][0]["follow_ups"][0]])))
case("reopened-without-note", "A done activity that is in progress again without a note is an impossible status change.",
     [f("OVK-STAT-002", A + "/follow_ups/2/status")],
     doc=changed(append(A + "/follow_ups", {"date": "2018-12-10", "status": "in_progress"})))
case("reopened-near-miss-with-note", "A done activity taken up again with a note explaining why is allowed.",
     [], doc=changed(append(A + "/follow_ups", {"date": "2018-12-10", "status": "in_progress",
                                                "note": "Tas upp igen efter önskemål från stormötet."})),
     near_miss=["OVK-STAT-002"])
case("reopened-with-blank-note", "A note of only spaces does not explain a reopened activity.",
     [f("OVK-STAT-002", A + "/follow_ups/2/status")],
     doc=changed(append(A + "/follow_ups", {"date": "2018-12-10", "status": "in_progress", "note": "   "})))
case("cancelled-then-postponed", "A cancelled activity that is postponed later without a note is an impossible status change.",
     [f("OVK-STAT-002", B + "/follow_ups/1/status")],
     doc=changed(put(B + "/follow_ups", [{"date": "2018-05-01", "status": "cancelled"},
                                         {"date": "2018-06-01", "status": "postponed"}])))
case("status-near-miss-done-then-cancelled-same-day", "Two follow-ups on the same day are in order, and done followed by cancelled is no reopening.",
     [], doc=changed(append(A + "/follow_ups", {"date": "2018-11-28", "status": "cancelled"})),
     near_miss=["OVK-STAT-001", "OVK-STAT-002"])

# Revision: the agreement says it is reviewed every third year; the document's as_of is 2018-12-31.
VART_TREDJE_AR = {"every": 3, "unit": "year", "text": "Överenskommelsen ses över vart tredje år."}
REVISED_AUTUMN_2015 = {"kind": "revised", "date": {"text": "hösten 2015"}, "by": BY_KF,
                       "text": "Överenskommelsen reviderades efter dialog på stormötet."}
case("revision-due", "Last revised hösten 2015 (at the latest 30 November), an agreement reviewed every third year is due from 30 November 2018; a proposal out for comments renews nothing.",
     [f("OVK-STAT-003", "/revision")],
     doc=changed(put("/revision", VART_TREDJE_AR),
                 put("/decisions", [adopted("2013-05-16"), REVISED_AUTUMN_2015,
                                    {"kind": "proposed", "date": {"text": "hösten 2018"},
                                     "text": "Förslag till reviderad överenskommelse på remiss."}])))
case("revision-due-on-as-of", "Revised on 31 December 2015, an agreement reviewed every third year is due on 31 December 2018, the document's as_of.",
     [f("OVK-STAT-003", "/revision")],
     doc=changed(put("/revision", VART_TREDJE_AR),
                 put("/decisions", [adopted("2013-05-16"), dict(REVISED_AUTUMN_2015, date="2015-12-31")])))
case("revision-near-miss-due-the-day-after-as-of", "Revised on 1 January 2016, an agreement reviewed every third year is due on 1 January 2019, the day after as_of.",
     [], doc=changed(put("/revision", VART_TREDJE_AR),
                     put("/decisions", [adopted("2013-05-16"), dict(REVISED_AUTUMN_2015, date="2016-01-01")])),
     near_miss=["OVK-STAT-003"])
case("revision-near-miss-revised-in-a-version", "An agreement adopted in 2013 whose latest version was adopted våren 2017 is not yet due for revision.",
     [], doc=changed(put("/revision", VART_TREDJE_AR), put("/decisions", [adopted("2013-05-16")]),
                     put("/versions", [{"id": "version-2013", "name": "2013"},
                                       {"id": "version-2017", "name": "2017", "replaces": "version-2013",
                                        "decisions": [{"kind": "adopted", "date": {"text": "våren 2017"}, "by": BY_KF}]}])),
     near_miss=["OVK-STAT-003"])
case("revision-near-miss-no-reference-date", "Without as_of (and without a date given by the caller) nothing is due for revision.",
     [], doc=changed(drop("/as_of"), put("/revision", VART_TREDJE_AR),
                     put("/decisions", [adopted("2013-05-16"), REVISED_AUTUMN_2015])),
     near_miss=["OVK-STAT-003"])
case("revision-near-miss-agreement-ended", "An agreement ended with effect from as_of is no longer due for revision.",
     [], doc=changed(put("/revision", VART_TREDJE_AR),
                     put("/decisions", [adopted("2013-05-16"), REVISED_AUTUMN_2015,
                                        {"kind": "ended", "date": "2018-10-25", "effective": "2018-12-31", "by": BY_KF,
                                         "text": "Överenskommelsen sades upp inför en ny överenskommelse."}])),
     near_miss=["OVK-STAT-003"])

# Quality.
case("no-responsible-empty-list", "An activity with an empty responsible list has nobody responsible.",
     [f("OVK-QUAL-001", B + "/responsible")], doc=changed(put(B + "/responsible", [])))
case("no-responsible-field-absent", "An activity without responsible has nobody responsible.",
     [f("OVK-QUAL-001", C + "/responsible")], doc=changed(drop(C + "/responsible")))
case("no-responsible-blank-mention", "A responsible mention with only blank text names nobody.",
     [f("OVK-QUAL-001", C + "/responsible")], doc=changed(put(C + "/responsible", [{"text": "  "}])))
case("responsible-near-miss-role-only", "A responsible mention that names only a role is someone responsible.",
     [], doc=changed(put(B + "/responsible", [{"roles": ["processledare"]}])),
     near_miss=["OVK-QUAL-001"])
case("no-target-group", "An activity with an empty target group list has no target group.",
     [f("OVK-QUAL-002", A + "/target_groups")], doc=changed(put(A + "/target_groups", [])))
case("target-group-near-miss-text-only", "A target group given only as words is a target group.",
     [], doc=changed(put(A + "/target_groups", [{"text": "Alla boråsare"}])),
     near_miss=["OVK-QUAL-002"])
case("time-far-outside-plan", "A time with a typo in its year (våren 2201 in the action plan for 2018) is far outside the action plan's period.",
     [f("OVK-DATE-012", C + "/time")], doc=changed(put(C + "/time", {"text": "våren 2201"})))
case("time-far-outside-plan-before", "An explicit window two years before the action plan began is far outside its period.",
     [f("OVK-DATE-012", C + "/time")],
     doc=changed(put(C + "/time", {"window": {"start": "2016-01-01", "end": "2016-03-31", "precision": "quarter"}})))
case("time-near-miss-into-next-year", "An activity that runs on into the next year, or starts a few months early, is not far outside the period.",
     [], doc=changed(put(C + "/time", {"text": "januari 2019"}),
                     put(B + "/time", {"text": "hösten 2017"})),
     near_miss=["OVK-DATE-012"])
case("time-weekday-mismatch", "Thursday 13 October 2018 does not exist: 13 October 2018 is a Saturday, so the weekday or the date is wrong.",
     [f("OVK-DATE-013", C + "/time/text")], doc=changed(put(C + "/time", {"text": "torsdagen den 13 oktober 2018"})))
case("time-near-miss-weekday-matches", "Saturday 13 October 2018 is right, and a weekday without a date is no date to check.",
     [], doc=changed(put(C + "/time", {"text": "lördagen den 13 oktober 2018"}),
                     put(B + "/time", {"text": "en måndag i februari 2018"})),
     near_miss=["OVK-DATE-013"])
case("time-unreadable", "A time text that is no time (Se bilaga) could not be understood.",
     [f("OVK-QUAL-003", C + "/time/text")], doc=changed(put(C + "/time", {"text": "Se bilaga"})),
     )
case("time-near-miss-season", "The time text hösten 2018 is understood.",
     [], doc=changed(put(C + "/time", {"text": "hösten 2018"})),
     near_miss=["OVK-QUAL-003"])
case("time-near-miss-explicit-window", "An explicit window makes an unreadable time text harmless.",
     [], doc=changed(put(C + "/time", {"text": "Se bilaga",
                                       "window": {"start": "2018-09-01", "end": "2018-11-30", "precision": "season"}})),
     near_miss=["OVK-QUAL-003"])
case("time-near-miss-no-time", "An activity without any time has nothing to be understood.",
     [], doc=changed(drop(C + "/time")),
     near_miss=["OVK-QUAL-003"])
case("objective-without-activity", "An objective of an interest area under a plan carried out by an action plan, with no activity working toward it, is reported as info.",
     [f("OVK-QUAL-004", "/interest_areas/0/objectives/1")],
     doc=changed(drop(B + "/objectives"), put(C + "/objectives", ["borasarnas-rost-1"])))
case("objective-near-miss-plan-not-carried-out", "An objective without activity is not reported when no action plan carries out its plan.",
     [], doc=changed(drop(B + "/objectives"), put(C + "/objectives", ["borasarnas-rost-1"]), drop(AP + "/plan")),
     near_miss=["OVK-QUAL-004"])
case("objective-near-miss-area-in-no-plan", "An objective without activity is not reported when its interest area belongs to no plan.",
     [], doc=changed(drop(B + "/objectives"), put(C + "/objectives", ["borasarnas-rost-1"]),
                     drop("/plans/0/interest_areas")),
     near_miss=["OVK-QUAL-004"])
case("missing-swedish-empty", "A principle name with English but an empty Swedish text is missing its Swedish.",
     [f("OVK-QUAL-005", "/principles/0/name/sv")], doc=changed(put("/principles/0/name", {"sv": "", "en": "Dialogue"})))
case("missing-swedish-blank-activity-title", "An activity title whose Swedish is only spaces beside an English one is missing its Swedish.",
     [f("OVK-QUAL-005", B + "/title/sv")], doc=changed(put(B + "/title", {"sv": "  ", "en": "Facebook page"})))
case("missing-swedish-near-miss-plain-string", "A plain string title is Swedish.",
     [], doc=changed(put("/title", "Överenskommelsen i Borås")),
     near_miss=["OVK-QUAL-005"])
case("missing-swedish-near-miss-empty-without-translations", "An empty text without translations is not missing its Swedish beside other languages.",
     [], doc=changed(put(A + "/description", "")),
     near_miss=["OVK-QUAL-005"])
case("name-in-prose", "A person's name in an activity's description is a name in free text.",
     [f("OVK-QUAL-006", A + "/description")],
     doc=changed(put(A + "/description", "Anders uppdaterar sidan varje vecka.")))
case("name-in-mention-not-referenced", "A mention naming two people but referring to one of them has the other's name in free text.",
     [f("OVK-QUAL-006", A + "/responsible/0/text")], doc=changed(put(A + "/responsible/0/people", ["malin"])))
case("name-in-english-title", "A person's name in the English form of a title is a name in free text.",
     [f("OVK-QUAL-006", B + "/title")],
     doc=changed(put(B + "/title", {"sv": "Facebooksida", "en": "Facebook page run by Malin"})))
case("name-near-miss-part-of-longer-word", "A person's name inside a longer word (Andersson) is not the name.",
     [], doc=changed(put(A + "/description", "Andersson Reklam AB sköter tekniken.")),
     near_miss=["OVK-QUAL-006"])
case("name-near-miss-referenced-in-reported-by", "A name in a mention that refers to the person is not free text.",
     [], doc=changed(put(A + "/follow_ups/1/reported_by", [{"text": "Malin", "people": ["malin"]}])),
     near_miss=["OVK-QUAL-006"])
LARI = {"id": "lari", "name": "Lari Pitkä-Kangas"}
SVENSSON = {"id": "svensson", "name": "A. B. Svensson"}
case("name-in-genitive", "A person's name in the genitive (Malins) is her name.",
     [f("OVK-QUAL-006", A + "/description")],
     doc=changed(put(A + "/description", "Malins uppdrag är att hålla sidan aktuell.")))
case("name-ending-in-s-in-genitive", "A name ending in s in the genitive with an apostrophe (Anders') is his name.",
     [f("OVK-QUAL-006", B + "/title")],
     doc=changed(put(B + "/title", "Anders' facebooksida")))
case("name-with-space-for-hyphen", "Lari Pitkä-Kangas written with a space, Lari Pitkä Kangas, is his name.",
     [f("OVK-QUAL-006", A + "/description")],
     doc=changed(append("/people", LARI), put(A + "/description", "Föreläsning av Lari Pitkä Kangas om ideell sektor.")))
case("name-with-initials-without-dots", "A. B. Svensson written A B Svensson, without the dots of the initials, is the name.",
     [f("OVK-QUAL-006", A + "/description")],
     doc=changed(append("/people", SVENSSON), put(A + "/description", "A B Svensson leder samtalet.")))
case("name-near-miss-genitive-inside-a-word", "A person's name with an s inside a longer word (Malinskolan) is not the name.",
     [], doc=changed(put(A + "/description", "Träffen hålls på Malinskolan.")),
     near_miss=["OVK-QUAL-006"])
case("name-near-miss-surname-and-company", "A surname alone (familjen Pitkä-Kangas) and a company written AB Svensson are not the whole names Lari Pitkä-Kangas and A. B. Svensson.",
     [], doc=changed(append("/people", LARI), append("/people", SVENSSON),
                     put(A + "/description", "Familjen Pitkä-Kangas bjuder på fika; ljudet sköts av AB Svensson & Söner.")),
     near_miss=["OVK-QUAL-006"])
case("vacant-role-with-holder", "The joint council's ordförande said to be vacant and held by a person is reported at its holder.",
     [f("OVK-QUAL-007", "/bodies/0/roles/0/holder")],
     doc=changed(put("/bodies/0/roles", [{"title": "ordförande", "vacant": True, "holder": "anders"}])))
case("vacant-role-near-miss-held-or-vacant", "An ordförande with a holder and a vice ordförande vacant without one are each in order.",
     [], doc=changed(put("/bodies/0/roles", [{"title": "ordförande", "holder": "anders", "period": {"start": "2018-01-01"}},
                                             {"title": "vice ordförande", "vacant": True}])),
     near_miss=["OVK-QUAL-007"])
case("decided-without-amount", "The action plan's money for 2018, decided but with no amount, is reported at decided.",
     [f("OVK-QUAL-008", AP + "/budget/0/decided")], doc=changed(drop(AP + "/budget/0/amount")))
case("decided-without-amount-in-a-partnership", "An IOP's money for 2019, decided but with no amount, is reported at decided.",
     [f("OVK-QUAL-008", "/partnerships/0/budget/1/decided")],
     doc=changed(append("/parties", KVINNOJOUREN), put("/partnerships", [IOP]),
                 append("/partnerships/0/budget", {"year": 2019, "funder": {"parties": ["boras-stad"]},
                                                   "recipient": {"parties": ["kvinnojouren"]}, "decided": True})))
case("decided-without-amount-near-miss-not-yet-decided", "Money without an amount that is not yet decided, said so or by default, is in order.",
     [], doc=changed(drop(AP + "/budget/0/amount"), put(AP + "/budget/0/decided", False),
                     put("/plans/0/budget", [{"year": 2019, "funder": {"parties": ["boras-stad"]},
                                              "source": "Beslutas i kommunfullmäktiges budget för 2019."}])),
     near_miss=["OVK-QUAL-008"])
case("decided-without-amount-near-miss-in-words", "Money decided only in words, within the ordinary budget, needs no amount.",
     [], doc=changed(put("/plans/0/budget", [{"year": 2019, "funder": {"parties": ["boras-stad"]},
                                              "source": "Inom ordinarie budget.", "decided": True}])),
     near_miss=["OVK-QUAL-008"])
case("decided-without-amount-near-miss-wrong-amount", "A decided amount written as words is a wrong type, reported once, and not also as decided money without an amount.",
     [f("OVK-STR-004", AP + "/budget/0/amount")], doc=changed(put(AP + "/budget/0/amount", "50 000 kr")),
     near_miss=["OVK-QUAL-008"])

# Several problems in one document.
case("five-problems", "Five different problems in one document are each reported at their own path.",
     [f("OVK-CODE-001", "/jurisdiction/code"), f("OVK-CODE-002", "/parties/0/org_number"),
      f("OVK-ID-002", C + "/code"), f("OVK-REF-001", A + "/objectives/0"),
      f("OVK-DATE-004", A + "/follow_ups/0/date")],
     doc=changed(put("/jurisdiction/code", "149"), put("/parties/0/org_number", "212000-1562"),
                 put(C + "/code", "B"), put(A + "/objectives/0", "borasarnas-rost-9"),
                 put(A + "/follow_ups/0/date", "2017-12-15")))
case("five-problems-in-one-activity", "Five problems in one activity (invalid code, wrong-kind principle, no responsible, no target group, follow-up after as_of) are all reported.",
     [f("OVK-ID-003", B + "/code"), f("OVK-REF-002", B + "/principles/0"), f("OVK-QUAL-001", B + "/responsible"),
      f("OVK-QUAL-002", B + "/target_groups"), f("OVK-DATE-005", B + "/follow_ups/0/date")],
     doc=changed(put(B + "/code", "B 2"), put(B + "/principles/0", "demokrati"), put(B + "/responsible", []),
                 put(B + "/target_groups", []), put(B + "/follow_ups", [{"date": "2019-02-01", "status": "planned"}])))
case("structure-at-three-depths-and-content", "An unknown field in an activity, a missing activity code and a wrong type in a follow-up are reported together with content errors elsewhere.",
     [f("OVK-STR-002", B + "/ansvarig"), f("OVK-STR-003", C + "/code"), f("OVK-STR-004", A + "/follow_ups/0/date"),
      f("OVK-CODE-002", "/parties/0/org_number"), f("OVK-CODE-004", "/people/0/email")],
     doc=changed(put(B + "/ansvarig", "Samrådet"), drop(C + "/code"), put(A + "/follow_ups/0/date", 20180301),
                 put("/parties/0/org_number", "212000-1562"), put("/people/0/email", "processledare@boras")))
case("left-out-party-and-real-unresolved-reference", "References to a party left out for a missing field are not reported, but a reference to an id that never existed still is.",
     [f("OVK-STR-003", "/parties/1/kind"), f("OVK-REF-001", B + "/target_groups/0/parties/1")],
     doc=changed(drop("/parties/1/kind"), put(B + "/target_groups/0/parties", ["det-ideburna", "foreningarna"])))
case("left-out-objective-and-content", "An objective left out for a wrong-typed text is not reported as unresolved where activities refer to it, while other problems are.",
     [f("OVK-STR-004", "/interest_areas/0/objectives/1/text"), f("OVK-CODE-004", "/people/1/email"),
      f("OVK-QUAL-001", B + "/responsible")],
     doc=changed(put("/interest_areas/0/objectives/1/text", 2), put("/people/1/email", "anders@"),
                 put(B + "/responsible", [])),
     near_miss=["OVK-REF-001"])
case("left-out-activity-later-paths-unchanged", "After an activity is left out for a missing code, findings in a later activity still point into the document as written.",
     [f("OVK-STR-003", B + "/code"), f("OVK-QUAL-001", C + "/responsible")],
     doc=changed(drop(B + "/code"), put(C + "/responsible", [])))
case("left-out-first-activity-later-paths-unchanged", "After the first activity is left out for a wrong-typed title, a finding in the third activity keeps its index.",
     [f("OVK-STR-004", A + "/title"), f("OVK-QUAL-002", C + "/target_groups")],
     doc=changed(put(A + "/title", 42), put(C + "/target_groups", [])))
case("two-left-out-siblings", "Two parties each missing a required field are both reported at their own index, and references to them are not reported.",
     [f("OVK-STR-003", "/parties/0/side"), f("OVK-STR-003", "/parties/1/kind")],
     doc=changed(drop("/parties/0/side"), drop("/parties/1/kind")),
     near_miss=["OVK-REF-001"])
case("kept-element-with-unknown-field-still-validated", "An activity with an unknown field is kept, so its other problems are still reported.",
     [f("OVK-STR-002", A + "/ansvarig"), f("OVK-REF-001", A + "/principles/0"), f("OVK-DATE-004", A + "/follow_ups/0/date")],
     doc=changed(put(A + "/ansvarig", "Malin"), put(A + "/principles/0", "oppenhet-och-insyn"),
                 put(A + "/follow_ups/0/date", "2017-06-01")))


# Options. These cases ask the runner for other limits or a reference date (see the README), so
# that rules which need a huge file or the caller's date have a small case too.
MINIMAL = {k: BASE[k] for k in ("schema_version", "id", "jurisdiction", "title")}
MINIMAL_SIZE = len(text(MINIMAL).encode("utf-8"))
assert MINIMAL_SIZE > 100 and depth(BASE) == 8, "the descriptions below state these numbers"
case("too-large-under-a-small-limit", "A small valid document of more bytes than the limit of 100 is too large, reported for the whole document.",
     [f("OVK-SYN-003", "")], doc=MINIMAL, options={"max_bytes": 100})
case("too-large-near-miss-exactly-at-limit", "A document exactly as many bytes long as the limit is within it.",
     [], doc=MINIMAL, options={"max_bytes": MINIMAL_SIZE}, near_miss=["OVK-SYN-003"])
case("too-deep-under-a-lower-limit", "The base document, 8 levels deep, is nested too deeply under a limit of 7.",
     [f("OVK-SYN-004", "")], doc=BASE, options={"max_depth": depth(BASE) - 1})
case("too-deep-near-miss-lower-limit-reached", "The base document, 8 levels deep, is within a limit of 8.",
     [], doc=BASE, options={"max_depth": depth(BASE)}, near_miss=["OVK-SYN-004"])
case("follow-up-after-callers-date", "Without as_of in the document, a follow-up after the date the caller validates as of is in the future.",
     [f("OVK-DATE-005", A + "/follow_ups/1/date")], doc=changed(drop("/as_of")), options={"as_of": "2018-11-27"})
case("follow-up-near-miss-on-callers-date", "Without as_of in the document, a follow-up on the date the caller validates as of is allowed.",
     [], doc=changed(drop("/as_of")), options={"as_of": "2018-11-28"}, near_miss=["OVK-DATE-005"])
REVISION_WITHOUT_AS_OF = changed(drop("/as_of"), put("/revision", VART_TREDJE_AR),
                                 put("/decisions", [adopted("2013-05-16"), REVISED_AUTUMN_2015]))
case("revision-due-at-callers-date", "Without as_of in the document, an agreement last revised hösten 2015 and reviewed every third year is due on the caller's date 30 November 2018.",
     [f("OVK-STAT-003", "/revision")], doc=REVISION_WITHOUT_AS_OF, options={"as_of": "2018-11-30"})
case("revision-near-miss-approximate-date-at-its-latest", "A revision known only as hösten 2015 counts from its last possible day, so on 29 November 2018 it is not yet due.",
     [], doc=REVISION_WITHOUT_AS_OF, options={"as_of": "2018-11-29"}, near_miss=["OVK-STAT-003"])

# Near-misses for rules that had none.
SCHEMA_VERSION_LINE = '"schema_version": "2.0"'
assert SCHEMA_VERSION_LINE in BASE_TEXT
case("schema-version-near-miss-escaped-dot", "A schema version written with its dot as a \\u escape (\"2\\u002e0\") is the string 2.0.",
     [], raw=BASE_TEXT.replace(SCHEMA_VERSION_LINE, '"schema_version": "2\\u002e0"', 1),
     near_miss=["OVK-VER-001"])
case("wrong-type-near-miss-other-forms", "A name as a plain string, a name as a text object, an empty list of objectives and a budget amount of 0 are all of the right type.",
     [], doc=changed(put("/principles/0/name", "Dialog"), put("/parties/1/name", {"sv": "Det Idéburna", "en": "The non-profit sector"}),
                     put(B + "/objectives", []), put(AP + "/budget/0/amount", 0)),
     near_miss=["OVK-STR-004"])


# Duplicate keys: the first counts, the second is reported where it stands, and what the first
# copy hides is no longer hidden.
ACTIVITY_A_START = '"code": "A",\n          "title": "Gemensam hemsida'
assert BASE_TEXT.count(ACTIVITY_A_START) == 1
case("duplicate-key-in-activity", "An activity giving its status twice: the second status is a duplicate key, reported at its pointer; the first counts.",
     [f("OVK-STR-006", A + "/status")],
     raw=BASE_TEXT.replace(ACTIVITY_A_START, '"code": "A",\n          "status": "planned",\n          "title": "Gemensam hemsida', 1))
case("duplicate-key-hides-nothing", "A jurisdiction given twice: the second is a duplicate, and the unknown field in the first, which counts, is reported too.",
     [f("OVK-STR-006", "/jurisdiction"), f("OVK-STR-002", "/jurisdiction/bogus")],
     raw=BASE_TEXT.replace('"jurisdiction": {', '"jurisdiction": { "kind": "kommun", "name": "Borås Stad", "code": "1490", "bogus": 1 },\n  "jurisdiction": {', 1))
case("duplicate-key-near-miss-same-key-at-two-depths", "The same key in an object and in an object inside it, and in two sibling objects, is no duplicate.",
     [], doc=changed(put(A + "/extensions", {"title": 1, "nested": {"title": 2}, "list": [{"k": 1}, {"k": 2}]})),
     near_miss=["OVK-STR-006"])

# Every missing field of an object is reported, not only the first.
case("missing-two-fields-in-one-party", "A party without side and without kind hears of both; it is left out and references to it are not reported.",
     [f("OVK-STR-003", "/parties/1/side"), f("OVK-STR-003", "/parties/1/kind")],
     doc=changed(drop("/parties/1/side"), drop("/parties/1/kind")))
case("missing-and-wrong-in-one-activity", "An activity without a code and with a number for a title hears of both, and of its unknown field; it is left out.",
     [f("OVK-STR-003", B + "/code"), f("OVK-STR-004", B + "/title"), f("OVK-STR-002", B + "/vad")],
     doc=changed(drop(B + "/code"), put(B + "/title", 7), put(B + "/vad", "x")))

# The limit of reported structure problems is stated, and reaching it is a finding of its own.
THREE_UNKNOWN = changed(put(A + "/ansvarig", "Malin"), put(A + "/tid", "2018"), put(A + "/vad", "Hemsida"))
case("too-many-problems-under-a-limit-of-two", "Three unknown fields under a limit of two reported problems: two are reported, and that the limit was reached.",
     [f("OVK-STR-002", A + "/ansvarig"), f("OVK-STR-002", A + "/tid"), f("OVK-STR-007", "")],
     doc=THREE_UNKNOWN, options={"max_problems": 2})
case("too-many-problems-near-miss-at-the-limit", "Three unknown fields under a limit of three are all reported, and the limit is not said to be reached.",
     [f("OVK-STR-002", A + "/ansvarig"), f("OVK-STR-002", A + "/tid"), f("OVK-STR-002", A + "/vad")],
     doc=THREE_UNKNOWN, options={"max_problems": 3}, near_miss=["OVK-STR-007"])

# Placeholders of the starter document (`ovk new`) left in a text.
case("placeholder-in-activity-title", "An activity title still holding the starter's placeholder is a placeholder not filled in.",
     [f("OVK-QUAL-009", A + "/title")], doc=changed(put(A + "/title", "[Fyll i: vad ni ska göra tillsammans]")))
case("placeholder-in-english-only", "An English title left as the starter's placeholder beside a Swedish one written is reported at its English.",
     [f("OVK-QUAL-009", B + "/title/en")],
     doc=changed(put(B + "/title", {"sv": "Facebooksida", "en": "[Fill in: what you will do together]"})))
case("placeholder-as-time-is-not-also-unreadable", "A time still holding the starter's placeholder is reported once, as a placeholder, not also as a time that cannot be read.",
     [f("OVK-QUAL-009", A + "/time/text")], doc=changed(put(A + "/time", {"text": "[Fyll i: när aktiviteten görs]"})),
     near_miss=["OVK-QUAL-003"])
case("placeholder-near-miss-brackets-in-prose", "Brackets and the words fyll i in a description are prose, not a placeholder.",
     [], doc=changed(put(A + "/description", "Fyll i blanketten [bilaga 1] och skicka den till samrådet.")),
     near_miss=["OVK-QUAL-009"])

# --- Output ---------------------------------------------------------------------------------

def build():
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir()
    names = []
    for number, (name, description, findings, raw, pending, near_miss, options) in enumerate(CASE_LIST, start=1):
        folder = CASES / f"{number:03d}-{name}"
        folder.mkdir()
        (folder / "document.json").write_bytes(raw)
        expected = {"description": description, "findings": findings}
        if near_miss:
            expected["near_miss"] = near_miss
        if options:
            expected["options"] = options
        if pending:
            expected["pending"] = pending
        (folder / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        names.append(folder.name)
    assert len(set(n.split("-", 1)[1] for n in names)) == len(names), "case names must be unique"
    return names


def compare(names, ovk):
    """Runs `ovk validate --format json` on every case and prints where it differs from expected."""
    from collections import Counter
    differ = skipped = 0
    for name in names:
        folder = CASES / name
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        if expected.get("options"):
            # `ovk validate` has no flags for limits or a reference date; the Rust runner checks these.
            skipped += 1
            continue
        run = subprocess.run([ovk, "validate", "--format", "json", str(folder / "document.json")],
                             capture_output=True)
        try:
            actual = json.loads(run.stdout)["findings"]
        except ValueError:
            print(f"{name}: ovk failed (exit {run.returncode}): {run.stderr.decode(errors='replace')[:300]}")
            differ += 1
            continue
        key = lambda x: (x["code"], x["severity"], x["path"])
        want, got = Counter(map(key, expected["findings"])), Counter(map(key, actual))
        if want != got:
            differ += 1
            tag = " (pending: %s)" % expected["pending"] if expected.get("pending") else ""
            print(f"{name}{tag}:\n  missing: {sorted((want - got).elements())}\n  extra:   {sorted((got - want).elements())}")
    print(f"{len(names)} cases, {differ} differ" + (f", {skipped} with options not run" if skipped else ""))


if __name__ == "__main__":
    names = build()
    print(f"wrote {len(names)} cases to {CASES}")
    if "--compare" in sys.argv:
        root = HERE.parent.parent
        compare(names, str(root / "target" / "debug" / "ovk"))
