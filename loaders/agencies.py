"""Agency names as chronologies write them, resolved to one Agency node per service.

Knowledge is computed per agency node, so "HV" and "Health Visiting" in one case must be
one node, while two different schools must stay two. Names are read as one agency when
they share a sector and one is the other's abbreviation ("Children's Social Care" / "CSC")
or its words are contained in the other's ("Riverside Surgery" / "GP Riverside Surgery").
A case file can list any other spelling explicitly. Unknown names keep sector `other` and
are reported, never dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from graph.model import UNKNOWN_SECTOR
from loaders.case import Agency
from loaders.casefile import AgencyFacts
from loaders.lexicon import sector_for

_STOP = {"the", "of", "and", "service", "services", "team", "dept", "department", "unit", "nhs", "trust"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and")).strip("-") or "unnamed"


class AgencyBook:
    """Collects every agency name used in a case, then gives each its node."""

    def __init__(self, facts: list[AgencyFacts]):
        self.facts = {slug(f.name): f for f in facts}
        self.uses: Counter[str] = Counter()
        self.sector_words: dict[str, str] = {}  # a name found by sector from description text
        self._resolved: dict[str, Agency] = {}
        self.merged: list[str] = []
        self.unknown: list[str] = []

    def use(self, name: str) -> None:
        if name.strip():
            self.uses[name.strip()] += 1

    def resolve(self) -> None:
        names = sorted(set(self.uses) | {f.name for f in self.facts.values()}, key=lambda n: -self.uses[n])
        groups: list[list[str]] = []
        for name in names:
            group = next((g for g in groups if self._same(g[0], name)), None)
            if group is None:
                groups.append([name])
            else:
                group.append(name)
        for group in groups:
            agency = self._agency(group)
            for name in group:
                self._resolved[slug(name)] = agency
            if len(group) > 1:
                self.merged.append(" / ".join(f"'{n}'" for n in group))

    def id_for(self, name: str) -> str:
        return self._resolved[slug(name)].agency_id

    def for_sector(self, sector: str, evidence: str) -> str:
        """The case's agency of `sector` for a recipient named only in text ("referral to CSC"):
        the most used one, or a new agency named for the sector when the case has none."""
        candidates = [a for a in self.agencies() if a.sector == sector]
        if candidates:
            return max(candidates, key=lambda a: self.uses[a.name]).agency_id
        name = f"{sector.replace('_', ' ').capitalize()} (named in the text as '{evidence}')"
        agency = Agency(agency_id=f"ag-{slug(sector)}", name=name, sector=sector)
        self._resolved[slug(name)] = agency
        return agency.agency_id

    def agencies(self) -> list[Agency]:
        return list({a.agency_id: a for a in self._resolved.values()}.values())

    def _same(self, a: str, b: str) -> bool:
        sector_a, sector_b = self._sector(a), self._sector(b)
        if sector_a != sector_b or sector_a in (None, UNKNOWN_SECTOR):
            return slug(a) == slug(b)
        words_a, words_b = _words(a), _words(b)
        contained = bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)
        return contained or _abbreviates(a, b) or _abbreviates(b, a)

    def _sector(self, name: str) -> str | None:
        fact = self.facts.get(slug(name))
        return (fact.sector if fact and fact.sector else None) or sector_for(name)

    def _agency(self, group: list[str]) -> Agency:
        name = group[0]
        facts = [self.facts[slug(n)] for n in group if slug(n) in self.facts]
        sector = self._sector(name)
        if sector is None:
            self.unknown.append(name)
        fact = facts[0] if facts else AgencyFacts(name)
        return Agency(agency_id=f"ag-{slug(name)}", name=name, sector=sector or UNKNOWN_SECTOR,
                      area=fact.area, records_from_day=fact.records_from_day, records_to_day=fact.records_to_day)


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9&]+", name.lower().replace("'", "")) if w not in _STOP}


def _abbreviates(short: str, long: str) -> bool:
    letters = re.sub(r"[^a-z]", "", short.lower())
    words = [w for w in re.findall(r"[a-z]+", long.lower().replace("'s", "")) if w not in _STOP]
    return 2 <= len(letters) <= 5 and len(words) >= 2 and letters == "".join(w[0] for w in words)
