"""The `jigsaw` command as a reviewer uses it: listings, read-only queries, deletion, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from graph.cli import app
from tests.conftest import EXAMPLE

JIGSAW = str(Path(sys.executable).parent / "jigsaw")


def jigsaw(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_cases_lists_a_loaded_case_with_its_counts(jigsaw_home):
    assert jigsaw("load", str(EXAMPLE), "--case", "cli-listing", "--no-detect").exit_code == 0

    rows = json.loads(jigsaw("cases", "--json").stdout)

    [row] = [r for r in rows if r["case_id"] == "cli-listing"]
    assert row["events"] >= 60 and row["agencies"] >= 6 and row["people"] == 5
    assert "cli-listing" in jigsaw("cases").stdout


def test_query_is_read_only_and_takes_parameters(jigsaw_home):
    jigsaw("load", str(EXAMPLE), "--case", "cli-query", "--no-detect")

    result = jigsaw("query", "--case", "cli-query", "--json", "--param", "kind=home_visit",
                    "MATCH (e:Event {case_id: $case_id, type: $kind}) RETURN count(e) AS n")

    assert json.loads(result.stdout)[0]["n"] > 0


def test_a_writing_query_is_refused_in_one_line_with_exit_1(jigsaw_home):
    jigsaw("load", str(EXAMPLE), "--case", "cli-refuse", "--no-detect")

    result = subprocess.run([JIGSAW, "query", "--case", "cli-refuse", "MATCH (e:Event) DETACH DELETE e"],
                            capture_output=True, text=True, env={**os.environ})

    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "refused" in result.stderr
    assert "Traceback" not in result.stderr


def test_delete_removes_a_case_and_says_so_when_there_is_none(jigsaw_home):
    jigsaw("load", str(EXAMPLE), "--case", "cli-delete", "--no-detect")

    assert jigsaw("delete", "--case", "cli-delete").exit_code == 0
    assert "cli-delete" not in jigsaw("cases").stdout
    assert jigsaw("delete", "--case", "cli-delete").exit_code == 1


def test_a_missing_file_is_reported_and_nothing_is_loaded(jigsaw_home, tmp_path):
    result = jigsaw("load", str(tmp_path / "nowhere.csv"), "--case", "cli-missing", "--json")

    assert result.exit_code == 2
    assert json.loads(result.stdout)["rejected"][0]["reason"] == "no such file or folder"
