"""household_adult_unassessed (DETECTORS.md T1-12): the agencies working with a child should
know, meet and assess the adults in the child's life (fathers, partners, other household
adults), check a new adult soon after they arrive, and learn what police or adult services
know about them (O10 L257, L274: "lack of attention to the role of fathers"; T16 L2648: a new
partner is an opportunity for "re-appraisal").

Scenarios are under tests/scenarios/household_adult_unassessed/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-12 test tables. The people sheet cannot date a
household membership, so P's arrival on day 30 is written as "partner of M from 02/02/2022".
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "household_adult_unassessed"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_the_new_partner_no_one_met_fires_four_ways(store, mode):
    """T1-12 "Test: must fire" (C1 born day 0, P arrives day 30): at the assessment (row 5) P was
    unknown to every agency working with the baby, the police held a domestic abuse incident and
    his convictions (row 2) that social care did not know, and the assessment left him out; and
    nobody met him in the 28 days after he arrived. All high (a baby under 1; domestic abuse)."""
    found = {f.variant: f for f in findings_in(store, "must_fire", DETECTOR, mode=mode)}

    assert {v: (f.severity, f.confidence) for v, f in found.items()} == {
        "unknown_to_child_services": ("high", "definite"),
        "known_elsewhere": ("high", "definite"),
        "not_in_assessment": ("high", "definite"),
        "new_adult_no_check": ("high", "definite"),
    }
    assert all((f.anchor, f.subjects) == ("P", ["C1", "P"]) for f in found.values())
    assert evidence_refs(found["unknown_to_child_services"], "decision") == ["chronology.csv:6"]
    assert evidence_refs(found["known_elsewhere"], "unseen_concern") == ["chronology.csv:3"]
    assert [r["agency_id"] for r in found["known_elsewhere"].evidence if r["role"] == "expected_missing"] == [CSC]
    assert evidence_refs(found["not_in_assessment"], "decision") == ["chronology.csv:6"]
    [window] = [r for r in found["new_adult_no_check"].evidence if r["role"] == "expected_missing"]
    assert window["day_to"] - window["day_from"] == 28
    assert "on 02/02/2022" in found["new_adult_no_check"].summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_the_partner_met_checked_and_assessed_does_not_fire(store, mode):
    """T1-12 "Near miss": the health visitor meets P five days after he arrives, social care asks
    the police about him and the answer carries the incident (CONVEYS row 3), and the
    assessment is about C1, M and P."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_new_adult_check_not_yet_due_by_the_end_of_the_data_is_censored(store):
    """§0.2 censoring: P arrives on 02/02/2022 and the case data end on 15/02/2022, before the 28
    days run out; the health visitor had met him before he moved in, so he is not unknown."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    assert [(f.variant, f.anchor) for f in detection.censored] == [("new_adult_no_check", "P")]
