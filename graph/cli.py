"""The `jigsaw` command: a thin layer over loaders/ and graph/.

Errors are one clear line and an exit code (no traceback unless --debug), because the
people running it read chronologies for a living, not stack traces.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Optional

import click
import typer
from rich.console import Console

from graph import render
from graph.analyse import analyse
from graph.cases import case_summaries
from graph.catalogue import catalogue
from graph.detect import MODES
from graph.findings import STATUSES, TRIAGE, NoSuchFinding, list_findings, triage as triage_finding
from graph.knowledge import build_knowledge, knowledge_matrix
from graph.quality import data_quality
from graph.store import StoreError, open_store
from graph.write import write_case
from loaders.dates import DateError, day_number, parse_date
from loaders.load import NothingLoadable, load_case
from synthetic import generate_corpus

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Jigsaw: multi-agency safeguarding chronologies as a graph. Who knew what, and when?")
out = Console()
err = Console(stderr=True)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
APP = Path(__file__).resolve().parent.parent / "app.py"


class State:
    store_spec: str | None = None
    debug: bool = False


@app.callback()
def main_options(
    store: Optional[str] = typer.Option(None, "--store", envvar="JIGSAW_STORE",
                                        help="embedded (default) or a Neo4j URI: bolt://…, neo4j://…, neo4j+s://…"),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
):
    State.store_spec, State.debug = store, debug


@app.command()
def load(
    paths: list[Path] = typer.Argument(..., help="Chronology files (CSV, XLSX, DOCX), people sheets, case.yaml, or folders."),
    case: str = typer.Option(..., "--case", help="Case id, e.g. lark-family."),
    title: Optional[str] = typer.Option(None, "--title"),
    agency: Optional[str] = typer.Option(None, "--agency", help="Agency for files with no agency column."),
    as_json: bool = typer.Option(False, "--json", help="Print the load report as JSON."),
    no_detect: bool = typer.Option(False, "--no-detect", help="Skip the knowledge pass and the detectors."),
):
    """Load a case (replacing any earlier version of it, all or nothing), then run the detectors."""
    try:
        loaded, report = load_case(paths, case, title=title, agency=agency)
    except NothingLoadable as e:
        _show_report(e.args[0], as_json)
        _fail("nothing loadable: no row of these files could be loaded (see the rejected rows above)", 2)
    with _store() as store:
        with render.progress(out, len(loaded.events)) as on_step:
            write_case(store, loaded, on_step)
        _show_report(report, as_json)
        if not no_detect:
            try:
                summary = analyse(store, case)
            except (StoreError, KeyError, ValueError) as e:
                _fail(f"the case is loaded, but detection failed: {e} (rerun with: jigsaw detect --case {case})", 1)
            (err if as_json else out).print(f"detection: {summary.line()}", highlight=False)


@app.command()
def cases(as_json: bool = typer.Option(False, "--json")):
    """List the loaded cases with their counts."""
    with _store() as store:
        rows = case_summaries(store)
    _emit(rows, as_json, render.cases_table)


@app.command()
def delete(case: str = typer.Option(..., "--case")):
    """Delete a case and everything derived from it."""
    with _store() as store:
        if not store.delete_case(case):
            _fail(f"no case named {case!r}", 1)
    out.print(f"deleted case {case}")


@app.command()
def query(
    cypher: str = typer.Argument(..., help="A read-only Cypher query; $case_id is set for you."),
    case: str = typer.Option(..., "--case"),
    param: list[str] = typer.Option([], "--param", help="NAME=VALUE (numbers and true/false are converted)."),
    as_json: bool = typer.Option(False, "--json"),
):
    """Run a read-only query against one case (the engine refuses writes)."""
    params = dict(_param(p) for p in param)
    with _store() as store:
        rows = store.run(cypher, params, case_id=case, read_only=True)
    _emit(rows, as_json, render.rows_table)


@app.command()
def detect(
    case: str = typer.Option(..., "--case"),
    only: Optional[str] = typer.Option(None, "--only", help="Detector ids, comma-separated (default: all)."),
    param: list[str] = typer.Option([], "--param", help="DETECTOR.NAME=VALUE: override a detector parameter."),
    mode: str = typer.Option("lenient", "--mode", help="Knowledge mode: lenient (every route) or strict."),
):
    """Rebuild who-knew-what, run the detectors and save their findings (triage is kept)."""
    _check_choice("--mode", mode, MODES)
    chosen = [d.strip() for d in only.split(",") if d.strip()] if only else None
    _check_detectors(chosen or [])
    overrides = _overrides(param)
    with _store() as store:
        _check_case(store, case)
        summary = analyse(store, case, chosen, overrides, mode)
    out.print(f"{case} ({mode}): {summary.line()}", highlight=False)


@app.command()
def findings(
    case: str = typer.Option(..., "--case"),
    detector: Optional[str] = typer.Option(None, "--detector", help="Only this detector's findings."),
    status: Optional[str] = typer.Option(None, "--status", help=f"{' | '.join(STATUSES)} "
                                         "(default: every finding that still holds)."),
    fmt: str = typer.Option("table", "--format", help="table | json | csv"),
):
    """List a case's stored findings, most serious first."""
    _check_choice("--format", fmt, ("table", "json", "csv"))
    if status is not None:
        _check_choice("--status", status, STATUSES)
    if detector is not None:
        _check_detectors([detector])
    with _store() as store:
        _check_case(store, case)
        rows = list_findings(store, case, detector=detector, status=status)
        resolved = len(list_findings(store, case, detector=detector, status="resolved_by_data")) if not status else 0
    if fmt == "json":
        print(json.dumps(rows, indent=2))
    elif fmt == "csv":
        sys.stdout.write(render.findings_csv(rows))
    else:
        render.findings_table(out, rows, hidden_resolved=resolved)


@app.command()
def triage(
    finding_key: str = typer.Argument(..., help="The finding's key (first column of `jigsaw findings`)."),
    case: str = typer.Option(..., "--case"),
    status: str = typer.Option(..., "--status", help=" | ".join(TRIAGE)),
    note: Optional[str] = typer.Option(None, "--note", help="The reviewer's note (replaces any earlier note)."),
):
    """Record a reviewer's decision on a finding; it survives re-running and reloading."""
    _check_choice("--status", status, TRIAGE)
    with _store() as store:
        _check_case(store, case)
        try:
            finding = triage_finding(store, case, finding_key, status, note)
        except NoSuchFinding as e:
            _fail(str(e), 1)
    render.triaged(out, finding)


@app.command()
def detectors(as_json: bool = typer.Option(False, "--json")):
    """The detector catalogue: what each looks for, its parameters and the evidence behind it."""
    rows = [{"id": d.id, "tier": d.tier, "version": d.version, "title": d.title, "purpose": d.panel,
             "evidence": d.evidence, "params": [{"name": p.name, "default": p.default, "meaning": p.meaning}
                                                for p in d.params]} for d in catalogue()]
    _emit(rows, as_json, render.detectors_table)


@app.command()
def knowledge(
    case: str = typer.Option(..., "--case"),
    day: Optional[str] = typer.Option(None, "--day", help="As known on this day (YYYY-MM-DD or DD/MM/YYYY)."),
    mode: str = typer.Option("lenient", "--mode", help="lenient (every route) or strict."),
    as_json: bool = typer.Option(False, "--json"),
):
    """Who knew what, and when: concern events and decisions by agency, first day known and route."""
    _check_choice("--mode", mode, MODES)
    on_day = _day(day) if day else None
    with _store() as store:
        _check_case(store, case)
        build_knowledge(store, case)
        matrix = knowledge_matrix(store, case, day=on_day, mode=mode)
    _emit({"case_id": case, **asdict(matrix)} if as_json else matrix, as_json, render.knowledge_table)


@app.command()
def quality(case: str = typer.Option(..., "--case"), as_json: bool = typer.Option(False, "--json")):
    """Where silence may mean missing data: blank outcomes, blank child-seen, vague dates, uncovered periods."""
    with _store() as store:
        _check_case(store, case)
        listing = data_quality(store, case)
    _emit(listing, as_json, render.quality_table)


@app.command("app")
def run_app(port: int = typer.Option(8501, "--port")):
    """Open the Streamlit front end on http://localhost:PORT (this process becomes the server)."""
    env = {**os.environ, **({"JIGSAW_STORE": State.store_spec} if State.store_spec else {})}
    os.execve(sys.executable, [sys.executable, "-m", "streamlit", "run", str(APP),
                               "--server.address", "localhost", "--server.port", str(port),
                               "--server.headless", "true", "--browser.gatherUsageStats", "false"], env)


@app.command()
def demo(no_app: bool = typer.Option(False, "--no-app", help="Load the examples only.")):
    """Load every example case in examples/, then open the app."""
    with _store() as store:
        for folder in sorted(p for p in EXAMPLES.iterdir() if (p / "case.yaml").exists()):
            loaded, report = load_case([folder], folder.name)
            write_case(store, loaded)
            summary = analyse(store, folder.name)
            out.print(f"loaded {folder.name}: {report.rows_loaded} of {report.rows_read} rows, "
                      f"{len(loaded.events)} events, {len(loaded.agencies)} agencies; {summary.line()}")
    if not no_app:
        run_app(8501)


@app.command()
def generate(
    folder: Path = typer.Argument(..., metavar="OUT", help="A new (or empty) folder for the corpus."),
    cases: int = typer.Option(10, "--cases", min=1, help="Number of cases."),
    events: int = typer.Option(500, "--events-per-case", min=1, help="Chronology rows per case."),
    seed: int = typer.Option(1, "--seed", help="The same seed writes the same files, byte for byte."),
    plant: int = typer.Option(1, "--plant", min=0, help="Findings planted per detector per case (0: none)."),
):
    """Write a corpus of synthetic, fictional cases; OUT/manifest.yaml lists the planted findings."""
    existed = folder.exists()
    if existed and (not folder.is_dir() or any(folder.iterdir())):
        _fail(f"{folder} is not an empty folder: give a new one (nothing was written)", 2)
    try:
        manifest = generate_corpus(folder, cases, events, seed, plant)
    except ValueError as e:
        shutil.rmtree(folder, ignore_errors=True)  # it was new or empty: leave it as it was
        if existed:
            folder.mkdir()
        _fail(f"{e} (nothing was written)", 2)
    out.print(f"wrote {cases} fictional cases of {events} events to {folder}, with "
              f"{sum(manifest['planted'].values())} planted findings (listed in {folder / 'manifest.yaml'})",
              highlight=False)


def _store():
    return open_store(State.store_spec)


def _check_case(store, case: str) -> None:
    if case not in store.case_ids():
        _fail(f"no case named {case!r}; `jigsaw cases` lists them", 1)


def _check_choice(option: str, value: str, choices) -> None:
    if value not in choices:
        _fail(f"{option} {value!r}: use one of {', '.join(choices)}", 2)


def _check_detectors(ids: list[str]) -> None:
    known = {d.id for d in catalogue()}
    unknown = [i for i in ids if i not in known]
    if unknown:
        _fail(f"no detector named {', '.join(unknown)}; `jigsaw detectors` lists them", 2)


def _overrides(texts: list[str]) -> dict[str, dict[str, object]]:
    """--param detector.name=value, checked against the catalogue and the default's type."""
    by_id = {d.id: d for d in catalogue()}
    overrides: dict[str, dict[str, object]] = {}
    for text in texts:
        name, value = _param(text)
        detector_id, dot, param_name = name.partition(".")
        if not dot or detector_id not in by_id:
            _fail(f"--param {text!r}: expected DETECTOR.NAME=VALUE with a detector from `jigsaw detectors`", 2)
        defaults = by_id[detector_id].defaults()
        if param_name not in defaults:
            _fail(f"--param {text!r}: {detector_id} has no parameter {param_name!r} "
                  f"(it has: {', '.join(defaults) or 'none'})", 2)
        default = defaults[param_name]
        if isinstance(default, str):
            value = text.partition("=")[2]
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            _fail(f"--param {text!r}: {detector_id}.{param_name} takes a number (default {default})", 2)
        if isinstance(default, int) and isinstance(value, float) and not value.is_integer():
            _fail(f"--param {text!r}: {detector_id}.{param_name} takes a whole number (default {default})", 2)
        overrides.setdefault(detector_id, {})[param_name] = int(value) if isinstance(default, int) else value
    return overrides


def _day(text: str) -> int:
    try:
        return day_number(date.fromisoformat(text))
    except ValueError:
        pass
    try:
        found = parse_date(text)
    except DateError as e:
        _fail(f"--day: {e}", 2)
    if found.day_from != found.day_to:
        _fail(f"--day {text!r}: give one day (YYYY-MM-DD or DD/MM/YYYY)", 2)
    return found.day_from


def _show_report(report, as_json: bool) -> None:
    as_data = {**asdict(report), "rows_read": report.rows_read, "rows_loaded": report.rows_loaded}
    _emit(as_data if as_json else report, as_json, render.load_report)


def _emit(data, as_json: bool, table) -> None:
    """--json prints the data for other tools; otherwise a table for people."""
    if as_json:
        print(json.dumps(data.as_dict() if hasattr(data, "as_dict") else data, indent=2, default=str))
    else:
        table(out, data)


def _param(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    if not sep:
        _fail(f"--param {text!r}: expected NAME=VALUE", 2)
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def _fail(message: str, code: int):
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except click.ClickException as e:
        e.show()
        code = e.exit_code
    except click.exceptions.Abort:
        code = 1
    except Exception as e:  # one line for the user; the traceback only with --debug
        if State.debug:
            raise
        message = str(e) if isinstance(e, StoreError) else f"{type(e).__name__}: {e} (run with --debug for details)"
        err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
        code = 1
    sys.exit(code or 0)
