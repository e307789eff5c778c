"""The example case raises the findings a reader of its chronology would agree with.

examples/lark-family/README.md explains each one; numbers here are the chronology's Seq
column (as in that README). The whole path runs: files, loaders, store, knowledge, detectors.
"""

from __future__ import annotations

import pytest

from graph.detect import run_detectors
from graph.knowledge import build_knowledge
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE

# detector: Seq numbers of rows that must be among its findings' triggers or decisions
MUST_FIRE = {
    "domestic_incident_not_notified": {8, 18, 47, 51},
    "adult_service_info_not_shared": {5, 7, 14, 17, 23},
    "sibling_not_assessed": {60, 61},
    "household_adult_unassessed": {35},
    "referral_without_outcome_or_feedback": {29, 67},
    "case_closed_without_consultation": {36, 96},
    "decision_without_known_information": {35, 36, 53, 96},
    "toxic_trio_fragmented": {20, 31, 35, 36, 53, 60, 61, 65, 68, 80},
    "concern_held_not_passed_on": {2, 46, 57, 97, 102},
    "key_agency_missing_from_meeting": {60, 80, 90, 91, 109},
}
# detector: Seq numbers of good practice that must not be a trigger
MUST_NOT_FIRE_ON = {
    "domestic_incident_not_notified": {84},
    "concern_held_not_passed_on": {10, 28, 58, 66, 88},
    "sibling_not_assessed": {104},
}
QUIET = {"handover_not_picked_up", "cross_authority_move_info_lost"}


@pytest.fixture(scope="module")
def lark(store):
    case, _ = load_case([EXAMPLE], "example-findings")
    write_case(store, case)
    build_knowledge(store, "example-findings")
    return run_detectors(store, "example-findings")


def anchors(detection, detector: str) -> set[int]:
    """Seq numbers (spreadsheet row - 1) of the triggers and decisions a detector's findings cite."""
    return {int(ref.split(":")[1]) - 1
            for f in detection.findings if f.detector == detector
            for row in f.evidence if row["role"] in ("trigger", "decision") and row["source_ref"]
            for ref in row["source_ref"].split("; ")}


@pytest.mark.parametrize("detector", sorted(MUST_FIRE))
def test_the_failures_the_readme_describes_are_found(lark, detector):
    assert MUST_FIRE[detector] <= anchors(lark, detector)


@pytest.mark.parametrize("detector", sorted(MUST_NOT_FIRE_ON))
def test_the_good_practice_rows_raise_nothing(lark, detector):
    assert not MUST_NOT_FIRE_ON[detector] & anchors(lark, detector)


def test_handovers_that_were_made_and_a_family_that_never_moved_raise_nothing(lark):
    assert not {f.detector for f in lark.findings} & QUIET


def test_the_gp_held_the_whole_toxic_trio_so_someone_had_the_picture(lark):
    variants = {f.variant for f in lark.findings if f.detector == "toxic_trio_fragmented"}
    assert variants == {"decider_partial"}


def test_every_finding_can_be_traced_back_to_the_chronology(lark):
    for finding in lark.findings:
        cited = [row for row in finding.evidence if row["event_id"]]
        assert cited, finding.summary
        assert all(row["source_ref"].startswith("chronology.csv:") for row in cited)
        assert "did not" not in finding.summary.lower() or "no record" in finding.summary.lower()
