"""Who knew what, and when (DETECTORS.md §1): the derived KNEW edges and the matrix.

For every agency and event, the first day the agency knew the event and by which route,
in two modes: `lenient` uses every route; `strict` drops the pooled (meeting talk) and
inferred (uncarried message) routes, leaving only what the chronology itself evidences.
Each step is a query in cypher/knowledge/; this module runs them to a fixpoint: knowledge
passed on by a message or meeting can be passed on again, up to MAX_CHAIN hops.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import DECISION_TYPES, MEETING_TYPES
from graph.store import Store

MODES = ("lenient", "strict")
MAX_CHAIN = 4
INFERRED_WINDOW_DAYS = 90
ACK_DAYS = 2
FIRST_STEPS = ("direct", "meeting")  # from the chronology's own edges: run once
CHAIN_STEPS = {"lenient": ("conveyed", "inferred", "pooled"), "strict": ("conveyed",)}


def build_knowledge(store: Store, case_id: str) -> None:
    """Semi-naive fixpoint: each round passes on only what the previous round learned."""
    store.named("knowledge/clear", case_id=case_id, read_only=False)
    for mode in MODES:
        for step in FIRST_STEPS:
            _apply(store, case_id, mode, step, since=0, round_=0)
        for round_ in range(1, MAX_CHAIN + 1):
            if not sum(_apply(store, case_id, mode, step, since=round_ - 1, round_=round_)
                       for step in CHAIN_STEPS[mode]):
                break
        store.named("knowledge/acknowledged", {"mode": mode, "ack_days": ACK_DAYS}, case_id=case_id,
                    read_only=False)


def _apply(store: Store, case_id: str, mode: str, step: str, since: int, round_: int) -> int:
    """Run one step's candidate query and keep, per (agency, event), the earliest day."""
    params = {"mode": mode, "since": since, "meeting_types": list(MEETING_TYPES),
              "inferred_window": INFERRED_WINDOW_DAYS}
    best: dict[tuple[str, str], dict] = {}
    for row in store.named(f"knowledge/{step}", params, case_id=case_id):
        key = (row["agency_id"], row["event_id"])
        if key not in best or (row["day"], row["rank"]) < (best[key]["day"], best[key]["rank"]):
            best[key] = row
    if not best:
        return 0
    [result] = store.named("knowledge/upsert", {"mode": mode, "round": round_, "rows": list(best.values())},
                           case_id=case_id, read_only=False)
    return result["changed"]


@dataclass
class Matrix:
    """Rows are concern events and decisions; a cell is when and how an agency knew the row."""

    day: int | None
    mode: str
    agencies: list[dict] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)


def knowledge_matrix(store: Store, case_id: str, day: int | None = None, mode: str = "lenient") -> Matrix:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    agencies = store.named("views/agencies", case_id=case_id)
    matrix = Matrix(day, mode, [{k: a[k] for k in ("agency_id", "name", "sector")} for a in agencies])
    params = {"mode": mode, "day": day, "decision_types": list(DECISION_TYPES)}
    for row in store.named("views/knowledge_matrix", params, case_id=case_id):
        known = {k["agency_id"]: {"from_day": k["from_day"], "route": k["route"], "certainty": k["certainty"]}
                 for k in row.pop("known") if k["agency_id"] is not None}
        row["cells"] = {a["agency_id"]: known.get(a["agency_id"]) for a in matrix.agencies}
        matrix.rows.append(row)
    return matrix
