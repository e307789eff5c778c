"""Time the app's pages as a browser session would run them (Streamlit AppTest, server side):
`JIGSAW_HOME=/tmp/bench python -m bench.app [PAGE ...]` (default: every page).

Two cases: the Lark example, and the case `jigsaw generate --cases 1 --events-per-case 2000
--seed 1` writes, loaded and analysed on the first run and kept in JIGSAW_HOME after that.
"cold" is a page's first render for a case (its views not yet cached), "warm" the same
render again (views are cached per case version); then the interactions each page is used for. The time
the browser takes to draw is not in these figures. A measurement, not a test.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
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
CASES = {"bench-app-example": None, "bench-app-2000": 2000}


def ensure_cases() -> None:
    with EmbeddedStore() as store:
        for case_id, events in CASES.items():
            if case_id in store.case_ids():
                continue
            with tempfile.TemporaryDirectory() as tmp:
                folder = EXAMPLE
                if events:
                    generate_corpus(Path(tmp) / "corpus", 1, events, seed=1)
                    folder = Path(tmp) / "corpus" / "case-0001"
                case, _ = load_case([folder], case_id)
            write_case(store, case)
            analyse(store, case_id)


def first_render(case_id: str, page: str) -> None:
    """Any page: its first render with the views not yet cached, then the same render again."""
    st.cache_data.clear()
    app = open_page(case_id, page)
    timed("cold (first render)", app.run)
    timed("warm (same render again)", app.run)


def open_page(case_id: str, page: str) -> AppTest:
    """A session on `page`, not yet run. The harness's own start-up (about 0.6 s scanning
    installed packages for components) is spent on the Query page first, so it is not
    counted against the page measured."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    app.session_state["case_id"] = case_id
    app.switch_page("ui/pages/query.py")
    app.run()
    app.switch_page(f"ui/pages/{page}.py")
    return app


def timed(label: str, action) -> AppTest:
    started = time.perf_counter()
    app = action()
    ms = (time.perf_counter() - started) * 1000
    problems = f"  EXCEPTION: {app.exception[0].value}" if app.exception else ""
    print(f"  {label:<44} {ms:>8,.0f} ms{problems}")
    return app


def network(case_id: str) -> None:
    app = open_page(case_id, "network")
    timed("cold (first render)", app.run)
    app = timed("warm (same render again)", app.run)
    low, high = app.slider(key="network_dates").value
    middle = date.fromordinal((low.toordinal() + high.toordinal()) // 2)
    app = timed("narrower date range (first half)", lambda: app.slider(key="network_dates").set_value((low, middle)).run())
    app = timed("what one agency knew: switch on", lambda: app.toggle(key="network_known").set_value(True).run())
    app = timed("show practitioners", lambda: app.checkbox(key="network_practitioners").check().run())
    timed("show the events of the first node", lambda: app.selectbox(key="network_node").select_index(0).run())
    app = timed("what one agency knew: switch off", lambda: app.toggle(key="network_known").set_value(False).run())


def walkthrough(case_id: str) -> None:
    app = open_page(case_id, "walkthrough")
    timed("cold (first render)", app.run)
    app = timed("warm (same render again)", app.run)
    app = timed("next step", lambda: app.button(key="walk_next").click().run())
    last = app.slider(key="walk_step").max
    timed("jump to the last step", lambda: app.slider(key="walk_step").set_value(last).run())


INTERACTIONS = {"network": network, "walkthrough": walkthrough}
PAGES = ("cases", "network", "timeline", "knowledge", "findings", "walkthrough", "query", "export")


def main(pages: list[str]) -> None:
    ensure_cases()
    for page in pages or PAGES:
        for case_id in CASES:
            print(f"{page} on {case_id}")
            if page in INTERACTIONS:
                INTERACTIONS[page](case_id)
            else:
                first_render(case_id, page)


if __name__ == "__main__":
    main(sys.argv[1:])
