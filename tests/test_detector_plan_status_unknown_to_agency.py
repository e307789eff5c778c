"""plan_status_unknown_to_agency (DETECTORS.md §4, Tier 2): an agency in contact with a child
should know that the child is on a child protection or child in need plan, or the subject of
care proceedings. A covering midwife "had not been told that the children were on the child
protection register", and "the police were also not aware" (O08 L422); professionals who came
later were "unaware that the court case had even happened" (T16 L3071); see also T16 L2917, L3126.

Scenarios are under tests/scenarios/plan_status_unknown_to_agency/ (fictional; day 0 =
03/01/2022), each described in its case.yaml. In must_fire two children go on protection plans
after a conference that the school and the health visitor attend (rows 3-4); the police, never
told, attend a disturbance at the home five weeks later (row 6).
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "plan_status_unknown_to_agency"
POLICE = "ag-northshire-police"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_police_attending_the_home_unaware_of_the_childrens_protection_plans(store, mode):
    """Variant cp_plan: one finding for the plan and the police, naming both children. High:
    the contact was a domestic incident (a concern). The school and the health visitor attended
    the conference, so they knew; the police call-out before the plans (row 2) does not count."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("cp_plan", "high", "definite", False)
    assert f.subjects == ["C1", "C2"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:6"]
    assert evidence_refs(f, "context") == ["chronology.csv:4"]
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (POLICE, DAY0 + 7, DAY0 + 43)
    assert f.summary.startswith("There is no record that Northshire Police knew Child 1 and Child 2 were subject to a child protection plan")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_conference_minutes_sent_to_the_police_do_not_fire(store, mode):
    """Near miss: the conference minutes (which made the plans) were shared with the police."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_plan_known_only_through_a_marac_counts_in_lenient_mode(store):
    """§1 route 5 (pooled): social care, which knew of the child in need plan, attended the
    police's MARAC about the family, so lenient mode takes the plan to have been shared there."""
    assert findings_in(store, "knowledge_modes", DETECTOR, mode="lenient") == []


def test_a_plan_known_only_through_a_marac_does_not_count_in_strict_mode(store):
    """Variant cin_plan in strict mode: nothing records that the plan reached the police, at the
    MARAC (row 3) or before the call-out (row 4). Medium: a child in need plan (low), raised one
    step because the MARAC recorded a concern."""
    [f] = findings_in(store, "knowledge_modes", DETECTOR, mode="strict")

    assert (f.variant, f.severity, f.confidence) == ("cin_plan", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:3", "chronology.csv:4"]
    assert expected_missing_agencies(f) == [POLICE]


def test_a_call_out_dated_only_by_month_after_care_proceedings_is_possible(store):
    """Variant court, §0.2 uncertain dates: the police call-out is dated "January 2022", so it
    only possibly came after the proceedings of 10/01/2022 and the 2 grace days: possible,
    date_uncertain. Medium: a court step, no concern recorded at the contact."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("court", "medium", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:3"]
    assert expected_missing_agencies(f) == [POLICE]


def test_a_contact_after_social_care_closed_the_case_does_not_fire(store):
    """A case_closure by children's social care ends the plan: the police contact comes after it."""
    assert findings_in(store, "plan_closed", DETECTOR) == []


def test_hearing_from_social_care_about_the_child_during_the_plan_counts_as_knowing(store):
    """Benefit of the doubt: social care's letter to the GP during the plan (row 3) names no plan,
    but an agency that heard from social care about the child is taken to have been told."""
    assert findings_in(store, "told_by_social_care", DETECTOR, mode="strict") == []
