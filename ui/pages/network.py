"""Network: the family, the agencies, who recorded what about whom, and who told whom.

A line from an agency to a person counts the events it recorded about them; an arrow from
one agency to another counts the events it shared with or referred to it. The filters
narrow which events count; "what one agency knew" keeps only the events that agency knew
by a chosen day (the knowledge pass), which shows the picture each agency was working from.
The drawing cannot talk back to the page, so a node's events are chosen below it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import streamlit as st

from graph.knowledge import MODES
from graph.model import EVENT_TYPES
from graph.network import Filters, label
from loaders.dates import day_number, day_to_date, format_day
from ui import network_view, state

case = state.case_id()
hide = state.pseudonymiser(case)
version = state.version(case)
st.header("Network")


events = state.chronology(case)
if not events:
    st.info("This case has no chronology rows yet: load one on the Cases page.")
    st.stop()
names = {a["agency_id"]: a["name"] for a in state.agencies(case)}
first, last = day_to_date(min(e["day_from"] for e in events)), day_to_date(max(e["day_to"] or e["day_from"] for e in events))

dates, knowing, staff = st.columns([3, 1.2, 1], vertical_alignment="center")
if first < last:
    chosen_from, chosen_to = dates.slider("Dates", min_value=first, max_value=last, value=(first, last),
                                          format="DD/MM/YYYY", key="network_dates",
                                          help="Only events in this period count (an event with an uncertain date "
                                               "counts if its range overlaps it).")
else:
    chosen_from = chosen_to = first
only_known = knowing.toggle("What one agency knew", key="network_known",
                            help="Keep only the events one agency knew by a chosen day, as the knowledge pass "
                                 "worked it out: the picture that agency had.")
practitioners = staff.checkbox("Show practitioners", key="network_practitioners",
                               help="Each practitioner named in the chronology, next to their agency.")
left, middle, right = st.columns(3)
chosen_agencies = left.multiselect("Agencies", list(names), format_func=lambda a: hide.text(names[a]),
                                   key="network_agencies", placeholder="All agencies")
chosen_people = middle.multiselect("People", list(hide.people), format_func=hide.label, key="network_people",
                                   placeholder="Everyone")
case_types = [t for t in EVENT_TYPES if any(e["type"] == t for e in events)]
chosen_types = right.multiselect("Event types", case_types, format_func=lambda t: t.replace("_", " "),
                                 key="network_types", placeholder="All event types")
known_by = known_on = None
mode = "lenient"
if only_known:
    left, middle, right = st.columns(3)
    busiest = Counter(a for e in events for a in e["agency_ids"]).most_common(1)[0][0]
    known_by = left.selectbox("Known by", list(names), index=list(names).index(busiest), key="network_known_by",
                              format_func=lambda x: hide.text(names[x]))
    on = middle.date_input("On", value=chosen_to, min_value=first, max_value=last, format="DD/MM/YYYY",
                           key="network_known_on")
    known_on = day_number(on if isinstance(on, date) else chosen_to)
    mode = right.radio("Knowledge", MODES, horizontal=True, key="network_mode",
                       help="lenient: every route, including what was probably shared at meetings and in messages; "
                            "strict: only what the chronology itself evidences.")

filters = Filters(day_from=day_number(chosen_from) if chosen_from > first else None,
                  day_to=day_number(chosen_to) if chosen_to < last else None,
                  agency_ids=tuple(chosen_agencies) or None, person_ids=tuple(chosen_people) or None,
                  types=tuple(chosen_types) or None, known_by=known_by, known_on=known_on, mode=mode)
graph = network_view.graph(case, version, filters, practitioners)
edges = [d for _, _, d in graph.edges(data=True)]
contacts = sum(d["count"] for d in edges if d["kind"] == "contact")
flows = sum(d["count"] for d in edges if d["kind"] == "flow")
shown_agencies = sum(d["kind"] == "agency" for _, d in graph.nodes(data=True))
period = f"{format_day(day_number(chosen_from))} to {format_day(day_number(chosen_to))}"
vantage = f", as {hide.text(names[known_by])} knew it by {format_day(known_on)} ({mode})" if known_by else ""
st.caption(f"{period}{vantage}: {shown_agencies} agencies, {contacts} contacts with the family, "
           f"{flows} events shared or referred between agencies.")
if not contacts and not flows:
    st.info("No events match these filters: widen the dates, or clear the agencies, people or event types.")
network_view.draw(case, version, filters, practitioners, state.names_hidden())
network_view.legend()

st.subheader("Events of one person or agency")
order = {"child": 0, "adult": 1, "household": 2, "agency": 3, "practitioner": 4}
nodes = sorted((n for n, d in graph.nodes(data=True) if d["events"]),
               key=lambda n: (order[graph.nodes[n]["kind"]], label(graph, n, hide)))
node = st.selectbox("Show the events of…", nodes, index=None, key="network_node", placeholder="Choose a person or agency",
                    format_func=lambda n: f"{label(graph, n, hide)} ({len(graph.nodes[n]['events'])} events)")
if node:
    wanted = set(graph.nodes[node]["events"])
    agency = graph.nodes[node].get("agency_id") if graph.nodes[node]["kind"] == "agency" else None

    def how(e: dict) -> str:
        if agency is None:
            return ""
        return "recorded it" if agency in e["agency_ids"] else "referred to it" if agency in e["referred_to"] else "shared with it"

    table = [{"date": e["date_text"] or format_day(e["day_from"]), "agency": hide.text(", ".join(e["agencies"])),
              **({"how": how(e)} if agency else {}), "type": e["type"].replace("_", " "),
              "about": ", ".join(hide.label(p) for p in e["about"]), "what": hide.text(e["description"]),
              "outcome": hide.text(e["outcome"]), "row": e["source_ref"]}
             for e in events if e["event_id"] in wanted]
    st.caption(f"{len(table)} events, in time order, with the filters above.")
    st.dataframe(table, hide_index=True, width="stretch")
