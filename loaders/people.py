"""The people sheet: who is who, how they are related, and how chronologies name them.

Chronologies rarely use ids; they say "mum", "Ms K" or "baby". The aliases given here are
how rows are linked to people, so the sheet is also the list the names-hidden mode and
the pseudonymised export work from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from graph.model import ADULT_ROLES, CHILD_ROLES, MEMBER_OF, PARENT_OF, PARTNER_OF, SIBLING_OF
from loaders.case import Household, Person, Relation
from loaders.columns import PEOPLE_SYNONYMS, map_columns
from loaders.dates import DateError, parse_date
from loaders.tables import RawRow

ADULT_AGE_DAYS = 18 * 365 + 4
ROLE_SYNONYMS = {
    "mum": "mother", "mam": "mother", "mom": "mother", "dad": "father", "step dad": "stepfather",
    "step father": "stepfather", "stepdad": "stepfather", "step mother": "stepmother", "step mum": "stepmother",
    "mother s partner": "mothers_partner", "mothers partner": "mothers_partner", "mum s partner": "mothers_partner",
    "boyfriend": "mothers_partner", "father s partner": "fathers_partner", "nan": "grandmother",
    "grandma": "grandmother", "grandad": "grandfather", "brother": "sibling", "sister": "sibling",
    "half brother": "half_sibling", "half sister": "half_sibling", "subject child": "subject", "infant": "baby",
    "mummy": "mother", "daddy": "father", "girlfriend": "fathers_partner", "new partner": "mothers_partner",
    "mum s boyfriend": "mothers_partner", "mum s partner": "mothers_partner", "mother s boyfriend": "mothers_partner",
}
_RELATION_ITEM = re.compile(r"^\s*([^()]+?)\s*(?:\((.*)\))?\s*$")
_FROM_TO = re.compile(r"(?:(?P<kind>[a-z_ ]+?)\s*,?\s*)?(?:from\s+(?P<from>.+?))?\s*(?:to\s+(?P<to>.+))?$", re.I)


@dataclass
class PeopleSheet:
    people: list[Person] = field(default_factory=list)
    households: list[Household] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (row ref, reason) for rejected rows
    warnings: list[str] = field(default_factory=list)
    loaded_rows: int = 0


def normalise_role(text: str) -> str:
    key = re.sub(r"[^a-z]+", " ", text.lower()).strip()
    return ROLE_SYNONYMS.get(key, key.replace(" ", "_"))


def read_people(header: list, rows: list[RawRow], reference_day: int) -> PeopleSheet:
    """Build people from sheet rows; age at `reference_day` decides child/adult for unknown roles."""
    columns = map_columns(header, "people")
    sheet = PeopleSheet(warnings=list(columns.warnings))
    pending: list[tuple[str, str, str, str]] = []  # (ref, relation column, person id, cell)
    households: dict[str, Household] = {}
    for row in rows:
        value = {f: str(columns.get(row.cells, f) or "").strip() for f in PEOPLE_SYNONYMS}.__getitem__
        name = value("name")
        if not name:
            sheet.problems.append((row.ref, "person has no name"))
            continue
        person_id = value("id") or re.sub(r"\W+", "_", name).strip("_")
        dob_day = _dob(value("dob"), row.ref, sheet)
        role = normalise_role(value("role") or "adult")
        person = Person(
            person_id=person_id, display_name=name, role=role,
            is_child=_is_child(role, dob_day, reference_day),
            dob_day=dob_day, sex=value("sex")[:1].upper() or None,
            aliases=_aliases(name, value("aliases")),
            non_mobile=_yes(value("non_mobile")),
        )
        sheet.people.append(person)
        sheet.loaded_rows += 1
        if household := value("household"):
            households.setdefault(household, Household(household))
            sheet.relations.append(Relation(MEMBER_OF, person_id, household))
        for column in ("parent_of", "partner_of", "sibling_of"):
            if cell := value(column):
                pending.append((row.ref, column, person_id, cell))
    sheet.households = list(households.values())
    known = {p.person_id for p in sheet.people}
    for ref, column, person_id, cell in pending:
        sheet.relations.extend(_relations(ref, column, person_id, cell, known, sheet.warnings))
    _name_pseudonyms(sheet.people)
    return sheet


def _dob(text: str, ref: str, sheet: PeopleSheet) -> int | None:
    if not text:
        return None
    try:
        return parse_date(text).day_from
    except DateError as e:
        sheet.warnings.append(f"{ref}: date of birth ignored: {e}")
        return None


def _is_child(role: str, dob_day: int | None, reference_day: int) -> bool:
    if role in CHILD_ROLES:
        return True
    if role in ADULT_ROLES:
        return False
    return dob_day is not None and reference_day - dob_day < ADULT_AGE_DAYS


def _aliases(name: str, cell: str) -> list[str]:
    given = [a.strip() for a in re.split(r"[;\n]", cell) if a.strip()]
    first = name.split()[0] if " " in name else None
    return list(dict.fromkeys([name, *([first] if first else []), *given]))


def _yes(text: str) -> bool | None:
    return {"y": True, "yes": True, "true": True, "n": False, "no": False, "false": False}.get(text.lower())


def _relations(ref: str, column: str, person_id: str, cell: str, known: set[str],
               warnings: list[str]) -> list[Relation]:
    rel_type = {"parent_of": PARENT_OF, "partner_of": PARTNER_OF, "sibling_of": SIBLING_OF}[column]
    found = []
    for item in re.split(r"[;,]", cell):
        match = _RELATION_ITEM.match(item)
        if not match or not match.group(1):
            continue
        other, details = match.group(1).strip(), (match.group(2) or "").strip()
        if other not in known:
            warnings.append(f"{ref}: {column.replace('_', ' ')} names {other!r}, who is not in the people sheet")
            continue
        kind, from_day, to_day = _details(details, ref, warnings)
        if rel_type == PARENT_OF:
            kind = kind or "birth"
        elif rel_type == SIBLING_OF:
            kind = kind or "full"
        found.append(Relation(rel_type, person_id, other, kind, from_day, to_day))
    return found


def _details(text: str, ref: str, warnings: list[str]) -> tuple[str | None, int | None, int | None]:
    match = _FROM_TO.match(text) if text else None
    if not match:
        return None, None, None
    kind = (match.group("kind") or "").strip().replace(" ", "_") or None
    days = []
    for part in ("from", "to"):
        raw = match.group(part)
        try:
            date_range = parse_date(raw) if raw else None
        except DateError as e:
            warnings.append(f"{ref}: relation date ignored: {e}")
            date_range = None
        days.append(None if date_range is None else (date_range.day_from if part == "from" else date_range.day_to))
    return kind, days[0], days[1]


def _name_pseudonyms(people: list[Person]) -> None:
    """'Child 1', 'Child 2' by age; adults by role ('Mother', 'Mother's partner'), numbered if repeated."""
    children = sorted((p for p in people if p.is_child), key=lambda p: (p.dob_day is None, p.dob_day or 0))
    for n, child in enumerate(children, 1):
        child.pseudonym = f"Child {n}"
    adults = [p for p in people if not p.is_child]
    titles = [p.role.replace("_", " ").replace("mothers ", "mother's ").replace("fathers ", "father's ").capitalize()
              for p in adults]
    counts, seen = Counter(titles), Counter()
    for person, title in zip(adults, titles):
        seen[title] += 1
        person.pseudonym = f"{title} {seen[title]}" if counts[title] > 1 else title


class PeopleIndex:
    """Finds people in a row: by id or alias in a People cell, by alias in free text."""

    def __init__(self, people: list[Person], subject_ids: list[str]):
        self.people = {p.person_id: p for p in people}
        self.subject_ids = [s for s in subject_ids if s in self.people]
        self.by_alias: dict[str, list[str]] = {}
        for p in people:
            for alias in p.aliases:
                if len(alias) >= 2:
                    self.by_alias.setdefault(alias.lower(), []).append(p.person_id)
        aliases = sorted(self.by_alias, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, aliases)) + r")(?![\w])", re.I) if aliases else None

    def by_id_or_alias(self, item: str) -> str | None:
        if item in self.people:
            return item
        ids = self.by_alias.get(item.lower(), [])
        return ids[0] if len(ids) == 1 else None

    def mentioned(self, text: str) -> list[str]:
        if not self._pattern or not text:
            return []
        found = (pid for m in self._pattern.finditer(text) for pid in self.by_alias[m.group(1).lower()])
        return list(dict.fromkeys(found))

    def by_role(self, mention: str) -> str | None:
        """'stepfather' or 'mum's boyfriend' names the one person with that role, if there is one."""
        holders = [p.person_id for p in self.people.values() if p.role == normalise_role(mention)]
        return holders[0] if len(holders) == 1 else None

    def could_be_unknown_adult(self, mention: str) -> bool:
        """A titled name or an adult role nobody in the sheet holds may be an adult no agency knew."""
        role = normalise_role(mention)
        return role not in CHILD_ROLES and role not in ("unborn", "daughter", "son")

    def is_child(self, person_id: str) -> bool:
        return self.people[person_id].is_child

    def subjects(self) -> list[str]:
        """The subject children, or the only child when the case file names none."""
        if self.subject_ids:
            return self.subject_ids
        children = [p.person_id for p in self.people.values() if p.is_child]
        return children if len(children) == 1 else []
