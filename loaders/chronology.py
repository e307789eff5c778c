"""Chronology rows into Events: one row read, checked, tagged and linked at a time.

A row is rejected (with its file, row and reason) only when it cannot be placed in time or
says nothing: no usable date, or no description. Everything else loads, with warnings for
what had to be guessed. Tags the loader infers keep the words that produced them.
"""

from __future__ import annotations

import hashlib
import re
from functools import partial
from dataclasses import dataclass, field
from datetime import date, datetime

from graph.model import DEFAULT_EVENT_TYPE
from loaders.agencies import AgencyBook, slug
from loaders.case import Event, Practitioner, Rejected
from loaders.columns import ColumnMap
from loaders.dates import DateError, parse_date
from loaders.lexicon import (child_views_from_text, concerns_from_column, event_type_from_column, infer_concerns,
                             infer_event_type, person_mentions, referral_target_sector, seen_alone_from_text)
from loaders.people import PeopleIndex
from loaders.tables import RawRow

YES = {"y", "yes", "true", "seen", "1", "✓"}
NO = {"n", "no", "false", "not seen", "0", "x"}
_LIST_SPLIT = re.compile(r"\s*[;\n]\s*|\s*,\s*(?![^()]*\))")


@dataclass
class RowRecord:
    """A row that passed the checks, with names not yet resolved to agencies."""

    event: Event
    table_key: str
    agency_name: str
    shared_names: list[str] = field(default_factory=list)
    referred_names: list[str] = field(default_factory=list)
    attended_names: list[str] = field(default_factory=list)
    invited_names: list[str] = field(default_factory=list)
    practitioner: str = ""
    referred_sector: tuple[str, str] | None = None  # (sector, words) when the text names the recipient
    conveys_seqs: list[str] = field(default_factory=list)
    responds_seqs: list[str] = field(default_factory=list)


@dataclass
class RowResult:
    records: list[RowRecord] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown_mentions: dict[str, str] = field(default_factory=dict)  # mention -> first row ref
    inferred_tags: int = 0


def event_id(case_id: str, source_ref: str) -> str:
    return "ev-" + hashlib.sha1(f"{case_id}|{source_ref}".encode()).hexdigest()[:12]


def read_rows(case_id: str, file: str, table_key: str, columns: ColumnMap, rows: list[RawRow],
              default_agency: str | None, people: PeopleIndex, agencies: AgencyBook, result: RowResult) -> None:
    """Check and tag each data row; accepted rows become RowRecords in `result`."""
    for row in rows:
        reason = _rejection(partial(_cell, columns, row), columns, row, default_agency)
        if reason:
            result.rejected.append(Rejected(file, row.ref, reason))
            continue
        result.records.append(_record(case_id, table_key, columns, row, default_agency, people, agencies, result))


def _rejection(cell, columns: ColumnMap, row: RawRow, default_agency: str | None) -> str | None:
    raw_date = columns.get(row.cells, "date")
    if raw_date in (None, "") or (isinstance(raw_date, str) and not raw_date.strip()):
        return "missing date"
    try:
        parse_date(raw_date)
    except DateError as e:
        return str(e)
    if not cell("description"):
        return "blank description"
    if not cell("agency") and not default_agency:
        return "no agency: the file has no agency column; give one with --agency"
    return None


def _record(case_id: str, table_key: str, columns: ColumnMap, row: RawRow, default_agency: str | None,
            people: PeopleIndex, agencies: AgencyBook, result: RowResult) -> RowRecord:
    cell = partial(_cell, columns, row)
    when = parse_date(columns.get(row.cells, "date"))
    description, outcome = cell("description"), cell("outcome")
    text = f"{description}\n{outcome}".strip()
    evidence: list[str] = []
    event_type = _event_type(cell("event_type"), text, row.ref, evidence, result)
    concerns = _concerns(cell("concerns"), description, row.ref, evidence, result)
    about = _people(cell("people"), text, row.ref, people, result)
    child_seen, seen_alone = _yes_no(cell("child_seen"), row.ref, result), _yes_no(cell("seen_alone"), row.ref, result)
    child_views = _yes_no(cell("child_views"), row.ref, result)
    seen_children = [p for p in about if people.is_child(p)]
    # A blank cell is read from the words, on a row about a child only ("seen alone" at an
    # antenatal check is the mother).
    if seen_children:
        if not cell("seen_alone") and child_seen is not False:
            seen_alone = _from_text(seen_alone_from_text(text), "seen_alone", evidence, result)
        if not cell("child_views"):
            child_views = _from_text(child_views_from_text(text), "child_views", evidence, result)
    if seen_alone:
        child_seen = True
    if child_seen and not seen_children:
        seen_children = people.subjects()
        about = list(dict.fromkeys(about + seen_children))
    agency_name = cell("agency") or default_agency or ""
    event = Event(
        event_id=event_id(case_id, row.ref), day_from=when.day_from, day_to=when.day_to,
        date_text=cell("date"), precision=when.precision,
        type=event_type, description=description, outcome=outcome, source_ref=row.ref, agency_ids=[],
        time=cell("time"), seq=cell("seq"), child_seen=child_seen, seen_alone=seen_alone,
        child_views=child_views, reporter_role=cell("reporter_role").lower(),
        gestation_weeks=_weeks(cell("gestation_weeks"), row.ref, result),
        concerns=concerns, tag_evidence=evidence, about=about, saw=seen_children if child_seen else [],
        extra={name: _text(row.cells[i]) for name, i in columns.extra.items()
               if i < len(row.cells) and _text(row.cells[i])},
    )
    record = RowRecord(
        event=event, table_key=table_key, agency_name=agency_name,
        shared_names=_names(cell("shared_with")), referred_names=_names(cell("referred_to")),
        attended_names=_names(cell("attended")), invited_names=_names(cell("invited")),
        practitioner=cell("practitioner"),
        conveys_seqs=_names(cell("conveys")), responds_seqs=_names(cell("responds_to")),
    )
    if not record.referred_names:  # "referral to CSC" in the text of any row names its recipient
        target = referral_target_sector(text)
        if target:
            record.referred_sector = (target.value, target.evidence)
            evidence.append(f"referred_to:{target.value} <- '{target.evidence}'")
            result.inferred_tags += 1
    for name in [agency_name, *record.shared_names, *record.referred_names, *record.attended_names,
                 *record.invited_names]:
        agencies.use(name)
    return record


def link_records(records: list[RowRecord], agencies: AgencyBook, warnings: list[str]) -> list[Practitioner]:
    """Resolve agency names, practitioners and seq references once every row has been read."""
    practitioners: dict[str, Practitioner] = {}
    by_seq: dict[tuple[str, str], str] = {}
    global_seq: dict[str, list[str]] = {}
    for r in records:
        if r.event.seq:
            by_seq[(r.table_key, r.event.seq)] = r.event.event_id
            global_seq.setdefault(r.event.seq, []).append(r.event.event_id)
    for r in records:
        e = r.event
        e.agency_ids = [agencies.id_for(r.agency_name)]
        e.shared_with = _ids(r.shared_names, agencies)
        e.referred_to = _ids(r.referred_names, agencies)
        if r.referred_sector:
            e.referred_to = [agencies.for_sector(*r.referred_sector)]
        e.attended = _ids(r.attended_names, agencies)
        e.invited = _ids(r.invited_names, agencies)
        if r.practitioner:
            p = _practitioner(r.practitioner, e.agency_ids[0])
            practitioners.setdefault(p.practitioner_id, p)
            e.practitioner_ids = [p.practitioner_id]
        e.conveys = _seq_ids(r.conveys_seqs, r.table_key, by_seq, global_seq, e.source_ref, warnings)
        e.responds_to = _seq_ids(r.responds_seqs, r.table_key, by_seq, global_seq, e.source_ref, warnings)
    return list(practitioners.values())


def _event_type(column: str, text: str, ref: str, evidence: list[str], result: RowResult) -> str:
    if column:
        mapped = event_type_from_column(column)
        if mapped:
            return mapped
        result.warnings.append(f"{ref}: event type {column!r} not recognised; inferred from the description")
    tag = infer_event_type(text)
    if tag is None:
        return DEFAULT_EVENT_TYPE
    evidence.append(f"type:{tag.value} <- '{tag.evidence}'")
    result.inferred_tags += 1
    return tag.value


def _concerns(column: str, description: str, ref: str, evidence: list[str], result: RowResult) -> list[str]:
    if column:
        concerns, unknown = concerns_from_column(column)
        if unknown:
            result.warnings.append(f"{ref}: concerns not recognised and kept only in the text: {', '.join(unknown)}")
        return concerns
    tags = infer_concerns(description)
    evidence.extend(f"concern:{t.value} <- '{t.evidence}'" for t in tags)
    result.inferred_tags += len(tags)
    return list(dict.fromkeys(t.value for t in tags))


def _people(column: str, text: str, ref: str, people: PeopleIndex, result: RowResult) -> list[str]:
    ids = []
    for item in _names(column):
        person = people.by_id_or_alias(item)
        if person:
            ids.append(person)
        else:
            result.warnings.append(f"{ref}: people column names {item!r}, who is not in the people sheet")
    ids.extend(people.mentioned(text))
    for mention in person_mentions(text):
        if people.mentioned(mention):
            continue
        by_role = people.by_role(mention)
        if by_role:
            ids.append(by_role)
        elif people.could_be_unknown_adult(mention):
            result.unknown_mentions.setdefault(mention, ref)
    return list(dict.fromkeys(ids))


def _yes_no(value: str, ref: str, result: RowResult) -> bool | None:
    key = value.strip().lower().rstrip(".")
    if not key or key in ("?", "unknown", "n/k", "not known", "not recorded"):
        return None
    if key in YES:
        return True
    if key in NO:
        return False
    result.warnings.append(f"{ref}: {value!r} read as unknown (expected Y, N or blank)")
    return None


def _from_text(found: tuple[bool, str] | None, name: str, evidence: list[str], result: RowResult) -> bool | None:
    """A yes/no the description states in words (the cell was blank), kept with those words."""
    if found is None:
        return None
    value, words = found
    evidence.append(f"{name}:{'yes' if value else 'no'} <- '{words}'")
    result.inferred_tags += 1
    return value


def _weeks(value: str, ref: str, result: RowResult) -> int | None:
    """'12', '12/40', '12+3' and '12 weeks' all mean twelve completed weeks."""
    if not value:
        return None
    match = re.match(r"^\s*(\d{1,2})\b", value)
    if match and 4 <= int(match.group(1)) <= 44:
        return int(match.group(1))
    result.warnings.append(f"{ref}: gestation {value!r} not read (expected weeks, e.g. 12 or 12/40)")
    return None


def _practitioner(text: str, agency_id: str) -> Practitioner:
    match = re.match(r"^\s*([^()]+?)\s*(?:\((.*)\))?\s*$", text)
    code = match.group(1).strip() if match else text.strip()
    role = (match.group(2) or "").strip() if match else ""
    return Practitioner(practitioner_id=f"{agency_id}/{slug(code)}", agency_id=agency_id,
                        role=role or re.sub(r"[\d\s]+$", "", code) or code, code=code)


def _ids(names: list[str], agencies: AgencyBook) -> list[str]:
    return list(dict.fromkeys(agencies.id_for(n) for n in names))


def _seq_ids(seqs: list[str], table_key: str, by_seq: dict, global_seq: dict, ref: str,
             warnings: list[str]) -> list[str]:
    """A seq names a row of the same table first; another table's only if it is unique across the case."""
    found = []
    for seq in seqs:
        elsewhere = global_seq.get(seq, [])
        target = by_seq.get((table_key, seq)) or (elsewhere[0] if len(elsewhere) == 1 else None)
        if target:
            found.append(target)
        else:
            warnings.append(f"{ref}: seq {seq!r} {'is ambiguous' if elsewhere else 'does not exist'}; link not made")
    return found


def _names(value: str) -> list[str]:
    return [n.strip() for n in _LIST_SPLIT.split(value) if n.strip()] if value else []


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _cell(columns: ColumnMap, row: RawRow, name: str) -> str:
    return _text(columns.get(row.cells, name))
