"""infant_injury_no_cp_response (DETECTORS.md T1-21): any bruise, fracture or other injury in a
baby, especially one not yet mobile, should be followed by a child protection response: a
referral to social care, a strategy discussion, a section 47 enquiry or a child protection
medical (O10 L355: explanations for bruising "too readily accepted by health practitioners",
particularly for "babies who were not yet at the stage of walking"; O08 L357: health staff
"missed, or misinterpreted, signs and symptoms of abuse" in very young babies).

Scenarios are under tests/scenarios/infant_injury_no_cp_response/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-21 test tables; the others are described in
their case.yaml files. C1 is 10 weeks old on day 0 unless a scenario says otherwise.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "infant_injury_no_cp_response"
CSC = "ag-children-s-social-care"


def anchored(findings, row: str) -> list:
    return [f for f in findings if evidence_refs(f, "trigger")[:1] == [row]]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_the_first_bruise_gets_no_response(store, mode):
    """T1-21 "Test: must fire", row 1: the health visitor sees a bruise on a 10-week-old's cheek
    on day 0; nothing about C1 follows within a day. High, and priority (under 6 months)."""
    [f] = anchored(findings_in(store, "must_fire", DETECTOR, mode=mode), "chronology.csv:2")

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("no_cp_response", "high", "definite", False)
    assert f.subjects == ["C1"]
    assert expected_missing_agencies(f) == [CSC]
    assert evidence_refs(f, "context") == ["chronology.csv:3"]   # the GP's appointment in the next 7 days
    assert f.summary.startswith("Priority (under 183 days old): there is no record of a child protection response")
    assert "Child 1 (70 days old)" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_the_second_bruise_is_a_repeat_with_no_response(store, mode):
    """T1-21 "Test: must fire", row 2: the GP sees another bruise six days later. Both
    no_cp_response and repeat_injury, citing the health visitor's bruise as the earlier injury."""
    found = by_variant(anchored(findings_in(store, "must_fire", DETECTOR, mode=mode), "chronology.csv:3"))

    assert set(found) == {"no_cp_response", "repeat_injury"}
    repeat = found["repeat_injury"]
    assert (repeat.severity, repeat.confidence) == ("high", "definite")
    assert evidence_refs(repeat, "context") == ["chronology.csv:2"]
    assert "repeat injury" in repeat.summary and repeat.summary.startswith("Priority")
    assert "6 days after an earlier injury" in repeat.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_the_fracture_referred_the_same_day_does_not_fire(store, mode):
    """T1-21 "Test: must fire", row 3: the skull fracture is referred to social care the same
    day (row 4) and a strategy discussion follows (row 5), so nothing is raised on it: the
    table's three findings are the only ones."""
    findings = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert anchored(findings, "chronology.csv:4") == []
    assert len(findings) == 3


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_bruise_referred_at_once_does_not_fire(store, mode):
    """T1-21 "Near miss": the health visitor refers the bruise the same day (conveying it), a
    strategy discussion and a child protection medical follow the next day."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_message_to_social_care_counts_as_its_knowledge_only_in_lenient_mode(store):
    """CP response "children's social care knowing of E by any route" (§1): the next day the
    health visitor writes to social care about neglect without saying what the letter carried.
    Lenient mode infers that it carried the bruise (route 4b, a shared concern category), so
    social care knew; strict mode does not."""
    assert findings_in(store, "modes", DETECTOR, mode="lenient") == []

    [f] = findings_in(store, "modes", DETECTOR, mode="strict")
    assert (f.variant, f.severity, f.knowledge_mode) == ("no_cp_response", "high", "strict")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]


def test_an_injury_dated_only_by_month_to_a_child_possibly_over_one_is_possible(store):
    """Uncertain dates (§0.2): the GP's entry says only "January 2022"; C1, born 20/01/2021,
    was under a year old on the first possible day and not on the last, so the age test holds
    only possibly. Not priority: he was over six months old either way."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("no_cp_response", "high", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert "(346 to 376 days old)" in f.summary and "in January 2022" in f.summary
    assert f.summary.startswith("There is no record of a child protection response")


def test_social_care_records_ending_inside_the_window_are_censored(store):
    """Censoring (§0.2): social care's chronology ends on the day of the bruise, before the
    one-day window for a response closes, so the missing response may be missing data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.subjects) == ("no_cp_response", ["C1"])


def test_a_non_mobile_older_child_counts_and_a_walking_toddler_does_not(store):
    """Trigger "C.non_mobile = true" (ADD-6): two-year-old C1 is recorded as non mobile, so his
    bruise counts whatever his age, and is priority; his 14-month-old sister, walking, is over
    A_max (365 days) and is not a trigger."""
    [f] = findings_in(store, "older_children", DETECTOR)

    assert (f.variant, f.subjects) == ("no_cp_response", ["C1"])
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert f.summary.startswith("Priority (not yet mobile):")


def test_two_records_of_one_injury_are_one_finding_and_not_a_repeat(store):
    """Duplicates (§0.5 trap 6): the emergency department records the fracture and, the next
    day, the admission for it. One finding, citing both records, and no repeat_injury."""
    [f] = findings_in(store, "same_incident", DETECTOR)

    assert f.variant == "no_cp_response"
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3"]
    [missing] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert missing["day_to"] - missing["day_from"] == 2   # one day after the last record
