"""health_concern_not_reaching_community_health (DETECTORS.md §4, Tier 2): what a hospital,
maternity unit or CAMHS worries about in a child under 5 should reach the GP and the health
visitor, who see the child week by week. "Hospital staff had failed to inform the health visitor"
(O08 L410); the GP, "the central medical record holder" (T16 L3221), heard of a failed
appointment "four months later" (T16 L3227); a young person attended "numerous A&E departments"
with no way for health staff to know (T16 L2111).

Scenarios are under tests/scenarios/health_concern_not_reaching_community_health/ (fictional;
day 0 = 03/01/2022), each described in its case.yaml. In must_fire the emergency department
records a neglect concern about a 3-month-old (row 2) that reaches neither the health visitor
nor the GP, both of whom see her in the following weeks.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "health_concern_not_reaching_community_health"
GP, HV = "ag-brookside-surgery", "ag-health-visiting"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_an_emergency_department_neglect_concern_about_a_baby_that_stays_in_hospital(store, mode):
    """Variant community_health_unaware: neither the GP nor the health visitor knew of the
    concern within 14 days. High: the child is under 1."""
    [f] = findings_in(store, "must_fire", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("community_health_unaware", "high", "definite", False)
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert expected_missing_agencies(f) == [GP, HV]
    assert {(r["day_from"], r["day_to"]) for r in f.evidence if r["role"] == "expected_missing"} == {(DAY0, DAY0 + 14)}
    assert f.summary.startswith("There is no record that ")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_discharge_letter_naming_the_attendance_does_not_fire(store, mode):
    """Near miss: the discharge letter goes to the GP and the health visitor the next day and
    CONVEYS the attendance, so both knew it in either mode."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_letter_that_does_not_say_what_it_carried_counts_in_lenient_mode(store):
    """§1 route 4b: the letter shares the child and the neglect category with the attendance,
    so lenient mode infers it carried it."""
    assert findings_in(store, "knowledge_modes", DETECTOR, mode="lenient") == []


def test_a_letter_that_does_not_say_what_it_carried_does_not_count_in_strict_mode(store):
    """§1 strict mode: only the letter itself reached them, not the attendance it reported."""
    [f] = findings_in(store, "knowledge_modes", DETECTOR, mode="strict")

    assert (f.variant, f.severity) == ("community_health_unaware", "high")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]


def test_community_health_records_ending_inside_the_window_are_censored(store):
    """§0.2 censoring: the GP and health visiting chronologies end on day 7, before the 14 days
    are up, so not knowing cannot be told from no data."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.subjects) == ("community_health_unaware", ["C1"])


def test_a_missed_appointment_dated_only_by_month_around_the_fifth_birthday_is_possible(store):
    """§0.2 uncertain dates: the missed appointment is dated "January 2022" and C1 turns 5 on
    15/01/2022, so she was only possibly under 5: possible, date_uncertain. Low: non-attendance
    is a low-weight concern. There is no health visiting agency in the data, so only the GP is
    looked at."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("community_health_unaware", "low", "possible", True)
    assert expected_missing_agencies(f) == [GP]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_self_harm_at_two_emergency_departments_the_gp_never_heard_of(store, mode):
    """Variant multi_provider_ed (T16 L2111): a 14-year-old attends two different emergency
    departments after self-harm; the GP knew of neither. High: self-harm is a high-weight
    concern. She is over 5, so community_health_unaware does not apply."""
    [f] = findings_in(store, "multi_provider", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("multi_provider_ed", "high", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:3"]
    assert expected_missing_agencies(f) == [GP]
    assert "at 2 hospitals" in f.summary


def test_two_attendances_at_one_emergency_department_are_not_the_multi_provider_pattern(store):
    """Near miss for multi_provider_ed: the same hospital holds both attendances."""
    assert findings_in(store, "multi_provider_near_miss", DETECTOR) == []
