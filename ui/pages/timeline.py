"""Timeline: every agency's chronology side by side, one lane each, with what passed between them.

Where a referral or a sharing crosses lanes, and where it does not, is what a panel looks
for. A finding chosen on the Findings page ("Show on the timeline") is brought into focus
here: its rows are ringed, the rest dimmed, and the dates zoom to them.
"""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from graph.findings import list_findings
from graph.timeline import build_timeline, evidence_for, sources
from loaders.dates import day_number, day_to_date
from ui import state
from ui.timeline_figure import figure

FOCUS_MARGIN_DAYS = 14

case = state.case_id()
hide = state.pseudonymiser(case)
version = state.version(case)
st.header("Timeline")


@st.cache_data(show_spinner="Reading the chronology…", max_entries=8)
def case_sources(case: str, version: float) -> tuple[list[dict], list[dict]]:
    return sources(state.store(), case)


events, agencies = case_sources(case, version)
findings = list_findings(state.store(), case)  # not cached: triage on the Findings page changes what is highlighted
focus = list(st.session_state.get("focus_events") or [])
shown = build_timeline(events, agencies, evidence_for(findings), focus, hide.text, hide.label)
if not shown.marks:
    st.info("This case has no events recorded by an agency yet. Load a chronology on the Cases page.")
    st.stop()

first = day_to_date(shown.first_day)
last = max(day_to_date(shown.last_day), first + timedelta(days=1))
range_key = f"timeline_range-{case}"
stored = st.session_state.get(range_key)
if not stored or not (first <= stored[0] <= stored[1] <= last):
    st.session_state[range_key] = (first, last)


def clear_focus() -> None:
    for key in ("focus_events", "focus_finding", "timeline_focus"):
        st.session_state.pop(key, None)
    st.session_state[range_key] = (first, last)


if focus:
    key = st.session_state.get("focus_finding")
    finding = next((f for f in findings if f["finding_key"] == key), None)
    about = f"“{hide.text(finding['summary'])}”" if finding else "the chosen finding"
    left, right = st.columns([5, 1])
    if shown.focus_days:
        if st.session_state.get("timeline_focus") != (case, tuple(focus)):
            st.session_state["timeline_focus"] = (case, tuple(focus))
            st.session_state[range_key] = (max(first, day_to_date(shown.focus_days[0] - FOCUS_MARGIN_DAYS)),
                                           min(last, day_to_date(shown.focus_days[1] + FOCUS_MARGIN_DAYS)))
        left.info(f"In focus: the rows that evidence {about}. They are ringed; other events are dimmed.")
    else:
        left.info(f"The rows that evidence {about} are not on this case's timeline.")
    right.button("Clear focus", on_click=clear_focus, key="timeline_clear_focus")

date_from, date_to = st.slider("Dates shown", min_value=first, max_value=last, key=range_key, format="DD/MM/YYYY",
                               help="Drag either end to zoom; you can also drag across the chart.")
drawn = {m.event_id for m in shown.marks}
links = {kind: sum(link.kind == kind for link in shown.links) for kind in ("referral", "sharing")}
rested_on = {m.event_id for m in shown.marks if m.evidence}
st.caption(f"{len(drawn)} events in {len(shown.lanes)} agency lanes; {links['referral']} referrals and "
           f"{links['sharing']} sharings drawn between lanes; {len(rested_on)} events that findings rest on "
           "are haloed. Hover over a mark for the row; click or box-select marks to list them below.")
chart = st.plotly_chart(figure(shown, (day_number(date_from), day_number(date_to))), key="timeline_chart",
                        on_select="rerun", selection_mode=("points", "box"), config={"displaylogo": False})
if len(drawn) < len(events):
    st.caption(f"{len(events) - len(drawn)} events have no recording agency and are not drawn.")

picked = [p["customdata"] for p in chart.selection.points if isinstance(p.get("customdata"), str)] if chart else []
if picked:
    by_id = {e["event_id"]: e for e in events}
    seen = {True: "yes", False: "no", None: ""}
    st.dataframe([{"date": e["date_text"], "agency": ", ".join(e["agencies"]), "type": e["type"].replace("_", " "),
                   "concerns": ", ".join(e["concerns"]), "about": ", ".join(hide.label(p) for p in e["about"]),
                   "description": hide.text(e["description"]), "outcome": hide.text(e["outcome"]),
                   "child seen": seen[e["child_seen"]], "row": e["source_ref"]}
                  for e in (by_id[i] for i in dict.fromkeys(picked) if i in by_id)],
                 hide_index=True, width="stretch")
