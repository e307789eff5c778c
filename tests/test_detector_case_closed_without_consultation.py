"""case_closed_without_consultation (DETECTORS.md T1-04): before closing, stepping down or ending a
plan, the closer should consult the agencies still involved, tell them afterwards, and know their
live concerns (O08 L430-L432: "a failure to consult with, or inform, other agencies").

Scenarios are under tests/scenarios/case_closed_without_consultation/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-04 test tables; assessment_open is described in
its case.yaml.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import by_variant, evidence_refs, findings_in

DETECTOR = "case_closed_without_consultation"
SCH, GP = "ag-oakfield-primary-school", "ag-brookside-surgery"



@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_closure_for_non_engagement_without_asking_or_telling_fires(store, mode):
    """T1-04 "Test: must fire": social care closes for non-engagement on day 30 without asking or
    telling the GP and school, unaware of their growth and neglect concerns; the school's worries
    re-emerge on day 50 (the reemerging tag)."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert {v: (f.severity, f.confidence) for v, f in found.items()} == {
        "not_consulted": ("high", "definite"), "not_informed": ("high", "definite"),
        "live_concern_unknown": ("high", "definite"), "closed_non_engagement": ("high", "definite")}
    for f in found.values():
        assert evidence_refs(f, "trigger") == ["chronology.csv:7"]
        assert "chronology.csv:8" in evidence_refs(f, "context")        # re-emerging concern
        assert "re-emerged" in f.summary
    for variant in ("not_consulted", "not_informed"):
        assert sorted(r["agency_id"] for r in found[variant].evidence if r["role"] == "expected_missing") == [GP, SCH]
    assert sorted(evidence_refs(found["live_concern_unknown"], "unseen_concern")) == ["chronology.csv:4",
                                                                                      "chronology.csv:5"]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_closure_after_asking_and_with_letters_does_not_fire(store, mode):
    """T1-04 "Near miss": social care asks the GP and school, both reply carrying their concerns,
    and the closure ("improved") is shared with both."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_closure_with_the_assessment_still_open(store):
    """The GP was consulted but not told of the closure, and the assessment social care started
    was never completed (closed_with_assessment_open raises the closure to high)."""
    found = by_variant(findings_in(store, "assessment_open", DETECTOR))

    assert {v: f.severity for v, f in found.items()} == {"not_informed": "high", "closed_with_assessment_open": "high"}
    assert evidence_refs(found["closed_with_assessment_open"], "context") == ["chronology.csv:2"]
