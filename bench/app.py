"""Time to first render of app pages, for the example case and a generated 2,000-event case:
`JIGSAW_HOME=/tmp/bench-app python -m bench.app [PAGE ...]` (default: timeline).

The page's script is run by Streamlit's AppTest, as a browser session would run it, first
with Streamlit's caches empty (what a user waits for on opening the page) and then again
(what every later click costs). The first run loads the two cases; later runs reuse them.
The 2,000-event case is `jigsaw generate --cases 1 --events-per-case 2000 --seed 1`.
Nothing here is a pass/fail test.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from graph.analyse import analyse
from graph.embedded import EmbeddedStore
from graph.write import write_case
from loaders.load import load_case
from synthetic import generate_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "lark-family"
CASES = {"example (lark-family)": "bench-app-example", "generated, 2,000 events": "bench-app-2000"}


def load_cases(store) -> None:
    """Load (once) the example and a generated 2,000-event case, with knowledge and findings."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = {CASES["example (lark-family)"]: lambda: EXAMPLE,
                   CASES["generated, 2,000 events"]: lambda: _generated(Path(tmp) / "corpus")}
        for case, folder in sources.items():
            if case not in store.case_ids():
                loaded, _ = load_case([folder()], case)
                write_case(store, loaded)
                analyse(store, case)


def _generated(out: Path) -> Path:
    generate_corpus(out, cases=1, events=2000, seed=1)
    return next(p for p in out.iterdir() if p.is_dir())


def render_seconds(page: str, case: str) -> tuple[float, float]:
    """(first render with empty caches, a second render) of one page, in seconds."""
    st.cache_data.clear()
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    app.session_state["case_id"] = case
    app.switch_page(f"ui/pages/{page}.py")
    times = []
    for _ in range(2):
        started = time.perf_counter()
        app.run()
        times.append(time.perf_counter() - started)
        if app.exception:
            raise RuntimeError(f"{page} on {case}: {app.exception[0].message}")
    return times[0], times[1]


def main(pages: list[str]) -> None:
    with EmbeddedStore() as store:
        load_cases(store)
        for page in pages or ["timeline"]:
            for label, case in CASES.items():
                first, again = render_seconds(page, case)
                print(f"{page:<12} {label:<26} first render {first * 1000:>7,.0f} ms   again {again * 1000:>7,.0f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
