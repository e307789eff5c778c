"""After a load: the knowledge pass, the detectors, and the stored findings, in that order.

The command line and the app both run this, so a case analysed in either looks the same.
"""

from __future__ import annotations

from typing import Any

from graph.detect import run_detectors
from graph.findings import SaveSummary, save_detection
from graph.knowledge import build_knowledge
from graph.store import Store


def analyse(store: Store, case_id: str, only: list[str] | None = None,
            overrides: dict[str, dict[str, Any]] | None = None, mode: str = "lenient") -> SaveSummary:
    build_knowledge(store, case_id)
    detection = run_detectors(store, case_id, only=only, overrides=overrides, mode=mode)
    return save_detection(store, case_id, detection, detectors=only)
