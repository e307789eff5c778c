"""Bad input gets a clear one-line reason with its file and row, and no row is ever lost.

Each file in tests/data/broken/ goes through the real `jigsaw load` command into the real
embedded store. For every file: the exit code, and rows in = rows loaded + rows rejected.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graph.cli import app
from tests.conftest import DATA

BROKEN = DATA / "broken"

# file, exit code, data rows in the file, loaded, rejected, words the report must contain
CASES = [
    ("missing_date.csv", 0, 5, 4, 1, "missing date"),
    ("bad_date.csv", 0, 5, 3, 2, "31/02/2012"),
    ("blank_description.csv", 0, 5, 4, 1, "blank description"),
    ("unknown_agency.csv", 0, 5, 5, 0, "Blue Door Project"),
    ("duplicate_headers.csv", 0, 4, 4, 0, "duplicate column 'Description'"),
    ("extra_columns.csv", 0, 4, 4, 0, ""),
    ("cp1252.csv", 0, 4, 4, 0, "cp1252"),
    ("utf16.csv", 0, 4, 4, 0, "UTF-16"),
    ("bom.csv", 0, 4, 4, 0, ""),
    ("empty.csv", 2, 0, 0, 0, "the file is empty"),
    ("header_only.csv", 2, 0, 0, 0, "no rows below the header"),
    ("long_cell.csv", 0, 3, 3, 0, ""),
    ("semicolon.csv", 0, 4, 4, 0, ""),
    ("multiline.csv", 0, 4, 4, 0, ""),
    ("formulas.xlsx", 0, 5, 5, 0, "no cached value"),
    ("merged.xlsx", 0, 4, 4, 0, ""),
    ("protected.xlsx", 2, 0, 0, 0, "password-protected"),
    ("corrupt.xlsx", 2, 0, 0, 0, "not a readable Excel workbook"),
    ("merged_cells.docx", 0, 4, 4, 0, ""),
    ("corrupt.docx", 2, 0, 0, 0, "not a readable Word document"),
]


def run_load(*args: str):
    return CliRunner().invoke(app, ["load", *args, "--json"], catch_exceptions=False)


@pytest.mark.parametrize("name, code, rows, loaded, rejected, words", CASES, ids=[c[0] for c in CASES])
def test_each_broken_file_is_loaded_or_reported_row_by_row(jigsaw_home, name, code, rows, loaded, rejected, words):
    result = run_load(str(BROKEN / name), "--case", "broken-" + name.replace(".", "-").replace("_", "-"))
    report = json.loads(result.stdout)

    assert result.exit_code == code, result.output
    assert report["rows_read"] == rows
    assert report["rows_loaded"] == loaded
    row_rejections = [r for r in report["rejected"] if r["row"] != "-"]
    assert len(row_rejections) == rejected
    assert report["rows_read"] == report["rows_loaded"] + len(row_rejections)
    for r in report["rejected"]:
        assert r["file"] == name and r["reason"], r
    assert words in json.dumps(report)


def test_rejected_rows_name_the_file_row_and_reason(jigsaw_home):
    report = json.loads(run_load(str(BROKEN / "bad_date.csv"), "--case", "reasons").stdout)

    assert {(r["row"], r["reason"]) for r in report["rejected"]} == {
        ("bad_date.csv:3", "impossible date '31/02/2012'"),
        ("bad_date.csv:5", "unparseable date 'soon'"),
    }


def test_the_long_cell_and_odd_encodings_arrive_intact(store, jigsaw_home):
    run_load(str(BROKEN / "long_cell.csv"), "--case", "long")
    run_load(str(BROKEN / "cp1252.csv"), "--case", "encoded")

    [longest] = store.run("MATCH (e:Event {case_id: $case_id}) RETURN max(size(e.description)) AS n", case_id="long")
    assert longest["n"] >= 10_000
    texts = " ".join(r["d"] + r["o"] for r in store.run(
        "MATCH (e:Event {case_id: $case_id}) RETURN e.description AS d, e.outcome AS o", case_id="encoded"))
    assert "£" in texts and "é" in texts


def test_a_failed_load_leaves_the_previous_version_of_the_case(store, jigsaw_home):
    assert run_load(str(BROKEN / "missing_date.csv"), "--case", "kept").exit_code == 0

    assert run_load(str(BROKEN / "corrupt.xlsx"), "--case", "kept").exit_code == 2

    [row] = store.run("MATCH (e:Event {case_id: $case_id}) RETURN count(e) AS n", case_id="kept")
    assert row["n"] == 4


def test_unknown_columns_are_kept_on_the_event(store, jigsaw_home):
    run_load(str(BROKEN / "extra_columns.csv"), "--case", "extra")

    rows = store.run("MATCH (e:Event {case_id: $case_id}) WHERE e.x_risk_rating IS NOT NULL "
                     "RETURN count(e) AS n", case_id="extra")
    assert rows[0]["n"] >= 1
