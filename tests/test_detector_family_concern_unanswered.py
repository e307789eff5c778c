"""family_concern_unanswered (DETECTORS.md §4, Tier 2): a concern raised by a relative, a
neighbour or a parent living elsewhere (the chronology's "Reported by" column) deserves a visit,
an assessment or at least a reply within 14 days. Reviews asked "why the grandparents' views were
not listened to" (O08 L741); grandparents' concerns "had not been acted upon" (O10 L208);
agencies "had not taken sufficient notice of the father's concerns" (O10 L276); a community
member's allegations "were not investigated" (T16 L1950); "The family's voice is not sought"
(T16 L2742).

Scenarios are under tests/scenarios/family_concern_unanswered/ (fictional; day 0 = 03/01/2022),
each described in its case.yaml. In must_fire a grandmother phones social care about neglect
(row 2); the call is logged and nothing follows until day 57 (row 3). Knowledge plays no part in
this rule, but the main cases run in both modes to show it.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, detect_in, evidence_refs, findings_in

DETECTOR = "family_concern_unanswered"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_grandmothers_call_logged_for_information_and_never_answered(store, mode):
    """The outcome written on the call's own row ("Logged for information") is not an answer.
    Medium: neglect is a medium-weight concern and the children are 4 and 7."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("unanswered", "medium", "definite", False)
    assert f.subjects == ["C1", "C2"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(f, "context") == ["chronology.csv:3"]  # the next record, 57 days later
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (CSC, DAY0, DAY0 + 14)
    assert f.summary.startswith("There is no record of a visit, assessment or reply within 14 days")
    assert "raised by the grandmother" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_visit_four_days_after_the_call_does_not_fire(store, mode):
    """Near miss: a social worker visits and sees both children on day 4."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_call_dated_only_by_month_is_given_the_benefit_of_the_doubt(store):
    """§0.2 uncertain dates: the call is dated "January 2022"; the visit on 10/02/2022 is
    within 14 days of its last possible day, so it counts as the answer."""
    assert findings_in(store, "uncertain_dates", DETECTOR) == []


def test_social_care_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: the social care chronology ends on day 7, before the 14 days are up."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.subjects) == ("unanswered", ["C1", "C2"])


def test_a_father_raising_his_worry_a_second_time_is_high(store):
    """Severity high (the failure repeats, §0.4): the father had raised a concern about C1 with
    the police in November (row 2, answered by a visit); his second concern, in January
    (row 4), goes unanswered. The earlier concern is shown as context."""
    [f] = findings_in(store, "repeat", DETECTOR)

    assert (f.variant, f.severity) == ("unanswered", "high")
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:4"]
    assert evidence_refs(f, "context") == ["chronology.csv:2"]
