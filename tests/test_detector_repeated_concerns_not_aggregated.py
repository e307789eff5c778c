"""repeated_concerns_not_aggregated (DETECTORS.md T1-15): concerns about a family kept arriving,
as referrals to children's social care each closed on its own, as a build-up of concerns from
several agencies, or as police incidents each treated as a one-off, and there is no record that
anyone pulled them together. T16 L1453: five referrals about domestic abuse and alcohol "do not
appear to have been recognised or responded to as a significant pattern of risk and harm";
O10 L330: "Each incident was seen by the police as a one-off event."

Scenarios are under tests/scenarios/repeated_concerns_not_aggregated/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-15 test tables; build_up, duplicates,
uncertain_dates and censored are described in their case.yaml files.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in, only

DETECTOR = "repeated_concerns_not_aggregated"
CSC = "ag-children-s-social-care"


def event_days(finding) -> list[int]:
    return [row["day_from"] for row in finding.evidence if row["event_id"]]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_three_police_referrals_each_closed_on_its_own_fire(store, mode):
    """T1-15 "Test: must fire": three police referrals about domestic abuse in 212 days, closed as
    NFA, information only and NFA, none followed by an assessment: repeat_referrals and
    one_off_policing, both high (three referrals; domestic abuse)."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {"repeat_referrals", "one_off_policing"}
    referrals = found["repeat_referrals"]
    assert (referrals.severity, referrals.confidence, referrals.date_uncertain) == ("high", "definite", False)
    assert referrals.subjects == ["C1", "C2"]
    assert evidence_refs(referrals, "trigger") == ["chronology.csv:2", "chronology.csv:4", "chronology.csv:7"]
    assert evidence_refs(referrals, "decision") == ["chronology.csv:3", "chronology.csv:5", "chronology.csv:8"]
    assert expected_missing_agencies(referrals) == [CSC]
    assert event_days(referrals) == sorted(event_days(referrals))
    assert referrals.summary.startswith(
        "Children's social care received 3 referrals about the family of Child 1 and Child 2 in 212 days"
        " — 03/01/2022 Northshire Police (domestic abuse), 08/04/2022 Northshire Police (domestic abuse,"
        " parental substance misuse), 01/08/2022 Northshire Police (domestic abuse) —"
        " each ended in no further action or information only")
    assert "there is no record that they were considered together" in referrals.summary
    first = next(r for r in referrals.evidence if r["role"] == "trigger")
    assert first["note"].startswith("Referral 1 of 3, raised by Northshire Police: domestic abuse; outcome: no further action")

    police = found["one_off_policing"]
    assert (police.severity, police.confidence, police.subjects) == ("high", "definite", ["C1", "C2"])
    assert evidence_refs(police, "trigger") == ["chronology.csv:2", "chronology.csv:4", "chronology.csv:7"]
    assert "none linked to an earlier one" in police.summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_an_assessment_a_plan_and_a_review_with_the_police_do_not_fire(store, mode):
    """T1-15 "Near miss": the second referral led to an assessment within 14 days, the third came
    while a child in need plan was open, and a review attended by the police and the school knew
    2 of the 3 incidents (at least 60%)."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_a_build_up_from_three_agencies_never_drawn_together_fires_in_strict_mode(store):
    """unaggregated_concerns: five neglect concerns from the school, health visiting and the GP in
    90 days; the assessment that followed knew of 1 of them on the chronology's own evidence.
    Medium: neglect is of medium weight and C1 is 4."""
    f = only(findings_in(store, "build_up", DETECTOR, mode="strict"))

    assert (f.variant, f.severity, f.confidence, f.subjects) == ("unaggregated_concerns", "medium", "definite", ["C1"])
    assert evidence_refs(f, "trigger") == [f"chronology.csv:{row}" for row in range(2, 7)]
    [assessment] = [r for r in f.evidence if r["role"] == "decision"]
    assert assessment["source_ref"] == "chronology.csv:7" and "knew of 1 of the 5 concerns" in assessment["note"]
    assert expected_missing_agencies(f) == [CSC]
    assert f.summary.startswith("5 concerns about the family of Child 1 were recorded by 3 agencies in 90 days")
    assert f.summary.endswith("(the best-informed, the assessment complete of 23/04/2022, knew of 1).")


def test_the_same_build_up_counts_as_drawn_together_in_lenient_mode(store):
    """Lenient mode reads the school's letter as carrying the school's own three concerns (the
    inferred route, DETECTORS.md §1), so the assessment knew 3 of 5: the aggregating event's
    deciding set knew at least 60% of them."""
    assert findings_in(store, "build_up", DETECTOR, mode="lenient") == []


def test_one_referral_recorded_by_police_mash_and_social_care_counts_once(store):
    """§0.5 trap: the police referral, the MASH's forwarding of it and social care's receipt are
    one referral; with the grandmother's call that makes 2 (medium), not 4 (which would be high).
    The copies are shown as context; the grandmother is named as who raised the second."""
    f = only(findings_in(store, "duplicates", DETECTOR))

    assert (f.variant, f.severity, f.confidence) == ("repeat_referrals", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:6"]
    assert evidence_refs(f, "context") == ["chronology.csv:3", "chronology.csv:4"]
    assert [r["note"] for r in f.evidence if r["role"] == "context"] == [
        "The same referral as recorded by MASH (counted once)",
        "The same referral as recorded by Children's Social Care (counted once)"]
    assert "20/04/2022 Children's Social Care, reported by grandmother (neglect)" in f.summary
    grandmother = [r for r in f.evidence if r["role"] == "trigger"][1]
    assert grandmother["note"].startswith("Referral 2 of 2, raised by Children's Social Care (reported by grandmother): neglect")


def test_referrals_possibly_but_not_certainly_within_a_year_are_a_possible_finding(store):
    """The first referral is dated only "January 2022"; the second, on 18/01/2023, is possibly but
    not certainly within 365 days of it."""
    f = only(findings_in(store, "uncertain_dates", DETECTOR))

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("repeat_referrals", "medium", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:4"]


def test_referrals_whose_assessment_window_runs_past_social_cares_records_are_censored(store):
    """Social care's chronology ends 5 days after the second referral, inside its 14-day window:
    no finding, one entry for the data-quality listing."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, evidence_refs(c, "trigger")) == ("repeat_referrals", ["chronology.csv:2", "chronology.csv:4"])
    [missing] = [r for r in c.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_from"], missing["day_to"]) == (CSC, DAY0, DAY0 + 95 + 14)
