"""The case file (`case.yaml` or a workbook's `Case` sheet): title, review period, subjects
and what each agency's chronology covers.

Knowing where an agency's records stop is what lets a detector tell "no action" from
"no data" (DETECTORS.md §0.2, censoring), so agency periods are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from loaders.dates import DateError, parse_date
from loaders.tables import RawRow


class CaseFileError(ValueError):
    pass


@dataclass
class AgencyFacts:
    name: str
    sector: str | None = None
    area: str | None = None
    records_from_day: int | None = None
    records_to_day: int | None = None


@dataclass
class CaseFacts:
    case_id: str | None = None
    title: str = ""
    period_from: int | None = None
    period_to: int | None = None
    data_end_day: int | None = None
    subject_ids: list[str] = field(default_factory=list)
    agencies: list[AgencyFacts] = field(default_factory=list)


def read_case_yaml(path: Path) -> CaseFacts:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise CaseFileError(f"{path.name}: not a readable case file ({str(e).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise CaseFileError(f"{path.name}: expected fields such as case_id, title, review_period")
    period = data.get("review_period") or {}
    facts = CaseFacts(
        case_id=_text(data.get("case_id")) or None,
        title=_text(data.get("title")),
        period_from=_day(period.get("from"), path.name, first=True),
        period_to=_day(period.get("to"), path.name, first=False),
        data_end_day=_day(data.get("data_end"), path.name, first=False),
        subject_ids=[_text(s) for s in _as_list(data.get("subjects"))],
    )
    for item in data.get("agencies") or []:
        facts.agencies.append(AgencyFacts(
            name=_text(item.get("name")), sector=_text(item.get("sector")) or None,
            area=_text(item.get("area")) or None,
            records_from_day=_day(item.get("records_from"), path.name, first=True),
            records_to_day=_day(item.get("records_to"), path.name, first=False),
        ))
    return facts


def read_case_sheet(rows: list[RawRow], where: str) -> CaseFacts:
    """A two-column `field | value` sheet; `records <agency>` rows give an agency's period."""
    values = {str(r.cells[0] or "").strip().lower(): r.cells[1] if len(r.cells) > 1 else None for r in rows}
    facts = CaseFacts(
        case_id=_text(values.get("case_id")) or None,
        title=_text(values.get("title")),
        period_from=_day(values.get("review_from"), where, first=True),
        period_to=_day(values.get("review_to"), where, first=False),
        data_end_day=_day(values.get("data_end"), where, first=False),
        subject_ids=[s.strip() for s in re.split(r"[;,]", _text(values.get("subjects"))) if s.strip()],
    )
    for row in rows:
        label = str(row.cells[0] or "").strip()
        if label.lower().startswith("records ") and len(row.cells) > 1 and row.cells[1]:
            span = _span(row.cells[1], where)
            facts.agencies.append(AgencyFacts(name=label[len("records "):].strip(),
                                              records_from_day=span.day_from, records_to_day=span.day_to))
    return facts


def _day(value, where: str, first: bool) -> int | None:
    if value in (None, ""):
        return None
    span = _span(value, where)
    return span.day_from if first else span.day_to


def _span(value, where: str):
    try:
        return parse_date(str(value) if isinstance(value, (int, float)) else value)
    except DateError as e:
        raise CaseFileError(f"{where}: {e}") from None


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
