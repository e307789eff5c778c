"""adult_service_info_not_shared (DETECTORS.md T1-08): risk information that an adult service
(mental health, drug and alcohol, probation, adult social care, housing) holds about a parent
or carer should reach the agencies working with the children within N days (O10 L96: adult
services "held important information ... but too often this was not shared early enough";
T16 L2513, L4162).

Scenarios are under tests/scenarios/adult_service_info_not_shared/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-08 test tables; the others are described in
their case.yaml.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "adult_service_info_not_shared"
CSC, HV, SMS = "ag-children-s-social-care", "ag-health-visiting", "ag-drug-and-alcohol-service"


def by_anchor_and_variant(findings):
    found = {}
    for f in findings:
        refs = evidence_refs(f, "decision") if f.variant == "decision_made_without" else evidence_refs(f, "trigger")
        found[refs[0], f.variant] = f
    assert len(found) == len(findings)
    return found


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_relapse_known_only_to_the_drug_service_fires(store, mode):
    """T1-08 "Test: must fire" (C1 is 5 months, on a CIN plan): the positive screen (row 2) and
    the discharge for non-engagement (row 4) never reached social care or the health visitor;
    the CIN review (row 5) was held without them; two unshared records about the mother."""
    found = by_anchor_and_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert {k: f.severity for k, f in found.items()} == {
        ("chronology.csv:3", "open_case_not_told"): "high",
        ("chronology.csv:5", "open_case_not_told"): "high",
        ("chronology.csv:6", "decision_made_without"): "high",
        ("chronology.csv:5", "repeated"): "high",
    }
    for row in ("chronology.csv:3", "chronology.csv:5"):
        f = found[row, "open_case_not_told"]
        assert sorted(r["agency_id"] for r in f.evidence if r["role"] == "expected_missing") == [CSC, HV]
        assert evidence_refs(f, "decision") == ["chronology.csv:6"]
        assert any(r.get("person_id") == "M" and "parent of Child 1" in r["note"] for r in f.evidence)
    decision = found["chronology.csv:6", "decision_made_without"]
    assert sorted(evidence_refs(decision, "unseen_concern")) == ["chronology.csv:3", "chronology.csv:5"]
    assert decision.confidence == "definite"
    assert evidence_refs(found["chronology.csv:5", "repeated"], "context") == ["chronology.csv:3"]
    assert all(f.subjects == ["C1"] for f in found.values())


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_shared_records_and_attendance_at_the_review_do_not_fire(store, mode):
    """T1-08 "Near miss": the drug service told social care and the health visitor the next day,
    copied the discharge to social care and the GP, and attended the review."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_no_agency_working_with_the_child_was_told(store):
    """Variant no_child_agency_told: probation's risk assessment of the mother's partner, who lives
    with the baby; the family is not open to social care and the health visitor is not told
    (high: offending risk and domestic abuse, a baby under 1)."""
    [finding] = findings_in(store, "not_open", DETECTOR)

    assert (finding.variant, finding.severity) == ("no_child_agency_told", "high")
    assert [r["agency_id"] for r in finding.evidence if r["role"] == "expected_missing"] == [HV]


def test_a_non_resident_parent_is_low(store):
    """T1-08 severity: the father lives elsewhere (household H2), so the finding is low."""
    [finding] = findings_in(store, "non_resident_parent", DETECTOR)

    assert (finding.variant, finding.severity) == ("no_child_agency_told", "low")


def test_adult_service_records_ending_inside_the_window_are_censored(store):
    """The drug service's chronology ends two days after the screen, inside the 14-day window."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, evidence_refs(censored, "trigger")) == ("open_case_not_told", ["chronology.csv:3"])
