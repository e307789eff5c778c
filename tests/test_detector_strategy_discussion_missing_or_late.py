"""strategy_discussion_missing_or_late (DETECTORS.md §4, Tier 2): once children's social care
knows of an injury, sexual abuse, sexual exploitation or a child's disclosure, a strategy
discussion should follow within 2 days. Reviews criticise "The failure to convene the
appropriate (strategy) meeting" (O08 L375) and "Delays in holding strategy discussions"
(T16 L2980); see also T16 L2219 and L4040.

Scenarios are under tests/scenarios/strategy_discussion_missing_or_late/ (fictional; day 0 =
03/01/2022), each described in its case.yaml. In must_fire the emergency department refers
unexplained bruising to a 3-year-old (rows 2-3) and social care assesses without ever holding a
strategy discussion.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, detect_in, evidence_refs, findings_in

DETECTOR = "strategy_discussion_missing_or_late"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_bruising_referred_to_social_care_with_no_strategy_discussion(store, mode):
    """Variant missing: social care knew of the ED attendance (conveyed by the referral) and the
    referral itself on day 0; no strategy discussion follows in 28 days. High: physical injury.
    The attendance and the referral are one episode, so one finding."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("missing", "high", "definite", False)
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3"]
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (CSC, DAY0 - 7, DAY0 + 2)  # N_before, N
    assert f.summary.startswith("There is no record of a strategy discussion about Child 1 within 2 days")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_strategy_discussion_on_the_second_day_does_not_fire(store, mode):
    """Near miss: the strategy discussion is on day 2, the last day of the window, and is
    recorded against the mother and the child. The further bruise social care notes on day 6
    (row 7) is covered by it (held within the 7 days before), and the conference on day 21
    (row 8), tagged physical injury, is part of the response, not a new concern."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_strategy_discussion_eleven_days_later_is_late(store):
    """Variant late (T16 L2980 "Delays in holding strategy discussions"): the discussion is held
    on day 11. Medium: the child is 3, not under 1."""
    [f] = findings_in(store, "late", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("late", "medium", "definite")
    [late] = [r for r in f.evidence if r["role"] == "late_response"]
    assert late["source_ref"] == "chronology.csv:5" and "11 days" in late["note"]
    assert "the first was recorded 11 days later" in f.summary


def test_social_care_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: social care's chronology ends on day 17, before the 28 days in which a
    late discussion would still be seen, so missing cannot be told from no data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.subjects) == ("missing", ["C1"])


def test_a_disclosure_known_only_through_a_meeting_is_possible_in_lenient_mode(store):
    """§1 modes: the school kept a disclosure of sexual abuse (row 2); social care attended an
    early help meeting about the child a week later (row 3). Lenient mode pools the school's
    knowledge at the meeting, so the finding stands, but only as possible."""
    [f] = findings_in(store, "knowledge_modes", DETECTOR, mode="lenient")

    assert (f.variant, f.severity, f.confidence) == ("missing", "high", "possible")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(f, "context") == ["chronology.csv:3"]


def test_a_disclosure_known_only_through_a_meeting_is_not_known_in_strict_mode(store):
    """§1 modes: strict mode drops the pooled route, so social care never knew of the disclosure
    (concern_held_not_passed_on is the detector for that)."""
    assert findings_in(store, "knowledge_modes", DETECTOR, mode="strict") == []
