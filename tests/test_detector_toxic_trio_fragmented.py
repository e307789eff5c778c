"""toxic_trio_fragmented (DETECTORS.md T1-09): when two or three of domestic abuse, parental
mental ill-health and parental substance misuse are known in a family, some agency (above all
the one deciding) should hold the whole picture (T16 L1377-L1383: cumulative risk; O10 L284,
L307: the factors were held by different professionals and no agency had the complete picture).

Scenarios are under tests/scenarios/toxic_trio_fragmented/ (fictional; day 0 = 03/01/2022):
must_fire and near_miss are the T1-09 test tables; uncertain_dates moves the drug service's
record to "April 2022", around the decision on 03/04/2022.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "toxic_trio_fragmented"
CSC, POL, GP, SMS, HV = ("ag-children-s-social-care", "ag-northshire-police", "ag-brookside-surgery",
                         "ag-drug-and-alcohol-service", "ag-health-visiting")


def holders(finding) -> dict[str, list[str]]:
    """Agency -> the notes of its holder rows (the domain x agency matrix)."""
    rows: dict[str, list[str]] = {}
    for r in finding.evidence:
        if r["role"] == "holder":
            rows.setdefault(r["agency_id"], []).append(r["note"])
    return rows


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_three_risks_held_by_three_agencies_fire_at_the_assessment(store, mode):
    """T1-09 "Test: must fire": at the completed assessment (row 5) m = 3; social care and the
    police know of the domestic abuse, the GP of the mental ill-health, the drug service of the
    substance misuse, the health visitor of none. Both variants, high (m = 3)."""
    found = {f.variant: f for f in findings_in(store, "must_fire", DETECTOR, mode=mode)}

    assert set(found) == {"no_agency_holds_picture", "decider_partial"}
    for f in found.values():
        assert (f.severity, f.confidence, f.subjects) == ("high", "definite", ["C1"])
        assert evidence_refs(f, "decision") == ["chronology.csv:6"]
        matrix = holders(f)
        assert set(matrix) == {CSC, POL, GP, SMS, HV}
        assert [n for n in matrix[GP]] == ["Brookside Surgery knew of parental mental ill-health"]
        assert "not recorded as knowing any" in matrix[HV][0]
    partial = found["decider_partial"]
    assert sorted(evidence_refs(partial, "unseen_concern")) == ["chronology.csv:3", "chronology.csv:4"]
    assert evidence_refs(partial, "context") == ["chronology.csv:2"]
    assert sorted(r["note"] for r in partial.evidence if r["role"] == "expected_missing") == [
        "no record that the decision makers knew of parental mental ill-health",
        "no record that the decision makers knew of parental substance misuse",
    ]
    assert "there is no record that any one agency knew of all of them" in found["no_agency_holds_picture"].summary


def test_a_strategy_discussion_that_pools_the_picture_does_not_fire(store):
    """T1-09 "Near miss": police, GP and drug service attend a strategy discussion on day 85, so
    (pooled meeting knowledge) social care holds all three domains by the assessment."""
    assert findings_in(store, "near_miss", DETECTOR) == []


def test_strict_mode_does_not_assume_what_was_said_at_the_meeting(store):
    """Strict mode drops pooled meeting knowledge (DETECTORS.md §1): the same near miss then
    shows no single agency, and not social care at the assessment, holding the picture. The
    strategy discussion itself is not decider_partial: its attendees together knew all three."""
    found = findings_in(store, "near_miss", DETECTOR, mode="strict")

    assert sorted((evidence_refs(f, "decision")[0], f.variant) for f in found) == [
        ("chronology.csv:6", "no_agency_holds_picture"),
        ("chronology.csv:7", "decider_partial"),
        ("chronology.csv:7", "no_agency_holds_picture"),
    ]


def test_a_domain_dated_only_by_month_makes_the_finding_possible(store):
    """§0.2 benefit of the doubt: the drug service record is dated "April 2022", so it only
    possibly came before the decision of 03/04/2022; the findings are possible and carry
    date_uncertain."""
    found = findings_in(store, "uncertain_dates", DETECTOR)

    assert {f.variant for f in found} == {"no_agency_holds_picture", "decider_partial"}
    for f in found:
        assert (f.confidence, f.date_uncertain) == ("possible", True)
        assert "chronology.csv:4" in evidence_refs(f, "unseen_concern") + evidence_refs(f, "context")


def test_nothing_is_censored(store):
    """The check looks back from each decision, so no window runs past the data."""
    assert detect_in(store, "must_fire", DETECTOR).censored == []
