"""Names out, pseudonyms in: the one place that knows how to hide who a case is about.

The app's names-hidden mode and the pseudonymised exports both go through `Pseudonymiser`,
so that what a trainer projects and what a review author sends out hide the same things.
Free text is where names leak: chronologies write "Kayleigh's partner", "Ms K", "KL", "nan",
so every name, alias, first name, surname and initials pair from the people sheet is
replaced, case-insensitively and whole-word, longest first ("Kayleigh Lark" before "Lark").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.store import Store

MIN_TERM = 2  # single letters are initials inside words ("a", "I"): never replaced alone
# Two-letter initials that chronologies use as job titles: "PC 2290" is a police constable, not
# Paula Cole. A person's initials are only replaced when they are not one of these.
ROLE_ABBREVIATIONS = frozenset({
    "AE", "CP", "DA", "DC", "DI", "DO", "DS", "DV", "ED", "GP", "HO", "HV", "IO", "MH", "MW", "NP", "OT",
    "PC", "PN", "PO", "RN", "SN", "SW", "TM", "YO",
})
SURNAME = "[family name]"


@dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    pseudonym: str
    role: str
    aliases: tuple[str, ...]
    dob_day: int | None
    is_child: bool


class Pseudonymiser:
    """Labels people and scrubs text, showing names only when asked to."""

    def __init__(self, people: list[Person], hide: bool = True):
        self.people = {p.person_id: p for p in people}
        self.hide = hide
        terms = _terms(people)
        self._pattern = (re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
                                    + r")(?![\w])", re.IGNORECASE) if terms else None)
        self._replacement = terms

    @classmethod
    def for_case(cls, store: Store, case_id: str, hide: bool = True) -> "Pseudonymiser":
        rows = store.named("views/people", case_id=case_id)
        return cls([Person(r["person_id"], r["name"] or "", r["pseudonym"] or r["person_id"], r["role"] or "",
                           tuple(r["aliases"]), r["dob_day"], bool(r["is_child"])) for r in rows], hide)

    def label(self, person_id: str) -> str:
        """'Mother' or 'Child 1' when names are hidden; 'Kayleigh Lark (Mother)' when shown."""
        person = self.people.get(person_id)
        if person is None:
            return person_id
        if self.hide or not person.name:
            return person.pseudonym
        return f"{person.name} ({person.pseudonym})"

    def text(self, text: str | None) -> str:
        """The text with every name and alias from the people sheet replaced (when hiding)."""
        if not text or not self.hide or self._pattern is None:
            return text or ""
        return self._pattern.sub(lambda m: self._replacement[m.group(1).lower()], text)


def _terms(people: list[Person]) -> dict[str, str]:
    """Every way the people sheet names someone, mapped to what replaces it.

    A term that names two people ("Lark" as an alias of both parents) cannot say who is
    meant, so it becomes the neutral SURNAME, as does every surname not already a term.
    """
    owners: dict[str, dict[str, str]] = {}
    surnames: set[str] = set()
    for p in people:
        words = p.name.split()
        names = {p.name, *p.aliases, *words[:1]}
        if len(words) >= 2:
            initials = "".join(w[0] for w in words).upper()
            names |= {".".join(initials) + "."} | ({initials} - ROLE_ABBREVIATIONS)
            surnames |= set(words[1:])
        for n in (n.strip() for n in names):
            if len(n) >= MIN_TERM:
                owners.setdefault(n.lower(), {})[p.person_id] = p.pseudonym
    terms = {t: next(iter(o.values())) if len(o) == 1 else SURNAME for t, o in owners.items()}
    terms.update({s.lower(): SURNAME for s in surnames if len(s) >= MIN_TERM and s.lower() not in terms})
    return terms
