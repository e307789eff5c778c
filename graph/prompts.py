"""A trainer's prompts: questions for the group, each attached to one event of the walk-through.

A prompt is a `:Prompt` node saved with the case. It names its event by `event_id` (with
the row and day kept beside it), not by an edge, so that a reload of the case, which
replaces every node, can carry the prompts over unchanged (graph/write.py), as it does the
findings' triage. A prompt whose row a reload no longer has is still listed, by its row.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from graph.store import Store


def list_prompts(store: Store, case_id: str) -> list[dict[str, Any]]:
    """Every prompt of the case with all its properties, in chronology order."""
    return [row["prompt"] for row in store.named("views/prompts", case_id=case_id)]


def save_prompt(store: Store, case_id: str, event: dict[str, Any], text: str,
                prompt_id: str | None = None) -> dict[str, Any]:
    """Save a prompt at `event` (a chronology row: event_id, source_ref, day_from); a new
    one unless `prompt_id` names one to replace."""
    text = text.strip()
    if not text:
        raise ValueError("a prompt needs some text")
    params = {"prompt_id": prompt_id or uuid.uuid4().hex[:12], "event_id": event["event_id"],
              "source_ref": event.get("source_ref"), "day_from": event.get("day_from"), "text": text,
              "created_at": time.time()}
    return store.named("prompts/save", params, case_id=case_id, read_only=False)[0]["prompt"]


def delete_prompt(store: Store, case_id: str, prompt_id: str) -> bool:
    rows = store.named("prompts/delete", {"prompt_id": prompt_id}, case_id=case_id, read_only=False)
    return bool(rows and rows[0]["deleted"])
