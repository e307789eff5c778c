"""The `jigsaw` command: a thin layer over loaders/ and graph/.

Errors are one clear line and an exit code (no traceback unless --debug), because the
people running it read chronologies for a living, not stack traces.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import click
import typer
from rich.console import Console

from graph import render
from graph.cases import case_summaries
from graph.store import StoreError, open_store
from graph.write import write_case
from loaders.load import NothingLoadable, load_case

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
):
    """Load a case (replacing any earlier version of it, all or nothing)."""
    try:
        loaded, report = load_case(paths, case, title=title, agency=agency)
    except NothingLoadable as e:
        _show_report(e.args[0], as_json)
        _fail("nothing loadable: no row of these files could be loaded (see the rejected rows above)", 2)
    with _store() as store:
        with render.progress(out, len(loaded.events)) as on_step:
            write_case(store, loaded, on_step)
    _show_report(report, as_json)


@app.command()
def cases(as_json: bool = typer.Option(False, "--json")):
    """List the loaded cases with their counts."""
    with _store() as store:
        rows = case_summaries(store)
    if as_json:
        print(json.dumps(rows, indent=2))
    else:
        render.cases_table(out, rows)


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
    if as_json:
        print(json.dumps(rows, indent=2, default=str))
    else:
        render.rows_table(out, rows)


@app.command("app")
def run_app(port: int = typer.Option(8501, "--port")):
    """Open the Streamlit front end on http://localhost:PORT."""
    env = {**os.environ, **({"JIGSAW_STORE": State.store_spec} if State.store_spec else {})}
    raise typer.Exit(subprocess.call([sys.executable, "-m", "streamlit", "run", str(APP),
                                      "--server.address", "localhost", "--server.port", str(port),
                                      "--server.headless", "true", "--browser.gatherUsageStats", "false"], env=env))


@app.command()
def demo(no_app: bool = typer.Option(False, "--no-app", help="Load the examples only.")):
    """Load every example case in examples/, then open the app."""
    with _store() as store:
        for folder in sorted(p for p in EXAMPLES.iterdir() if (p / "case.yaml").exists()):
            loaded, report = load_case([folder], folder.name)
            write_case(store, loaded)
            out.print(f"loaded {folder.name}: {report.rows_loaded} of {report.rows_read} rows, "
                      f"{len(loaded.events)} events, {len(loaded.agencies)} agencies")
    if not no_app:
        run_app(8501)


def _store():
    return open_store(State.store_spec)


def _show_report(report, as_json: bool) -> None:
    if as_json:
        print(json.dumps({**asdict(report), "rows_read": report.rows_read, "rows_loaded": report.rows_loaded},
                         indent=2))
    else:
        render.load_report(out, report)


def _param(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    if not sep:
        _fail(f"--param {text!r}: expected NAME=VALUE", 2)
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def _fail(message: str, code: int):
    err.print(f"[red]error:[/red] {message}", highlight=False)
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
        err.print(f"[red]error:[/red] {message}", highlight=False)
        code = 1
    sys.exit(code or 0)
