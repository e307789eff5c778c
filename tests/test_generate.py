"""`jigsaw generate`: synthetic, fictional corpora for scale tests and trainers' fresh exercises.

A corpus is only useful if it is what it says: the same seed gives the same files, every
file loads through the real loaders exactly as written (no row rejected, nothing guessed),
and every finding the manifest says was planted is raised by the detector on the rows it
names. Planted findings for detectors still being written are expected to fail, with the
detector's id, until the detector lands.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from graph.catalogue import catalogue
from graph.cli import app
from graph.detect import run_detectors
from graph.knowledge import build_knowledge
from graph.write import write_case
from loaders.lexicon import infer_concerns, person_mentions, referral_target_sector, sector_for
from loaders.load import load_case
from synthetic import generate_corpus
from synthetic.background import CONCERN_TEXT, ROUTINE
from synthetic.cast import AREAS, FAMILY_SUPPORT, SCHOOLS, SERVICES, TOWNS
from synthetic.plants import PLANTS
from tests.conftest import ROOT

SMALL = dict(cases=3, events=300, seed=7)
IMPLEMENTED = {d.id for d in catalogue()}
ANCHOR_ROLES = ("trigger", "decision")


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    generate_corpus(out, SMALL["cases"], SMALL["events"], SMALL["seed"])
    return out


@pytest.fixture(scope="module")
def manifest(corpus) -> dict:
    return yaml.safe_load((corpus / "manifest.yaml").read_text(encoding="utf-8"))


def test_the_same_seed_writes_the_same_bytes_in_any_process(corpus, tmp_path):
    """Determinism is tested across processes with different hash seeds, so no set or dict
    ordering can leak into the output."""
    script = ("import sys; from pathlib import Path; from synthetic import generate_corpus; "
              "generate_corpus(Path(sys.argv[1]), {cases}, {events}, {seed})").format(**SMALL)
    for n, hash_seed in enumerate(("1", "2")):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / str(n))], check=True, cwd=ROOT, env=env)
    assert files(tmp_path / "0") == files(tmp_path / "1") == files(corpus)
    other = tmp_path / "other"
    generate_corpus(other, 1, SMALL["events"], SMALL["seed"] + 1)
    assert files(other)["case-0001/chronology.csv"] != files(corpus)["case-0001/chronology.csv"]


def test_every_case_is_fictional_and_listed_in_the_manifest(corpus, manifest):
    assert manifest["fictional"] is True and manifest["seed"] == SMALL["seed"]
    assert [c["case"] for c in manifest["case_list"]] == ["case-0001", "case-0002", "case-0003"]
    for entry in manifest["case_list"]:
        folder = corpus / entry["case"]
        assert sorted(p.name for p in folder.iterdir()) == ["case.yaml", "chronology.csv", "people.csv"]
        case_file = yaml.safe_load((folder / "case.yaml").read_text(encoding="utf-8"))
        assert case_file["fictional"] is True and "FICTIONAL" in case_file["title"]
        assert entry["events"] == SMALL["events"]
    counted = {}
    for entry in manifest["case_list"]:
        for p in entry["planted"]:
            counted[p["detector"]] = counted.get(p["detector"], 0) + 1
    assert counted == manifest["planted"]


@pytest.mark.parametrize("n", [1, 2, 3])
def test_every_row_loads_as_written(corpus, n):
    """No row rejected, none merged or guessed: the loader reads back the types, concerns,
    people and recipients the generator wrote, every agency as its own sector."""
    folder = corpus / f"case-{n:04d}"
    case, report = load_case([folder], f"gen-load-{n}")
    rows = list(csv.DictReader((folder / "chronology.csv").open(encoding="utf-8")))
    assert report.rejected == []
    assert report.rows_read == report.rows_loaded == len(rows) == len(case.events) == SMALL["events"]
    assert report.warnings == [] and report.unknown_agencies == [] and report.unknown_people == []
    assert report.merged_events == [] and report.inferred_tags == 0
    listed = yaml.safe_load((folder / "case.yaml").read_text(encoding="utf-8"))["agencies"]
    assert sorted(a.name for a in case.agencies) == sorted(a["name"] for a in listed)
    events = {e.source_ref: e for e in case.events}
    for i, row in enumerate(rows, 2):
        event = events[f"chronology.csv:{i}"]
        split = lambda column: [x for x in row[column].split("; ") if x]  # noqa: E731
        assert (event.type, event.concerns, sorted(event.about)) == \
            (row["Event type"], split("Concerns"), sorted(split("People"))), i
        assert len(event.conveys) == len(split("Conveys")) and len(event.responds_to) == len(split("Responds to"))
        assert len(event.referred_to) == len(split("Referred to")) and len(event.attended) == len(split("Attended"))


def test_agency_names_read_as_their_sector():
    for sector, (pattern, _) in SERVICES.items():
        for area in AREAS:
            assert sector_for(pattern.format(A=area, T=TOWNS[0])) == sector, pattern
    for town in TOWNS:
        assert all(sector_for(p.format(T=town)) == "education" for p, *_ in SCHOOLS)
        assert sector_for(FAMILY_SUPPORT[0].format(T=town)) == "early_help"
        assert sector_for(SERVICES["health_gp"][0].format(T=town)) == "health_gp"


def test_descriptions_name_no_one_and_imply_no_concern_or_referral():
    """Rows without concerns leave the Concerns column blank, so the loader reads their text
    for concerns; no text may name a person (the loader would link them) or a referral target."""
    for kind in ROUTINE.values():
        for text in kind.texts:
            assert infer_concerns(text) == [], text
        for text in (kind.lead, *kind.texts, *kind.outcomes):
            assert (person_mentions(text), referral_target_sector(text)) == ([], None), text
    for texts in CONCERN_TEXT.values():
        for text in texts:
            assert (person_mentions(text), referral_target_sector(text)) == ([], None), text


def test_the_cli_writes_a_corpus_and_refuses_in_one_line(tmp_path):
    runner = CliRunner()
    out = tmp_path / "exercise"

    made = runner.invoke(app, ["generate", str(out), "--cases", "2", "--events-per-case", "150", "--seed", "3"])

    assert made.exit_code == 0, made.output
    assert "wrote 2 fictional cases of 150 events" in made.output
    assert (out / "case-0002" / "chronology.csv").exists() and (out / "manifest.yaml").exists()
    again = runner.invoke(app, ["generate", str(out), "--cases", "1"])
    assert again.exit_code == 2 and "is not an empty folder" in again.output
    too_few = runner.invoke(app, ["generate", str(tmp_path / "tiny"), "--events-per-case", "20"])
    assert too_few.exit_code == 2 and "too few" in too_few.output and not (tmp_path / "tiny").exists()
    quiet = runner.invoke(app, ["generate", str(tmp_path / "quiet"), "--cases", "1", "--events-per-case", "50",
                                "--plant", "0"])
    assert quiet.exit_code == 0
    assert yaml.safe_load((tmp_path / "quiet" / "manifest.yaml").read_text())["planted"] == {}


@pytest.fixture(scope="module")
def detections(store, corpus, manifest):
    found = {}
    for entry in manifest["case_list"]:
        case_id = f"gen-{entry['case']}"
        case, report = load_case([corpus / entry["case"]], case_id)
        write_case(store, case)
        build_knowledge(store, case_id)
        found[entry["case"]] = run_detectors(store, case_id)
    return found


def cited(finding, roles=None) -> set[str]:
    return {ref for row in finding.evidence if row.get("source_ref") and (roles is None or row["role"] in roles)
            for ref in row["source_ref"].split("; ")}


@pytest.mark.parametrize("detector", [
    pytest.param(d, marks=[] if d in IMPLEMENTED else [pytest.mark.xfail(reason=f"{d} not implemented yet", strict=True)])
    for d in PLANTS])
def test_every_planted_finding_is_raised(detections, manifest, detector):
    """Each planted finding: a finding of the detector and variant that cites the anchor rows as
    trigger or decision and the evidence rows in some role (noise may raise more; never fewer)."""
    planted = [(c["case"], p) for c in manifest["case_list"] for p in c["planted"] if p["detector"] == detector]
    assert planted, f"nothing planted for {detector}"
    missed = [(case, p["anchor"]) for case, p in planted
              if not any(f.detector == detector and f.variant == p["variant"]
                         and set(p["anchor"]) <= cited(f, ANCHOR_ROLES) and set(p["evidence"]) <= cited(f)
                         for f in detections[case].findings)]
    assert missed == [], f"{detector}: planted but not raised"
