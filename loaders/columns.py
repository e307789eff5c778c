"""Chronology, people-sheet and case-sheet headers, matched by meaning rather than spelling.

Agencies head their columns in many ways ("Date of event", "Organisation", "What
happened"). A header is normalised (case, spacing and punctuation removed) and looked up
in the synonym lists below; this table is the documented contract for input files.
Columns that match nothing are kept on the event as extra properties, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CHRONOLOGY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("date", "date of event", "event date", "date of contact", "date/time", "date and time", "when"),
    "time": ("time", "time of event"),
    "seq": ("seq", "seq no", "sequence", "event ref", "ref", "ref no", "no", "entry no", "id", "#"),
    "agency": ("agency", "organisation", "organization", "source of information", "source agency",
               "agency name", "service", "team"),
    "source": ("source", "source document", "record", "record type"),
    "practitioner": ("practitioner", "worker", "role", "staff", "professional", "practitioner role",
                     "staff member", "author"),
    "event_type": ("event type", "type", "type of event", "contact type", "type of contact", "category"),
    "people": ("people", "subject", "persons involved", "people involved", "person", "who", "family members",
               "subjects"),
    "child_seen": ("child seen", "child seen?", "seen", "was the child seen", "child seen y/n"),
    "seen_alone": ("seen alone", "child seen alone", "seen alone?", "child seen alone?"),
    "child_views": ("views recorded", "child's views", "childs views", "views of the child",
                    "wishes and feelings", "wishes and feelings recorded", "voice of the child"),
    "reporter_role": ("reported by", "reporter", "referrer", "concern raised by", "raised by"),
    "gestation_weeks": ("gestation", "gestation weeks", "weeks pregnant", "gestation at booking"),
    "description": ("description", "event", "details", "what happened", "event details",
                    "description of event", "summary", "narrative", "details of event", "information"),
    "outcome": ("action", "outcome", "action taken", "action / outcome", "action/outcome", "outcome/action",
                "actions", "decision", "outcome of contact", "action and outcome"),
    "shared_with": ("shared with", "information shared with", "copied to", "info shared with",
                    "sent to", "notified"),
    "referred_to": ("referred to", "referral to", "referral made to"),
    "concerns": ("concerns", "concern", "concerns identified", "risk", "risks", "safeguarding concerns"),
    "conveys": ("conveys", "conveyed", "carries", "refers to seq", "includes seq"),
    "responds_to": ("responds to", "response to", "in response to", "reply to"),
    "attended": ("attended", "attendees", "present", "agencies present"),
    "invited": ("invited", "invitees", "agencies invited"),
}
REQUIRED = ("date", "description")

PEOPLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "person id", "ref", "code"),
    "name": ("name", "full name", "person"),
    "aliases": ("aliases", "alias", "also known as", "aka", "known as", "other names"),
    "role": ("role", "relationship", "relationship to child", "relation"),
    "dob": ("dob", "date of birth", "d.o.b", "birth date"),
    "sex": ("sex", "gender"),
    "household": ("household", "household id", "address"),
    "parent_of": ("parent of",),
    "partner_of": ("partner of",),
    "sibling_of": ("sibling of",),
    "non_mobile": ("non mobile", "not mobile"),
}


def normalise(header: object) -> str:
    text = str(header or "").lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9#?/]+", " ", text).strip()


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9#]", "", text.lower())


def _lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_key(s): field_name for field_name, words in synonyms.items() for s in words}


_CHRONOLOGY = _lookup(CHRONOLOGY_SYNONYMS)
_PEOPLE = _lookup(PEOPLE_SYNONYMS)


@dataclass
class ColumnMap:
    """Which column holds which field; `extra` keeps every unrecognised column by its name."""

    fields: dict[str, int] = field(default_factory=dict)
    extra: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, cells: list, name: str):
        i = self.fields.get(name)
        return cells[i] if i is not None and i < len(cells) else None


def map_columns(header: list, kind: str = "chronology") -> ColumnMap:
    lookup = _CHRONOLOGY if kind == "chronology" else _PEOPLE
    mapped = ColumnMap()
    for i, cell in enumerate(header):
        label = str(cell or "").strip()
        if not label:
            continue
        name = lookup.get(_key(normalise(label)))
        if name and name not in mapped.fields:
            mapped.fields[name] = i
            continue
        if name:
            mapped.warnings.append(f"duplicate column {label!r}: using the first, kept this one as an extra property")
        mapped.extra[_extra_name(label, mapped.extra)] = i
    return mapped


def _extra_name(label: str, taken: dict[str, int]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "column"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    return name


def looks_like_chronology(header: list) -> bool:
    mapped = map_columns(header)
    return all(f in mapped.fields for f in REQUIRED)


def looks_like_people(header: list) -> bool:
    mapped = map_columns(header, "people")
    return "name" in mapped.fields and "role" in mapped.fields and not looks_like_chronology(header)


def looks_like_case_sheet(header: list) -> bool:
    return [normalise(h) for h in header[:2]] == ["field", "value"]


HEADER_SEARCH_ROWS = 10  # title rows above a table are common in agency submissions
