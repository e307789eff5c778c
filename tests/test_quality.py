"""`jigsaw quality`: per agency, where a chronology's silence may be missing data.

A finding says "no record that…"; the panel needs to know when the record itself is thin.
The expected numbers are counted straight from examples/lark-family/chronology.csv, so the
listing is checked against the file a reviewer would open, not against itself.
"""

from __future__ import annotations

import csv
import json
import re

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.detect import run_detectors
from graph.findings import save_detection
from graph.knowledge import build_knowledge
from graph.quality import data_quality
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE

CASE = "quality-lark"
DAY_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")  # 16/03/2021 or 16.3.21: a single day


@pytest.fixture(scope="module")
def lark(store):
    case, _ = load_case([EXAMPLE], CASE)
    write_case(store, case)
    build_knowledge(store, CASE)
    save_detection(store, CASE, run_detectors(store, CASE))
    return {a.name: a for a in data_quality(store, CASE).agencies}


def rows_of(agency: str) -> list[dict]:
    with open(EXAMPLE / "chronology.csv", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["Agency"] == agency]


@pytest.mark.parametrize("agency", ["Brookside Surgery", "Riverside Housing", "Northshire Police"])
def test_blank_outcomes_and_vague_dates_are_counted_per_agency(lark, agency):
    rows = rows_of(agency)
    listed = lark[agency]

    assert listed.events == len(rows)
    assert listed.no_outcome == sum(1 for r in rows if not r["Action / Outcome"].strip())
    assert listed.uncertain_dates == sum(1 for r in rows if not DAY_DATE.match(r["Date"].strip()))
    assert listed.shares["no_outcome"] == round(listed.no_outcome / listed.events, 3)


def test_blank_child_seen_is_counted_only_where_a_child_is_involved(lark):
    """The CMHT's rows are about the mother alone: there was no child to see, so nothing is blank."""
    assert (lark["Riverside CMHT"].about_child, lark["Riverside CMHT"].shares["child_seen_blank"]) == (0, None)
    gp = lark["Brookside Surgery"]
    assert 0 < gp.child_seen_blank <= gp.about_child <= gp.events


def test_an_agency_whose_records_stop_early_shows_the_uncovered_period(lark):
    """case.yaml: the drug service's chronology ends on 30/06/2021, six months before the review period."""
    assert lark["Northshire Drug and Alcohol Service"].uncovered == ["no records after 30/06/2021"]
    assert lark["Brookside Surgery"].uncovered == []


def test_checks_cut_short_by_the_data_are_listed_not_reported_as_findings(store, lark):
    censored = data_quality(store, CASE).censored

    assert censored, "the drug service's records stop inside a detector's window"
    assert all(f["censored"] for f in censored)


def test_the_cli_prints_the_listing_as_a_table_and_as_json(store, lark):
    table = CliRunner().invoke(app, ["quality", "--case", CASE], catch_exceptions=False, env={"COLUMNS": "200"})
    as_json = CliRunner().invoke(app, ["quality", "--case", CASE, "--json"], catch_exceptions=False)

    assert table.exit_code == 0 and "no records after 30/06/2021" in table.output
    listed = {a["name"]: a for a in json.loads(as_json.output)["agencies"]}
    assert listed["Brookside Surgery"]["no_outcome"] == lark["Brookside Surgery"].no_outcome
    assert CliRunner().invoke(app, ["quality", "--case", "no-such-case"]).exit_code != 0
