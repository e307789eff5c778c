"""no_access_not_escalated (DETECTORS.md T1-17): repeated visits where professionals could not
get in or could not see the child, not escalated. Families "developed skilful strategies for
keeping them at arms length" (O08 L322); "any non-engagement with services that are central to a
child's welfare should be seen as carrying potential harm" (T16 L2594); cases were closed for
lack of engagement when it should have prompted "a robust follow up" (T16 L4146-L4148).

Scenarios are under tests/scenarios/no_access_not_escalated/ (fictional; day 0 = 03/01/2022):
must_fire and near_miss are the T1-17 test tables (the table's day -30 plan start is 04/12/2021);
the others are described in their case.yaml. cross_agency reads who knew each visit, so it is
tested in both knowledge modes.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import by_variant, detect_in, evidence_refs, findings_in

DETECTOR = "no_access_not_escalated"
CSC = "ag-children-s-social-care"
VISITS = ["chronology.csv:3", "chronology.csv:4", "chronology.csv:5", "chronology.csv:6"]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_four_visits_without_access_to_a_baby_on_a_plan_fire_twice(store, mode):
    """T1-17 "Test: must fire" (C1 is 3 months, on a CP plan): K = 2 within 28 days is reached
    with the social worker's visit of 12/01/2022; nothing escalates until the core group of
    12/02/2022 (row 6), 31 days later: not_escalated. The visits were recorded by the health
    visitor and social care, neither of which knew all of them: cross_agency. Both high."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {"not_escalated", "cross_agency"}
    for f in found.values():
        assert (f.severity, f.confidence, f.subjects, evidence_refs(f, "trigger")) == ("high", "definite", ["C1"], VISITS)
    late = found["not_escalated"]
    [missing] = [r for r in late.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_to"] - missing["day_from"]) == (CSC, 7)
    assert evidence_refs(late, "late_response") == ["chronology.csv:7"]
    assert "within 7 days of the visit of 12/01/2022" in late.summary and "31 days after it" in late.summary
    holders = {r["agency_id"]: r["note"] for r in found["cross_agency"].evidence if r["role"] == "holder"}
    assert holders == {"ag-health-visiting": "knew 1 of the 4 visits within 7 days of the last",
                       CSC: "knew 3 of the 4 visits within 7 days of the last"}


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_strategy_discussion_two_days_after_the_second_visit_does_not_fire(store, mode):
    """T1-17 "Near miss": a strategy discussion on 14/01/2022 and a joint visit that saw the baby
    the next day; the visits of 19/01/2022 and 26/01/2022 are gone."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_an_email_that_only_possibly_carried_the_visit_counts_in_lenient_mode(store):
    """Knowledge: the health visitor's email to social care about the baby and the same neglect
    concern names no record it carries. Lenient knowledge infers social care knew the no-access
    visit (route 4b), so social care knew both visits and cross_agency stays quiet."""
    assert [f.variant for f in findings_in(store, "knowledge", DETECTOR)] == ["not_escalated"]


def test_without_inferred_knowledge_nobody_knew_both_visits(store):
    """Knowledge, strict mode: the inference is dropped, so nobody knew both visits."""
    found = by_variant(findings_in(store, "knowledge", DETECTOR, mode="strict"))

    assert set(found) == {"not_escalated", "cross_agency"}
    assert evidence_refs(found["cross_agency"], "trigger") == ["chronology.csv:3", "chronology.csv:5"]
    # the neglect concern two days before the second visit is shown (and would make it high)
    assert "chronology.csv:4" in evidence_refs(found["not_escalated"], "context")


def test_a_case_closed_for_non_engagement_after_two_visits_without_access(store):
    """closed_after_no_access: a no-answer visit and a refused entry, then closure for
    non-engagement 10 days later with no record of anyone seeing the 5-year-old. Two visits do not
    reach K = 3, so not_escalated stays quiet. Always high."""
    [f] = findings_in(store, "closed_after_no_access", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("closed_after_no_access", "high", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3"]
    assert evidence_refs(f, "decision") == ["chronology.csv:4"]
    assert f.summary.startswith("The case closure of Child 1 on 25/01/2022 came within 30 days after 2 visits")


def test_a_first_visit_dated_by_month_makes_the_count_possible(store):
    """Uncertain dates: the third visit (12/02/2022) is within 90 days of the first only if that
    visit, dated "November 2021", was after 13/11/2021."""
    found = by_variant(findings_in(store, "uncertain_dates", DETECTOR))

    f = found["not_escalated"]
    assert (f.severity, f.confidence, f.date_uncertain) == ("medium", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4"]


def test_social_care_records_ending_two_days_after_the_count_are_censored(store):
    """§0.2 censoring: social care recorded the visit that reached the count (12/01/2022), and its
    chronology ends on 14/01/2022, inside the 7 days allowed for an escalation."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    assert sorted(c.variant for c in detection.censored) == ["cross_agency", "not_escalated"]
