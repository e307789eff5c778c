"""cse_indicators_not_escalated (DETECTORS.md §4, Tier 2): three or more kinds of child sexual
exploitation indicator (going missing, older adults, unexplained gifts or money, substance use,
sexual health attendance, truancy), or an explicit CSE concern from any agency, should lead to a
strategy discussion or assessment; association with older adults should at least be referred.
T16 L2073 (police aware of "her relationship with an older male (30 years old)" did not report
it to specialist officers), L2219 (sexual health workers named the exploitation; "CSC concluded
that no strategy meeting or assessment was" needed), Table 28 (L2164).

Scenarios are under tests/scenarios/cse_indicators_not_escalated/ (fictional; day 0 =
03/01/2022); each case.yaml says what it holds.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import day, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "cse_indicators_not_escalated"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_four_kinds_of_indicator_across_three_agencies_fire(store, mode):
    """Variant indicators: an older "boyfriend" (row 2), a new phone and cash (row 3), emergency
    contraception (row 4) and a missing episode (row 5) for a 13-year-old in five weeks, none
    tagged CSE. The strategy discussion (row 6) came 91 days after the latest. High: under 16."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("indicators", "high", "definite")
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4", "chronology.csv:5"]
    assert evidence_refs(f, "late_response") == ["chronology.csv:6"]
    [gap] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (gap["agency_id"], gap["day_from"], gap["day_to"]) == (CSC, day("10/01/2022"), day("14/02/2022") + 28)
    assert f.summary.startswith("4 kinds of sexual exploitation indicator were recorded about Child 1 (aged 13)")
    assert "(older adults, gifts, sexual health, missing;" in f.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_strategy_discussion_a_week_after_the_missing_episode_does_not_fire(store, mode):
    """Near miss: the same indicators, then a strategy discussion on 21/02/2022."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_an_explicit_cse_concern_closed_with_no_further_action(store):
    """Variant cse_concern (T16 L2219): the sexual health nurse names the exploitation (row 2)
    and refers (row 3); social care's no-further-action outcome (row 4) is shown as the decision."""
    [f] = findings_in(store, "explicit_concern", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("cse_concern", "high", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3"]
    assert evidence_refs(f, "decision") == ["chronology.csv:4"]
    assert expected_missing_agencies(f) == [CSC]
    assert f.summary.startswith("Riverside Sexual Health Clinic recorded a child sexual exploitation concern about Child 1")


def test_association_with_older_adults_not_referred(store):
    """Variant older_adult_not_referred (T16 L2073): the school refers neither the 13-year-old
    (C1: high, under 16) nor the 16-year-old (C2: medium); it passed C3's to the police."""
    found = {f.subjects[0]: f for f in findings_in(store, "older_adults", DETECTOR)}

    assert {k: (f.variant, f.severity) for k, f in found.items()} == {
        "C1": ("older_adult_not_referred", "high"), "C2": ("older_adult_not_referred", "medium")}
    assert evidence_refs(found["C1"], "trigger") == ["chronology.csv:2"]
    assert "no record of a referral to children's social care or the police" in found["C1"].summary


def test_a_parents_drinking_is_not_the_childs_substance_use(store):
    """Near miss for the substances indicator: the police record the mother drunk (row 3, about
    the mother and the child). With truancy and one missing episode that makes two kinds, not
    three; even with the threshold lowered to two, substances is not among them."""
    assert findings_in(store, "parent_drinking", DETECTOR) == []
    [f] = findings_in(store, "parent_drinking", DETECTOR, params={"min_indicators": 2})

    assert "(truancy, missing;" in f.summary
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:4"]
