"""handover_not_picked_up (DETECTORS.md T1-01): when responsibility for a child passes to another
worker, team, service or agency, the receiver must pick the family up within N_pickup days, see
the child within N_contact days, and know the history the sender held (O10 L338, the relay race).

Scenarios are under tests/scenarios/handover_not_picked_up/ (fictional; day 0 = 03/01/2022):
must_fire and near_miss are the T1-01 test tables; uncertain_dates, censored and variants are
described in their case.yaml files.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, detect_in, evidence_refs, findings_in, only

DETECTOR = "handover_not_picked_up"
EARLY_HELP = "ag-early-help"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_step_down_that_early_help_never_picks_up_fires(store, mode):
    """T1-01 "Test: must fire": step-down to early help on day 0; early help's first record is a
    phone call on day 60, and the school records new neglect concerns on day 20 meanwhile."""
    f = only(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("not_picked_up", "high", "definite", False)
    assert f.subjects == ["C1", "C2"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:3"]        # the step-down, not the plan end
    [missing] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_from"], missing["day_to"]) == (EARLY_HELP, DAY0, DAY0 + 14)
    [late] = [r for r in f.evidence if r["role"] == "late_response"]
    assert late["source_ref"] == "chronology.csv:6" and "60 days" in late["note"]
    assert "chronology.csv:4" in evidence_refs(f, "context")          # the new concern during the gap
    assert f.summary.startswith("The step down of") and "no record that Early Help" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_an_early_help_visit_within_a_week_does_not_fire(store, mode):
    """T1-01 "Near miss": early help visits on day 7 and sees both children; it knew the plan's
    neglect history because the step-down conveyed it."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_history_possibly_known_before_the_handover_is_a_possible_finding(store):
    """A domestic abuse concern dated only "January 2022" was possibly, not certainly, known to
    social care by the step-down of 17/01/2022; early help picked up without it."""
    f = only(findings_in(store, "uncertain_dates", DETECTOR))

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("history_dropped", "high", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:3"]
    assert evidence_refs(f, "response") == ["chronology.csv:4"]
    assert evidence_refs(f, "unseen_concern") == ["chronology.csv:2"]


def test_a_receiver_whose_records_end_inside_the_window_is_censored_not_blamed(store):
    """As must_fire, but early help's chronology ends on day 7, before the 14-day window closes:
    no finding, one entry for the data-quality listing."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, evidence_refs(c, "trigger")) == ("not_picked_up", ["chronology.csv:3"])


def test_plan_end_school_move_and_birth_handovers(store):
    """A CP plan ends with no CIN plan or step-down (no_receiver, high); the new school records
    the child but never sees them and lacks the old school's neglect concern (no_contact,
    history_dropped); health visiting first visits a newborn 30 days after the birth
    (not_picked_up, high: under one)."""
    found = {(f.variant, evidence_refs(f, "trigger")[0]): f for f in findings_in(store, "variants", DETECTOR)}

    assert {k: (f.severity, f.confidence) for k, f in found.items()} == {
        ("no_receiver", "chronology.csv:2"): ("high", "definite"),
        ("no_contact", "chronology.csv:4"): ("medium", "definite"),
        ("history_dropped", "chronology.csv:4"): ("medium", "definite"),
        ("not_picked_up", "chronology.csv:6"): ("high", "definite"),
    }
    assert found[("no_contact", "chronology.csv:4")].subjects == ["C2"]
    assert evidence_refs(found[("history_dropped", "chronology.csv:4")], "unseen_concern") == ["chronology.csv:3"]
    birth = found[("not_picked_up", "chronology.csv:6")]
    assert birth.subjects == ["C3"]
    assert [r["note"] for r in birth.evidence if r["role"] == "late_response"] == [
        "first record about the family by Health Visiting, 30 days after the handover"]
