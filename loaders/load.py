"""Load a case from files or folders: the one entry point from input files to a Case.

Every input row ends up either in the Case or in the report's rejected list with its file,
row and reason; whole files that cannot be read are rejected with their reason too. Nothing
here touches a store: the caller writes the Case (atomically) only if it is loadable.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from loaders.agencies import AgencyBook
from loaders.case import Case, FileCount, LoadReport, Rejected
from loaders.casefile import CaseFacts, CaseFileError, read_case_sheet, read_case_yaml
from loaders.chronology import RowResult, link_records, read_rows
from loaders.columns import (HEADER_SEARCH_ROWS, looks_like_case_sheet, looks_like_chronology, looks_like_people,
                             map_columns)
from loaders.merge import merge_duplicates
from loaders.people import PeopleIndex, PeopleSheet, read_people
from loaders.tables import FileError, RawRow, RawTable, read_tables

TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".docx")
CASE_FILES = ("case.yaml", "case.yml")


class NothingLoadable(Exception):
    """No row of any file could be loaded; the report says why."""


@dataclass
class Located:
    """A table with its header row found."""

    table: RawTable
    header: list
    rows: list[RawRow]
    kind: str  # chronology | people | case | unknown

    @property
    def key(self) -> str:
        return f"{self.table.file}#{self.table.part}" if self.table.part else self.table.file


def load_case(paths: list[Path], case_id: str, title: str | None = None,
              agency: str | None = None) -> tuple[Case, LoadReport]:
    started = time.perf_counter()
    report = LoadReport(case_id=case_id)
    files = _expand(paths, report)
    facts = _case_facts(files, report)
    located = _read_all([f for f in files if f.suffix.lower() in TABLE_SUFFIXES], report)
    for table in (t for t in located if t.kind == "case"):
        facts = _merge_facts(facts, read_case_sheet(table.rows, table.key))
    reference_day = facts.period_to or facts.period_from or 20000
    people = _people(located, reference_day, report)
    index = PeopleIndex(people.people, facts.subject_ids)
    agencies = AgencyBook(facts.agencies)
    result = RowResult()
    for table in (t for t in located if t.kind == "chronology"):
        _read_chronology(table, case_id, agency, index, agencies, result, report)
    agencies.resolve()
    practitioners = link_records(result.records, agencies, report.warnings)
    events, merges, near = merge_duplicates([r.event for r in result.records])
    _finish_report(report, result, agencies, merges, near)
    case = Case(
        case_id=case_id, title=title or facts.title or case_id, period_from=facts.period_from,
        period_to=facts.period_to, data_end_day=facts.data_end_day, subject_ids=index.subject_ids,
        people=people.people, households=people.households, agencies=agencies.agencies(),
        practitioners=practitioners, events=events, relations=people.relations,
    )
    report.seconds = round(time.perf_counter() - started, 3)
    if not events:
        raise NothingLoadable(report)
    return case, report


def _read_chronology(table: Located, case_id: str, agency: str | None, index: PeopleIndex, agencies: AgencyBook,
                     result: RowResult, report: LoadReport) -> None:
    columns = map_columns(table.header)
    report.warnings.extend(f"{table.key}: {w}" for w in columns.warnings)
    default_agency = None
    if "agency" not in columns.fields:
        default_agency = agency or _agency_from_name(table)
        report.warnings.append(f"{table.key}: no agency column; every row recorded as {default_agency!r}"
                               f" ({'from --agency' if agency else 'from the file name'})")
    if not table.rows:
        report.rejected.append(Rejected(table.table.file, "-", f"{table.key}: the file has no rows below the header"))
    before = (len(result.records), len(result.rejected))
    read_rows(case_id, table.table.file, table.key, columns, table.rows, default_agency, index, agencies, result)
    _count(report, table, "chronology", len(result.records) - before[0], len(result.rejected) - before[1])


def _expand(paths: list[Path], report: LoadReport) -> list[Path]:
    """Folders contribute the files directly inside them (not sub-folders)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and _wanted(p)))
        elif path.is_file():
            files.append(path)
        else:
            report.rejected.append(Rejected(str(path), "-", "no such file or folder"))
    return files


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES or path.name.lower() in CASE_FILES


def _case_facts(files: list[Path], report: LoadReport) -> CaseFacts:
    facts = CaseFacts()
    for path in (f for f in files if f.name.lower() in CASE_FILES or f.suffix.lower() in (".yaml", ".yml")):
        try:
            facts = _merge_facts(facts, read_case_yaml(path))
        except CaseFileError as e:
            report.rejected.append(Rejected(path.name, "-", str(e)))
        report.files.append(FileCount(path.name, 1, 1, 0, kind="case"))
    return facts


def _merge_facts(a: CaseFacts, b: CaseFacts) -> CaseFacts:
    return CaseFacts(
        case_id=a.case_id or b.case_id, title=a.title or b.title,
        period_from=a.period_from or b.period_from, period_to=a.period_to or b.period_to,
        data_end_day=a.data_end_day or b.data_end_day, subject_ids=a.subject_ids or b.subject_ids,
        agencies=[*a.agencies, *b.agencies],
    )


def _read_all(files: list[Path], report: LoadReport) -> list[Located]:
    located = []
    for path in files:
        try:
            tables = read_tables(path)
        except FileError as e:
            report.rejected.append(Rejected(path.name, "-", str(e)))
            report.files.append(FileCount(path.name, kind="unreadable"))
            continue
        for table in tables:
            report.warnings.extend(table.warnings)
            found = _locate(table)
            if found.kind == "unknown":
                _unrecognised(found, path, report)
            else:
                located.append(found)
    return located


def _locate(table: RawTable) -> Located:
    """The header is the first of the top rows that reads as a chronology, people or case header."""
    for i, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        for kind, test in (("chronology", looks_like_chronology), ("people", looks_like_people),
                           ("case", looks_like_case_sheet)):
            if test(row.cells):
                body = [r for r in table.rows[i + 1:] if any(_filled(c) for c in r.cells)]
                return Located(table, row.cells, body, kind)
    return Located(table, [], [r for r in table.rows if any(_filled(c) for c in r.cells)], "unknown")


def _unrecognised(found: Located, path: Path, report: LoadReport) -> None:
    """A CSV that is not a chronology loses its rows, so they are rejected; an extra sheet or
    Word layout table is only mentioned, since workbooks and documents carry other tables."""
    if found.table.part is None:
        reason = ("no chronology header found: need at least Date and Description columns"
                  if found.rows else "the file has no rows below the header")
        report.rejected.extend(Rejected(found.table.file, r.ref, reason) for r in found.rows[1:])
        if not found.rows[1:]:
            report.rejected.append(Rejected(found.table.file, "-", reason))
        _count(report, found, "chronology", 0, max(len(found.rows) - 1, 0))
    else:
        report.warnings.append(f"{found.key}: not a chronology, people or case table; {len(found.rows)} rows skipped")


def _people(located: list[Located], reference_day: int, report: LoadReport) -> PeopleSheet:
    combined = PeopleSheet()
    for table in (t for t in located if t.kind == "people"):
        sheet = read_people(table.header, table.rows, reference_day)
        combined.people.extend(sheet.people)
        combined.households.extend(h for h in sheet.households if h not in combined.households)
        combined.relations.extend(sheet.relations)
        report.warnings.extend(sheet.warnings)
        report.rejected.extend(Rejected(table.table.file, ref, reason) for ref, reason in sheet.problems)
        _count(report, table, "people", sheet.loaded_rows, len(sheet.problems))
    return combined


def _agency_from_name(table: Located) -> str:
    return Path(table.table.file).stem.replace("_", " ").replace("-", " ").strip()


def _count(report: LoadReport, table: Located, kind: str, loaded: int, rejected: int) -> None:
    report.files.append(FileCount(table.key, loaded + rejected, loaded, rejected, kind=kind))


def _finish_report(report: LoadReport, result: RowResult, agencies: AgencyBook, merges: list[str],
                   near: list[str]) -> None:
    report.rejected.extend(result.rejected)
    report.warnings.extend(result.warnings)
    report.warnings.extend(f"agency names read as one agency: {m}" for m in agencies.merged)
    report.unknown_agencies = sorted(agencies.unknown)
    report.unknown_people = [f"{mention!r} ({ref})" for mention, ref in result.unknown_mentions.items()]
    report.merged_events = merges
    report.near_duplicates = near
    report.inferred_tags = result.inferred_tags


def _filled(cell) -> bool:
    return cell is not None and str(cell).strip() != ""
