"""start_again_history_unused (DETECTORS.md T1-19): a new assessment, a new baby, a new partner or
a new episode should not start from scratch; the family's earlier history (plans, removals,
serious incidents, enquiries) should be known to the decision makers and drawn on (T16 L4156:
practitioners "put knowledge of the past ... aside to focus on the present"; O10 L277: "a tendency
to 'start again'"; O10 L304: they "had not asked what had changed since the older two children
had been taken into care").

Scenarios are under tests/scenarios/start_again_history_unused/ (fictional; day 0 = 03/01/2022):
must_fire and near_miss are the T1-19 test tables; the others are described in their case.yaml
files. Pseudonyms go by age, so the older child (C0 or C9) is "Child 1" and C1 is "Child 2" where
both are in the people sheet.
"""

from __future__ import annotations

import pytest

from tests.scenarios.harness import by_variant, detect_in, evidence_refs, expected_missing_agencies, findings_in

DETECTOR = "start_again_history_unused"
NORTHSHIRE_CSC = "ag-northshire-children-s-social-care"
SOUTHSHIRE_CSC = "ag-southshire-children-s-social-care"


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_new_baby_assessed_without_the_earlier_removal(store, mode):
    """T1-19 "Test: must fire": M's first child C0 was removed in Northshire in 2017 (rows 1, 2);
    pregnant with C1 in Southshire, she is assessed and the case closed "NFA" (row 6) with no
    record that Southshire knew of the removal. history_unknown (high: new baby) and
    prior_removal_unreconciled (high), both citing rows 1 and 2; the finding is about the baby."""
    found = by_variant(findings_in(store, "must_fire", DETECTOR, mode=mode))

    assert set(found) == {"history_unknown", "prior_removal_unreconciled"}
    for f in found.values():
        assert (f.severity, f.confidence, f.date_uncertain) == ("high", "definite", False)
        assert f.subjects == ["C1"]
        assert evidence_refs(f, "decision") == ["chronology.csv:7"]
        assert evidence_refs(f, "unseen_concern") == ["chronology.csv:2", "chronology.csv:3"]
        assert "(new baby)" in f.summary
    unknown = found["history_unknown"]
    assert expected_missing_agencies(unknown) == [NORTHSHIRE_CSC]
    assert [r["agency_id"] for r in unknown.evidence if r["role"] == "holder"] == [NORTHSHIRE_CSC]
    assert "(Northshire)" in [r for r in unknown.evidence if r["role"] == "holder"][0]["note"]
    assert "held by Northshire Children's Social Care" in unknown.summary
    assert "since Child 1 was removed" in found["prior_removal_unreconciled"].summary


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_records_requested_and_received_before_the_decision_do_not_fire(store, mode):
    """T1-19 "Near miss": Southshire asks Northshire for its records (5a, an information request)
    and Northshire's answer conveys the proceedings and the removal (5b). The table's CONSIDERED
    edges from row 6 to rows 1 and 2 do not exist in the graph (ADD-8 is not loaded): the
    request followed by an answer conveying the rows is what cites them, and the answer is how
    Southshire knew them."""
    assert findings_in(store, "near_miss", DETECTOR, mode=mode) == []


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_known_history_the_assessment_does_not_draw_on_is_a_low_prompt(store, mode):
    """Variant history_not_cited: social care itself ran C1's child protection plan in 2019 (row 1);
    its new assessment in January 2022 (row 4) ends in no further action with no link to that
    plan and no request for records. Low: chronologies rarely record reading. Not a prior
    removal: the plan was C1's own."""
    [f] = findings_in(store, "known_not_cited", DETECTOR, mode=mode)

    assert (f.variant, f.severity, f.confidence) == ("history_not_cited", "low", "definite")
    assert evidence_refs(f, "decision") == ["chronology.csv:5"]
    assert evidence_refs(f, "context") == ["chronology.csv:2"]
    assert f.summary.endswith("a prompt to check.")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_an_assessment_that_responds_to_the_old_plan_does_not_fire(store, mode):
    """history_not_cited near miss: the same assessment records that it responds to the 2019 plan
    (Responds to = 1), which counts as citing it."""
    assert findings_in(store, "cited", DETECTOR, mode=mode) == []


def test_history_social_care_may_have_heard_of_is_unknown_only_in_strict_mode(store):
    """Known (§1 knowledge, $mode): early help's 2020 family assessment recorded domestic abuse
    (row 1) and early help wrote to social care ten days later without saying what the letter
    carried (row 2). Lenient mode infers the letter carried the assessment, so social care knew
    it and the closure only failed to cite it (low); strict mode does not, so it is unknown
    (medium)."""
    [lenient] = findings_in(store, "modes", DETECTOR, mode="lenient")
    [strict] = findings_in(store, "modes", DETECTOR, mode="strict")

    assert (lenient.variant, lenient.severity) == ("history_not_cited", "low")
    assert evidence_refs(lenient, "context") == ["chronology.csv:2"]
    assert (strict.variant, strict.severity) == ("history_unknown", "medium")
    assert evidence_refs(strict, "unseen_concern") == ["chronology.csv:2"]
    assert expected_missing_agencies(strict) == ["ag-early-help"]


def test_an_enquiry_dated_only_by_month_is_possibly_history(store):
    """Uncertain dates (§0.2): Northshire's section 47 enquiry is dated "July 2021"; the current
    episode starts on 07/07/2021 (180 days before the decision), so the enquiry came before it
    only possibly: possible, date_uncertain."""
    [f] = findings_in(store, "uncertain_dates", DETECTOR)

    assert (f.variant, f.severity, f.confidence, f.date_uncertain) == ("history_unknown", "medium", "possible", True)
    assert evidence_refs(f, "unseen_concern") == ["chronology.csv:2"]
    assert "possibly part of the current episode" in [r for r in f.evidence if r["role"] == "unseen_concern"][0]["note"]


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_a_new_partners_child_removed_elsewhere(store, mode):
    """Tag new_partner: M's partner since 01/09/2021, P, had his son C9 taken into care in
    Westshire in 2016 (rows 1, 2). Southshire's assessment of C1 (row 3) has no record of it:
    history_unknown, raised to high by the new partner, and prior_removal_unreconciled."""
    found = by_variant(findings_in(store, "new_partner", DETECTOR, mode=mode))

    assert set(found) == {"history_unknown", "prior_removal_unreconciled"}
    unknown = found["history_unknown"]
    assert (unknown.severity, unknown.subjects) == ("high", ["C1"])
    assert "(new partner)" in unknown.summary
    assert evidence_refs(unknown, "unseen_concern") == ["chronology.csv:2", "chronology.csv:3"]
    assert expected_missing_agencies(unknown) == ["ag-westshire-children-s-social-care"]
    assert "new partner" in [r for r in unknown.evidence if r["role"] == "decision"][0]["note"]


def test_a_long_history_is_listed_up_to_max_items_and_counted_in_full(store):
    """Parameter max_items: with room for one history item, the must_fire finding lists only the
    earliest removal (the care proceedings), says in the decision row that 1 of the 2 items is
    listed, and still counts both in the summary."""
    detection = detect_in(store, "must_fire", DETECTOR, params={"max_items": 1})

    unknown = by_variant(detection.findings)["history_unknown"]
    assert evidence_refs(unknown, "unseen_concern") == ["chronology.csv:2"]
    assert "1 of the 2 history items are listed" in [r for r in unknown.evidence if r["role"] == "decision"][0]["note"]
    assert "knew of 2 earlier event(s)" in unknown.summary
