"""child_not_seen_alone_or_heard (DETECTORS.md T1-14): assessments, conferences, plans and
closures about a child old enough to talk who was never seen on their own, or whose wishes and
feelings were not recorded. Reviews found "no record of when, or if, the child was ever seen
alone" and that "no account was taken of their wishes and feelings" (O08 L331); children need
to be "seen individually, speak freely, and be listened to" (T16 L340).

A blank Seen alone (or Views recorded) cell is unknown, never "no": such sightings are listed
with role 'unrecorded' and counted apart from those recorded as not alone, and seen alone is
never inferred without words that say so.

Scenarios are under tests/scenarios/child_not_seen_alone_or_heard/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-14 test tables; the others are described in
their case.yaml. The detector reads no knowledge (any agency's sighting counts), so one mode.
In this cast the 9-year-old C2 is the only child, so his pseudonym is "Child 1".
"""

from __future__ import annotations

from tests.scenarios.harness import detect_in, evidence_refs, findings_in

DETECTOR = "child_not_seen_alone_or_heard"
CSC = "ag-children-s-social-care"


def by_trigger(findings) -> dict:
    return {evidence_refs(f, "trigger")[0]: f for f in findings}


def test_a_nine_year_old_never_seen_on_his_own_fires_at_the_assessment_and_the_conference(store):
    """T1-14 "Test: must fire" (C2 is 9): both visits saw him with the adults present (row 3 with
    his mother, row 4 with his mother and her partner). never_seen_alone on the completed
    assessment (row 5) and the conference (row 6); high: domestic abuse in the household (row 1)
    and he is over 8. No Views recorded data at all, so no views_not_recorded."""
    found = by_trigger(findings_in(store, "must_fire", DETECTOR))

    assert set(found) == {"chronology.csv:6", "chronology.csv:7"}
    for f in found.values():
        assert (f.variant, f.severity, f.confidence, f.subjects) == ("never_seen_alone", "high", "definite", ["C2"])
        assert evidence_refs(f, "unrecorded") == []
        assert [r["note"] for r in f.evidence if r.get("source_ref") in ("chronology.csv:4", "chronology.csv:5")] == [
            "Child 1 seen; recorded as not seen alone, with Mother",
            "Child 1 seen; recorded as not seen alone, with Mother, Mother's partner"]
        assert "chronology.csv:2" in evidence_refs(f, "context")  # the domestic incident behind "high"
    assessment = found["chronology.csv:6"]
    assert assessment.summary == ("There is no record that Child 1 (aged 9) was seen alone during the assessment from "
                                  "05/01/2022 to its completion on 28/01/2022: seen 2 times (2 recorded as not alone).")
    [missing] = [r for r in assessment.evidence if r["role"] == "expected_missing"]
    assert (missing["person_id"], missing["agency_id"], missing["day_to"] - missing["day_from"]) == ("C2", CSC, 23)


def test_seen_alone_at_school_does_not_fire(store):
    """T1-14 "Near miss": a contact on 21/01/2022 saw C2 alone at school (any agency counts)."""
    assert findings_in(store, "near_miss", DETECTOR) == []


def test_blank_seen_alone_cells_are_unrecorded_not_no(store):
    """Blank is unknown: with the Seen alone cells empty the visits are listed as unrecorded and
    the summary says they do not record whether he was alone (not that he was not)."""
    found = by_trigger(findings_in(store, "blank_is_unknown", DETECTOR))

    f = found["chronology.csv:6"]
    assert evidence_refs(f, "unrecorded") == ["chronology.csv:4", "chronology.csv:5"]
    assert "seen 2 times (2 not recording whether alone)" in f.summary
    assert "recorded as not alone" not in f.summary


def test_words_that_say_he_was_seen_alone_count(store):
    """The loader reads "SW spoke to Kayden alone in his bedroom" on a blank Seen alone cell as
    seen alone (with the words kept as tag evidence), so nothing fires."""
    assert findings_in(store, "seen_alone_in_words", DETECTOR) == []


def test_views_never_recorded_where_the_chronology_records_views(store):
    """views_not_recorded: the chronology has a Views recorded column. C2 is seen alone (so
    never_seen_alone stays quiet) but his views are recorded as not obtained at that visit
    (row 2, context) and not recorded either way at school (row 3, unrecorded)."""
    [f] = findings_in(store, "views_not_recorded", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("views_not_recorded", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:5"]
    assert evidence_refs(f, "unrecorded") == ["chronology.csv:4"]
    assert "chronology.csv:3" in evidence_refs(f, "context")
    assert f.summary.startswith("There is no record of the wishes and feelings of Child 1 (aged 9) during the assessment")


def test_a_fourteen_year_old_not_seen_at_all_during_his_assessment(store):
    """adolescent_excluded (O08 L492): the assessment of 14-year-old C2 ends with a step-down and
    no record of anyone seeing him. High; never_seen_alone is not reported as well."""
    [f] = findings_in(store, "adolescent_excluded", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("adolescent_excluded", "high", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:5"]
    assert "Child 1 (aged 14) was seen at all during the assessment from 04/01/2022" in f.summary


def test_a_plan_of_more_than_ninety_days_is_checked_as_a_whole(store):
    """A child protection plan with no recorded end runs from 03/01/2022 to the last record
    (15/05/2022); none of its three visits saw C2 alone."""
    [f] = findings_in(store, "plan", DETECTOR)

    assert (f.variant, f.severity, f.confidence) == ("never_seen_alone", "medium", "definite")
    assert evidence_refs(f, "trigger") == ["chronology.csv:2"]
    assert "during the child protection plan from 03/01/2022" in f.summary


def test_a_plan_running_past_social_cares_records_is_censored(store):
    """§0.2 censoring: as plan, but social care's chronology ends on 31/03/2022, before the plan's
    window closes: a data-quality entry, not a finding."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, evidence_refs(c, "trigger")) == ("never_seen_alone", ["chronology.csv:2"])


def test_a_review_dated_by_month_around_the_fourth_birthday_is_possible(store):
    """Uncertain dates: C2 turns 4 on 15/03/2022 and the review is dated "March 2022", so he was
    only possibly old enough when it was held."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.confidence, f.date_uncertain) == ("never_seen_alone", "possible", True)
    assert "Child 1 (aged 3 to 4)" in f.summary
