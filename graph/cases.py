"""Case listings shared by the CLI and the app."""

from __future__ import annotations

from graph.store import Store


def case_summaries(store: Store) -> list[dict]:
    """One row per loaded case: id, title, review period and counts."""
    return [row for case_id in store.case_ids() for row in store.named("views/case_summary", case_id=case_id)]
