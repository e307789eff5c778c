"""Time the corpus generator: `python -m bench.generate [CASES] [EVENTS]` (default 1,000 cases of
1,000 events) into a temporary folder; prints seconds and rows/s. A measurement, not a test."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from synthetic import generate_corpus


def main(cases: int, events: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        manifest = generate_corpus(Path(tmp) / "corpus", cases, events, seed=1)
        seconds = time.perf_counter() - started
    rows = cases * events
    print(f"{cases:,} cases x {events:,} events = {rows:,} rows, "
          f"{sum(manifest['planted'].values()):,} planted findings")
    print(f"{seconds:.1f} s, {rows / seconds:,.0f} rows/s")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]), *(1000, 1000)[len(sys.argv[1:3]):])
