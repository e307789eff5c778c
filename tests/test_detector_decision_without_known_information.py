"""decision_without_known_information (DETECTORS.md T1-05): at every key decision about a child,
list the concerns about the family that other agencies had recorded but that never reached the
agency deciding or anyone at the meeting (T16 L2870: information sharing raised in 65 of 66
in-depth reports; O10 L307: "none of the main agencies had a complete picture").

Scenarios are under tests/scenarios/decision_without_known_information/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-05 test tables; uncertain_dates, censored and
inferred_sharing are described in their case.yaml.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "decision_without_known_information"
POLICE, GP, CSC = "ag-northshire-police", "ag-brookside-surgery", "ag-children-s-social-care"


def holders(finding):
    return sorted(r["agency_id"] for r in finding.evidence if r["role"] == "holder")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_an_assessment_closed_without_the_police_and_gp_concerns_fires(store, mode):
    """T1-05 "Test: must fire": the police domestic incident (row 1) and the GP's mental health
    consultation (row 2) never reached children's social care, which closed its assessment NFA
    and the case (rows 6 and 7): one high finding per decision, listing both."""
    findings = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert sorted(evidence_refs(f, "decision")[0] for f in findings) == ["chronology.csv:7", "chronology.csv:8"]
    for f in findings:
        assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("unseen_concerns", "high", "definite", False)
        assert f.subjects == ["C1"]
        assert sorted(evidence_refs(f, "unseen_concern")) == ["chronology.csv:2", "chronology.csv:3"]
        assert holders(f) == [GP, POLICE]
        missing = [r for r in f.evidence if r["role"] == "expected_missing"]
        assert sorted(r["agency_id"] for r in missing) == [GP, POLICE]       # no information request to either
        assert all(r["note"].startswith("No record that") for r in missing)
        assert "no record that the decision makers knew" in f.summary
        assert "Child 1" in f.summary and "C1" not in f.summary              # pseudonyms, not ids


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_shared_incident_and_answered_request_do_not_fire(store, mode):
    """T1-05 "Near miss": the police notification conveys the incident to social care, and the GP
    answers the social worker's information request with a letter conveying the consultation."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_concern_dated_only_to_the_month_gives_a_possible_finding(store):
    """The GP consultation is dated "February 2022": it may have come after the decision on
    17/02/2022, so the precondition (concern before decision) holds only possibly."""
    [finding] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (finding.confidence, finding.date_uncertain, finding.severity) == ("possible", True, "high")
    assert evidence_refs(finding, "unseen_concern") == ["chronology.csv:2"]
    assert "possibly after the decision" in next(r["note"] for r in finding.evidence if r["role"] == "unseen_concern")


def test_a_holder_whose_records_end_before_the_decision_is_censored(store):
    """The surgery's chronology ends on 31/01/2022, before the decision: it may have shared its
    concern in February without any record reaching the review, so the finding is data quality."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert evidence_refs(censored, "unseen_concern") == ["chronology.csv:2"]


def test_a_notification_that_does_not_say_what_it_carried_counts_only_in_lenient_mode(store):
    """§1 modes: the police notification names no incident (no Conveys), so only the lenient pass
    infers that it carried the incident; the strict pass shows the decision made without it."""
    assert findings_in(store, "inferred_sharing", DETECTOR, mode="lenient") == []

    [finding] = findings_in(store, "inferred_sharing", DETECTOR, mode="strict")
    assert finding.knowledge_mode == "strict"
    assert evidence_refs(finding, "unseen_concern") == ["chronology.csv:2"]
    assert holders(finding) == [POLICE]
