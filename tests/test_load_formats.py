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


SPLIT = EXAMPLE.parent / "penrose-family"
SPLIT_FILES = {"csc.csv", "police.csv", "gp.csv", "early_help.csv", "school.docx", "hospital.xlsx"}


def _data_rows(path):
    """Every non-blank row below a chronology header in the file, read independently of load_case."""
    from loaders.columns import HEADER_SEARCH_ROWS, looks_like_chronology
    from loaders.tables import read_tables

    refs = set()
    for table in read_tables(path):
        top = table.rows[:HEADER_SEARCH_ROWS]
        start = next((i for i, row in enumerate(top) if looks_like_chronology(row.cells)), None)
        if start is not None:
            refs |= {row.ref for row in table.rows[start + 1:] if any(str(c or "").strip() for c in row.cells)}
    return refs


def test_a_case_split_into_agency_files_loads_as_one_case_with_every_row_accounted_for(store):
    """penrose-family arrives as agencies submit it: six files with their own headings (a police CSV
    with no Agency column, a Word table below a details table, a workbook with title rows). Every data
    row of every file is loaded or rejected with a reason, all six files land in one case, the names
    each agency uses for the others resolve to one node per agency, and the strategy discussion
    recorded by children's social care and by the police is one event."""
    case, report = load_into(store, [SPLIT], "split")

    chronologies = [f for f in report.files if f.kind == "chronology"]
    assert {f.file.split("#")[0] for f in chronologies} == SPLIT_FILES
    assert all(f.loaded > 0 and f.rows_read == f.loaded + f.rejected for f in chronologies)
    loaded = [ref for e in case.events for ref in e.source_ref.split("; ")]
    assert len(loaded) == len(set(loaded)) == report.rows_loaded
    rejected = {r.row for r in report.rejected}
    assert all(r.reason for r in report.rejected)
    for name in SPLIT_FILES:
        assert _data_rows(SPLIT / name) == {ref for ref in loaded if ref.split("#")[0].split(":")[0] == name} | {
            ref for ref in rejected if ref.split("#")[0].split(":")[0] == name}, name

    assert sorted(a.sector for a in case.agencies) == sorted(
        ["children_social_care", "police", "health_gp", "early_help", "education", "hospital_acute"])
    assert any("'police'" in w and "'Northshire Police'" in w for w in report.warnings)
    assert any("St Mary's School" in w for w in report.warnings)

    (merged,) = [e for e in case.events if len(e.agency_ids) > 1]
    assert merged.type == "strategy_discussion"
    assert {ref.split(":")[0] for ref in merged.source_ref.split("; ")} == {"csc.csv", "police.csv"}
