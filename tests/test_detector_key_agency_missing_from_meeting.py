"""key_agency_missing_from_meeting (DETECTORS.md T1-10): every agency involved with the family
should be invited to a strategy discussion or conference, and attend or send its information;
absent agencies should get the minutes; a conference needs a quorum (O10 L331, L333: "Some
agencies were not invited that should have been, others were invited and did not attend";
T16 L2989: "the right professionals being present").

Scenarios are under tests/scenarios/key_agency_missing_from_meeting/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-10 test tables; the others are described in
their case.yaml.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "key_agency_missing_from_meeting"
CSC, SCH, POL, GP, AMH, ED = ("ag-children-s-social-care", "ag-oakfield-primary-school", "ag-northshire-police",
                              "ag-brookside-surgery", "ag-riverside-cmht", "ag-riverside-royal-infirmary-ed")


def missing(finding) -> list[str]:
    return sorted({r["agency_id"] or "-" for r in finding.evidence if r["role"] == "expected_missing"})


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_conference_without_the_mental_health_service_or_the_gp_fires(store, mode):
    """T1-10 "Test: must fire" (C2 is 7): at the conference (row 5) the CMHT was not invited and
    the GP was invited but neither came nor sent anything; both held concerns unknown to those
    present (high); only two agencies attended (inquorate)."""
    found = {f.variant: f for f in findings_in(store, "must_fire", DETECTOR, mode=mode)}

    assert {v: (f.severity, f.confidence) for v, f in found.items()} == {
        "not_invited": ("high", "definite"),
        "absent_no_input": ("high", "definite"),
        "inquorate": ("medium", "definite"),
    }
    assert missing(found["not_invited"]) == [AMH]
    assert evidence_refs(found["not_invited"], "unseen_concern") == ["chronology.csv:3"]
    assert missing(found["absent_no_input"]) == [GP]
    assert evidence_refs(found["absent_no_input"], "unseen_concern") == ["chronology.csv:2"]
    for f in found.values():
        assert evidence_refs(f, "trigger") == ["chronology.csv:6"]
        assert f.subjects == ["C2"]
        present = {r["agency_id"] for r in f.evidence if r["role"] == "context" and r["note"].startswith("present")}
        assert present == {CSC, SCH}
    assert found["not_invited"].anchor.endswith("/" + AMH)
    assert "Only 2 agencies" in found["inquorate"].summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_conference_with_everyone_involved_does_not_fire(store, mode):
    """T1-10 "Near miss": the CMHT is invited and attends, the GP sends a report two days before
    (row 5) and is sent the minutes, and the police attend (four agencies present)."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


def test_involvement_dated_only_by_month_makes_the_finding_possible(store):
    """§0.2: the CMHT record is dated "March 2022" and the conference is on 14/03/2022, so the
    CMHT was only possibly involved before the meeting: not_invited, possible, date_uncertain."""
    [finding] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (finding.variant, finding.severity, finding.confidence) == ("not_invited", "high", "possible")
    assert finding.date_uncertain is True
    assert evidence_refs(finding, "unseen_concern") == ["chronology.csv:4"]


def test_an_absent_agency_whose_records_end_before_the_meeting_is_censored(store):
    """§0.2 censoring: the GP's chronology stops on 31/01/2022, so whether it sent a report
    before the conference of 04/03/2022 cannot be known; listed for data quality only."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [censored] = detection.censored
    assert (censored.variant, censored.anchor.split("/")[-1]) == ("absent_no_input", GP)


def test_a_strategy_discussion_needs_police_and_the_hospital_that_found_the_injury(store):
    """required_sector_absent: a baby's fracture found by the ED (rows 1-2), then a strategy
    discussion held by social care alone; police and the ED are missing (high: under 1). The ED
    had referred and was sent the outcome, so it has no per-agency finding."""
    found = {f.anchor.split("/")[-1]: f for f in findings_in(store, "strategy_sectors_absent", DETECTOR)}

    assert set(found) == {"police", ED}
    assert {(f.variant, f.severity) for f in found.values()} == {("required_sector_absent", "high")}
    assert sorted(evidence_refs(found[ED], "context")) == ["chronology.csv:2", "chronology.csv:3"]


def test_a_meeting_with_no_attendance_recorded_is_a_data_gap(store):
    """T1-10 trap: with no INVITED_TO or ATTENDED recorded for a meeting, nothing can be said
    about who was missing; the meeting is listed for data quality, not as a finding."""
    detection = detect_in(store, "attendance_not_recorded", DETECTOR)

    assert detection.findings == []
    assert [f.variant for f in detection.censored] == ["attendance_not_recorded"]
