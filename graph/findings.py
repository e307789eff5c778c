"""Stored findings: saving a detection run, listing, and a reviewer's triage.

A finding is a `:Finding` node with `EVIDENCE` edges to the events, people and agencies its
evidence rows name. Its `finding_key` is stable (graph/detect.py), so a re-run reconciles
with what is stored instead of starting again:

- a finding that still holds keeps its status and note, and its `last_seen_run` moves on;
- a finding that no longer holds is kept, marked `resolved_by_data`, with its note;
- if it holds again later it comes back with the reviewer's last decision (`triage_status`).

Censored findings (the window runs past an agency's data) are stored with `censored: true`
and are never listed as findings; `list_findings(censored=True)` is the data-quality view.
Run numbers count detection runs per case (1, 2, ...) rather than wall-clock time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from graph.detect import Detection, Finding
from graph.store import Store
from graph.write import named_batch, stored_findings

TRIAGE = ("open", "accepted", "dismissed")
STATUSES = (*TRIAGE, "resolved_by_data")
SEVERITIES = ("high", "medium", "low")
EVIDENCE_FIELDS = ("event_id", "role", "agency", "agency_id", "day_from", "day_to", "source_ref", "note")
_EVIDENCE_TARGETS = (("event_evidence", "event_id"), ("person_evidence", "person_id"),
                     ("agency_evidence", "agency_id"))


class NoSuchFinding(KeyError):
    def __str__(self) -> str:
        return self.args[0]


@dataclass
class SaveSummary:
    """What one detection run changed in the stored findings."""

    run: int
    by_severity: dict[str, int] = field(default_factory=dict)  # findings that hold now (not censored)
    new: int = 0
    censored: int = 0
    resolved: int = 0  # no longer found by this run: now resolved_by_data
    duplicates: list[str] = field(default_factory=list)  # keys a detector returned twice (first kept)

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())

    def line(self) -> str:
        """The one-line summary `jigsaw load` and `jigsaw detect` print."""
        parts = [f"{n} {s}" for s in SEVERITIES if (n := self.by_severity.get(s))]
        parts += [f"{n} {s}" for s, n in sorted(self.by_severity.items()) if s not in SEVERITIES and n]
        text = f"{self.findings} finding{'' if self.findings == 1 else 's'}"
        text += f" ({', '.join(parts)})" if parts else ""
        extras = [f"{self.new} new"] if self.new else []
        extras += [f"{self.resolved} resolved by data"] if self.resolved else []
        extras += [f"{self.censored} censored (data-quality listing)"] if self.censored else []
        return text + ("; " + "; ".join(extras) if extras else "")


def save_detection(store: Store, case_id: str, detection: Detection, detectors: list[str] | None = None) -> SaveSummary:
    """Reconcile a run with the stored findings and save it.

    `detectors` are the detector ids that ran (None: all of them). A stored finding of one of
    them that this run did not produce becomes `resolved_by_data`; findings of detectors that
    did not run are left alone.
    """
    stored = {f["finding_key"]: f for f in stored_findings(store, case_id)}
    run = max((f.get("last_seen_run") or 0 for f in stored.values()), default=0) + 1
    summary = SaveSummary(run)
    current: dict[str, tuple[Finding, bool]] = {}
    for finding, censored in [(f, False) for f in detection.findings] + [(f, True) for f in detection.censored]:
        if finding.finding_key in current:
            summary.duplicates.append(finding.finding_key)
        else:
            current[finding.finding_key] = (finding, censored)

    rows = []
    for key, (finding, censored) in current.items():
        before = stored.get(key, {})
        decision = before.get("triage_status") or "open"
        rows.append(_node(case_id, finding, censored, run, before, decision))
        if censored:
            summary.censored += 1
        else:
            summary.by_severity[finding.severity] = summary.by_severity.get(finding.severity, 0) + 1
            summary.new += not before or before.get("censored", False)
    for key, before in stored.items():
        ran = detectors is None or before.get("detector") in detectors
        if key not in current and ran and before.get("status") != "resolved_by_data":
            rows.append({**before, "status": "resolved_by_data"})
            summary.resolved += not before.get("censored", False)

    evidence = {name: [{"finding_key": key, "to": row[id_field], "role": row.get("role") or "context"}
                       for key, (finding, _) in current.items()
                       for row in _distinct_evidence(finding, id_field)]
                for name, id_field in _EVIDENCE_TARGETS}
    store.write(case_id, named_batch("findings/save", {"findings": rows, "rerun_keys": list(current), **evidence}))
    return summary


def list_findings(store: Store, case_id: str, detector: str | None = None, status: str | None = None,
                  censored: bool = False) -> list[dict[str, Any]]:
    """Stored findings as plain objects, most serious first.

    `status` None lists every finding that still holds (open, accepted, dismissed);
    `resolved_by_data` lists the ones a later run no longer found.
    """
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    statuses = [status] if status else list(TRIAGE)
    rows = store.named("findings/list", {"detector": detector, "statuses": statuses, "censored": censored},
                       case_id=case_id)
    return [finding_object(r["finding"]) for r in rows]


def triage(store: Store, case_id: str, finding_key: str, status: str, note: str | None = None) -> dict[str, Any]:
    """Record a reviewer's decision (and note, if given) on one finding."""
    if status not in TRIAGE:
        raise ValueError(f"status must be one of {', '.join(TRIAGE)}")
    rows = store.named("findings/triage", {"finding_key": finding_key, "status": status, "note": note},
                       case_id=case_id, read_only=False)
    if not rows:
        raise NoSuchFinding(f"no finding {finding_key!r} in case {case_id!r}; `jigsaw findings --case {case_id}` "
                            "lists them")
    return finding_object(rows[0]["finding"])


def finding_object(node: dict[str, Any]) -> dict[str, Any]:
    """A stored Finding node as the object `jigsaw findings --format json` prints."""
    evidence = json.loads(node.get("evidence_json") or "[]")
    return {
        "finding_key": node["finding_key"],
        "detector": node.get("detector"),
        "detector_version": node.get("detector_version"),
        "variant": node.get("variant"),
        "anchor": node.get("anchor"),
        "severity": node.get("severity"),
        "confidence": node.get("confidence"),
        "date_uncertain": bool(node.get("date_uncertain")),
        "knowledge_mode": node.get("knowledge_mode"),
        "summary": node.get("summary"),
        "subjects": list(node.get("subjects") or []),
        "evidence": [{**{name: row.get(name) for name in EVIDENCE_FIELDS}, **row} for row in evidence],
        "params": json.loads(node.get("params_json") or "{}"),
        "status": node.get("status"),
        "note": node.get("note") or "",
        "censored": bool(node.get("censored")),
        "first_seen_run": node.get("first_seen_run"),
        "last_seen_run": node.get("last_seen_run"),
    }


def _node(case_id: str, f: Finding, censored: bool, run: int, before: dict[str, Any], decision: str) -> dict[str, Any]:
    days = [row["day_from"] for row in f.evidence if row.get("event_id") and row.get("day_from") is not None]
    values = {
        "finding_key": f.finding_key, "case_id": case_id, "detector": f.detector,
        "detector_version": f.detector_version, "anchor": f.anchor, "variant": f.variant,
        "severity": f.severity, "confidence": f.confidence, "date_uncertain": f.date_uncertain,
        "knowledge_mode": f.knowledge_mode, "summary": f.summary, "subjects": list(f.subjects),
        "params_json": json.dumps(f.params, sort_keys=True, default=str),
        "evidence_json": json.dumps(f.evidence, default=str),
        "status": decision, "triage_status": decision, "note": before.get("note") or "",
        "censored": censored, "first_seen_run": before.get("first_seen_run") or run, "last_seen_run": run,
        "first_day": min(days) if days else None,
    }
    return {k: v for k, v in values.items() if v is not None}  # Neo4j cannot store nulls


def _distinct_evidence(f: Finding, id_field: str) -> list[dict[str, Any]]:
    """Evidence rows naming a node by `id_field`; an event row names its event, not its agency."""
    seen, rows = set(), []
    for row in f.evidence:
        if id_field == "agency_id" and row.get("event_id"):
            continue
        target = row.get(id_field)
        if target and (target, row.get("role")) not in seen:
            seen.add((target, row.get("role")))
            rows.append(row)
    return rows
