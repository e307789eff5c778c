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
    meetings = _Meetings(store, case_id)
    for mode in MODES:
        known: Known = {}
        for step in FIRST_STEPS:
            _apply(store, case_id, mode, step, since=0, round_=0, known=known, meetings=meetings)
        for round_ in range(1, MAX_CHAIN + 1):
            if not sum(_apply(store, case_id, mode, step, since=round_ - 1, round_=round_, known=known,
                              meetings=meetings) for step in CHAIN_STEPS[mode]):
                break
        store.named("knowledge/acknowledged", {"mode": mode, "ack_days": ACK_DAYS}, case_id=case_id,
                    read_only=False)


Known = dict[tuple[str, str], tuple[int, int]]  # (agency, event) -> (first day known, round learned)


def _apply(store: Store, case_id: str, mode: str, step: str, since: int, round_: int, known: Known,
           meetings: "_Meetings") -> int:
    """Run one step and keep, per (agency, event), the earliest day, where it is news."""
    if step == "pooled":
        candidates = meetings.pooled(known, since)
    else:
        params = {"mode": mode, "since": since, "meeting_types": list(MEETING_TYPES),
                  "inferred_window": INFERRED_WINDOW_DAYS}
        candidates = store.named(f"knowledge/{step}", params, case_id=case_id)
    best: dict[tuple[str, str], dict] = {}
    for row in candidates:
        key = (row["agency_id"], row["event_id"])
        if key not in best or (row["day"], row["rank"]) < (best[key]["day"], best[key]["rank"]):
            best[key] = row
    news = [row for key, row in best.items() if key not in known or row["day"] < known[key][0]]
    if not news:
        return 0
    store.named("knowledge/upsert", {"mode": mode, "round": round_, "rows": news}, case_id=case_id, read_only=False)
    known.update({(row["agency_id"], row["event_id"]): (row["day"], round_) for row in news})
    return len(news)


class _Meetings:
    """Route 5, pooled (lenient only), worked out in memory.

    At a meeting, the concerns about the family that any participant knew by the day it met
    are taken to have been shared with everyone there or sent the minutes. As one Cypher join
    of every meeting with everything its participants knew, this was most of the pass (5.8 of
    8 s on a 2,000-event case); the meetings and concern subjects are small enough to read once.
    """

    def __init__(self, store: Store, case_id: str):
        rows = store.named("knowledge/meetings", {"meeting_types": list(MEETING_TYPES)}, case_id=case_id)
        self.meetings = sorted(rows, key=lambda m: (m["day_to"], m["day_from"], m["event_id"]))
        self.subjects = {r["event_id"]: set(r["people"]) for r in store.named("knowledge/concern_subjects",
                                                                             case_id=case_id)}

    def pooled(self, known: Known, since: int) -> list[dict]:
        """Per (agency, event), the earliest meeting that put a concern learned since `since` to it."""
        learned: dict[str, list[tuple[int, str]]] = {}
        for (agency, event), (day, round_) in known.items():
            if round_ >= since and event in self.subjects:
                learned.setdefault(agency, []).append((day, event))
        seen: set[tuple[str, str]] = set()
        rows = []
        for m in self.meetings:
            family = set(m["family"])
            put = {e for b in set(m["present"]) for day, e in learned.get(b, ())
                   if day <= m["day_from"] and e != m["event_id"] and not self.subjects[e].isdisjoint(family)}
            for agency in dict.fromkeys(m["present"] + m["minuted"]):
                for event in put:
                    if (agency, event) in seen:
                        continue
                    seen.add((agency, event))
                    if (agency, event) not in known or m["day_to"] < known[(agency, event)][0]:
                        rows.append({"agency_id": agency, "event_id": event, "day": m["day_to"], "route": "pooled",
                                     "certainty": "pooled", "rank": 7, "via": m["event_id"]})
        return rows


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


def unknown_to_deciders(matrix: Matrix, decision: dict) -> list[dict]:
    """The concern rows before a decision that no agency recording or attending it knew by then.

    This is the question a panel asks at every decision point (T1-05): what did the people
    deciding not have? Read from the matrix, so it follows its day and mode.
    """
    deciders, day = set(decision.get("deciders") or []), decision["day_from"]
    return [row for row in matrix.rows
            if row["concerns"] and row["event_id"] != decision["event_id"] and row["day_from"] <= day
            and not any(cell and cell["from_day"] <= day for agency, cell in row["cells"].items() if agency in deciders)]
