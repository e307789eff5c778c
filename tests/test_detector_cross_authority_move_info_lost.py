"""cross_authority_move_info_lost (DETECTORS.md T1-03): when a family known to services moves to
another area, the old area must send what it holds, the new area must pick the family up, its
information requests must be answered, a CP plan must not lapse, and the new area's first decision
should rest on the old area's concerns (O08 L400: information "not passed on or ... not acted on").

Areas come from case.yaml (agency `area`) and the "From area" / "To area" columns of the
address_move row. Scenarios are under tests/scenarios/cross_authority_move_info_lost/
(fictional; day 0 = 03/01/2022); must_fire and near_miss are the T1-03 test tables.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "cross_authority_move_info_lost"




@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_child_on_a_plan_whose_records_do_not_follow_the_move_fires(store, mode):
    """T1-03 "Test: must fire": the family moves from Northshire to Southshire on day 100 while the
    child is on a Northshire CP plan; nothing is sent, Southshire social care and health visiting
    record nothing, and the Northshire case is closed with no Southshire conference."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert {v: (f.severity, f.confidence) for v, f in found.items()} == {
        "no_transfer": ("high", "definite"), "no_pickup": ("high", "definite"), "plan_lapse": ("high", "definite")}
    for f in found.values():
        assert evidence_refs(f, "trigger") == ["chronology.csv:4"]
        assert sorted(evidence_refs(f, "holder")) == ["chronology.csv:2", "chronology.csv:3"]
        assert evidence_refs(f, "context") == ["chronology.csv:7"]   # the new area's domestic incident
        assert f.subjects == ["C1"]
    assert expected_missing_agencies(found["no_transfer"]) == ["ag-northshire-children-s-social-care",
                                                      "ag-northshire-health-visiting"]
    assert expected_missing_agencies(found["no_pickup"]) == ["ag-southshire-children-s-social-care",
                                                    "ag-southshire-health-visiting"]
    [window] = [(r["day_from"], r["day_to"]) for r in found["plan_lapse"].evidence if r["role"] == "expected_missing"]
    assert window == (DAY0 + 100, DAY0 + 128)


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_transfer_with_pickup_and_a_new_conference_does_not_fire(store, mode):
    """T1-03 "Near miss": social care transfers the case and health visiting sends its records
    within days; Southshire holds a conference on day 118 and visits on day 120."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_school_records_requests_and_concerns_lost_on_a_move(store):
    """Known to Northshire police and school, the family moves; the old school sends nothing and
    ignores the new school's request; Southshire social care's first decision is made without the
    police and school concerns. A later move names only its new area (data quality only)."""
    detection = detect_in(store, "variants", DETECTOR)
    found = by_variant(detection.findings)

    assert {v: (f.severity, f.confidence) for v, f in found.items()} == {
        "no_transfer": ("low", "definite"),          # only school records were missing
        "request_unanswered": ("medium", "definite"),
        "concerns_not_transferred": ("medium", "definite"),
    }
    assert expected_missing_agencies(found["no_transfer"]) == ["ag-oakfield-primary-school"]
    assert evidence_refs(found["request_unanswered"], "context") == ["chronology.csv:6"]
    lost = found["concerns_not_transferred"]
    assert evidence_refs(lost, "decision") == ["chronology.csv:7"]
    assert sorted(evidence_refs(lost, "unseen_concern")) == ["chronology.csv:2", "chronology.csv:3"]
    [dq] = detection.censored
    assert (dq.variant, evidence_refs(dq, "trigger")) == ("area_unknown", ["chronology.csv:8"])


def test_a_move_no_old_area_agency_knew_of_is_a_tracking_failure(store):
    """The move is first recorded by the new GP; nothing shows that Northshire health visiting,
    which was working with the family, knew of it: move_unknown instead of no_transfer."""
    [f] = findings_in(store, "move_unknown", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("move_unknown", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:3"]
    assert expected_missing_agencies(f) == ["ag-northshire-health-visiting"]
