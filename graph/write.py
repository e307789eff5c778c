"""Turn a validated Case into the parameter lists that cypher/write/case.cypher unwinds.

The whole case is written as one batch so that a store can apply it atomically (a staging
graph on FalkorDB, one transaction on Neo4j). Long lists are cut into chunks so that no
single statement carries an unbounded parameter.

A reload replaces the case graph, but the reviewers' triage of its findings must survive:
the stored findings are read first and written again inside the same atomic batch (without
their evidence edges, which the next detection run rebuilds). A trainer's walk-through
prompts (graph/prompts.py) are carried over the same way.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict
from typing import Any

from graph import queries
from graph.prompts import list_prompts
from graph.store import Batch, Progress, Store
from loaders.case import Case, Event

CHUNK = 5000
_PARAM = re.compile(r"\$(\w+)")


def write_case(store: Store, case: Case, progress: Progress | None = None) -> None:
    prompts = list_prompts(store, case.case_id) if case.case_id in store.case_ids() else []
    store.replace_case(case.case_id, case_batch(case, stored_findings(store, case.case_id), prompts), progress)


def stored_findings(store: Store, case_id: str) -> list[dict[str, Any]]:
    """The case's findings as stored (all properties), or none if the case is not loaded."""
    if case_id not in store.case_ids():
        return []
    return [row["finding"] for row in store.named("findings/existing", case_id=case_id)]


def case_batch(case: Case, findings: list[dict[str, Any]] | None = None,
               prompts: list[dict[str, Any]] | None = None) -> Batch:
    params = {**case_parameters(case),
              "findings": [_props(case.case_id, **_without(f, "case_id")) for f in findings or []],
              "prompts": [_props(case.case_id, **_without(p, "case_id")) for p in prompts or []]}
    return named_batch("write/case", params)


def named_batch(name: str, params: dict[str, Any]) -> Batch:
    """Every statement of cypher/<name>.cypher with just the parameters it names, in chunks."""
    batch: Batch = []
    for text in queries.statements(name):
        names = [n for n in dict.fromkeys(_PARAM.findall(text)) if n != "case_id"]
        batch.extend(_chunked(text, {n: params[n] for n in names}))
    return batch


def case_parameters(case: Case) -> dict[str, Any]:
    cid = case.case_id
    events = case.events
    return {
        "case": _props(cid, title=case.title, period_from=case.period_from,
                       period_to=case.period_to, data_end_day=case.data_end_day,
                       subject_ids=case.subject_ids, loaded_at=time.time()),
        "people": [{"is_child": p.is_child, "props": _props(cid, **asdict(p))}
                   for p in case.people],
        "households": [_props(cid, household_id=h.household_id) for h in case.households],
        "agencies": [_props(cid, **asdict(a)) for a in case.agencies],
        "practitioners": [_props(cid, **_without(asdict(p), "agency_id")) for p in case.practitioners],
        "events": [_event_props(cid, e) for e in events],
        "works_for": [_edge(p.practitioner_id, p.agency_id) for p in case.practitioners],
        "recorded": [_edge(a, e.event_id) for e in events for a in e.agency_ids],
        "conducted": [_edge(p, e.event_id) for e in events for p in e.practitioner_ids],
        "about": [_edge(e.event_id, p) for e in events for p in e.about],
        "saw": [{**_edge(e.event_id, p), "alone": bool(e.seen_alone)} for e in events for p in e.saw],
        "shared_with": [_edge(e.event_id, a) for e in events for a in e.shared_with],
        "referred_to": [_edge(e.event_id, a) for e in events for a in e.referred_to],
        "responds_to": [_edge(e.event_id, r) for e in events for r in e.responds_to],
        "conveys": [_edge(e.event_id, c) for e in events for c in e.conveys],
        "invited_to": [_edge(a, e.event_id) for e in events for a in e.invited],
        "attended": [_edge(a, e.event_id) for e in events for a in e.attended],
        **{key: [{**_edge(r.from_id, r.to_id), "kind": r.kind, "from_day": r.from_day, "to_day": r.to_day}
                 for r in case.relations if r.type == rel]
           for key, rel in (("parent_of", "PARENT_OF"), ("sibling_of", "SIBLING_OF"),
                            ("partner_of", "PARTNER_OF"), ("member_of", "MEMBER_OF"))},
    }


def _event_props(case_id: str, e: Event) -> dict[str, Any]:
    fields = _without(asdict(e), "agency_ids", "practitioner_ids", "about", "saw", "shared_with",
                      "referred_to", "invited", "attended", "responds_to", "conveys", "extra")
    return _props(case_id, **fields, **{f"x_{k}": v for k, v in e.extra.items()})


def _props(case_id: str, **values: Any) -> dict[str, Any]:
    """Drop nulls: Neo4j cannot store them and a missing property already reads as null."""
    return {**{k: v for k, v in values.items() if v is not None}, "case_id": case_id}


def _without(d: dict, *keys: str) -> dict:
    return {k: v for k, v in d.items() if k not in keys}


def _edge(source: str, target: str) -> dict[str, str]:
    return {"from": source, "to": target}


def _chunked(text: str, params: dict[str, Any]) -> Batch:
    lists = [n for n, v in params.items() if isinstance(v, list)]
    if not lists:
        return [(text, params)]
    name = lists[0]
    rows = params[name]
    return [(text, {**params, name: rows[i:i + CHUNK]}) for i in range(0, len(rows), CHUNK)]
