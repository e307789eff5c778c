"""The rows of one synthetic chronology, and the rules that keep background noise off the
planted findings.

A planted finding is a promise: the detector will raise it on the planted rows. Noise could
break that promise only in a few ways, which are all closed here:
- noise rows never convey, answer or name a planted row, and every noise message that
  carries concerns names the rows it conveys, so the knowledge pass's inferred route never
  reads a noise message as carrying a planted concern;
- each plant declares *mutes*: in a window of days, no noise row may involve certain
  agencies, people, concerns or event types (a receiver that must stay silent, an agency that
  must not hear of a concern through a meeting, a child no one may see);
- no two agencies record a meeting, home visit or CP medical on the same day, so the loader
  never merges a noise row into a planted one.
Plants occupy disjoint spans of days; the social-care episodes of the background (plans,
assessments) are laid out between them, so no background plan is open during a plant.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import cache

from loaders.dates import day_to_date, format_day
from loaders.merge import MERGEABLE_TYPES

HEADER = ["Seq", "Date", "Agency", "Practitioner", "Event type", "People", "Child seen", "Seen alone",
          "Views recorded", "Reported by", "Gestation", "Description", "Action / Outcome", "Shared with",
          "Referred to", "Concerns", "Conveys", "Responds to", "Attended", "Invited", "From area", "To area"]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
UNCERTAIN_DAYS = 7  # "?03/01/2022" reads as a week either side (loaders.dates)
_MERGEABLE = frozenset(MERGEABLE_TYPES)


class Row:
    """One chronology row. `conveys`/`responds` hold Row objects; `seq` is set when written."""

    __slots__ = ("day", "last", "date", "agency", "worker", "type", "people", "seen", "alone", "views",
                 "reporter", "gestation", "text", "outcome", "shared", "referred", "concerns", "conveys",
                 "responds", "attended", "invited", "areas", "key", "seq")

    def __init__(self, day: int, agency: str, worker: str, type_: str, people: tuple[str, ...], text: str,
                 outcome: str = "", *, seen: str = "", alone: str = "", views: str = "", reporter: str = "",
                 gestation: str = "", shared: tuple[str, ...] = (), referred: tuple[str, ...] = (),
                 concerns: tuple[str, ...] = (), conveys: tuple[Row, ...] = (), responds: tuple[Row, ...] = (),
                 attended: tuple[str, ...] = (), invited: tuple[str, ...] = (), areas: tuple[str, str] = ("", ""),
                 last: int | None = None, date: str | None = None):
        self.day, self.last = day, day if last is None else last
        self.date = date or day_text(day)
        self.agency, self.worker, self.type, self.people, self.text, self.outcome = agency, worker, type_, people, text, outcome
        self.seen, self.alone, self.views, self.reporter, self.gestation = seen, alone, views, reporter, gestation
        self.shared, self.referred, self.concerns, self.conveys, self.responds = shared, referred, concerns, conveys, responds
        self.attended, self.invited, self.areas = attended, invited, areas
        self.key = self.seq = 0

    def agencies(self) -> set[str]:
        return {self.agency, *self.shared, *self.referred, *self.attended, *self.invited}

    def cells(self) -> list[str]:
        return [str(self.seq), self.date, self.agency, self.worker, self.type, "; ".join(self.people), self.seen,
                self.alone, self.views, self.reporter, self.gestation, self.text, self.outcome,
                "; ".join(self.shared), "; ".join(self.referred), "; ".join(self.concerns),
                "; ".join([str(r.seq) for r in self.conveys]) if self.conveys else "",
                "; ".join([str(r.seq) for r in self.responds]) if self.responds else "",
                "; ".join(self.attended), "; ".join(self.invited), *self.areas]


@dataclass(frozen=True)
class Mute:
    """No noise row in [first, last] that involves these agencies, is about these people, carries
    these concerns and has one of these types (a criterion left as None matches every row)."""

    first: int
    last: int
    agencies: frozenset[str] | None = None
    people: frozenset[str] | None = None
    concerns: frozenset[str] | None = None
    types: frozenset[str] | None = None

    @property
    def everything(self) -> bool:
        return self.agencies is None and self.people is None and self.concerns is None and self.types is None

    def blocks(self, row: Row) -> bool:
        return ((self.types is None or row.type in self.types)
                and (self.people is None or not self.people.isdisjoint(row.people))
                and (self.concerns is None or not self.concerns.isdisjoint(row.concerns))
                and (self.agencies is None or not self.agencies.isdisjoint(row.agencies())))


class Chronicle:
    """Collects rows; planted rows are added as they are, noise rows are offered and refused
    when a mute or a same-day merge would spoil a planted finding."""

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end
        self.rows: list[Row] = []
        self.mutes: dict[int, list[Mute]] = {}
        self.merge_keys: dict[tuple[int, int, str], str] = {}

    def add(self, row: Row) -> Row:
        row.key = len(self.rows)
        self.rows.append(row)
        if row.type in _MERGEABLE:
            self.merge_keys[(row.day, row.last, row.type)] = row.agency
        return row

    def offer(self, *rows: Row) -> bool:
        """Add noise rows, all or none."""
        taken = {}
        for row in rows:
            if row.type in _MERGEABLE:
                key = (row.day, row.last, row.type)
                if self.merge_keys.get(key, row.agency) != row.agency or taken.get(key, row.agency) != row.agency:
                    return False
                taken[key] = row.agency
            if self.mutes and self._muted(row):
                return False
        for row in rows:
            self.add(row)
        return True

    def _muted(self, row: Row) -> bool:
        if row.last == row.day:
            return any(m.blocks(row) for m in self.mutes.get(row.day, ()))
        return any(m.blocks(row) for d in range(row.day, row.last + 1) for m in self.mutes.get(d, ()))

    def mute(self, first: int, last: int, *, agencies=None, people=None, concerns=None, types=None) -> None:
        m = Mute(first, last, *(None if v is None else frozenset(v) for v in (agencies, people, concerns, types)))
        for d in range(first, last + 1):
            self.mutes.setdefault(d, []).append(m)

    def muted_for_all(self, day: int) -> bool:
        return any(m.everything for m in self.mutes.get(day, ()))

    def sorted_rows(self) -> list[Row]:
        """Rows in date order (same day: in the order they were made), numbered from 1."""
        ordered = sorted(self.rows, key=lambda r: (r.day, r.key))
        for seq, row in enumerate(ordered, 1):
            row.seq = seq
        return ordered


@cache
def day_text(day: int) -> str:
    return format_day(day)


def month_of(day: int) -> tuple[int, int, str]:
    """The first and last day of `day`'s month, and how a chronology writes the month alone."""
    d = day_to_date(day)
    first = day - d.day + 1
    return first, first + calendar.monthrange(d.year, d.month)[1] - 1, f"{MONTHS[d.month - 1]} {d.year}"


def uncertain(day: int) -> tuple[int, int, str]:
    return day - UNCERTAIN_DAYS, day + UNCERTAIN_DAYS, "?" + day_text(day)
