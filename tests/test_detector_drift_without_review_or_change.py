"""drift_without_review_or_change (DETECTORS.md T1-18): plans that ran on without review, long
plans with no escalation, and assessment after assessment with nothing changing. O10 L234:
"'professional drift' resulting in a lack of action"; O08 L326: "multiple assessments and plans
without any clear expectation of what needed to change"; T16 L3151: plans over two years are
reviewed by the board.

The detector reads no knowledge edges, so the two modes agree (checked on the must-fire table).
Scenarios are under tests/scenarios/drift_without_review_or_change/ (fictional; day 0 =
03/01/2022): must_fire and near_miss are the T1-18 test tables; uncertain_dates, censored,
cp_plans and repeat_assessments are described in their case.yaml files.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import DAY0, by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in, only

DETECTOR = "drift_without_review_or_change"
CSC = "ag-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_child_in_need_plan_reviewed_once_in_400_days_fires(store, mode):
    """T1-18 "Test: must fire": reviews on days 60 and 400 (a gap of 340 days against 183), and the
    plan open 400 days while the school and the GP recorded three new concerns, with no step-up.
    Both high: three new concerns in the unreviewed gap."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {"plan_unreviewed", "long_plan_no_escalation"}
    gap = found["plan_unreviewed"]
    assert (gap.severity, gap.confidence, gap.subjects) == ("high", "definite", ["C2"])
    assert evidence_refs(gap, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(gap, "late_response") == ["chronology.csv:7"]
    assert evidence_refs(gap, "context") == ["chronology.csv:3", "chronology.csv:4", "chronology.csv:5", "chronology.csv:6"]
    [missing] = [r for r in gap.evidence if r["role"] == "expected_missing"]
    assert (missing["agency_id"], missing["day_from"], missing["day_to"]) == (CSC, DAY0 + 60, DAY0 + 60 + 183)
    assert gap.summary.startswith("The child in need plan for Child 1 that began on 03/01/2022 went 340 days without a review"
                                  " (04/03/2022 to 07/02/2023, against a limit of 183 days), while 3 new concerns were recorded")

    long = found["long_plan_no_escalation"]
    assert (long.severity, long.confidence, long.subjects) == ("high", "definite", ["C2"])
    assert evidence_refs(long, "trigger") == ["chronology.csv:2"]
    assert evidence_refs(long, "context") == ["chronology.csv:4", "chronology.csv:5", "chronology.csv:6"]
    assert expected_missing_agencies(long) == [CSC]
    assert "open for more than 365 days while concerns recurred, with no step-up" in long.summary


def test_regular_reviews_and_a_step_up_do_not_fire(store):
    """T1-18 "Near miss": reviews on days 60, 150, 240 and 400, and a step-up to a child
    protection conference after the school's referral."""
    assert findings_in(store, "near_miss", DETECTOR) == []


def test_a_plan_possibly_still_open_when_its_review_fell_due_is_a_possible_finding(store):
    """The plan's end is dated only "July 2022": it was possibly, not certainly, still open when
    its first review fell due 183 days after it began."""
    f = only(findings_in(store, "uncertain_dates", DETECTOR))

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("plan_unreviewed", "medium", "possible", True)
    assert evidence_refs(f, "context") == ["chronology.csv:3"]


def test_a_review_due_after_social_cares_records_end_is_censored(store):
    """Social care's chronology ends on 31/07/2022, before the review due on 03/09/2022: no
    finding, one entry for the data-quality listing."""
    detection = detect_in(store, "censored", DETECTOR)

    assert detection.findings == []
    [c] = detection.censored
    assert (c.variant, evidence_refs(c, "trigger")) == ("plan_unreviewed", ["chronology.csv:2"])


def test_child_protection_plans_late_reviews_core_groups_and_a_repeat_plan(store):
    """plan_unreviewed: the first review conference 150 days after the initial one (limit 100)
    and core groups 70 and 80 days apart (limit 42). long_plan_no_escalation: a second plan for
    neglect. Both high: C1 is under two."""
    found = by_variant(findings_in(store, "cp_plans", DETECTOR))

    gaps = found["plan_unreviewed"]
    assert (gaps.severity, evidence_refs(gaps, "trigger")) == ("high", ["chronology.csv:2"])
    assert evidence_refs(gaps, "late_response") == ["chronology.csv:7", "chronology.csv:5", "chronology.csv:8"]
    assert [(r["day_from"] - DAY0, r["day_to"] - DAY0) for r in gaps.evidence if r["role"] == "expected_missing"] == [
        (0, 100), (10, 52), (80, 122)]
    repeat = found["long_plan_no_escalation"]
    assert (repeat.severity, evidence_refs(repeat, "trigger")) == ("high", ["chronology.csv:10"])
    assert evidence_refs(repeat, "context") == ["chronology.csv:2", "chronology.csv:14"]
    assert "a second child protection plan in the category of the one that began on 03/01/2022" in repeat.summary


def test_a_child_protection_plan_open_past_the_long_mark_fires(store):
    """long_plan_no_escalation for a long child protection plan, here with L_cp lowered to 100
    days so that the first plan (200 days, no proceedings) counts as long."""
    found = [f for f in findings_in(store, "cp_plans", DETECTOR, params={"L_cp": 100})
             if f.variant == "long_plan_no_escalation"]

    assert sorted(evidence_refs(f, "trigger")[0] for f in found) == ["chronology.csv:10", "chronology.csv:2"]
    long = next(f for f in found if evidence_refs(f, "trigger") == ["chronology.csv:2"])
    assert "was open for more than 100 days with no care proceedings or accommodation" in long.summary


def test_three_assessments_with_nothing_changing_fire(store):
    """repeat_assessment_no_change: three assessments in 330 days, each ending with no plan,
    step-up or proceedings, with new neglect recorded between each two. Medium: C1 is 7 and the
    concerns are of medium weight."""
    f = only(findings_in(store, "repeat_assessments", DETECTOR))

    assert (f.variant, f.severity, f.confidence, f.subjects) == ("repeat_assessment_no_change", "medium", "definite", ["C1"])
    assert evidence_refs(f, "trigger") == ["chronology.csv:2", "chronology.csv:4", "chronology.csv:6"]
    assert evidence_refs(f, "context") == ["chronology.csv:3", "chronology.csv:5"]
    assert f.summary.startswith("The family of Child 1 was assessed 3 times in 330 days")
