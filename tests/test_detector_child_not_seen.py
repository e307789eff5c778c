"""child_not_seen (DETECTORS.md T1-13): decisions made, and long periods of involvement passed,
without anyone seeing the child. Failing to see children was "possibly the single most
significant practice failing throughout the majority of the serious case reviews" (O08 L330);
a baby "was not seen again by any agency... until his death four months later" (T16 L2554).

A blank Child seen cell is unknown, never "not seen": contacts that do not say are listed with
role 'unrecorded' and counted apart from contacts recorded as not seeing the child, in the
summary and in the evidence notes.

Scenarios are under tests/scenarios/child_not_seen/ (fictional; day 0 = 03/01/2022): must_fire
and near_miss are the T1-13 test tables; the others are described in their case.yaml. The
detector reads no knowledge (who saw the child is in each agency's own record), so one mode.
"""

from __future__ import annotations

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "child_not_seen"
CSC = "ag-children-s-social-care"


def notes(finding, role: str) -> list[str]:
    return [row["note"] for row in finding.evidence if row["role"] == role]


def test_an_assessment_closed_without_the_child_seen_fires(store):
    """T1-13 "Test: must fire" (C1 is 2): the assessment from 06/01/2022 ends in no further action
    on 25/01/2022 (row 5); the visit of 11/01/2022 recorded the toddler as asleep upstairs and the
    visit of 18/01/2022 does not say whether she was seen. High: a de-escalating decision."""
    [f] = findings_in(store, "must_fire", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("decision_unseen", "high", "definite", False)
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:6"]
    assert evidence_refs(f, "unrecorded") == ["chronology.csv:5"]
    assert notes(f, "unrecorded") == ["no record whether Child 1 was seen"]
    assert "chronology.csv:4" in evidence_refs(f, "context")
    assert "recorded that Child 1 was not seen" in notes(f, "context")
    [missing] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_to"] - missing["day_from"]) == (CSC, 19)
    assert f.summary.startswith("There is no record that anyone saw Child 1 during the assessment from 06/01/2022")
    assert "1 contact in that time does not record whether Child 1 was seen" in f.summary
    assert "1 contact recorded that Child 1 was not seen" in f.summary


def test_the_child_seen_on_the_second_visit_does_not_fire(store):
    """T1-13 "Near miss": the visit of 18/01/2022 records the child as seen."""
    assert findings_in(store, "near_miss", DETECTOR) == []


def test_a_conference_where_only_the_health_visitor_had_seen_the_child(store):
    """decision_unseen, seen_only_by_others level: the health visitor saw C1 on 03/01/2022, but
    neither social care nor the police, who made the decision, saw her in the 28 days before the
    conference (row 3). One step below medium: low. The police call-out does not say whether the
    child was seen: unrecorded, not "not seen"."""
    [f] = findings_in(store, "seen_only_by_others", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("decision_unseen", "low", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:4"]
    assert evidence_refs(f, "context") == ["chronology.csv:2"]
    assert evidence_refs(f, "unrecorded") == ["chronology.csv:3"]
    assert "only Health Visiting did" in f.summary
    [missing] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert missing["note"] == "no record that Children's Social Care, Northshire Police saw Child 1"


def test_a_long_gap_between_social_work_visits_during_a_protection_plan(store):
    """gap_in_involvement: children's social care sees C1 on 08/01/2022 and next on 14/03/2022,
    65 days into a child protection plan (G_cp = 42). High: a CP plan. The health visitor's
    sighting in between is context; the doorstep visit is unrecorded; the police recorded that
    the child was not seen."""
    [f] = findings_in(store, "gap_in_involvement", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("gap_in_involvement", "high", "definite")
    assert f.subjects == ["C1"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:4"]
    assert evidence_refs(f, "unrecorded") == ["chronology.csv:7"]
    assert evidence_refs(f, "context") == ["chronology.csv:11", "chronology.csv:5", "chronology.csv:9",
                                           "chronology.csv:6", "chronology.csv:8"]
    [missing] = [r for r in f.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_to"] - missing["day_from"]) == (CSC, 65)
    assert "for 65 days after 08/01/2022" in f.summary


def test_a_gap_that_runs_past_social_cares_records_is_censored(store):
    """§0.2 censoring: social care's chronology ends on 02/02/2022, before the 42 days after its
    visit of 08/01/2022 are up, so the gap may be missing data: a data-quality entry only."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, evidence_refs(c, "trigger")) == ("gap_in_involvement", ["chronology.csv:4"])


def test_a_baby_unseen_for_68_days_after_a_domestic_incident(store):
    """infant_unseen (T16 L2554): C2 is seen by the health visitor at 12 days old and then by no
    agency for 68 days; the police attended a domestic incident in between (the concern, cited as
    trigger). The no-access visit recorded him as not seen; the GP's postnatal check of the mother
    does not say whether the baby was seen."""
    [f] = findings_in(store, "infant_unseen", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.anchor) == ("infant_unseen", "high", "definite", "C2")
    assert f.subjects == ["C2"]
    assert evidence_refs(f, "trigger") == ["chronology.csv:4"]
    assert evidence_refs(f, "unrecorded") == ["chronology.csv:6"]
    assert evidence_refs(f, "context") == ["chronology.csv:3", "chronology.csv:7", "chronology.csv:5"]
    assert "for 68 days after 15/01/2022" in f.summary
    assert "2 contacts in that time do not record whether Child 2 was seen" in f.summary
    assert "1 contact recorded that Child 2 was not seen" in f.summary


def test_a_concern_dated_only_by_month_makes_the_infant_finding_possible(store):
    """Uncertain dates: the only concern is a domestic incident in "November 2021"; it falls in the
    90 days before the gap passed 42 days only if it happened after 28/11/2021."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.confidence, f.date_uncertain) == ("infant_unseen", "possible", True)
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]


def test_a_gap_within_the_allowed_length_does_not_fire(store):
    """Near miss for infant_unseen: with G_infant = 70 the 68-day gap is allowed."""
    assert findings_in(store, "infant_unseen", DETECTOR, params={"G_infant": 70}) == []
