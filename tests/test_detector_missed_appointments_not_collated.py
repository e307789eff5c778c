"""missed_appointments_not_collated (DETECTORS.md T1-16): missed appointments across services add
up to a pattern that no one service saw, or a service discharges a child (or a parent) for
non-attendance without telling the GP, health visiting or social care. O08 L543: "The missed
appointments were recorded, but no-one collated the information or questioned its
significance."; T16 L4044: no system to track missed appointments "within and especially across
agencies".

cross_agency_only is a flag on pattern_not_collated, not a variant of its own: the summary says
the pattern "was visible only in combination" and a context row starts "cross_agency_only:".

Scenarios are under tests/scenarios/missed_appointments_not_collated/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-16 test tables; pooled_meeting, variants,
uncertain_dates and censored are described in their case.yaml files.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in, only

DETECTOR = "missed_appointments_not_collated"
GP, HV = "ag-brookside-surgery", "ag-health-visiting"


def cross_agency_only(finding) -> bool:
    return any(r["role"] == "context" and r["note"].startswith("cross_agency_only:") for r in finding.evidence)


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_three_services_one_miss_each_and_an_unnotified_discharge_fire(store, mode):
    """T1-16 "Test: must fire": health visiting, the hospital and the GP each record one missed
    appointment for a baby of 8 months; nobody collates them, no one service knew of more than one
    (cross_agency_only), and the hospital discharges him for non-engagement telling nobody."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {"pattern_not_collated", "discharged_unnotified"}
    pattern = found["pattern_not_collated"]
    assert (pattern.severity, pattern.confidence, pattern.subjects) == ("high", "definite", ["C1"])
    assert evidence_refs(pattern, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4"]
    assert cross_agency_only(pattern)
    assert pattern.summary == (
        "Child 1 was not brought to 3 appointments with 3 services in 55 days — 03/01/2022 Health Visiting,"
        " 02/02/2022 Riverside Royal Infirmary ED, 27/02/2022 Brookside Surgery — and there is no record that"
        " anyone collated them (a referral, information sharing or a meeting) within 28 days of the third;"
        " no one service knew of more than 1 of them, so the pattern was visible only in combination.")
    [missing] = [r for r in pattern.evidence if r["role"] == "expected_missing"]
    assert (missing["day_from"], missing["day_to"]) == (DAY0 + 55, DAY0 + 55 + 28)

    discharge = found["discharged_unnotified"]
    assert (discharge.severity, discharge.confidence, discharge.subjects) == ("high", "definite", ["C1"])
    assert evidence_refs(discharge, "trigger") == ["chronology.csv:5"]
    assert evidence_refs(discharge, "context") == ["chronology.csv:3"]
    assert expected_missing_agencies(discharge) == [GP, HV]
    assert "there is no record that the GP or health visiting knew of it within 28 days" in discharge.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_hospital_letter_a_gp_referral_and_a_shared_discharge_do_not_fire(store, mode):
    """T1-16 "Near miss": the hospital tells the GP and health visiting of its missed follow-up
    and of the discharge, and the GP refers to social care conveying all three misses."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_meeting_about_the_mother_pools_the_misses_in_lenient_mode_only(store):
    """pattern_not_collated fires in both modes (the meeting was about the mother, not the child,
    so it is no collation), but only in strict mode was the pattern visible only in combination:
    lenient mode pools what each service knew at the meeting. Medium: C1 is 2 and none of the
    misses was a universal check."""
    lenient = only(findings_in(store, "pooled_meeting", DETECTOR, mode="lenient"))
    strict = only(findings_in(store, "pooled_meeting", DETECTOR, mode="strict"))

    for f in (lenient, strict):
        assert (f.variant, f.severity, f.confidence) == ("pattern_not_collated", "medium", "definite")
        assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4"]
    assert not cross_agency_only(lenient) and "visible only in combination" not in lenient.summary
    assert cross_agency_only(strict) and "visible only in combination" in strict.summary
    assert [r["note"] for r in lenient.evidence if r["role"] == "holder"] == [
        "Brookside Surgery knew of 3 of the 3 missed appointments by the end of the window, the most any service knew"]


def test_misses_across_siblings_and_a_parents_discharge(store):
    """Household variant: three misses across C1 (CAMHS, dentist) and C2 (health visiting) make one
    pattern naming both children (medium). Adult variant: the drug and alcohol service discharges
    the mother after two missed appointments; the GP and health visiting (C2 is 3) are not told."""
    found = by_variant(findings_in(store, "variants", DETECTOR))

    pattern = found["pattern_not_collated"]
    assert (pattern.severity, pattern.subjects) == ("medium", ["C1", "C2"])
    assert evidence_refs(pattern, "trigger") == ["chronology.csv:3", "chronology.csv:4", "chronology.csv:5"]
    assert pattern.summary.startswith("Child 1 and Child 2 were not brought to 3 appointments with 3 services in 60 days")
    discharge = found["discharged_unnotified"]
    assert (discharge.severity, discharge.subjects) == ("high", ["C1", "C2"])
    assert evidence_refs(discharge, "trigger") == ["chronology.csv:8"]
    assert evidence_refs(discharge, "context") == ["chronology.csv:6", "chronology.csv:7"]
    assert expected_missing_agencies(discharge) == [GP, HV]
    assert discharge.summary.startswith("Drug and Alcohol Service discharged Mother, the parent of Child 1 and Child 2, on 13/05/2022")


def test_misses_possibly_but_not_certainly_within_180_days_are_a_possible_finding(store):
    """The first miss is dated only "January 2022"; the third, on 12/07/2022, is possibly but not
    certainly within 180 days of it."""
    f = only(findings_in(store, "uncertain_dates", DETECTOR))

    assert (f.variant, f.confidence, f.date_uncertain) == ("pattern_not_collated", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3", "chronology.csv:4"]


def test_windows_running_past_the_gps_and_the_hospitals_records_are_censored(store):
    """The GP's chronology ends inside the 28 days after the third miss (it may have passed the
    pattern on), and the hospital's inside the 28 days after its discharge: both censored."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    assert sorted((c.variant, evidence_refs(c, "trigger")[-1]) for c in detection.censored) == [
        ("discharged_unnotified", "chronology.csv:5"), ("pattern_not_collated", "chronology.csv:4")]
