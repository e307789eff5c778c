"""The Streamlit app, page by page, against the real embedded store with the example case loaded.

Streamlit's AppTest runs each page's script as a browser session would, without a browser.
"""

from __future__ import annotations

import csv
import re

import pytest
from streamlit.testing.v1 import AppTest

from graph.analyse import analyse
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE, ROOT

CASE = "app-example"  # case ids are the user's own labels and are shown as given


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
    parts += [" | ".join(map(str, df.value.to_numpy().ravel())) for df in app.dataframe]
    parts += [e.label for e in app.expander]
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


def test_the_findings_page_groups_findings_and_shows_their_evidence_rows(lark):
    app = open_page("findings")

    assert not app.exception
    text = page_text(app)
    assert "Sibling not assessed" in text
    assert "chronology.csv:61" in text, "the evidence rows cite the chronology"
    assert "looked for, not found" in text


def test_a_triage_decision_is_saved_to_the_store_and_survives_a_fresh_session(store, lark):
    from graph.findings import list_findings
    key = list_findings(store, CASE)[0]["finding_key"]
    app = open_page("findings")
    app.radio(key=f"action-{key}").set_value("dismiss")
    app.text_area(key=f"note-{key}").input("Discussed at panel: outside the review's scope")
    form_button = next(b for b in app.button if b.proto.form_id == f"triage-{key}")
    form_button.click().run()

    assert not app.exception
    [saved] = [f for f in list_findings(store, CASE) if f["finding_key"] == key]
    assert (saved["status"], saved["note"]) == ("dismissed", "Discussed at panel: outside the review's scope")
    assert any("dismissed" in e.label for e in open_page("findings").expander), "a fresh session shows the decision"


def people_names() -> set[str]:
    """Every name and capitalised alias in the example's people sheet."""
    with open(EXAMPLE / "people.csv", encoding="utf-8") as f:
        people = list(csv.DictReader(f))
    names = {w for p in people for w in p["name"].split()}
    return names | {a.strip() for p in people for a in p["aliases"].split(";") if a.strip()[:1].isupper()}


def names_in(text: str) -> list[str]:
    return sorted(n for n in people_names() if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE))


@pytest.mark.parametrize("page", ["cases", "knowledge", "findings", "query"])
def test_with_names_hidden_no_name_from_the_people_sheet_is_on_the_page(lark, page):
    assert names_in(page_text(open_page(page))) == []


def test_with_names_shown_the_chronology_text_keeps_them(lark):
    assert names_in(page_text(open_page("findings", show_names=True)))


def test_who_knew_what_shows_the_matrix_and_what_a_decision_lacked(lark):
    """lark-family Seq 35: social care's assessment ended on 29/09/2020 without what the drug
    service and the CMHT held; the page lists the concerns that never reached the deciders."""
    app = open_page("knowledge")
    assert not app.exception
    decision = app.selectbox(key="knowledge_decision")
    decision.select_index(next(i for i, o in enumerate(decision.options) if "chronology.csv:36" in o)).run()

    assert not app.exception
    assert "never reached the people deciding" in app.warning[0].value
    lacked = page_text(app)
    assert "chronology.csv:6" in lacked and "chronology.csv:18" in lacked
