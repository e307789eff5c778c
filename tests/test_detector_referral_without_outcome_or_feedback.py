"""referral_without_outcome_or_feedback (DETECTORS.md T1-02): a referral must get a recorded
decision from its receiver (7 days for children's social care, 90 for others), and the referrer
must be told the outcome within 14 days of it (O10 L341: "Any referrer ... should be informed").

Scenarios are under tests/scenarios/referral_without_outcome_or_feedback/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-02 test tables; uncertain_dates, censored and
logged_only are described in their case.yaml files.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, detect_in, evidence_refs, findings_in

DETECTOR = "referral_without_outcome_or_feedback"
CSC = "ag-children-s-social-care"


def by_key(findings):
    """Findings by (variant, chronology row of the referral they hang on)."""
    found = {(f.variant, evidence_refs(f, "trigger")[0]): f for f in findings}
    assert len(found) == len(findings)
    return found


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_unanswered_and_unfed_back_school_referrals_fire(store, mode):
    """T1-02 "Test: must fire": the first school referral got an NFA that was never fed back while
    the school kept worrying; the second got no decision by day 47; together they repeat."""
    found = by_key(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert {k: (f.severity, f.confidence, f.date_uncertain) for k, f in found.items()} == {
        ("no_feedback", "chronology.csv:2"): ("high", "definite", False),
        ("no_outcome", "chronology.csv:5"): ("high", "definite", False),
        ("repeat_unanswered", "chronology.csv:5"): ("high", "definite", False),
    }
    no_feedback = found[("no_feedback", "chronology.csv:2")]
    assert evidence_refs(no_feedback, "decision") == ["chronology.csv:3"]
    assert sorted(evidence_refs(no_feedback, "context")) == ["chronology.csv:4", "chronology.csv:5", "chronology.csv:6"]
    assert "no record that Oakfield Primary School was told" in no_feedback.summary

    no_outcome = found[("no_outcome", "chronology.csv:5")]
    [missing] = [r for r in no_outcome.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_from"], missing["day_to"]) == (CSC, DAY0 + 40, DAY0 + 47)

    repeat = found[("repeat_unanswered", "chronology.csv:5")]
    assert evidence_refs(repeat, "trigger") == ["chronology.csv:5", "chronology.csv:2"]
    assert all(f.subjects == ["C2"] for f in found.values())


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_outcomes_shared_with_the_school_do_not_fire(store, mode):
    """T1-02 "Near miss": the NFA is shared with the school, and the second referral is answered
    by an assessment that responds to it and is shared with the school."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_referrals_possibly_within_the_repeat_window_are_a_possible_repeat(store):
    """The first referral is dated only "January 2022"; the second, on 05/07/2022, is 155 to 185
    days later, so possibly (not certainly) within 180 days."""
    found = by_key(findings_in(store, "uncertain_dates", DETECTOR))

    repeat = found[("repeat_unanswered", "chronology.csv:3")]
    assert (repeat.severity, repeat.confidence, repeat.date_uncertain) == ("high", "possible", True)
    assert evidence_refs(repeat, "trigger") == ["chronology.csv:3", "chronology.csv:2"]
    first = found[("no_outcome", "chronology.csv:2")]
    assert (first.confidence, first.date_uncertain) == ("definite", True)
    assert set(found) == {("repeat_unanswered", "chronology.csv:3"), ("no_outcome", "chronology.csv:2"),
                          ("no_outcome", "chronology.csv:3")}


def test_a_receiver_whose_records_end_inside_the_window_is_censored_not_blamed(store):
    """Children's social care's chronology ends two days after the referral, before its 7-day
    decision window closes: no finding, one entry for the data-quality listing."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, evidence_refs(c, "trigger")) == ("no_outcome", ["chronology.csv:2"])


def test_an_injury_referral_logged_for_information_only_fires(store):
    """An emergency department refers a toddler's unexplained bruise; social care records it as
    "Information only" with no assessment (fed back, so no no_feedback finding)."""
    [f] = findings_in(store, "logged_only", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("logged_only", "high", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(f, "decision") == ["chronology.csv:3"]
