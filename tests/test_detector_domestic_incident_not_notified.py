"""domestic_incident_not_notified (DETECTORS.md T1-07): when police attend domestic abuse where
children live, children's social care should know within N_csc days, the child's health visitor
or school within N_univ days, and the children should be seen (O08 L263-L269; O10 L330: "Each
incident was seen by the police as a one-off event"; T16 L2418, L2925).

Scenarios are under tests/scenarios/domestic_incident_not_notified/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-07 test tables; the others are described in
their case.yaml.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "domestic_incident_not_notified"
CSC, HV, SCH, POLICE = ("ag-children-s-social-care", "ag-health-visiting", "ag-oakfield-primary-school",
                        "ag-northshire-police")


def by_row_and_variant(findings):
    found = {(evidence_refs(f, "trigger")[0], f.variant): f for f in findings}
    assert len(found) == len(findings)
    return found



@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_unnotified_incidents_with_unseen_children_fire(store, mode):
    """T1-07 "Test: must fire" (C1 is 2, C2 is 6): row 1 reached nobody (csc_not_notified, high:
    a child under 5), and neither incident reached the health visitor or school (low); the
    children were not seen at either. Row 3 was notified to social care the next day."""
    found = by_row_and_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert {k: f.severity for k, f in found.items()} == {
        ("chronology.csv:2", "csc_not_notified"): "high",
        ("chronology.csv:2", "universal_not_notified"): "low",
        ("chronology.csv:2", "children_not_seen"): "medium",
        ("chronology.csv:4", "universal_not_notified"): "low",
        ("chronology.csv:4", "children_not_seen"): "medium",
    }
    assert expected_missing_agencies(found["chronology.csv:2", "csc_not_notified"]) == [CSC]
    for row in ("chronology.csv:2", "chronology.csv:4"):
        assert expected_missing_agencies(found[row, "universal_not_notified"]) == [HV, SCH]
        unseen = found[row, "children_not_seen"]
        assert sorted(r["person_id"] for r in unseen.evidence if r["role"] == "context") == ["C1", "C2"]
    for f in found.values():
        assert (f.confidence, f.date_uncertain) == ("definite", False)
        assert f.subjects == ["C1", "C2"]
        assert "no record that" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_notified_incidents_with_children_seen_do_not_fire(store, mode):
    """T1-07 "Near miss": both incidents saw the children and were shared the next day with
    social care, the health visitor and the school."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_an_incident_dated_to_the_month_gives_possible_findings(store):
    """The incident is dated only "January 2022" and the baby was born on 20/01/2022, so the baby
    was only possibly living there when it happened."""
    found = by_row_and_variant(findings_in(store, "uncertain_dates", DETECTOR))

    assert set(found) == {("chronology.csv:2", "csc_not_notified"), ("chronology.csv:2", "children_not_seen")}
    for f in found.values():
        assert (f.confidence, f.date_uncertain, f.severity) == ("possible", True, "high")   # a baby under 1


def test_police_records_ending_inside_the_window_are_censored(store):
    """The police chronology stops the day after the incident, inside the two-day window: the
    missing notification may simply be missing data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert censored.variant == "csc_not_notified"
    assert evidence_refs(censored, "trigger") == ["chronology.csv:2"]


def test_three_incidents_in_a_year_with_no_multi_agency_response_is_a_repeat_pattern(store):
    """O10 L330: three incidents in four months, each notified and the children seen, but no
    MARAC, strategy discussion or assessment followed."""
    [finding] = findings_in(store, "repeat_pattern", DETECTOR)

    assert (finding.variant, finding.severity) == ("repeat_pattern", "high")
    assert evidence_refs(finding, "trigger") == ["chronology.csv:8"]
    assert sorted(evidence_refs(finding, "context")) == ["chronology.csv:2", "chronology.csv:5"]
    assert expected_missing_agencies(finding) == [CSC]


def test_a_non_domestic_callout_about_a_household_adult_is_the_lower_severity_variant(store):
    """Variant other_incident: the mother's partner was arrested for violence elsewhere; the
    children live with him and social care was not told."""
    [finding] = findings_in(store, "other_incident", DETECTOR)

    assert (finding.variant, finding.severity) == ("other_incident", "low")
    assert finding.subjects == ["C1", "C2"]


def test_a_notification_recorded_only_by_children_s_social_care_counts(store):
    """T1-07 trap: social care's record of receiving the notification (conveying the incident)
    exists but the police record of sending it does not; the receipt counts."""
    assert findings_in(store, "csc_receipt_recorded", DETECTOR) == []


def test_without_household_data_a_parent_s_partner_counts_as_living_with_the_child(store):
    """§0.2 household fallback: no households in the people sheet; the incident names only the
    mother's current partner, so her child is a resident child."""
    found = by_row_and_variant(findings_in(store, "no_household_data", DETECTOR))

    assert set(v for _, v in found) == {"csc_not_notified", "children_not_seen"}
    assert all(f.subjects == ["C1"] for f in found.values())


def test_an_incident_during_pregnancy_counts_the_unborn_baby(store):
    """T1-07 children include an unborn child: the mother booked before the incident and gave
    birth after it. Unborn raises csc_not_notified to high; an unborn child is not 'not seen'."""
    [finding] = findings_in(store, "unborn", DETECTOR)

    assert (finding.variant, finding.severity, finding.subjects) == ("csc_not_notified", "high", ["C1"])
    assert "unborn" in finding.summary
