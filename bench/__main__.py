"""Benchmarks: `make bench` (python -m bench). Each figure is printed beside its ceiling,
measured in the same run on the same machine; nothing here is a pass/fail test.

- load: rows/s through loaders + store, against the raw file parse and a raw
  `UNWIND … CREATE` of the same event rows into the same store;
- knowledge pass and each detector on a 2,000-event case, in ms.
"""

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
from graph.write import case_parameters, write_case
from loaders.load import load_case
from loaders.tables import read_tables

EVENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
RAW_CREATE = "UNWIND $events AS row CREATE (e:Event) SET e = row"


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore() as store:
        folder = write_synthetic(Path(tmp) / "case", EVENTS)
        _, parse_s = timed(lambda: read_tables(folder / "chronology.csv"))
        (case, _), load_s = timed(lambda: load_case([folder], "bench"))
        _, write_s = timed(lambda: write_case(store, case))
        events = case_parameters(case)["events"]
        _, raw_s = timed(lambda: store.run(RAW_CREATE, {"events": events}, case_id="bench-raw", read_only=False))
        store.delete_case("bench-raw")
        print(f"case: {len(case.events)} events")
        print(f"file parse only (ceiling for the loader): {EVENTS / parse_s:>10,.0f} rows/s")
        print(f"loaders (files -> Case):                  {EVENTS / load_s:>10,.0f} rows/s")
        print(f"raw UNWIND CREATE of the events (ceiling): {EVENTS / raw_s:>9,.0f} rows/s")
        print(f"write_case (all nodes and edges):         {EVENTS / write_s:>10,.0f} rows/s")
        print(f"load end to end:                          {EVENTS / (load_s + write_s):>10,.0f} rows/s")
        _, knowledge_s = timed(lambda: build_knowledge(store, "bench"))
        print(f"knowledge pass (both modes):              {knowledge_s * 1000:>10,.0f} ms")
        total = knowledge_s
        for det in catalogue():
            _, s = timed(lambda: run_detectors(store, "bench", only=[det.id]))
            total += s
            print(f"  {det.id:<40} {s * 1000:>8,.0f} ms")
        print(f"knowledge + all {len(catalogue())} detectors:               {total * 1000:>10,.0f} ms")
        store.delete_case("bench")


if __name__ == "__main__":
    main()
