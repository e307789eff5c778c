"""Stored findings and triage: a reviewer's decisions survive re-running and reloading.

tests/data/triage/ (fictional) is the sibling_not_assessed must-fire pattern (DETECTORS.md
T1-11): a 9-week-old's femur fracture (row 1) is referred (row 2) and leads to a strategy
discussion (row 3) and an s47 enquiry (row 4), all about the baby only; the 4-year-old
brother is never considered, and his nursery logs neglect two weeks later (row 5).

The first tests drive graph/findings.py directly with hand-made findings on that case; the
rest go through the real `jigsaw` commands into the real embedded store.
"""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.detect import Detection, Finding
from graph.findings import list_findings, save_detection, triage
from graph.queries import CYPHER_DIR
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import DATA

TRIAGE = DATA / "triage"
SIBLING = "sibling_not_assessed"
NEEDS_SIBLING = pytest.mark.skipif(not (CYPHER_DIR / "detectors" / f"{SIBLING}.cypher").exists(),
                                   reason=f"cypher/detectors/{SIBLING}.cypher is not written yet")


def jigsaw(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- graph/findings.py on hand-made findings -------------------------------------------------

@pytest.fixture
def loaded(store, case_id):
    """The triage case loaded without detection; returns its event ids by chronology row."""
    case, report = load_case([TRIAGE], case_id)
    assert not report.rejected
    write_case(store, case)
    return {int(e.seq): e.event_id for e in case.events}


def finding(key: str, events: dict[int, str], detector: str = "test_detector", severity: str = "high",
            rows: tuple[int, ...] = (1, 5)) -> Finding:
    evidence = [{"event_id": events[r], "role": "trigger" if i == 0 else "context", "note": f"row {r}",
                 "source_ref": f"chronology.csv:{r + 1}", "day_from": 0, "day_to": 0, "agency": "x",
                 "agency_id": "x"} for i, r in enumerate(rows)]
    evidence.append({"event_id": None, "role": "expected_missing", "agency_id": "ag-children-s-social-care",
                     "agency": "Children's Social Care", "day_from": 0, "day_to": 7, "source_ref": None,
                     "note": "no record that C2 was considered"})
    evidence.append({"event_id": None, "role": "context", "person_id": "C2", "agency": None, "agency_id": None,
                     "day_from": None, "day_to": None, "source_ref": None, "note": "sibling, 4"})
    return Finding(detector=detector, detector_version=1, finding_key=key, anchor=events[rows[0]],
                   variant="unconsidered", severity=severity, confidence="definite", date_uncertain=False,
                   knowledge_mode="lenient", summary=f"Finding {key}.", subjects=["C1", "C2"],
                   params={"N": 7}, evidence=evidence)


def by_key(store, case_id, **kwargs) -> dict[str, dict]:
    return {f["finding_key"]: f for f in list_findings(store, case_id, **kwargs)}


def test_saved_findings_list_back_with_their_evidence(store, case_id, loaded):
    saved = save_detection(store, case_id, Detection(findings=[finding("a", loaded), finding("b", loaded, severity="low")]))

    listed = list_findings(store, case_id)
    assert [f["finding_key"] for f in listed] == ["a", "b"]  # most serious first
    a = listed[0]
    assert (a["detector"], a["variant"], a["severity"], a["confidence"], a["status"], a["note"]) == (
        "test_detector", "unconsidered", "high", "definite", "open", "")
    assert a["subjects"] == ["C1", "C2"] and a["params"] == {"N": 7}
    assert a["evidence"] == finding("a", loaded).evidence
    assert (a["first_seen_run"], a["last_seen_run"], saved.run) == (1, 1, 1)
    assert saved.line() == "2 findings (1 high, 1 low); 2 new"
    edges = store.run("MATCH (f:Finding {case_id: $case_id, finding_key: 'a'})-[r:EVIDENCE]->(n) "
                      "RETURN r.role AS role, coalesce(n.event_id, n.person_id, n.agency_id) AS target",
                      case_id=case_id)
    assert sorted((r["role"], r["target"]) for r in edges) == sorted([
        ("trigger", loaded[1]), ("context", loaded[5]), ("expected_missing", "ag-children-s-social-care"),
        ("context", "C2")])


def test_triage_is_stored(store, case_id, loaded):
    save_detection(store, case_id, Detection(findings=[finding("a", loaded)]))

    triage(store, case_id, "a", "accepted", "Agreed: no record that Noah was seen.")
    triage(store, case_id, "a", "dismissed")  # a new status without a note keeps the note

    [a] = list_findings(store, case_id)
    assert (a["status"], a["note"]) == ("dismissed", "Agreed: no record that Noah was seen.")


def test_a_rerun_keeps_triage_and_a_vanished_finding_is_resolved_with_its_note(store, case_id, loaded):
    save_detection(store, case_id, Detection(findings=[finding("a", loaded), finding("b", loaded)]))
    triage(store, case_id, "a", "accepted", "note on a")
    triage(store, case_id, "b", "dismissed", "note on b")

    second = save_detection(store, case_id, Detection(findings=[finding("a", loaded, severity="medium")]))

    assert second.line() == "1 finding (1 medium); 1 resolved by data"
    [a] = list_findings(store, case_id)
    assert (a["status"], a["note"], a["severity"], a["first_seen_run"], a["last_seen_run"]) == (
        "accepted", "note on a", "medium", 1, 2)
    [b] = list_findings(store, case_id, status="resolved_by_data")
    assert (b["note"], b["last_seen_run"]) == ("note on b", 1)

    save_detection(store, case_id, Detection(findings=[finding("a", loaded), finding("b", loaded)]))

    assert {k: (f["status"], f["note"]) for k, f in by_key(store, case_id).items()} == {
        "a": ("accepted", "note on a"), "b": ("dismissed", "note on b")}  # b holds again: its decision returns


def test_a_run_of_some_detectors_leaves_the_others_findings_alone(store, case_id, loaded):
    save_detection(store, case_id, Detection(findings=[finding("a", loaded, detector="one"),
                                                       finding("b", loaded, detector="two")]))

    save_detection(store, case_id, Detection(), detectors=["one"])

    assert set(by_key(store, case_id)) == {"b"}
    assert set(by_key(store, case_id, status="resolved_by_data")) == {"a"}


def test_censored_findings_are_stored_but_never_listed_as_findings(store, case_id, loaded):
    summary = save_detection(store, case_id, Detection(findings=[finding("a", loaded)],
                                                       censored=[finding("c", loaded)]))

    assert summary.line() == "1 finding (1 high); 1 new; 1 censored (data-quality listing)"
    assert set(by_key(store, case_id)) == {"a"}
    [c] = list_findings(store, case_id, censored=True)
    assert (c["finding_key"], c["censored"]) == ("c", True)


def test_findings_survive_a_reload_without_their_evidence_edges(store, case_id, loaded):
    save_detection(store, case_id, Detection(findings=[finding("a", loaded)]))
    triage(store, case_id, "a", "accepted", "kept")

    case, _ = load_case([TRIAGE], case_id)
    write_case(store, case)

    [a] = list_findings(store, case_id)
    assert (a["status"], a["note"], a["evidence"]) == ("accepted", "kept", finding("a", loaded).evidence)
    [edges] = store.run("MATCH (:Finding {case_id: $case_id})-[r:EVIDENCE]->() RETURN count(r) AS n",
                        case_id=case_id)
    assert edges["n"] == 0  # rebuilt by the next detection run


# --- the jigsaw commands ---------------------------------------------------------------------

@pytest.fixture
def folder(tmp_path):
    """A copy of tests/data/triage/ that a test may append rows to."""
    target = tmp_path / "triage"
    shutil.copytree(TRIAGE, target)
    return target


def append_row(folder, line: str) -> None:
    with open(folder / "chronology.csv", "a", encoding="utf-8") as f:
        f.write(line + "\n")


def sibling_findings(case: str, *extra: str) -> list[dict]:
    result = jigsaw("findings", "--case", case, "--detector", SIBLING, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@NEEDS_SIBLING
def test_load_runs_the_detectors_and_findings_json_has_every_field(jigsaw_home, case_id, folder):
    result = jigsaw("load", str(folder), "--case", case_id)

    assert result.exit_code == 0, result.output
    assert "detection: " in result.stdout and " finding" in result.stdout
    [found] = sibling_findings(case_id)
    assert {"finding_key", "detector", "severity", "confidence", "date_uncertain", "summary", "subjects",
            "evidence", "status", "note"} <= set(found)
    assert (found["detector"], found["severity"], found["status"], found["note"]) == (SIBLING, "high", "open", "")
    assert "C2" in found["subjects"]
    for row in found["evidence"]:
        assert {"event_id", "role", "agency", "day_from", "day_to", "source_ref", "note"} <= set(row)
    refs = {row["source_ref"] for row in found["evidence"] if row["role"] == "trigger"}
    assert refs and refs <= {f"chronology.csv:{n}" for n in range(2, 7)}


def test_load_no_detect_stores_no_findings(jigsaw_home, case_id, folder):
    assert jigsaw("load", str(folder), "--case", case_id, "--no-detect").exit_code == 0

    result = jigsaw("findings", "--case", case_id, "--format", "json")

    assert json.loads(result.stdout) == []


@NEEDS_SIBLING
def test_triage_survives_rerunning_and_reloading(jigsaw_home, case_id, folder):
    jigsaw("load", str(folder), "--case", case_id)
    [found] = sibling_findings(case_id)
    key = found["finding_key"]

    result = jigsaw("triage", key, "--case", case_id, "--status", "accepted", "--note", "Noah was never seen.")
    assert result.exit_code == 0, result.output

    assert jigsaw("detect", "--case", case_id).exit_code == 0                     # re-run
    assert jigsaw("load", str(folder), "--case", case_id).exit_code == 0          # reload the same files
    append_row(folder, "6,25/01/2022,Health Visiting,HV1,home_visit,C1; M,Y,,Health visitor home visit to the "
                       "baby after discharge.,Weight checked,,,,,,,")
    assert jigsaw("load", str(folder), "--case", case_id).exit_code == 0          # reload with one more row

    [after] = sibling_findings(case_id)
    assert (after["finding_key"], after["status"], after["note"]) == (key, "accepted", "Noah was never seen.")


@NEEDS_SIBLING
def test_a_finding_the_data_no_longer_supports_is_resolved_with_its_note(jigsaw_home, case_id, folder):
    jigsaw("load", str(folder), "--case", case_id)
    [found] = sibling_findings(case_id)
    jigsaw("triage", found["finding_key"], "--case", case_id, "--status", "dismissed", "--note", "Seen by EDT.")

    # the missing record turns up: social care saw Noah at home two days after the fracture
    append_row(folder, "6,05/01/2022,Children's Social Care,SW1,home_visit,C2,Y,Y,Social worker visited Noah "
                       "at home and spoke with him alone.,No concerns for Noah,,,,,,,")
    assert jigsaw("load", str(folder), "--case", case_id).exit_code == 0

    assert sibling_findings(case_id) == []
    [resolved] = sibling_findings(case_id, "--status", "resolved_by_data")
    assert (resolved["finding_key"], resolved["status"], resolved["note"]) == (
        found["finding_key"], "resolved_by_data", "Seen by EDT.")


@NEEDS_SIBLING
def test_findings_csv_has_one_row_per_finding(jigsaw_home, case_id, folder):
    jigsaw("load", str(folder), "--case", case_id)
    [found] = sibling_findings(case_id)

    result = jigsaw("findings", "--case", case_id, "--detector", SIBLING, "--format", "csv")

    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["finding_key"], row["severity"], row["status"]) == (found["finding_key"], "high", "open")
    assert "chronology.csv:2(trigger)" in row["evidence"].split("; ")


@NEEDS_SIBLING
def test_detect_validates_params_against_the_catalogue(jigsaw_home, case_id, folder):
    jigsaw("load", str(folder), "--case", case_id, "--no-detect")
    bad = {
        "nonsense.N=3": "expected DETECTOR.NAME=VALUE",
        f"{SIBLING}.no_such=3": f"{SIBLING} has no parameter 'no_such'",
        f"{SIBLING}=3": "expected DETECTOR.NAME=VALUE",
    }
    for param, words in bad.items():
        result = jigsaw("detect", "--case", case_id, "--param", param)
        assert result.exit_code == 2, param
        assert words in one_line_error(result)
    result = jigsaw("detect", "--case", case_id, "--only", f"{SIBLING},nope")
    assert result.exit_code == 2 and "no detector named nope" in one_line_error(result)
    result = jigsaw("detect", "--case", case_id, "--param", f"{SIBLING}.N=soon")
    assert result.exit_code == 2 and "takes a number" in one_line_error(result)

    result = jigsaw("detect", "--case", case_id, "--only", SIBLING, "--param", f"{SIBLING}.N=1", "--mode", "strict")

    assert result.exit_code == 0, result.output
    [found] = sibling_findings(case_id)
    assert found["status"] == "open"


def test_triage_of_an_unknown_finding_is_one_line(jigsaw_home, case_id, folder):
    jigsaw("load", str(folder), "--case", case_id, "--no-detect")

    result = jigsaw("triage", "0123456789abcdef", "--case", case_id, "--status", "accepted")

    assert result.exit_code == 1
    assert "no finding '0123456789abcdef'" in one_line_error(result)
    bad = jigsaw("triage", "0123456789abcdef", "--case", case_id, "--status", "resolved_by_data")
    assert bad.exit_code == 2 and "use one of open, accepted, dismissed" in one_line_error(bad)


def test_detectors_json_lists_every_detector_file(jigsaw_home):
    result = jigsaw("detectors", "--json")

    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    files = sorted(p.stem for p in (CYPHER_DIR / "detectors").glob("*.cypher"))
    assert sorted(d["id"] for d in listed) == files
    for d in listed:
        assert {"id", "tier", "title", "purpose", "params", "evidence"} <= set(d)
        for p in d["params"]:
            assert set(p) == {"name", "default", "meaning"}


def test_knowledge_json_is_the_who_knew_what_matrix(jigsaw_home, case_id, folder):
    jigsaw("load", str(folder), "--case", case_id, "--no-detect")

    result = jigsaw("knowledge", "--case", case_id, "--json")

    assert result.exit_code == 0, result.output
    matrix = json.loads(result.stdout)
    assert {"agencies", "rows", "day", "mode"} <= set(matrix)
    agencies = {a["agency_id"] for a in matrix["agencies"]}
    assert "ag-children-s-social-care" in agencies
    referral = next(r for r in matrix["rows"] if r["source_ref"] == "chronology.csv:3")
    assert set(referral["cells"]) == agencies
    assert referral["cells"]["ag-children-s-social-care"]["route"] == "received"
    assert referral["cells"]["ag-oakfield-primary-school"] is None  # blank: no record the school knew

    early = json.loads(jigsaw("knowledge", "--case", case_id, "--json", "--day", "2022-01-03").stdout)
    assert {r["source_ref"] for r in early["rows"]} == {"chronology.csv:2", "chronology.csv:3"}
    assert jigsaw("knowledge", "--case", case_id, "--day", "03/01/2022").exit_code == 0
    bad = jigsaw("knowledge", "--case", case_id, "--day", "January 2022")
    assert bad.exit_code == 2 and "give one day" in one_line_error(bad)
