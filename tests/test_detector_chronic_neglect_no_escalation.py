"""chronic_neglect_no_escalation (DETECTORS.md §4, Tier 2): neglect concerns recorded over two
years or more by two or more agencies, or long family support while they continue, with no child
protection plan or legal step. O08 L114 (agencies "particularly poor at addressing the impact of
chronic neglect"), L525 (a family support perspective "can obscure the need to ensure children
are properly protected"); T16 L1162-L1164.

Scenarios are under tests/scenarios/chronic_neglect_no_escalation/ (fictional; day 0 =
03/01/2022); each case.yaml says what it holds.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import day, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "chronic_neglect_no_escalation"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_two_years_of_neglect_from_three_agencies_fires_once_for_the_family(store, mode):
    """Variant long_running: school (row 2), health visiting (row 3), social care (row 4) and the
    GP record neglect from 15/01/2020; the school's record of 20/01/2022 (row 7) makes two years.
    The plans came 110 days later (row 8, late_response). Both children's runs complete on the
    same record: one finding. High: Child 2 is 2."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("long_running", "high", "definite")
    assert f.subjects == ["C1", "C2"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:7"]
    assert evidence_refs(f, "context") == ["chronology.csv:3", "chronology.csv:4"]
    assert evidence_refs(f, "late_response") == ["chronology.csv:8"]
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (CSC, day("15/01/2020"), day("20/01/2022") + 28)
    assert "by 3 agencies over 24 months (15/01/2020 to 20/01/2022)" in f.summary
    assert f.summary.endswith("there is no record of a child protection plan or care proceedings.")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_plan_within_four_weeks_of_the_two_year_mark_does_not_fire(store, mode):
    """Near miss: the same concerns, and child protection plans on 01/02/2022, 12 days after."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_year_of_early_help_while_the_school_still_reports_neglect(store):
    """Variant support_without_escalation (O08 L525): early help from 01/02/2021 (row 3) to
    10/02/2022 (row 6) while the school keeps recording neglect (rows 2, 5, 7). One agency and 14
    months, so long_running does not hold. Medium: a 7-year-old, no high-weight concern."""
    [f] = findings_in(store, "family_support", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("support_without_escalation", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:7"]
    assert evidence_refs(f, "context") == ["chronology.csv:3", "chronology.csv:6"]
    assert expected_missing_agencies(f) == [CSC]
    assert "Early help or child in need work with Child 1 (aged 7) ran from 01/02/2021" in f.summary


def test_the_agency_count_is_per_child(store):
    """min_agencies: the GP's growth concern (row 6) is about Child 2 only, so with four agencies
    required Child 2's concerns make the pattern (school, health visiting, social care, GP) and
    Child 1's (three agencies) do not."""
    [f] = findings_in(store, "must_fire", DETECTOR, params={"min_agencies": 4})

    assert (f.variant, f.subjects) == ("long_running", ["C2"])
    assert "chronology.csv:6" in evidence_refs(f, "context")


def test_a_conference_that_decided_against_a_plan_is_low(store):
    """§0.4 low: a child protection conference a week after the two-year mark (row 8) decided
    against plans; the decision is documented, so the finding is low and shows the conference."""
    [f] = findings_in(store, "conference_without_plan", DETECTOR)

    assert (f.variant, f.severity) == ("long_running", "low")
    assert evidence_refs(f, "decision") == ["chronology.csv:8"]
    assert "(a child protection conference was held without one)" in f.summary
