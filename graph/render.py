"""Terminal output for the CLI: load reports, listings, findings and the knowledge matrix."""

from __future__ import annotations

import csv
import io
from collections import Counter
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

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


SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim"}


def findings_table(console: Console, findings: list[dict], hidden_resolved: int = 0) -> None:
    if not findings:
        console.print("No findings." + (f" {hidden_resolved} resolved by data (--status resolved_by_data)."
                                        if hidden_resolved else ""))
        return
    table = Table(show_lines=True)
    for column in ("key", "severity", "detector", "summary", "evidence", "status"):
        table.add_column(column, overflow="fold")
    for f in findings:
        severity = f"[{SEVERITY_STYLE.get(f['severity'], '')}]{f['severity']}[/]"
        if f["confidence"] != "definite" or f["date_uncertain"]:
            severity += "\n" + ", ".join([f["confidence"]] * (f["confidence"] != "definite")
                                         + ["dates uncertain"] * f["date_uncertain"])
        status = f["status"] + (f"\n{f['note']}" if f["note"] else "")
        table.add_row(f["finding_key"], severity, f"{f['detector']}\n({f['variant']})", _plain(f["summary"]),
                      _plain(evidence_text(f["evidence"], "\n")), _plain(status))
    console.print(table)
    counts = Counter(f["severity"] for f in findings)
    ranked = sorted(counts, key=lambda s: (list(SEVERITY_STYLE).index(s) if s in SEVERITY_STYLE else 9, s))
    console.print(f"{len(findings)} finding{'' if len(findings) == 1 else 's'}: "
                  + ", ".join(f"{counts[s]} {s}" for s in ranked) + (
        f"; {hidden_resolved} resolved by data not shown (--status resolved_by_data)" if hidden_resolved else ""))


def evidence_text(evidence: list[dict], separator: str = "; ") -> str:
    """Evidence as 'source_ref(role)', or what was looked for where a row has no chronology line."""
    parts = []
    for row in evidence:
        where = row.get("source_ref") or row.get("agency") or row.get("agency_id") or row.get("person_id") or "-"
        if not row.get("source_ref") and row.get("day_from") is not None:
            days = [format_day(d) for d in dict.fromkeys((row["day_from"], row.get("day_to") or row["day_from"]))]
            where += " " + "–".join(days)
        parts.append(f"{where}({row.get('role') or 'context'})")
    return separator.join(parts)


FINDINGS_CSV = ("finding_key", "detector", "variant", "severity", "confidence", "date_uncertain", "knowledge_mode",
                "status", "note", "subjects", "summary", "evidence")


def findings_csv(findings: list[dict]) -> str:
    """One row per finding; subjects joined by '; ', evidence as 'source_ref(role); ...'."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FINDINGS_CSV)
    for f in findings:
        values = {**f, "subjects": "; ".join(f["subjects"]), "evidence": evidence_text(f["evidence"]),
                  "date_uncertain": str(f["date_uncertain"]).lower()}
        writer.writerow([values[c] for c in FINDINGS_CSV])
    return buffer.getvalue()


def triaged(console: Console, finding: dict) -> None:
    console.print(f"{finding['finding_key']} ({finding['detector']}): {finding['status']}"
                  + (f" — {finding['note']}" if finding["note"] else ""), highlight=False, markup=False)


def detectors_table(console: Console, detectors: list[dict]) -> None:
    if not detectors:
        console.print("No detectors (cypher/detectors/ holds none).")
        return
    table = Table(show_lines=True)
    for column in ("tier", "id", "title and purpose", "parameters (default)", "evidence"):
        table.add_column(column, overflow="fold")
    for d in detectors:
        params = "\n".join(f"{p['name']} = {p['default']}: {p['meaning']}" for p in d["params"])
        table.add_row(str(d["tier"]), f"{d['id']}\nv{d['version']}", _plain(f"{d['title']}\n{d['purpose']}"),
                      _plain(params), _plain(d["evidence"]))
    console.print(table)


def knowledge_table(console: Console, matrix) -> None:
    """Rows are concern events and decisions, columns agencies; a cell is the first day known and the route."""
    when = f" as known on {format_day(matrix.day)}" if matrix.day is not None else ""
    if not matrix.rows:
        console.print(f"No concern events or decisions{when}.")
        return
    table = Table(title=f"Who knew what{when} ({matrix.mode})", title_justify="left", show_lines=True)
    table.add_column("event", overflow="fold")
    for a in matrix.agencies:
        table.add_column(a["name"], overflow="fold")
    for row in matrix.rows:
        label = [row.get("date_text") or format_day(row["day_from"]), row.get("type") or "",
                 ", ".join(row.get("concerns") or []), row.get("source_ref") or ""]
        cells = [f"{format_day(c['from_day'])}\n{c['route']}" if c else "" for c in
                 (row["cells"].get(a["agency_id"]) for a in matrix.agencies)]
        table.add_row(_plain("\n".join(x for x in label if x)), *cells)
    console.print(table)
    console.print("A blank cell: no record that the agency knew.")


def quality_table(console: Console, listing) -> None:
    """Per agency, the share of rows that leave the outcome, child-seen or date blank or vague."""
    table = Table(title="Data quality: where silence may mean missing data", title_justify="left")
    for column in ("agency", "events", "no outcome", "child seen blank", "uncertain dates", "records"):
        table.add_column(column, overflow="fold")
    for a in listing.agencies:
        shares = a.shares
        table.add_row(_plain(a.name), str(a.events), _share(a.no_outcome, shares["no_outcome"]),
                      _share(a.child_seen_blank, shares["child_seen_blank"], a.about_child),
                      _share(a.uncertain_dates, shares["uncertain_dates"]),
                      _plain("; ".join(a.uncovered) or "whole review period"))
    console.print(table)
    console.print("child seen blank counts rows about a child only; blank means the record does not say.")
    if listing.censored:
        n = len(listing.censored)
        console.print(f"\n{n} check{'s' if n != 1 else ''} could not be completed because the data stops:")
        for f in listing.censored:
            console.print(_plain(f"  {f['detector']} ({f['variant']}): {f['summary']}"))


def _share(n: int, share: float | None, of: int | None = None) -> str:
    if share is None:
        return "-"
    return f"{n} ({share:.0%})" + (f" of {of}" if of is not None else "")


def _plain(text: str) -> Text:
    """Chronology text may hold square brackets; never read them as rich markup."""
    return Text(text or "")
