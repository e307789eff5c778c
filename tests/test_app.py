"""The Streamlit app, page by page, against the real embedded store with the example case loaded.

Streamlit's AppTest runs each page's script as a browser session would, without a browser.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import date

import openpyxl
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from graph.analyse import analyse
from graph.chronology import chronology
from graph.export import COLUMNS
from graph.findings import list_findings
from graph.network import Filters, network
from graph.prompts import list_prompts
from graph.write import write_case
from loaders.dates import day_number, day_to_date
from loaders.load import load_case
from tests.conftest import EXAMPLE, ROOT
from ui.timeline_figure import EDGE_DAYS

CASE = "app-example"  # case ids are the user's own labels and are shown as given


@pytest.fixture(scope="module")
def lark(store):
    case, _ = load_case([EXAMPLE], CASE)
    write_case(store, case)
    analyse(store, CASE)
    return case


def open_page(page: str, show_names: bool = False, case: str = CASE) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.session_state["case_id"] = case
    app.session_state["show_names"] = show_names
    app.switch_page(f"ui/pages/{page}.py")
    return app.run()


def page_text(app: AppTest) -> str:
    parts = [m.value for kind in ("markdown", "caption", "text", "header", "subheader", "info", "success", "error")
             for m in getattr(app, kind)]
    parts += [" | ".join(map(str, df.value.to_numpy().ravel())) for df in app.dataframe]
    parts += [e.label for e in app.expander]
    parts += [json.dumps(drawn(frame)) for frame in app.get("iframe")]
    parts += [chart.proto.spec for chart in app.get("plotly_chart")]
    return "\n".join(str(p) for p in parts)


def drawn(frame) -> dict[str, list[dict]]:
    """The nodes and edges of a network drawing (pyvis puts them in the page as JSON)."""
    found = dict(re.findall(r"(nodes|edges) = new vis\.DataSet\((\[.*?\])\);", frame.proto.srcdoc))
    return {kind: json.loads(found[kind]) for kind in ("nodes", "edges")}


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


@pytest.mark.parametrize("page", ["cases", "network", "timeline", "knowledge", "findings", "walkthrough", "query", "export"])
def test_with_names_hidden_no_name_from_the_people_sheet_is_on_the_page(store, lark, page):
    """Case ids are the user's own labels (other tests name theirs after the example family), so
    they are taken out before the page is searched for names."""
    text = page_text(open_page(page))
    for case_id in store.case_ids():
        text = text.replace(case_id, "")
    assert names_in(text) == []


def test_the_walk_through_hides_names_even_when_the_sidebar_shows_them(lark):
    app = open_page("walkthrough", show_names=True)
    app.slider(key="walk_step").set_value(36).run()

    assert names_in(page_text(app)) == []
    app.toggle(key="walk_reveal").set_value(True).run()
    assert names_in(page_text(app)), "the trainer's own toggle reveals them"


@pytest.mark.parametrize("page", ["findings", "network", "timeline", "export"])
def test_with_names_shown_the_chronology_text_keeps_them(lark, page):
    assert names_in(page_text(open_page(page, show_names=True)))


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


def figure_of(app: AppTest) -> dict:
    """The plotly figure a page sent to the browser."""
    [chart] = app.get("plotly_chart")
    return json.loads(chart.proto.spec)


def iso(day: int) -> str:
    return day_to_date(day).isoformat()


def axis(first: int, last: int) -> list[str]:
    """The date axis the timeline draws for these days (a week's margin each side)."""
    return [iso(first - EDGE_DAYS), iso(last + EDGE_DAYS)]


def test_the_timeline_draws_one_lane_per_agency_ordered_by_sector(store, lark):
    app = open_page("timeline")

    assert not app.exception
    lanes = figure_of(app)["layout"]["yaxis"]["ticktext"]
    assert sorted(lanes) == sorted(a["name"] for a in store.named("views/agencies", case_id=CASE))
    assert lanes[:3] == ["Northshire Children's Social Care", "Northshire Police", "Brookside Surgery"]


def test_the_timeline_draws_a_date_known_only_to_the_month_as_a_bar_across_the_month(lark):
    """lark-family Seq 3: Riverside Housing's repair report is dated 'March 2020'."""
    figure = figure_of(open_page("timeline"))
    lane = figure["layout"]["yaxis"]["ticktext"].index("Riverside Housing")
    bars = [t for t in figure["data"] if t["name"].startswith("uncertain dates")]
    segments = {(t["x"][i], t["x"][i + 1], t["y"][i]) for t in bars for i in range(0, len(t["x"]), 3)}

    assert ("2020-03-01", "2020-03-31", lane) in segments


def test_the_timeline_connects_shared_and_referred_events_to_the_recipients_lane(lark):
    """lark-family Seq 1: the CMHT's clinic letter to the GP; Seq 4: the GP's referral to midwifery."""
    figure = figure_of(open_page("timeline"))
    arrivals = {t["name"]: t for t in figure["data"] if t["name"].endswith("(arrival)")}
    lanes = figure["layout"]["yaxis"]["ticktext"]

    shared = [i for i, h in enumerate(arrivals["sharing (arrival)"]["hovertext"]) if h.endswith("<br>chronology.csv:2")]
    assert [arrivals["sharing (arrival)"]["hovertext"][i].split("</b>")[0] for i in shared] == \
        ["<b>Shared with Brookside Surgery"]
    assert arrivals["sharing (arrival)"]["y"][shared[0]] == lanes.index("Brookside Surgery")
    assert arrivals["sharing (arrival)"]["x"][shared[0]] == "2020-01-21"
    assert any(h.startswith("<b>Referred to Riverside Community Midwifery") and h.endswith("<br>chronology.csv:5")
               for h in arrivals["referral (arrival)"]["hovertext"])


def test_show_on_the_timeline_rings_a_findings_rows_and_zooms_to_them_until_cleared(store, lark):
    """The Findings page's button sets the focus; the Timeline zooms to the rows (two weeks either
    side) and a "Clear focus" button goes back to the whole case."""
    finding = min((f for f in list_findings(store, CASE) if f["detector"] == "domestic_incident_not_notified"),
                  key=lambda f: f["finding_key"])
    rows = [r for r in finding["evidence"] if r.get("event_id")]
    app = open_page("findings")
    app.button(key=f"focus-{finding['finding_key']}").click().run()
    app.switch_page("ui/pages/timeline.py").run()

    assert not app.exception
    assert "In focus" in app.info[0].value
    events = chronology(store, CASE)
    first, last = min(e["day_from"] for e in events), max(e["day_to"] for e in events)
    figure = figure_of(app)
    assert figure["layout"]["xaxis"]["range"] == axis(max(first, min(r["day_from"] for r in rows) - 14),
                                                      min(last, max(r["day_to"] for r in rows) + 14))
    focus = next(t for t in figure["data"] if t["name"] == "focus")
    assert len(focus["x"]) == sum(len(e["agency_ids"]) for e in events if e["event_id"] in {r["event_id"] for r in rows})

    app.button(key="timeline_clear_focus").click().run()
    figure = figure_of(app)
    assert figure["layout"]["xaxis"]["range"] == axis(first, last)
    assert not [t for t in figure["data"] if t["name"] == "focus"]


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """What each download button would give, by its URL (AppTest keeps the files in a store it then drops)."""
    files: dict[str, bytes] = {}
    keep = MemoryMediaFileStorage.load_and_get_id

    def kept(self, data, mimetype, kind, filename=None):
        file_id = keep(self, data, mimetype, kind, filename)
        files[self.get_url(file_id)] = self.get_file(file_id).content
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", kept)
    return files


def download(app: AppTest, files: dict[str, bytes], label: str) -> bytes:
    [button] = [b for b in app.get("download_button") if b.proto.label == label]
    return files[button.proto.url]


def test_the_export_page_offers_the_findings_and_the_merged_chronology_as_csv_and_excel(store, lark, downloads):
    app = open_page("export")

    assert not app.exception
    events = chronology(store, CASE)
    findings = list(csv.DictReader(io.StringIO(download(app, downloads, "Download the findings (CSV)").decode())))
    assert len(findings) == len(list_findings(store, CASE))
    assert all(f["evidence"] for f in findings)

    table = list(csv.reader(io.StringIO(download(app, downloads, "Download the chronology (CSV)").decode())))
    assert table[0] == list(COLUMNS)
    assert len(table) - 1 == len(events)
    sheet = openpyxl.load_workbook(io.BytesIO(download(app, downloads, "Download the chronology (Excel)"))).active
    cells = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert cells == table, "the Excel copy holds what the CSV holds"
    housing = next(r for r in table if r[-1] == "chronology.csv:4")
    assert housing[:3] == ["March 2020", "Riverside Housing", "contact"]
    assert housing[8] == "", "child seen is blank where the record does not say"
    page = download(app, downloads, "Download the network (HTML)").decode()
    assert "<html" in page and "Riverside Housing" in page, "the network as a page that opens without Jigsaw"


@pytest.mark.parametrize("show_names", [False, True])
def test_the_exported_files_follow_the_names_toggle(lark, downloads, show_names):
    app = open_page("export", show_names=show_names)
    text = "\n".join(download(app, downloads, label).decode() for label in
                     ("Download the findings (CSV)", "Download the chronology (CSV)"))
    sheet = openpyxl.load_workbook(io.BytesIO(download(app, downloads, "Download the chronology (Excel)"))).active
    text += "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    text += download(app, downloads, "Download the network (HTML)").decode()

    assert bool(names_in(text)) == show_names
    assert ("Mother" in text) and (("pseudonymised" in page_text(app)) != show_names)


def network_caption(app: AppTest) -> str:
    return next(c.value for c in app.caption if "contacts with the family" in c.value)


def contact_total(app: AppTest) -> int:
    return int(re.search(r"(\d+) contacts with the family", network_caption(app)).group(1))


def test_the_network_page_draws_the_family_and_agencies_with_its_filters(store, lark):
    app = open_page("network")

    assert not app.exception
    assert [m.key for m in app.multiselect] == ["network_agencies", "network_people", "network_types"]
    assert app.slider(key="network_dates").value == (date(2020, 1, 21), date(2021, 12, 2))
    assert app.toggle(key="network_known").value is False
    [frame] = app.get("iframe")
    whole = network(store, CASE)
    assert len(drawn(frame)["nodes"]) == len(whole) and len(drawn(frame)["edges"]) == whole.number_of_edges()
    assert contact_total(app) == sum(d["count"] for _, _, d in whole.edges(data=True) if d["kind"] == "contact")


def test_a_narrower_date_range_draws_a_smaller_network(store, lark):
    app = open_page("network")
    whole = len(drawn(app.get("iframe")[0])["edges"])
    app.slider(key="network_dates").set_value((date(2020, 1, 21), date(2020, 6, 30))).run()

    half = network(store, CASE, Filters(day_to=day_number(date(2020, 6, 30))))
    assert not app.exception
    assert len(drawn(app.get("iframe")[0])["edges"]) == half.number_of_edges() < whole
    assert "21/01/2020 to 30/06/2020" in network_caption(app)


def test_what_one_agency_knew_shows_fewer_contacts(lark):
    """Social care's picture on 29/09/2020, when its assessment ended (Seq 35)."""
    app = open_page("network")
    everything = contact_total(app)
    app.toggle(key="network_known").set_value(True).run()
    app.selectbox(key="network_known_by").select("ag-northshire-children-s-social-care")
    app.date_input(key="network_known_on").set_value(date(2020, 9, 29)).run()

    assert not app.exception
    assert "as Northshire Children's Social Care knew it by 29/09/2020 (lenient)" in network_caption(app)
    assert 0 < contact_total(app) < everything


def test_choosing_a_node_lists_its_events(store, lark):
    app = open_page("network")
    app.selectbox(key="network_node").select("person:C1").run()

    assert not app.exception
    [table] = app.dataframe
    assert len(table.value) == len(network(store, CASE).nodes["person:C1"]["events"])
    assert all(ref.startswith("chronology.csv:") for ref in table.value["row"])
    assert all("Child 1" in about for about in table.value["about"])


def test_the_walk_through_steps_through_the_chronology(lark):
    app = open_page("walkthrough")
    assert not app.exception
    assert "Step 1 of 108" in app.markdown[0].value
    app.button(key="walk_next").click().run()

    assert not app.exception
    assert "Step 2 of 108" in app.markdown[0].value
    assert app.slider(key="walk_step").value == 2
    assert app.get("plotly_chart") and app.get("iframe"), "the strip and the network grow with the steps"
    app.button(key="walk_previous").click().run()
    assert "Step 1 of 108" in app.markdown[0].value


def step_of(store, case: str, source_ref: str) -> int:
    return next(i for i, e in enumerate(chronology(store, case), 1) if e["source_ref"] == source_ref)


def test_at_a_decision_the_walk_through_shows_what_each_agency_knew(store, lark):
    """Seq 35 (chronology.csv:36): social care's assessment ended without what the drug
    service and the CMHT held."""
    app = open_page("walkthrough")
    app.slider(key="walk_step").set_value(step_of(store, CASE, "chronology.csv:36")).run()

    assert not app.exception
    assert "decision point" in app.markdown[0].value
    assert app.subheader[0].value == "At this decision: who knew what"
    assert "never reached the people deciding" in app.warning[0].value
    lacked = page_text(app)
    assert "chronology.csv:6" in lacked and "chronology.csv:18" in lacked


def test_play_stops_at_the_next_decision(store, lark):
    app = open_page("walkthrough")
    decision = step_of(store, CASE, "chronology.csv:36")
    app.slider(key="walk_step").set_value(decision - 1).run()
    app.selectbox(key="walk_speed").select("fast (1.5 s)").run()
    app.button(key="walk_play").click().run()
    assert app.session_state["walk_playing"]
    time.sleep(1.5)
    app.run()

    assert not app.exception
    assert app.slider(key="walk_step").value == decision
    assert not app.session_state["walk_playing"], "it pauses at the decision"


PROMPTS = "app-prompts"  # its own case: this test reloads it


@pytest.fixture(scope="module")
def prompts_case(store):
    case, _ = load_case([EXAMPLE], PROMPTS)
    write_case(store, case)
    return case


def test_a_prompt_saved_in_the_walk_through_is_kept_with_the_case_and_survives_a_reload(store, prompts_case):
    app = open_page("walkthrough", case=PROMPTS)
    app.button(key="walk_next").click().run()
    app.text_area(key="walk_prompt_text").input("Who else should have been told about this?")
    next(b for b in app.button if b.proto.form_id == "walk_prompt_form").click().run()

    assert not app.exception
    [saved] = list_prompts(store, PROMPTS)
    assert (saved["source_ref"], saved["text"]) == ("chronology.csv:3", "Who else should have been told about this?")
    write_case(store, prompts_case)
    assert list_prompts(store, PROMPTS) == [saved]
    again = open_page("walkthrough", case=PROMPTS)
    again.button(key=f"walk_goto_{saved['prompt_id']}").click().run()
    assert again.slider(key="walk_step").value == 2, "listed with its step, and a click goes there"
    assert any("Who else should have been told" in i.value for i in again.info), "shown again at its step"
    again.button(key=f"walk_delete_{saved['prompt_id']}").click().run()
    assert list_prompts(store, PROMPTS) == [], "and the trainer can delete it there"
