"""Every example case raises the findings its README describes, and not the ones it warns against.

Each folder under examples/ carries an `expected.yaml` beside its README: `raised` entries name
a detector (optionally a variant and a severity) and the chronology rows its findings must cite
as trigger or decision; `not_raised` entries name a detector (optionally a variant and rows)
that must stay quiet there. The whole path runs: files, loaders, store, knowledge, detectors.
An entry for a detector that does not exist yet is expected to fail with the detector's id, so
the table goes green as detectors land.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from graph.catalogue import catalogue
from graph.detect import run_detectors
from graph.knowledge import build_knowledge
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import ROOT

EXAMPLES = sorted(p.parent for p in (ROOT / "examples").glob("*/expected.yaml"))
ANCHOR_ROLES = ("trigger", "decision")
IMPLEMENTED = {d.id for d in catalogue()}


@cache
def expected(folder: Path) -> dict:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))


def entries(kind: str) -> list:
    params = []
    for folder in EXAMPLES:
        for i, entry in enumerate(expected(folder).get(kind) or []):
            marks = []
            if entry["detector"] not in IMPLEMENTED:
                marks = [pytest.mark.xfail(reason=f"{entry['detector']} not implemented yet", strict=kind == "raised")]
            label = f"{folder.name}-{entry['detector']}-{entry.get('variant', 'any')}-{i}"
            params.append(pytest.param(folder, entry, id=label, marks=marks))
    return params


@pytest.fixture(scope="module")
def detections(store):
    found = {}

    def detect(folder: Path):
        if folder not in found:
            case_id = f"example-{folder.name}"
            case, report = load_case([folder], case_id)
            assert not report.rejected, report.rejected
            write_case(store, case)
            build_knowledge(store, case_id)
            found[folder] = run_detectors(store, case_id)
        return found[folder]
    return detect


def matching(detection, entry: dict) -> list:
    return [f for f in detection.findings
            if f.detector == entry["detector"] and entry.get("variant", f.variant) == f.variant]


def anchor_rows(findings) -> set[str]:
    """The chronology rows the findings cite as their trigger or decision (merged rows split)."""
    return {ref for f in findings for row in f.evidence
            if row["role"] in ANCHOR_ROLES and row.get("source_ref") for ref in row["source_ref"].split("; ")}


@pytest.mark.parametrize("folder, entry", entries("raised"))
def test_the_findings_the_readme_describes_are_raised(detections, folder, entry):
    found = matching(detections(folder), entry)
    assert found, f"{entry['detector']} raised nothing on {folder.name}: {entry.get('why', '')}"
    assert set(entry.get("rows") or []) <= anchor_rows(found), entry.get("why", "")
    if "severity" in entry:
        assert entry["severity"] in {f.severity for f in found}


@pytest.mark.parametrize("folder, entry", entries("not_raised"))
def test_the_findings_the_readme_warns_against_are_not_raised(detections, folder, entry):
    found = matching(detections(folder), entry)
    if entry.get("rows"):
        assert not set(entry["rows"]) & anchor_rows(found), entry.get("why", "")
    else:
        assert found == [], entry.get("why", "")


@pytest.mark.parametrize("folder", EXAMPLES, ids=[f.name for f in EXAMPLES])
def test_every_finding_can_be_traced_back_to_the_chronology(detections, folder):
    for finding in detections(folder).findings:
        assert [row for row in finding.evidence if row.get("event_id")], finding.summary
        assert all(row["source_ref"] for row in finding.evidence if row.get("event_id"))
        assert " failed to " not in finding.summary.lower(), finding.summary


def test_every_tier_1_detector_fires_on_one_example_and_stays_quiet_on_another():
    """The case library's coverage promise: each Tier-1 detector has an example where it must
    fire and one where it must not, so trainers can show both sides of every rule."""
    raised = {e["detector"] for f in EXAMPLES for e in expected(f).get("raised") or []}
    quiet = {e["detector"] for f in EXAMPLES for e in expected(f).get("not_raised") or []}
    tier1 = {d.id for d in catalogue() if d.tier == 1}
    assert tier1 - raised == set(), "no example where these must fire"
    assert tier1 - quiet == set(), "no example where these must stay quiet"
