"""prebirth_risk_no_assessment (DETECTORS.md T1-20): a pregnancy where either parent carries
serious known risk (an earlier child on a plan or removed, domestic abuse, an offence, serious
substance misuse or mental illness, a mother under 18) should be referred to children's social
care and assessed before the birth, with the father included, and the newborn should be known
to social care (O10 L208: "there had been no pre-birth assessment"; O10 L303: the father
should have been part of it; O08 L369: procedures "should have been invoked on every occasion
of pregnancy/birth").

Scenarios are under tests/scenarios/prebirth_risk_no_assessment/ (fictional; day 0 =
03/01/2022, the birth): must_fire and near_miss are the T1-20 test tables; the others are
described in their case.yaml files. Pseudonyms go by age, so the older child C2 is "Child 1"
and the baby C1 is "Child 2" where both are in the people sheet.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "prebirth_risk_no_assessment"
CSC = "ag-children-s-social-care"
MIDWIFERY = "ag-community-midwifery"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_pregnancy_after_a_plan_never_referred_and_a_newborn_unknown(store, mode):
    """T1-20 "Test: must fire": M's older child had a CP plan (row 1) and the father P a police
    domestic abuse record (row 3); the booking (row 4, 12 weeks) is never referred, and social
    care records nothing about the baby within 14 days. High: a plan and domestic abuse."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {"no_referral_before_birth", "newborn_unknown"}
    for f in found.values():
        assert (f.severity, f.confidence, f.date_uncertain) == ("high", "definite", False)
        assert f.subjects == ["C1"]
    no_referral = found["no_referral_before_birth"]
    assert evidence_refs(no_referral, "trigger") == ["chronology.csv:5"]   # the booking
    assert evidence_refs(no_referral, "context") == ["chronology.csv:2", "chronology.csv:4", "chronology.csv:7"]
    assert expected_missing_agencies(no_referral) == [MIDWIFERY]
    assert no_referral.summary.startswith("There is no record of a referral to children's social care")
    [plan] = [r for r in no_referral.evidence if r["source_ref"] == "chronology.csv:2"]
    assert "known to children's social care by the birth: yes" in plan["note"]
    [violence] = [r for r in no_referral.evidence if r["source_ref"] == "chronology.csv:4"]
    assert "known to children's social care by the birth: no" in violence["note"]
    newborn = found["newborn_unknown"]
    assert evidence_refs(newborn, "trigger") == ["chronology.csv:5", "chronology.csv:7"]   # the booking and the birth
    [missing] = [r for r in newborn.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_to"] - missing["day_from"]) == (CSC, 14)


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_pregnancy_referred_and_assessed_with_both_parents_does_not_fire(store, mode):
    """T1-20 "Near miss": the midwife refers two weeks after the booking (4a), social care
    assesses M and P (4b, 4c) and contacts the ward three days after the birth (6a)."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_marker_social_care_may_have_heard_of_is_high_only_in_lenient_mode(store):
    """Severity "the marker held by CSC itself" (O10 L208), read through §1 knowledge: the drug
    service records M's heroin use in pregnancy (row 2, the only marker, medium weight) and
    writes to social care about the home ten days later without saying what the letter
    carried. Lenient mode infers that social care knew the marker (high); strict does not
    (medium)."""
    [lenient] = findings_in(store, "modes", DETECTOR, mode="lenient")
    [strict] = findings_in(store, "modes", DETECTOR, mode="strict")

    assert (lenient.variant, lenient.severity) == ("no_referral_before_birth", "high")
    assert (strict.variant, strict.severity) == ("no_referral_before_birth", "medium")
    assert evidence_refs(strict, "context") == ["chronology.csv:3", "chronology.csv:5"]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_referral_closed_without_assessment(store, mode):
    """Variant no_prebirth_assessment: a 16-year-old's pregnancy (her age the only marker:
    medium) is referred (row 2) and closed with no further action (row 3); no assessment,
    strategy discussion or conference follows before the birth."""
    [f] = findings_in(store, "referred_not_assessed", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("no_prebirth_assessment", "medium", "definite")
    assert evidence_refs(f, "response") == ["chronology.csv:3", "chronology.csv:4"]
    assert expected_missing_agencies(f) == [CSC]
    assert any("Mother was 16 at the birth" in r["note"] for r in f.evidence if r["role"] == "context")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_an_assessment_starting_six_weeks_before_the_birth_about_the_mother_only(store, mode):
    """Variants late and father_not_included: the pre-birth assessment (row 4) starts 40 days
    before the estimated birth (under 10 weeks) and is about M only, although P carries the
    domestic abuse marker (row 1)."""
    found = by_variant(findings_in(store, "late_without_father", DETECTOR, mode=mode))

    assert set(found) == {"late", "father_not_included"}
    late, father = found["late"], found["father_not_included"]
    assert (late.severity, late.confidence) == ("high", "definite")
    assert evidence_refs(late, "late_response") == ["chronology.csv:5"]
    assert "40 days before the estimated birth" in late.summary
    assert [r["person_id"] for r in father.evidence if r["role"] == "expected_missing"] == ["P"]
    assert father.summary.startswith("There is no record that Father, who carries risk markers, was included")


def test_a_marker_only_possibly_within_two_years_is_possible(store):
    """Uncertain dates (§0.2) and a birth with no booking: the only marker is a domestic abuse
    record dated "January 2020", possibly but not certainly within the 730 days before the
    birth. No social care chronology is in the data, so newborn_unknown is censored."""
    detection = detect_in(store, "uncertain_dates", DETECTOR)

    [f] = detection.findings
    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("no_referral_before_birth", "high", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:3"]   # the birth
    assert evidence_refs(f, "context") == ["chronology.csv:2"]
    assert [c.variant for c in detection.censored] == ["newborn_unknown"]


def test_chronologies_ending_before_the_birth_are_censored(store):
    """Censoring (§0.2): the midwives' records end in November and social care's in October,
    before the birth (known only from the people sheet): a referral or a visit to the baby may
    simply be missing data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    assert sorted(c.variant for c in detection.censored) == ["newborn_unknown", "no_referral_before_birth"]


def test_a_pregnancy_with_no_birth_in_the_data_is_censored(store):
    """T1-20 traps, "a miscarriage or termination (no birth; censored)": a booking with risk
    markers but no birth and no baby in the data raises nothing."""
    detection = detect_in(store, "no_birth", DETECTOR)

    assert detection.findings == []
    assert {c.variant for c in detection.censored} == {"no_referral_before_birth", "newborn_unknown"}
