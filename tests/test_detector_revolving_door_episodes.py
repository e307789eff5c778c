"""revolving_door_episodes (DETECTORS.md §4, Tier 2): children's social care opening and closing
a child's case three times or more, or closing it as improved and being re-referred, again and
again. T16 L386 (a shift needed "from incident or episodic service provision"), L3492 (care
"appeared to improve enough for the case to be closed"), L4082 (staff "focused their attention
on the individual crises").

Scenarios are under tests/scenarios/revolving_door_episodes/ (fictional; day 0 = 03/01/2022);
each case.yaml says what it holds. The pattern is the finding: nothing is looked for after it,
so nothing is censored and knowledge modes do not change it.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "revolving_door_episodes"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_three_referrals_each_closed_fire(store, mode):
    """Variant repeated_episodes: school (row 2), police (row 5) and GP (row 7) referrals, closed
    by an assessment (row 4), a screening outcome (row 6) and a case closure (row 9), the anchor.
    The assessment start (row 3) belongs to the first episode; the second assessment start
    (row 8) to the third. Medium: neglect and parental substance misuse are medium-weight."""
    detection = detect_in(store, "must_fire", DETECTOR, mode=mode)
    [f] = detection.findings

    assert detection.censored == []
    assert (f.variant, f.severity, f.confidence) == ("repeated_episodes", "medium", "definite")
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:5", "chronology.csv:7"]
    assert evidence_refs(f, "decision") == ["chronology.csv:4", "chronology.csv:6", "chronology.csv:9"]
    assert f.summary == ("Children's social care opened and closed 3 episodes for Child 1 (aged 8) between "
                         "10/01/2019 and 30/08/2020 (closed on 20/03/2019, 07/09/2019 and 30/08/2020).")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_third_referral_that_leads_to_a_child_in_need_plan_does_not_fire(store, mode):
    """Near miss: the third episode leads to a child in need plan and is still open."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_episodes_further_apart_than_the_window_do_not_fire(store):
    """window: the three must_fire episodes span 598 days; with a 500-day window they do not
    make the pattern."""
    assert findings_in(store, "must_fire", DETECTOR, params={"window": 500}) == []


def test_closed_as_improved_and_re_referred_twice(store):
    """Variant closed_improved_rereferred (T16 L3492): closed as improved (row 3), re-referred
    after 223 days (row 4); stepped down as improved (row 5), re-referred after 188 days (row 6),
    the anchor. The third episode is still open, so repeated_episodes would not hold."""
    [f] = findings_in(store, "improved_cycles", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("closed_improved_rereferred", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:4", "chronology.csv:6"]
    assert evidence_refs(f, "decision") == ["chronology.csv:3", "chronology.csv:5"]
    assert "as improved 2 times between 10/01/2019 and 20/06/2020" in f.summary


def test_a_plan_after_the_pattern_lowers_severity(store):
    """§0.4 low: a child protection plan (row 11) two months after the third closure; the next
    episode (row 10) and the plan are shown as context."""
    [f] = findings_in(store, "door_stopped", DETECTOR)

    assert (f.variant, f.severity) == ("repeated_episodes", "low")
    assert evidence_refs(f, "context") == ["chronology.csv:10", "chronology.csv:11"]
    assert f.summary.endswith("A child protection plan or care proceedings followed.")
