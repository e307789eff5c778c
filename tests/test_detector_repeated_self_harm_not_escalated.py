"""repeated_self_harm_not_escalated (DETECTORS.md §4, Tier 2): a young person who self-harms
twice or more within a year, from any source (police custody included), should be followed up
by CAMHS; CAMHS should not reject or discharge while the risk is active. T16 L2121: self-harm
"should be taken seriously whenever they occur"; T16 L1920: a young person "discharged from
CAMHS after three further appointments"; T16 L1886: self-harm in a police cell.

Scenarios are under tests/scenarios/repeated_self_harm_not_escalated/ (fictional; day 0 =
03/01/2022); each case.yaml says what it holds.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import day, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "repeated_self_harm_not_escalated"
CAMHS = "ag-northshire-camhs"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_three_episodes_and_camhs_months_later_fires(store, mode):
    """Variant no_camhs_follow_up: custody-cell self-harm (row 2), an overdose (row 3; its
    discharge letter, row 4, reports the same act and is not counted) and cutting seen at school
    (row 5). CAMHS's first record is 97 days after the latest (late_response, row 6). High:
    self_harm is a high-weight concern. The window runs from the first unanswered episode
    (14/02/2022) to 28 days after the latest (10/03/2022)."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("no_camhs_follow_up", "high", "definite", False)
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:5"]
    assert evidence_refs(f, "late_response") == ["chronology.csv:6"]
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (CAMHS, day("14/02/2022"), day("10/03/2022") + 28)
    assert f.summary.startswith("Self-harm by Child 1 (aged 15) was recorded on 3 occasions")
    assert "there is no record of CAMHS follow-up" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_camhs_seeing_her_within_the_window_does_not_fire(store, mode):
    """Near miss: the same three episodes, but the school refers her to CAMHS and CAMHS sees her
    eleven days after the latest and agrees a safety plan."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_referral_camhs_never_answered_is_medium(store):
    """With a 7-day window the CAMHS appointment of the near miss (11 days later) is late: the
    school's referral to CAMHS (row 5) partly closed the gap, so medium; the appointment is the
    late response (row 6)."""
    [f] = findings_in(store, "near_miss", DETECTOR, params={"N_follow": 7})

    assert (f.variant, f.severity) == ("no_camhs_follow_up", "medium")
    assert "chronology.csv:5" in evidence_refs(f, "context")
    assert evidence_refs(f, "late_response") == ["chronology.csv:6"]
    assert "a referral to CAMHS was made, but there is no record that CAMHS followed it up" in f.summary


def test_an_episode_dated_only_by_year_gives_a_possible_finding(store):
    """§0.2 uncertain dates: the railway-bridge episode is dated "2021", so it is only possibly
    within the 12 months before the overdose of 15/02/2022."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("no_camhs_follow_up", "high", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3"]


def test_camhs_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: CAMHS's chronology ends on 20/03/2022, before the 28 days after the latest
    episode run out, so the absence of follow-up may be missing data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, c.subjects) == ("no_camhs_follow_up", ["C1"])


def test_without_camhs_records_a_referral_to_camhs_is_what_can_be_seen(store):
    """§0.5.1: no CAMHS chronology was supplied. C1's school referred her to CAMHS (no finding:
    what CAMHS did cannot be seen); nobody referred her sister C2 after two ED attendances."""
    [f] = findings_in(store, "no_camhs_records", DETECTOR)

    assert (f.variant, f.severity, f.subjects) == ("no_camhs_follow_up", "high", ["C2"])
    assert evidence_refs(f, "trigger") == ["chronology.csv:5", "chronology.csv:6"]
    assert expected_missing_agencies(f) == [CAMHS]
    assert "no record of a referral to CAMHS (no CAMHS records are in the data)" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_camhs_rejecting_a_referral_after_an_overdose(store, mode):
    """Variant camhs_closed_while_at_risk: CAMHS does not accept the ED's referral (row 4) 15 days
    after the overdose (row 2). CAMHS knew of the self-harm from the referral itself, in either
    mode, so high."""
    [f] = findings_in(store, "camhs_rejection", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("camhs_closed_while_at_risk", "high", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(f, "decision") == ["chronology.csv:4"]
    assert "15 days after self-harm recorded on 14/02/2022" in f.summary


@pytest.mark.parametrize("mode, severity", [("lenient", "high"), ("strict", "medium")])
def test_a_discharge_is_high_only_when_camhs_knew_of_the_overdose(store, mode, severity):
    """Variant camhs_closed_while_at_risk and §1 modes: CAMHS knew of the overdose only from the
    professionals meeting it attended (pooled route, lenient). In strict mode there is no record
    that it knew, so the discharge (row 5) is medium and the summary says so."""
    [f] = findings_in(store, "camhs_discharge", DETECTOR, mode=mode)

    assert (f.variant, f.severity, evidence_refs(f, "decision")) == ("camhs_closed_while_at_risk", severity, ["chronology.csv:5"])
    assert ("there is no record that CAMHS knew of the self-harm" in f.summary) == (mode == "strict")
