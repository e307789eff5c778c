"""The merged chronology as a table to take away: CSV and Excel, for the app and `jigsaw export`.

One row per event in time order, as the agencies recorded it after merging, with what
Jigsaw added (concerns and the words each inferred tag came from) beside it, so a review
author can check every tag against its source row. Names are hidden by passing the
Pseudonymiser's `text` and `label`: free text, inferred-tag quotes and people all go
through them, and so do the findings' summaries, notes and subjects. Child seen stays three-valued: blank means the record does not say.
"""

from __future__ import annotations

import csv
import io
from typing import Callable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from graph.chronology import chronology
from graph.store import Store

COLUMNS = ("date", "agency", "type", "concerns", "inferred tags", "people", "description", "outcome", "child seen",
           "source_ref")
WIDTHS = {"date": 14, "agency": 28, "type": 20, "concerns": 28, "inferred tags": 40, "people": 22,
          "description": 80, "outcome": 50, "child seen": 11, "source_ref": 22}
YES_NO = {True: "yes", False: "no", None: ""}


def chronology_rows(events: list[dict], text: Callable[[str], str] = str,
                    label: Callable[[str], str] = str) -> list[dict[str, str]]:
    """chronology() rows as export rows (COLUMNS); `text` and `label` are the Pseudonymiser's."""
    return [{
        "date": e["date_text"] or "",
        "agency": "; ".join(e["agencies"]),
        "type": e["type"] or "",
        "concerns": "; ".join(e["concerns"]),
        "inferred tags": "; ".join(text(t) for t in e["tag_evidence"]),
        "people": "; ".join(label(p) for p in e["about"]),
        "description": text(e["description"]),
        "outcome": text(e["outcome"]),
        "child seen": YES_NO[e["child_seen"]],
        "source_ref": e["source_ref"] or "",
    } for e in events]


def findings_for_export(findings: list[dict], text: Callable[[str], str] = str,
                        label: Callable[[str], str] = str) -> list[dict]:
    """Findings with summaries, notes and evidence notes through `text`, subjects through `label`,
    ready for graph.render.findings_csv."""
    return [{**f, "summary": text(f["summary"]), "note": text(f["note"]),
             "subjects": [label(p) for p in f["subjects"]],
             "evidence": [{**r, "note": text(r.get("note"))} for r in f["evidence"]]} for f in findings]


def case_rows(store: Store, case_id: str, text: Callable[[str], str] = str,
              label: Callable[[str], str] = str) -> list[dict[str, str]]:
    return chronology_rows(chronology(store, case_id), text, label)


def chronology_csv(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def chronology_xlsx(rows: list[dict[str, str]], title: str = "Chronology") -> bytes:
    """A workbook with one sheet: a bold, frozen header row and wrapped text.

    Every cell is written as text, so a description that happens to start with "=" is
    shown as written, never run as a formula.
    """
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            cell = sheet.cell(r, c)
            cell.value = row[column]
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, c).column_letter].width = WIDTHS[column]
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
