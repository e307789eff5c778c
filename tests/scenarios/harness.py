"""Detector scenarios: small chronologies loaded through the real loaders into the real store.

A scenario is a folder under tests/scenarios/<detector_id>/ holding chronology.csv,
people.csv and case.yaml, written like an agency's submission. `findings_in` loads it,
builds the knowledge pass and runs one detector, exactly as `jigsaw load` and
`jigsaw detect` do, so a scenario test covers the whole path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.detect import Detection, run_detectors
from graph.knowledge import build_knowledge
from graph.write import write_case
from loaders.dates import parse_date
from loaders.load import load_case

SCENARIOS = Path(__file__).resolve().parent


def detect_in(store, scenario: str, detector: str, mode: str = "lenient",
              params: dict[str, Any] | None = None) -> Detection:
    """Load tests/scenarios/<detector>/<scenario>/ and run `detector` over it."""
    folder = SCENARIOS / detector / scenario
    case_id = f"sc-{detector}-{scenario}".replace("_", "-")
    case, report = load_case([folder], case_id)
    assert not report.rejected, report.rejected
    write_case(store, case)
    build_knowledge(store, case_id)
    return run_detectors(store, case_id, only=[detector], overrides={detector: params or {}}, mode=mode)


def findings_in(store, scenario: str, detector: str, **kwargs):
    return detect_in(store, scenario, detector, **kwargs).findings


def evidence_refs(finding, role: str) -> list[str]:
    """The chronology rows (file:row) a finding cites in one role, e.g. 'trigger'."""
    return [row["source_ref"] for row in finding.evidence if row["role"] == role and row.get("source_ref")]


def by_variant(findings) -> dict:
    """Findings keyed by variant, for scenarios where each variant fires at most once."""
    found = {f.variant: f for f in findings}
    assert len(found) == len(findings), "a variant fired more than once"
    return found


def expected_missing_agencies(finding) -> list[str]:
    """The agencies a finding says were looked at for an action and had no record of it."""
    return sorted(r["agency_id"] for r in finding.evidence if r["role"] == "expected_missing")


def day(text: str) -> int:
    """The day number of a date as a chronology writes it, for asserting on evidence windows."""
    return parse_date(text).day_from


DAY0 = day("03/01/2022")  # every scenario's day 0


def only(findings):
    """The one finding a scenario must raise (the assertion shows them all if there are more)."""
    assert len(findings) == 1, [(f.variant, f.summary) for f in findings]
    return findings[0]
