"""The swim-lane timeline as plain data: lanes, marks, date ranges and connectors.

One lane per agency (ordered by sector, as model.SECTORS lists them), one mark per event in
each lane that recorded it. What a mark shows is decided here, so that the figure
(ui/timeline_figure.py) only draws and the choices can be tested without a browser:

- its shape is the kind of event (TYPE_GROUPS), its colour the weight of its most serious
  concern (model.CONCERN_WEIGHTS);
- child seen: recorded true, recorded false, or blank (the record does not say), never
  collapsing blank into "no";
- an uncertain date (day_from < day_to) is a range, drawn as a bar; the mark sits at its middle;
- a referral or a sharing links the recorder's lane to each recipient's lane on the event's day;
- events a finding rests on are highlighted: its evidence rows in every role but "context"
  (background a detector lists beside the rows it rests on: highlighting those too would light
  up nearly every event of a large case), of findings open or accepted (a dismissed finding is
  the panel's "no"); the events in focus (a finding chosen on the Findings page) are emphasised.
"""

from __future__ import annotations

import html
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from graph.catalogue import catalogue
from graph.chronology import chronology
from graph.findings import list_findings
from graph.model import CONCERN_WEIGHTS, DECISION_TYPES, EVENT_TYPES, MEETING_TYPES, SECTORS
from graph.store import Store
from loaders.dates import format_day

# The kinds of event a mark's shape tells apart. Meetings and decisions come from the model's
# groups (a strategy discussion is both; it is drawn as a meeting); "other" takes the rest.
_LISTED = {
    "contact or visit": ("contact", "home_visit", "no_access_visit", "appointment", "missed_appointment",
                         "supervision"),
    "referral or sharing": ("referral", "information_request", "information_shared", "case_transfer"),
    "incident": ("police_callout", "domestic_incident", "ae_attendance", "injury_presentation", "admission",
                 "disclosure", "missing_episode", "serious_incident"),
    "assessment, enquiry or plan": ("assessment_start", "s47_enquiry", "cp_medical", "cp_plan_start",
                                    "cin_plan_start", "step_up", "care_proceedings", "looked_after_start",
                                    "looked_after_end"),
}
_NAMED = {"meeting": MEETING_TYPES, "decision": tuple(t for t in DECISION_TYPES if t not in MEETING_TYPES), **_LISTED}
OTHER = "other"  # births, maternity bookings, moves of home or school, anything else
TYPE_GROUPS: dict[str, tuple[str, ...]] = {
    **_NAMED, OTHER: tuple(t for t in EVENT_TYPES if all(t not in types for types in _NAMED.values()))}
GROUP_OF = {t: group for group, types in TYPE_GROUPS.items() for t in types}

WEIGHTS = ("high", "medium", "low", "none")  # most serious first; "none": no concern tagged
LINK_KINDS = ("referral", "sharing")
HOVER_WIDTH = 80
HOVER_TEXT_CHARS = 400  # the hover is a glance; the full row is in the table below the chart


@dataclass
class Mark:
    """One event in one recorder's lane."""

    event_id: str
    lane: int
    day_from: int
    day_to: int
    group: str
    weight: str
    child_seen: bool | None
    evidence: bool
    focus: bool
    hover: str

    @property
    def day(self) -> int:
        """Where the mark sits: the day, or the middle of an uncertain range."""
        return (self.day_from + self.day_to) // 2

    @property
    def is_range(self) -> bool:
        return self.day_to > self.day_from


@dataclass
class Link:
    """A referral or a sharing: from the recorder's lane to the recipient's, on the event's day."""

    kind: str
    day: int
    from_lane: int
    to_lane: int
    event_id: str
    hover: str


@dataclass
class Timeline:
    lanes: list[dict]  # agency_id, name, sector, records_from_day, records_to_day; lane i is lanes[i]
    marks: list[Mark] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    first_day: int | None = None
    last_day: int | None = None
    focus_days: tuple[int, int] | None = None  # the span of the events in focus, if any are on the timeline


def concern_weight(concerns: list[str]) -> str:
    """The weight of the most serious concern (WEIGHTS order); 'none' when none is tagged."""
    present = {CONCERN_WEIGHTS[c] for c in concerns if c in CONCERN_WEIGHTS}
    return next((w for w in WEIGHTS if w in present), "none")


def lane_order(agencies: list[dict]) -> list[dict]:
    """Agencies by sector (model.SECTORS order, unknown sectors last), then by name."""
    rank = {s: i for i, s in enumerate(SECTORS)}
    return sorted(agencies, key=lambda a: (rank.get(a.get("sector"), len(SECTORS)), a["name"]))


def timeline(store: Store, case_id: str, focus_events: Iterable[str] = (), text: Callable[[str], str] = str,
             label: Callable[[str], str] = str) -> Timeline:
    """The case's timeline from the store; `text` and `label` are the Pseudonymiser's."""
    events, agencies = sources(store, case_id)
    return build_timeline(events, agencies, evidence_for(list_findings(store, case_id)), focus_events, text, label)


def sources(store: Store, case_id: str) -> tuple[list[dict], list[dict]]:
    """What the lanes and marks are made of: chronology() rows and the case's agencies (one lane each)."""
    return chronology(store, case_id), store.named("views/agencies", case_id=case_id)


def evidence_for(findings: list[dict]) -> dict[str, list[str]]:
    """event_id -> the titles of the detectors whose open or accepted findings rest on it (not as context)."""
    titles = {d.id: d.title for d in catalogue()}
    cited: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if f["status"] == "dismissed":
            continue
        title = titles.get(f["detector"], f["detector"])
        for event_id in dict.fromkeys(r["event_id"] for r in f["evidence"]
                                      if r.get("event_id") and r.get("role") != "context"):
            if title not in cited[event_id]:
                cited[event_id].append(title)
    return dict(cited)


def build_timeline(events: list[dict], agencies: list[dict], evidence: dict[str, list[str]] | None = None,
                   focus_events: Iterable[str] = (), text: Callable[[str], str] = str,
                   label: Callable[[str], str] = str) -> Timeline:
    """Lanes, marks and connectors from chronology() rows and views/agencies rows."""
    evidence = evidence or {}
    lanes = lane_order(agencies)
    lane_of = {a["agency_id"]: i for i, a in enumerate(lanes)}
    names = {a["agency_id"]: a["name"] for a in lanes}
    focus = set(focus_events)
    shown = Timeline(lanes)
    for e in events:
        hover = _hover(e, evidence.get(e["event_id"], []), text, label)
        recorders = [a for a in e["agency_ids"] if a in lane_of]
        for agency_id in recorders:
            shown.marks.append(Mark(e["event_id"], lane_of[agency_id], e["day_from"], e["day_to"],
                                    GROUP_OF.get(e["type"], OTHER), concern_weight(e["concerns"]), e["child_seen"],
                                    e["event_id"] in evidence, e["event_id"] in focus, hover))
        if recorders:
            shown.links += _links(e, lane_of[recorders[0]], lane_of, names)
    days = [d for m in shown.marks for d in (m.day_from, m.day_to)]
    if days:
        shown.first_day, shown.last_day = min(days), max(days)
    focused = [d for m in shown.marks if m.focus for d in (m.day_from, m.day_to)]
    if focused:
        shown.focus_days = (min(focused), max(focused))
    return shown


def _links(e: dict, from_lane: int, lane_of: dict[str, int], names: dict[str, str]) -> list[Link]:
    """Connectors from the first recorder's lane (a merged event's recorders share one day)."""
    links = []
    for kind, recipients in (("referral", e["referred_to"]), ("sharing", e["shared_with"])):
        for agency_id in dict.fromkeys(recipients):
            if agency_id in lane_of and lane_of[agency_id] != from_lane:
                verb = "Referred to" if kind == "referral" else "Shared with"
                hover = (f"<b>{verb} {_escape(names[agency_id])}</b><br>{_escape(e['date_text'] or '')} · "
                         f"{_escape(', '.join(e['agencies']))}<br>{_escape(e['source_ref'] or '')}")
                links.append(Link(kind, e["day_from"], from_lane, lane_of[agency_id], e["event_id"], hover))
    return links


def _hover(e: dict, findings: list[str], text: Callable[[str], str], label: Callable[[str], str]) -> str:
    """Date, agency, type, concerns, people, the chronology text and source_ref, as plotly hover HTML."""
    date = e["date_text"] or format_day(e["day_from"])
    if e["day_to"] > e["day_from"]:
        date += f" (between {format_day(e['day_from'])} and {format_day(e['day_to'])})"
    seen = {True: "child seen", False: "child not seen", None: "child seen: not recorded"}[e["child_seen"]]
    lines = [f"<b>{_escape(date)}</b> · {_escape(', '.join(e['agencies']))}",
             _escape(f"{e['type'].replace('_', ' ')} · {seen}")]
    if e["concerns"]:
        lines.append(_escape("concerns: " + ", ".join(c.replace("_", " ") for c in e["concerns"])))
    if e["about"]:
        lines.append(_escape("about: " + ", ".join(label(p) for p in e["about"])))
    for part in (e["description"], e["outcome"] and f"Outcome: {e['outcome']}"):
        if part:
            lines += _wrapped(text(part))
    if findings:
        lines += _wrapped("Evidence for: " + "; ".join(findings))
    lines.append(f"<i>{_escape(e['source_ref'] or '')}</i>")
    return "<br>".join(lines)


def _escape(text: str) -> str:
    """Chronology text may hold < and &; plotly reads hover text as HTML."""
    return html.escape(text, quote=False)


def _wrapped(text: str) -> list[str]:
    short = text if len(text) <= HOVER_TEXT_CHARS else text[:HOVER_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
    return [_escape(line) for para in short.splitlines() for line in textwrap.wrap(para, HOVER_WIDTH) or [""]]
