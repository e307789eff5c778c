"""The merged chronology as files (graph/export.py), from chronology() rows written by hand.

The app's Export page and the CLI write the same rows: COLUMNS in order, every free text and
person through the Pseudonymiser when names are hidden, child seen three-valued.
"""

from __future__ import annotations

import csv
import io

import openpyxl

from graph.export import COLUMNS, chronology_csv, chronology_rows, chronology_xlsx, findings_for_export
from graph.render import findings_csv

ROW = {"event_id": "ev-2", "date_text": "?03/01/2022", "type": "home_visit", "agencies": ["Health Visiting"],
       "concerns": ["neglect", "domestic_abuse"], "tag_evidence": ["concern:neglect <- 'Mia hungry'"],
       "about": ["C1", "M"], "description": "Mia hungry; Kayleigh tearful.", "outcome": "=HYPERLINK(\"x\")",
       "child_seen": False, "source_ref": "chronology.csv:2"}


def hide(text: str | None) -> str:
    return (text or "").replace("Mia", "Child 1").replace("Kayleigh", "Mother")


def test_a_row_holds_each_column_with_names_replaced_when_hidden():
    [row] = chronology_rows([ROW], hide, {"C1": "Child 1", "M": "Mother"}.get)

    assert list(row) == list(COLUMNS)
    assert row == {"date": "?03/01/2022", "agency": "Health Visiting", "type": "home_visit",
                   "concerns": "neglect; domestic_abuse", "inferred tags": "concern:neglect <- 'Child 1 hungry'",
                   "people": "Child 1; Mother", "description": "Child 1 hungry; Mother tearful.",
                   "outcome": "=HYPERLINK(\"x\")", "child seen": "no", "source_ref": "chronology.csv:2"}


def test_child_seen_blank_stays_blank():
    """Blank is unknown, never 'no'."""
    assert [r["child seen"] for r in chronology_rows([{**ROW, "child_seen": s} for s in (True, False, None)])] == \
        ["yes", "no", ""]


def test_the_csv_and_the_workbook_hold_the_same_table():
    rows = chronology_rows([ROW, {**ROW, "child_seen": None, "source_ref": "chronology.csv:3"}])
    table = list(csv.reader(io.StringIO(chronology_csv(rows))))
    sheet = openpyxl.load_workbook(io.BytesIO(chronology_xlsx(rows))).active

    assert table[0] == list(COLUMNS) and len(table) == 3
    assert [[c or "" for c in r] for r in sheet.iter_rows(values_only=True)] == table


def test_text_that_looks_like_a_formula_is_written_to_the_workbook_as_text():
    """A chronology cell starting with '=' must read as written, never run when the file is opened."""
    sheet = openpyxl.load_workbook(io.BytesIO(chronology_xlsx(chronology_rows([ROW])))).active
    outcome = sheet.cell(2, COLUMNS.index("outcome") + 1)

    assert (outcome.value, outcome.data_type) == ("=HYPERLINK(\"x\")", "s")


def test_findings_for_export_hide_names_in_summaries_notes_evidence_and_subjects():
    finding = {"finding_key": "k1", "detector": "sibling_not_assessed", "variant": "v", "severity": "high",
               "confidence": "definite", "date_uncertain": False, "knowledge_mode": "lenient", "status": "open",
               "note": "Kayleigh's view recorded", "subjects": ["C1"], "summary": "No record that Mia was seen.",
               "evidence": [{"source_ref": "chronology.csv:2", "role": "trigger", "note": "Mia at school"}]}
    [shown] = findings_for_export([finding], hide, {"C1": "Child 1"}.get)
    text = findings_csv([shown])

    assert "Mia" not in text and "Kayleigh" not in text
    assert (shown["summary"], shown["subjects"], shown["evidence"][0]["note"]) == \
        ("No record that Child 1 was seen.", ["Child 1"], "Child 1 at school")
