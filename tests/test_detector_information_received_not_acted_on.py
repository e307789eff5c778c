"""information_received_not_acted_on (DETECTORS.md §4, Tier 2): sending a serious concern is
half the relay; the agency that receives it should record something about the child or family
within 28 days. Reviews found problems with "how individual staff responded to information once
it had been received" (O08 L381), a GP who did not read the paediatrician's letters (O08 L412),
and a school nurse with no clear expectations "when in receipt of domestic abuse notifications"
(T16 L3312).

Scenarios are under tests/scenarios/information_received_not_acted_on/ (fictional; day 0 =
03/01/2022), each described in its case.yaml. In must_fire the police share a domestic incident
with the health visitor (row 2), whose next record about the family is 71 days later (row 3).
Receipt (§1 routes 3 and 4) is the same in both knowledge modes, so the main tests run in both.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "information_received_not_acted_on"
HV = "ag-health-visiting"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_domestic_abuse_notification_the_health_visitor_never_follows_up(store, mode):
    """Route 3: the notification itself carries domestic abuse. Medium: the receiver is the
    health visitor (not social care) and the child is 2."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("no_recorded_action", "medium", "definite")
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(f, "context") == ["chronology.csv:3"]  # the first later record, 71 days on
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (HV, DAY0, DAY0 + 28)
    assert f.summary.startswith("There is no record that Health Visiting recorded anything about Child 1")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_phone_call_to_the_mother_within_the_window_does_not_fire(store, mode):
    """Near miss: the health visitor phones the mother about the notification on day 5. A
    record about a parent counts as acting on it."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_letter_that_carries_the_incident_is_a_receipt_of_it(store, mode):
    """Route 4: the police letter to the nursery (row 3) carries no concern of its own but
    CONVEYS the domestic incident (row 2). The letter is the trigger, the incident its context;
    the nursery's first later record (row 4) comes 37 days after the letter."""
    [f] = findings_in(store, "conveyed", DETECTOR, mode=mode)

    assert (f.variant, f.severity) == ("no_recorded_action", "medium")
    assert evidence_refs(f, "trigger") == ["chronology.csv:3"]
    assert evidence_refs(f, "context") == ["chronology.csv:2", "chronology.csv:4"]
    assert expected_missing_agencies(f) == ["ag-little-acorns-nursery"]


def test_health_visiting_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: the health visiting chronology ends on day 17, before the 28 days are up."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.subjects) == ("no_recorded_action", ["C1"])
