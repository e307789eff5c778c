"""Time each detector on the synthetic 2,000-event case, keeping the case loaded between runs:
`JIGSAW_HOME=/tmp/bench python -m bench.detectors [DETECTOR_ID ...]` (the first run loads it)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from synthetic import write_case as write_synthetic
from graph.catalogue import catalogue
from graph.detect import run_detectors
from graph.embedded import EmbeddedStore
from graph.knowledge import build_knowledge
from graph.write import write_case
from loaders.load import load_case

CASE = "bench-detectors"
EVENTS = 2000


def main(only: list[str]) -> None:
    with EmbeddedStore() as store:
        if CASE not in store.case_ids():
            with tempfile.TemporaryDirectory() as tmp:
                case, _ = load_case([write_synthetic(Path(tmp) / "case", EVENTS)], CASE)
            write_case(store, case)
        started = time.perf_counter()
        build_knowledge(store, CASE)
        total = time.perf_counter() - started
        print(f"{'knowledge pass (both modes)':<40} {total * 1000:>9,.0f} ms")
        for det in catalogue():
            if only and det.id not in only:
                continue
            started = time.perf_counter()
            detection = run_detectors(store, CASE, only=[det.id])
            seconds = time.perf_counter() - started
            total += seconds
            print(f"{det.id:<40} {seconds * 1000:>9,.0f} ms "
                  f"{len(detection.findings):>5} findings {len(detection.censored):>4} censored")
        print(f"{'knowledge + these detectors':<40} {total * 1000:>9,.0f} ms   (goal for all of them: 1,000 ms)")


if __name__ == "__main__":
    main(sys.argv[1:])
