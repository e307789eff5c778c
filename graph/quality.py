"""The data-quality listing: where silence in a case may mean missing data, not missing practice.

Detectors read absence as a finding ("no record that…"), so a panel needs to see, per
agency, how often its chronology leaves the outcome, the child-seen column or the date
blank or vague, which parts of the review period its records do not cover, and which
checks could not be completed because the data stops (the censored findings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.findings import list_findings
from graph.store import Store
from loaders.dates import format_day


@dataclass
class AgencyQuality:
    agency_id: str
    name: str
    sector: str
    events: int
    no_outcome: int
    about_child: int
    child_seen_blank: int
    uncertain_dates: int
    uncovered: list[str] = field(default_factory=list)  # parts of the review period with no records

    @property
    def shares(self) -> dict[str, float | None]:
        """Each count as a share of the rows it could apply to (None when there are none)."""
        def share(n: int, of: int) -> float | None:
            return round(n / of, 3) if of else None
        return {"no_outcome": share(self.no_outcome, self.events),
                "child_seen_blank": share(self.child_seen_blank, self.about_child),
                "uncertain_dates": share(self.uncertain_dates, self.events)}


@dataclass
class Quality:
    case_id: str
    agencies: list[AgencyQuality]
    censored: list[dict[str, Any]]  # stored findings whose window runs past the data

    def as_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id,
                "agencies": [{**vars(a), "shares": a.shares} for a in self.agencies],
                "censored": [{k: f[k] for k in ("finding_key", "detector", "variant", "summary", "evidence")}
                             for f in self.censored]}


def data_quality(store: Store, case_id: str) -> Quality:
    agencies = [_agency(row) for row in store.named("views/data_quality", case_id=case_id)]
    return Quality(case_id, agencies, list_findings(store, case_id, censored=True))


def _agency(row: dict[str, Any]) -> AgencyQuality:
    counts = {k: row[k] for k in ("agency_id", "name", "sector", "events", "no_outcome", "about_child",
                                  "child_seen_blank", "uncertain_dates")}
    return AgencyQuality(**counts, uncovered=_uncovered(row["period_from"], row["period_to"],
                                                        row["records_from_day"], row["records_to_day"]))


def _uncovered(period_from: int | None, period_to: int | None, records_from: int | None,
               records_to: int | None) -> list[str]:
    """The parts of the review period outside the agency's stated records period."""
    gaps = []
    if records_from is not None and period_from is not None and records_from > period_from:
        gaps.append(f"no records before {format_day(records_from)}")
    if records_to is not None and (period_to is None or records_to < period_to):
        gaps.append(f"no records after {format_day(records_to)}")
    return gaps
