"""Terminal output for the CLI: load reports and listings as rich tables."""

from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from loaders.case import LoadReport
from loaders.dates import format_day

PROGRESS_FROM_EVENTS = 5000


def load_report(console: Console, report: LoadReport) -> None:
    table = Table(title=f"Load report: {report.case_id}", title_justify="left")
    for column in ("file", "kind", "rows", "loaded", "rejected"):
        table.add_column(column, justify="right" if column in ("rows", "loaded", "rejected") else "left")
    for f in report.files:
        table.add_row(f.file, f.kind, str(f.rows_read), str(f.loaded), str(f.rejected))
    console.print(table)
    console.print(f"{report.rows_loaded} of {report.rows_read} chronology rows loaded; "
                  f"{len(report.rejected)} rejected; {report.inferred_tags} tags inferred from the text; "
                  f"{report.seconds:.2f}s")
    _section(console, "Rejected", [f"{r.file} row {r.row}: {r.reason}" for r in report.rejected])
    _section(console, "Unknown agencies (kept, sector 'other')", report.unknown_agencies)
    _section(console, "People mentioned but not in the people sheet", report.unknown_people)
    _section(console, "Merged (one event recorded by two agencies)", report.merged_events)
    _section(console, "Possible duplicates (not merged; please check)", report.near_duplicates)
    _section(console, "Warnings", report.warnings)


def _section(console: Console, title: str, lines: list[str]) -> None:
    if lines:
        console.print(f"\n[bold]{title}[/bold] ({len(lines)})")
        for line in lines:
            console.print(f"  {line}", highlight=False, markup=False)


def cases_table(console: Console, rows: list[dict]) -> None:
    if not rows:
        console.print("No cases loaded. Load one with: jigsaw load FILES --case ID (or run: jigsaw demo)")
        return
    table = Table()
    for column in ("case", "title", "review period", "events", "people", "agencies"):
        table.add_column(column)
    for r in rows:
        period = " – ".join(format_day(d) for d in (r["period_from"], r["period_to"]) if d is not None)
        table.add_row(r["case_id"], r["title"] or "", period, str(r["events"]), str(r["people"]), str(r["agencies"]))
    console.print(table)


def rows_table(console: Console, rows: list[dict]) -> None:
    if not rows:
        console.print("(no rows)")
        return
    table = Table()
    for column in rows[0]:
        table.add_column(str(column))
    for r in rows:
        table.add_row(*(str(v) for v in r.values()))
    console.print(table)


@contextmanager
def progress(console: Console, events: int):
    """Yield a callback for the store's progress; a bar only for loads big enough to wait on."""
    if events < PROGRESS_FROM_EVENTS:
        yield None
        return
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("writing the case to the graph", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)
