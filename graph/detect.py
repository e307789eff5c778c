"""Run detectors over a case and turn their rows into findings a reviewer can defend.

The pattern is Cypher (one file per detector); this module only supplies parameters,
adds to each evidence row what a reviewer needs to go back to the chronology (agency,
days, source_ref), marks uncertain dates, and gives each finding a stable key so triage
survives re-running.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from graph import queries
from graph.catalogue import Detector, catalogue
from graph.chronology import events_by_id
from graph.model import cypher_vocabulary
from graph.store import Store

MODES = ("lenient", "strict")


@dataclass
class Finding:
    detector: str
    detector_version: int
    finding_key: str
    anchor: str
    variant: str
    severity: str
    confidence: str
    date_uncertain: bool
    knowledge_mode: str
    summary: str
    subjects: list[str]
    params: dict[str, Any]
    evidence: list[dict[str, Any]]
    status: str = "open"
    note: str = ""


@dataclass
class Detection:
    findings: list[Finding] = field(default_factory=list)
    censored: list[Finding] = field(default_factory=list)  # for the data-quality listing only


def run_detectors(store: Store, case_id: str, only: list[str] | None = None,
                  overrides: dict[str, dict[str, Any]] | None = None, mode: str = "lenient") -> Detection:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    chosen = [d for d in catalogue() if not only or d.id in only]
    unknown = set(only or []) - {d.id for d in chosen}
    if unknown:
        raise KeyError(f"no detector named {', '.join(sorted(unknown))}; `jigsaw detectors` lists them")
    detection = Detection()
    for det in chosen:
        params = {**det.defaults(), **(overrides or {}).get(det.id, {})}
        rows = store.run(queries.query(det.query_name), {**cypher_vocabulary(), **params, "mode": mode},
                         case_id=case_id)
        for row in rows:
            finding = _finding(det, row, params, mode)
            (detection.censored if row.get("censored") else detection.findings).append(finding)
    _enrich(store, case_id, detection.findings + detection.censored)
    return detection


def _finding(det: Detector, row: dict[str, Any], params: dict[str, Any], mode: str) -> Finding:
    key = hashlib.sha1(f"{det.id}|{row['variant']}|{row['anchor']}".encode()).hexdigest()[:16]
    return Finding(
        detector=det.id, detector_version=det.version, finding_key=key, anchor=row["anchor"],
        variant=row["variant"], severity=row["severity"], confidence=row.get("confidence") or "definite",
        date_uncertain=False, knowledge_mode=mode, summary=row["summary"],
        subjects=sorted(set(row.get("subjects") or [])), params=params,
        evidence=[dict(e) for e in row.get("evidence") or [] if e],
    )


def _enrich(store: Store, case_id: str, findings: list[Finding]) -> None:
    """Give each evidence row its recorders, days and source_ref; flag ranges as uncertain."""
    ids = sorted({e["event_id"] for f in findings for e in f.evidence if e.get("event_id")})
    events = events_by_id(store, case_id, ids)
    agencies = {r["agency_id"]: r["name"] for r in store.named("views/agencies", case_id=case_id)}
    for f in findings:
        for row in f.evidence:
            event = events.get(row.get("event_id"))
            if event:
                row.update(day_from=event["day_from"], day_to=event["day_to"], source_ref=event["source_ref"],
                           agency=", ".join(sorted(event["agencies"])), agency_id=event["agency_ids"][0])
            elif row.get("agency_id"):
                row.setdefault("agency", agencies.get(row["agency_id"], row["agency_id"]))
            for name in ("event_id", "agency", "agency_id", "day_from", "day_to", "source_ref", "note"):
                row.setdefault(name, None)
        f.date_uncertain = any(r["event_id"] and r["day_to"] is not None and r["day_to"] > r["day_from"]
                               for r in f.evidence)
