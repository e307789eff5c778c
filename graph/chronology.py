"""Chronology rows as the app and the exports show them, read through cypher/views/."""

from __future__ import annotations

from graph.store import Store


def events_by_id(store: Store, case_id: str, event_ids: list[str]) -> dict[str, dict]:
    """The rows with these ids: date, type, recorders, text and source_ref."""
    rows = store.named("views/events_by_id", {"event_ids": sorted(set(event_ids))}, case_id=case_id)
    return {r["event_id"]: r for r in rows}


def chronology(store: Store, case_id: str) -> list[dict]:
    """Every event of the case in time order, with recorders, people and where it went."""
    return store.named("views/chronology", case_id=case_id)
