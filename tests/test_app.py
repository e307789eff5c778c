"""The Streamlit app, page by page, against the real embedded store with the example case loaded.

Streamlit's AppTest runs each page's script as a browser session would, without a browser.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from graph.analyse import analyse
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE, ROOT

CASE = "app-lark"


@pytest.fixture(scope="module")
def lark(store):
    case, _ = load_case([EXAMPLE], CASE)
    write_case(store, case)
    analyse(store, CASE)
    return case


def open_page(page: str, show_names: bool = False) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.session_state["case_id"] = CASE
    app.session_state["show_names"] = show_names
    app.switch_page(f"ui/pages/{page}.py")
    return app.run()


def page_text(app: AppTest) -> str:
    parts = [m.value for kind in ("markdown", "caption", "text", "header", "subheader", "info", "success", "error")
             for m in getattr(app, kind)]
    parts += [str(df.value) for df in app.dataframe]
    return "\n".join(str(p) for p in parts)


def test_the_cases_page_lists_the_example_and_offers_an_upload(lark):
    app = open_page("cases")

    assert not app.exception
    assert CASE in page_text(app)
    assert app.text_input[0].label == "Case id"


def test_the_query_page_runs_a_saved_query_read_only(lark):
    app = open_page("query")
    app.selectbox(key="saved_query").select("views/agencies").run()
    app.button[0].click().run()

    assert not app.exception
    assert "10 rows" in page_text(app)
