"""repeated_missing_episodes (DETECTORS.md §4, Tier 2): three or more missing episodes in 90
days, or any episode where the child was found with an unknown or older adult or intoxicated,
should lead to a strategy discussion or at least to return information reaching children's
social care. T16 L1902 (a young person reported missing "at least thirteen times"), L1912
(contacts with "much older adult males" should have led to referrals), L2075 (what the safe and
well check found "should have been shared").

Scenarios are under tests/scenarios/repeated_missing_episodes/ (fictional; day 0 = 03/01/2022);
each case.yaml says what it holds.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import day, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "repeated_missing_episodes"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_three_episodes_the_last_with_older_males_fires(store, mode):
    """Variant found_at_risk: three episodes in seven weeks (rows 2-3 are the report and return
    of one), the last found intoxicated with older males (row 5). Early help's return interview
    (row 6) never reached social care; the strategy discussion (row 7) came 54 days later. High:
    found at risk. The window runs from the first episode to 7 days after the latest."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("found_at_risk", "high", "definite", False)
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4", "chronology.csv:5"]
    assert evidence_refs(f, "context") == ["chronology.csv:6"]
    assert evidence_refs(f, "late_response") == ["chronology.csv:7"]
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (CSC, day("03/01/2022"), day("20/02/2022") + 7)
    assert 'the records say "older male", "intoxicated"' in f.summary
    assert f.summary.endswith("nor that children's social care knew of the episodes.")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_safe_and_well_information_sent_to_social_care_does_not_fire(store, mode):
    """Near miss: the same episodes, but the police send social care what the safe and well check
    found the day after the third one (information_shared to social care)."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_one_episode_found_with_older_males_is_enough(store):
    """"or any episode where the child was found with an unknown adult or intoxicated": with five
    episodes needed for the repeated pattern, the third episode (row 5) still fires on its own."""
    [f] = findings_in(store, "must_fire", DETECTOR, params={"min_episodes": 5})

    assert (f.variant, f.severity) == ("found_at_risk", "high")
    assert evidence_refs(f, "trigger") == ["chronology.csv:5"]


def test_three_episodes_without_risk_words_are_repeated_and_medium(store):
    """Variant repeated: with no risk words to look for, the three episodes of a 14-year-old
    are a medium-severity pattern (missing_episode is a medium-weight concern)."""
    [f] = findings_in(store, "must_fire", DETECTOR, params={"risk_words": "nothing to match"})

    assert (f.variant, f.severity, f.confidence) == ("repeated", "medium", "definite")
    assert "was reported missing 3 times between 03/01/2022 and 20/02/2022" in f.summary


def test_an_episode_dated_only_by_month_gives_a_possible_finding(store):
    """§0.2 uncertain dates: the school's record of the third episode says only "February 2022",
    so the three episodes fall within 90 days only possibly."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("repeated", "medium", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4"]
    assert expected_missing_agencies(f) == [CSC]


def test_social_care_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: social care's chronology ends on 24/02/2022, before the 7 days after the
    third episode run out."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, c.subjects) == ("found_at_risk", ["C1"])


@pytest.mark.parametrize("mode, knew", [("lenient", True), ("strict", False)])
def test_what_social_care_knew_follows_the_knowledge_mode(store, mode, knew):
    """§1: social care knew of the episodes only from the team-around-the-child meeting (pooled
    route, lenient mode). The finding stands in both modes; only strict mode adds that there is
    no record social care knew."""
    [f] = findings_in(store, "known_at_meeting", DETECTOR, mode=mode)

    assert f.variant == "found_at_risk"
    assert ("nor that children's social care knew of the episodes" in f.summary) is not knew
