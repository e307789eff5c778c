"""sibling_not_assessed (DETECTORS.md T1-11): after serious concern about one child (an injury,
a disclosure, a strategy discussion, a section 47 enquiry...), the other children of the family
should be assessed, seen or at least considered within N days (O08 L558-L559: "the failure of
agencies to act to protect siblings"; "no risk" decided "without any assessment taking place").

Scenarios are under tests/scenarios/sibling_not_assessed/ (fictional; day 0 = 03/01/2022):
must_fire and near_miss are the T1-11 test tables; the others are described in their case.yaml.
Pseudonyms go by age, so in the table's cast the 4-year-old C2 is "Child 1" and the baby C1
is "Child 2".
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "sibling_not_assessed"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_the_older_child_is_not_considered_after_the_babys_fracture(store, mode):
    """T1-11 "Test: must fire" (C1 is 9 weeks, C2 is 4): the injury presentation (row 1), the
    strategy discussion (row 3) and the s47 enquiry (row 4) are one episode about C1; nothing
    about C2 follows within 7 days of the last. High: C2 is under 5 and the nursery's neglect
    concern (row 5) is her own."""
    [finding] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (finding.variant, finding.severity, finding.confidence) == ("unconsidered", "high", "definite")
    assert finding.subjects == ["C1", "C2"]
    assert evidence_refs(finding, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(finding, "context") == ["chronology.csv:4", "chronology.csv:5", "chronology.csv:6"]
    [gap] = [r for r in finding.evidence if r["role"] == "expected_missing"]
    assert (gap["person_id"], gap["agency_id"], gap["day_to"] - gap["day_from"]) == ("C2", CSC, 9)
    assert "Child 1 (aged 4)" in finding.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_strategy_discussion_about_both_children_and_a_visit_do_not_fire(store, mode):
    """T1-11 "Near miss": the strategy discussion is about C1 and C2, and a social worker sees
    C2 alone the next day."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_social_care_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: social care's chronology stops on 07/01/2022, before the 7 days after the
    s47 enquiry run out, so the missing consideration may simply be missing data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.subjects) == ("unconsidered", ["C1", "C2"])


def test_no_further_action_for_a_sibling_never_seen(store):
    """Variant decided_without_seeing (O08 L559): after C1's disclosure of sexual abuse (row 1),
    social care records no further action for 4-year-old C2 without assessing or seeing him.
    The decision is dated only "January 2022", so it only possibly came after the disclosure
    of 12/01/2022: possible, date_uncertain."""
    [finding] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (finding.variant, finding.severity, finding.confidence) == ("decided_without_seeing", "high", "possible")
    assert finding.date_uncertain is True
    assert evidence_refs(finding, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(finding, "decision") == ["chronology.csv:4"]


def test_one_child_on_a_plan_and_the_other_not(store):
    """Variant status_divergence (T16 L887): C1 goes on a child protection plan (row 3); C2, in
    the same household and discussed at the same conference, has no plan or completed
    assessment within 30 days (medium). C2 was considered, so nothing else fires."""
    [finding] = findings_in(store, "status_divergence", DETECTOR)

    assert (finding.variant, finding.severity, finding.confidence) == ("status_divergence", "medium", "definite")
    assert evidence_refs(finding, "trigger") == ["chronology.csv:4"]
    assert [r["person_id"] for r in finding.evidence if r["role"] == "expected_missing"] == ["C2"]


def test_a_sibling_who_changes_school_before_anyone_considers_him(store):
    """Variant moved_before_protection (O08 L559, the sibling moved to a school that "knew
    nothing about the abuse"): 7-year-old C2 joins Meadowbank Primary (row 5) after the baby's
    fracture, before any consideration; the new school never knew of the fracture (high).
    He was not considered either, so unconsidered fires too."""
    found = {f.variant: f for f in findings_in(store, "moved_school", DETECTOR)}

    assert set(found) == {"moved_before_protection", "unconsidered"}
    moved = found["moved_before_protection"]
    assert (moved.severity, moved.confidence) == ("high", "definite")
    assert "chronology.csv:6" in evidence_refs(moved, "context")
    assert [r["agency_id"] for r in moved.evidence if r["role"] == "expected_missing"] == ["ag-meadowbank-primary-school"]
