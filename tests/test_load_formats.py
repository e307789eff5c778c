"""The example case as CSV, Excel and Word loads to the same graph, and loads are repeatable."""

from __future__ import annotations

from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE, counts


def load_into(store, paths, case_id):
    case, report = load_case(paths, case_id)
    write_case(store, case)
    return case, report


def test_the_three_formats_load_to_identical_graphs(store):
    shapes = {}
    for fmt, paths in {
        "csv": [EXAMPLE],
        "xlsx": [EXAMPLE / "as-xlsx"],
        "docx": [EXAMPLE / "as-docx"],
    }.items():
        _, report = load_into(store, paths, f"formats-{fmt}")
        assert report.rows_loaded == report.rows_read, report.rejected
        shapes[fmt] = counts(store, f"formats-{fmt}")

    assert shapes["csv"][":Event"] >= 60
    assert shapes["csv"][":Agency"] >= 6
    assert shapes["xlsx"] == shapes["csv"]
    assert shapes["docx"] == shapes["csv"]


def test_every_row_of_the_example_is_loaded_and_accounted_for(store):
    case, report = load_into(store, [EXAMPLE], "accounted")

    assert report.rejected == []
    assert report.rows_read == report.rows_loaded
    merged_rows = len(report.merged_events)
    assert len(case.events) == report.rows_loaded - merged_rows
    assert sum(len(e.source_ref.split("; ")) for e in case.events) == report.rows_loaded


def test_loading_the_same_files_twice_gives_the_same_graph(store):
    first, _ = load_into(store, [EXAMPLE], "twice")
    shape = counts(store, "twice")
    ids = {r["id"] for r in store.run("MATCH (e:Event {case_id: $case_id}) RETURN e.event_id AS id", case_id="twice")}

    second, _ = load_into(store, [EXAMPLE], "twice")

    assert counts(store, "twice") == shape
    assert {r["id"] for r in store.run("MATCH (e:Event {case_id: $case_id}) RETURN e.event_id AS id",
                                       case_id="twice")} == ids
    assert first == second


def test_a_meeting_recorded_by_two_agencies_is_one_event_both_recorded(store):
    case, report = load_into(store, [EXAMPLE], "merged")

    assert report.merged_events, "the example records one meeting twice"
    rows = store.run("MATCH (a:Agency)-[:RECORDED]->(e:Event {case_id: $case_id}) "
                     "WITH e, count(a) AS recorders WHERE recorders > 1 RETURN count(e) AS n", case_id="merged")
    assert rows[0]["n"] == len(report.merged_events)
