"""Merging agencies' chronologies: one meeting recorded twice becomes one Event.

When two agencies record the same meeting or joint visit, the graph must show one event
that both agencies RECORDED: that is how Jigsaw knows both knew. Only an exact match is
merged (same day range, same meeting or visit type, overlapping people, different
agencies); anything close but not exact is listed for a reviewer, never merged silently.
"""

from __future__ import annotations

from graph.model import MEETING_TYPES
from loaders.case import Event

MERGEABLE_TYPES = (*MEETING_TYPES, "home_visit", "cp_medical")
NEAR_DAYS = 2


def merge_duplicates(events: list[Event]) -> tuple[list[Event], list[str], list[str]]:
    """Return (events in chronological order, merges made, near-duplicates for review)."""
    kept: list[Event] = []
    replaced: dict[str, str] = {}
    merges: list[str] = []
    index: dict[tuple[int, int, str], list[Event]] = {}
    for event in sorted(events, key=_order):
        twin = next((k for k in index.get((event.day_from, event.day_to, event.type), [])
                     if _same_occasion(k, event)), None)
        if twin is None:
            kept.append(event)
            index.setdefault((event.day_from, event.day_to, event.type), []).append(event)
            continue
        _absorb(twin, event)
        replaced[event.event_id] = twin.event_id
        merges.append(f"{twin.source_ref.split('; ')[0]} and {event.source_ref}: one {event.type.replace('_', ' ')}")
    for event in kept:
        event.conveys = _redirect(event.conveys, replaced)
        event.responds_to = _redirect(event.responds_to, replaced)
    return kept, merges, _near_duplicates(kept)


def _order(event: Event) -> tuple:
    seq = int(event.seq) if event.seq.isdigit() else 0
    return event.day_from, event.day_to, seq, event.source_ref


def _same_occasion(a: Event, b: Event) -> bool:
    return (a.type in MERGEABLE_TYPES and not set(a.agency_ids) & set(b.agency_ids)
            and bool(set(a.about) & set(b.about)))


def _absorb(keep: Event, other: Event) -> None:
    keep.agency_ids = _union(keep.agency_ids, other.agency_ids)
    keep.source_ref = f"{keep.source_ref}; {other.source_ref}"
    keep.description = f"{keep.description}\n[also recorded] {other.description}"
    keep.outcome = "\n".join(o for o in (keep.outcome, other.outcome) if o)
    keep.concerns = _union(keep.concerns, other.concerns)
    keep.tag_evidence = _union(keep.tag_evidence, other.tag_evidence)
    for name in ("practitioner_ids", "about", "saw", "shared_with", "referred_to", "invited", "attended",
                 "responds_to", "conveys"):
        setattr(keep, name, _union(getattr(keep, name), getattr(other, name)))
    keep.child_seen = _either(keep.child_seen, other.child_seen)
    keep.seen_alone = _either(keep.seen_alone, other.seen_alone)
    keep.child_views = _either(keep.child_views, other.child_views)
    keep.reporter_role = keep.reporter_role or other.reporter_role
    keep.gestation_weeks = keep.gestation_weeks or other.gestation_weeks
    keep.extra = {**other.extra, **keep.extra}


def _near_duplicates(events: list[Event]) -> list[str]:
    found = []
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if b.day_from - a.day_to > NEAR_DAYS:
                break
            if (a.type == b.type and a.type in MERGEABLE_TYPES and not set(a.agency_ids) & set(b.agency_ids)
                    and set(a.about) & set(b.about)):
                found.append(f"{a.source_ref} and {b.source_ref}: two {a.type.replace('_', ' ')} records "
                             f"within {NEAR_DAYS} days; check whether they are the same occasion")
    return found


def _union(a: list, b: list) -> list:
    return list(dict.fromkeys([*a, *b]))


def _either(a: bool | None, b: bool | None) -> bool | None:
    return True if True in (a, b) else (False if False in (a, b) else None)


def _redirect(ids: list[str], replaced: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(replaced.get(i, i) for i in ids))
