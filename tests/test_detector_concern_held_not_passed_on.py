"""concern_held_not_passed_on (DETECTORS.md T1-06): a safeguarding concern recorded by a school,
health or other non-social-care service should reach children's social care (or the open
early-help lead) within N days, N_urgent for urgent categories, unless a decision not to refer
is documented (O08 L349: "lost opportunities for universal services to intervene"; T16 L1465,
L2459, L2890).

Scenarios are under tests/scenarios/concern_held_not_passed_on/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-06 test tables; the others are described in
their case.yaml.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "concern_held_not_passed_on"
CSC = "ag-children-s-social-care"


def by_row(findings):
    found = {(evidence_refs(f, "trigger")[0], f.variant): f for f in findings}
    assert len(found) == len(findings)
    return found


def window(finding):
    [row] = [r for r in finding.evidence if r["role"] == "expected_missing"]
    return row["day_to"] - row["day_from"]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_disclosures_kept_in_health_records_fire(store, mode):
    """T1-06 "Test: must fire" (C1 is 4 months): the midwife's domestic abuse disclosure (row 1)
    and the GP's self-harm consultation (row 3) never reached social care; both high (a baby
    under 1), and the parental self-harm with a child under 5 has the 2-day urgent window."""
    found = by_row(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {("chronology.csv:2", "not_passed_on"), ("chronology.csv:4", "not_passed_on")}
    for f in found.values():
        assert (f.severity, f.confidence, f.subjects) == ("high", "definite", ["C1"])
        assert "no record that it was passed to children's social care" in f.summary
    assert window(found["chronology.csv:2", "not_passed_on"]) == 14
    assert window(found["chronology.csv:4", "not_passed_on"]) == 2


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_referral_and_a_letter_that_carry_the_concerns_do_not_fire(store, mode):
    """T1-06 "Near miss": the midwife referred the next day (conveying row 1) and the GP wrote to
    social care and the health visitor the day after the consultation (conveying it)."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_documented_decision_not_to_refer_is_low(store):
    """T16 L2890: the midwife recorded, in answer to the disclosure, a decision not to refer."""
    [finding] = findings_in(store, "documented_decision", DETECTOR)

    assert (finding.variant, finding.severity) == ("documented_not_referred", "low")
    assert evidence_refs(finding, "response") == ["chronology.csv:3"]


def test_a_concern_not_passed_to_the_open_social_worker(store):
    """The baby is on a child in need plan when the GP sees the mother after self-harm."""
    [finding] = findings_in(store, "open_case", DETECTOR)

    assert (finding.variant, finding.severity) == ("open_case_not_told", "high")
    assert [r["agency_id"] for r in finding.evidence if r["role"] == "expected_missing"] == [CSC]
    assert any(r.get("person_id") == "C1" and "open to children's social care" in r["note"] for r in finding.evidence)


def test_three_unpassed_concerns_from_one_school_add_a_repeated_finding(store):
    """Variant repeated_unpassed (K = 3 in 180 days): the school noted neglect three times in
    three months and passed none on; the third concern carries the high repeated finding."""
    found = by_row(findings_in(store, "repeated_unpassed", DETECTOR))

    assert {k: f.severity for k, f in found.items()} == {
        ("chronology.csv:2", "not_passed_on"): "medium",
        ("chronology.csv:3", "not_passed_on"): "medium",
        ("chronology.csv:4", "not_passed_on"): "medium",
        ("chronology.csv:4", "repeated_unpassed"): "high",
    }
    assert sorted(evidence_refs(found["chronology.csv:4", "repeated_unpassed"], "context")) == [
        "chronology.csv:2", "chronology.csv:3"]


def test_records_ending_inside_the_window_are_censored(store):
    """The surgery's chronology ends the day after the consultation, inside the 2-day window."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert evidence_refs(censored, "trigger") == ["chronology.csv:2"]
