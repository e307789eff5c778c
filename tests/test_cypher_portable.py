"""Portable Cypher: every query file parses with Neo4j's own parser and runs on FalkorDB.

The parser is the npm package @neo4j-cypher/language-support (pinned in
tests/cypher_lint/package.json, installed by `make test`).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph import queries
from graph.catalogue import detector
from graph.knowledge import ACK_DAYS, INFERRED_WINDOW_DAYS
from graph.model import cypher_vocabulary
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE

LINT = Path(__file__).resolve().parent / "cypher_lint"
EMBEDDED_ONLY = {"schema/falkordb"}  # FalkorDB index syntax; Neo4j has its own file
NEO4J_ONLY = {"schema/neo4j"}
WRITTEN_BY_LOAD = {"write/case"}  # runs, with the whole case as parameters, on every load
# Sample values for parameters that queries take besides $case_id; a new parameter needs one here.
# Detectors get their own defaults from their header comments.
SAMPLE_PARAMS: dict[str, object] = {
    **cypher_vocabulary(), "mode": "lenient", "event_ids": [], "rows": [], "since": 0, "round": 0, "day": None, "ack_days": ACK_DAYS,
    "inferred_window": INFERRED_WINDOW_DAYS,
    "findings": [], "rerun_keys": [], "event_evidence": [], "person_evidence": [], "agency_evidence": [],
    "detector": None, "statuses": ["open", "accepted", "dismissed"], "censored": False, "finding_key": "none",
    "status": "open", "note": None,
    "day_from": None, "day_to": None, "agency_ids": None, "person_ids": None, "types": None, "known_by": None,
    "known_on": None, "prompt_id": "none", "event_id": "none", "source_ref": None, "text": "A question",
    "created_at": 0.0,
}


def neo4j_parse(texts: dict[str, str]) -> dict[str, list[str]]:
    if not (LINT / "node_modules").exists():
        pytest.fail("the Neo4j Cypher parser is not installed: run `make test` (it runs npm install in tests/cypher_lint)")
    result = subprocess.run([shutil.which("node") or "node", str(LINT / "lint.mjs")], input=json.dumps(texts),
                            capture_output=True, text=True, check=True, cwd=LINT)
    return json.loads(result.stdout)


def all_statements() -> dict[str, str]:
    return {f"{name} #{i + 1}": text for name in queries.all_names()
            for i, text in enumerate(queries.statements(name))}


def test_every_query_file_parses_with_neo4js_parser():
    texts = {k: v for k, v in all_statements().items() if k.split(" #")[0] not in EMBEDDED_ONLY}

    errors = {name: problems for name, problems in neo4j_parse(texts).items() if problems}

    assert len(texts) > 20
    assert errors == {}


def test_the_parser_check_catches_a_broken_query():
    assert neo4j_parse({"broken": "MATCH (n:Event RETURN n"})["broken"]


def test_queries_use_no_engine_specific_features():
    forbidden = re.compile(r"\b(date|datetime|localdatetime|duration)\s*\(|EXISTS\s*\{|apoc\.|gds\.|\bid\s*\(|elementId",
                           re.IGNORECASE)
    offenders = [name for name, text in all_statements().items() if forbidden.search(_without_comments(text))]
    assert offenders == []


def test_every_query_runs_on_the_embedded_store(store):
    case, _ = load_case([EXAMPLE], "portability")
    write_case(store, case)
    ran = set()
    for name in queries.all_names():
        if name in NEO4J_ONLY | WRITTEN_BY_LOAD:
            continue
        target = "portability-empty" if name.startswith("schema/") else "portability"  # indexes go on a new graph
        samples = {**SAMPLE_PARAMS, **(detector(name.split("/", 1)[1]).defaults() if name.startswith("detectors/") else {})}
        for text in queries.statements(name):
            params = {p: samples[p] for p in set(re.findall(r"\$(\w+)", text)) - {"case_id"}}
            read_only = name.startswith(("views/", "detectors/"))  # listings and detectors never write
            store.run(text, params, case_id=target, read_only=read_only)
        ran.add(name)
        if name == "write/delete_case":
            write_case(store, case)
    store.delete_case("portability-empty")
    assert ran == set(queries.all_names()) - NEO4J_ONLY - WRITTEN_BY_LOAD


def _without_comments(text: str) -> str:
    return "\n".join(line.split("//")[0] for line in text.splitlines())
