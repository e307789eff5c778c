"""Walk-through (training): the chronology one event at a time, as the agencies lived it.

A trainer steps through the case in time order (or plays it) while the network and a strip
of agency lanes grow with each event. At a decision the walk-through pauses on what each
agency knew by then and what never reached the people deciding: the question a review asks
with hindsight, asked at the moment. Names are hidden here whatever the sidebar says (a
walk-through is projected to a room); the trainer can reveal them on this page. Prompts, a
trainer's questions for the group, are saved with the case and come back at their event.
"""

from __future__ import annotations

import time
from datetime import timedelta

import plotly.graph_objects as go
import streamlit as st

from graph.knowledge import MODES, knowledge_matrix, unknown_to_deciders
from graph.model import DECISION_TYPES
from graph.network import OTHER_COLOUR, SECTOR_COLOUR, Filters
from graph.prompts import delete_prompt, list_prompts, save_prompt
from loaders.dates import day_to_date, format_day
from ui import network_view, state

MARGIN = timedelta(days=20)  # room for the first and last markers of the strip
SPEEDS = {"slow (6 s)": 6.0, "normal (3 s)": 3.0, "fast (1.5 s)": 1.5}

case = state.case_id()
version = state.version(case)
st.header("Walk-through")


@st.cache_data(show_spinner="Working out who knew what…", max_entries=32)
def matrix(case: str, version: float, day: int, mode: str):
    return knowledge_matrix(state.store(), case, day=day, mode=mode)


events = state.chronology(case)
if not events:
    st.info("This case has no chronology rows yet: load one on the Cases page.")
    st.stop()
steps = len(events)
reveal_column, speed_column = st.columns([3, 1])
reveal = reveal_column.toggle("Reveal names", key="walk_reveal", value=False,
                              help="Names stay hidden on this page whatever the sidebar says, as a walk-through is "
                                   "usually shown to a room. Reveal them only if everyone present may see them.")
speed = SPEEDS[speed_column.selectbox("Play speed", list(SPEEDS), index=1, key="walk_speed")]
hide = state.pseudonymiser(case, hide=not reveal)
lanes = state.agencies(case)
lane_names = {a["agency_id"]: hide.text(a["name"]) for a in lanes}
if not 1 <= st.session_state.setdefault("walk_step", 1) <= steps:  # another case was walked before
    st.session_state["walk_step"] = 1
st.session_state.setdefault("walk_playing", False)


def move(by: int) -> None:
    go_to(st.session_state["walk_step"] + by)


def go_to(step: int) -> None:
    st.session_state["walk_step"] = min(max(step, 1), steps)


def pauses_at(step: int) -> bool:
    """Play stops at a decision, and where the trainer left a question for the group."""
    event = events[step - 1]
    return event["type"] in DECISION_TYPES or any(p["event_id"] == event["event_id"] for p in prompts())


def prompts() -> list[dict]:
    return list_prompts(state.store(), case)


def play_on() -> None:
    """One timed step while playing; stop (and drop the timer) at a pause or the end."""
    last = st.session_state.get("walk_last_move", 0.0)
    if time.monotonic() - last < speed * 0.8:
        return
    move(1)
    st.session_state["walk_last_move"] = time.monotonic()
    if st.session_state["walk_step"] == steps or pauses_at(st.session_state["walk_step"]):
        st.session_state["walk_playing"] = False
        st.rerun()


def controls() -> None:
    back, play, forward, slider = st.columns([1.35, 1.1, 1.1, 5.5], vertical_alignment="bottom")
    back.button("Previous", icon=":material/skip_previous:", on_click=move, args=(-1,), key="walk_previous",
                disabled=st.session_state["walk_step"] == 1, width="stretch")
    forward.button("Next", icon=":material/skip_next:", on_click=move, args=(1,), key="walk_next",
                   disabled=st.session_state["walk_step"] == steps, width="stretch")
    playing = st.session_state["walk_playing"]
    if play.button("Pause" if playing else "Play", icon=":material/pause:" if playing else ":material/play_arrow:",
                   key="walk_play", width="stretch"):
        st.session_state["walk_playing"] = not st.session_state["walk_playing"]
        st.session_state["walk_last_move"] = time.monotonic()
        st.rerun()
    slider.slider("Step", 1, steps, key="walk_step", help="Drag to jump to any row of the chronology.")


def current_event(event: dict, step: int) -> None:
    decision = event["type"] in DECISION_TYPES
    with st.container(border=True):
        st.markdown(f"**Step {step} of {steps}** · {event['date_text'] or format_day(event['day_from'])} · "
                    f"{hide.text(', '.join(event['agencies']))} · {event['type'].replace('_', ' ')}"
                    + (" · ⚑ **decision point**" if decision else ""))
        st.write(hide.text(event["description"]))
        if event["outcome"]:
            st.write(f"→ {hide.text(event['outcome'])}")
        about = ", ".join(hide.label(p) for p in event["about"])
        st.caption(" · ".join(x for x in (f"about {about}" if about else "", ", ".join(event["concerns"]).replace("_", " "),
                                          event["source_ref"]) if x))


def knowledge_panel(event: dict) -> None:
    """At a decision: what each agency knew by then, and what never reached the deciders."""
    st.subheader("At this decision: who knew what")
    mode = st.radio("Knowledge", MODES, horizontal=True, key="walk_mode",
                    help="lenient: every route, including what was probably shared at meetings and in messages; "
                         "strict: only what the chronology itself evidences.")
    day = event["day_from"]
    known = matrix(case, version, day, mode)
    decision = next((r for r in known.rows if r["event_id"] == event["event_id"]), None)
    concerns = [r for r in known.rows if r["concerns"] and r["event_id"] != event["event_id"]]
    deciders = set(decision["deciders"] or []) if decision else set(event["agency_ids"])
    st.dataframe([{"agency": lane_names.get(a["agency_id"], a["name"]),
                   "deciding": "⚑ yes" if a["agency_id"] in deciders else "",
                   "earlier concerns known": f"{sum(bool(r['cells'][a['agency_id']]) for r in concerns)} of {len(concerns)}"}
                  for a in known.agencies], hide_index=True, width="stretch")
    missing = unknown_to_deciders(known, decision) if decision else []
    if missing:
        st.warning(f"{len(missing)} earlier concern{'s' if len(missing) != 1 else ''} never reached the people deciding:")
        st.dataframe([{"date": r["date_text"] or format_day(r["day_from"]), "recorded by": hide.text(", ".join(r["recorders"])),
                       "concerns": ", ".join(r["concerns"]).replace("_", " "), "what": hide.text(r["description"]), "row": r["source_ref"],
                       "known to": ", ".join(lane_names.get(a, a) for a, c in r["cells"].items() if c) or "nobody"}
                      for r in missing], hide_index=True, width="stretch")
    elif concerns:
        st.success("Every earlier concern had reached someone deciding.")


def strip(step: int, event: dict) -> None:
    """Agencies' lanes with every event so far, the current one starred."""
    so_far = events[:step]
    x, y, colour, symbol, size, text = [], [], [], [], [], []
    sectors = {a["agency_id"]: a["sector"] for a in lanes}
    for e in so_far:
        for agency in e["agency_ids"]:
            now = e is event
            x.append(day_to_date(e["day_from"]))
            y.append(lane_names.get(agency, agency))
            colour.append(SECTOR_COLOUR.get(sectors.get(agency), OTHER_COLOUR))
            symbol.append("star" if now else "diamond" if e["type"] in DECISION_TYPES else "circle")
            size.append(18 if now else 9)
            text.append(f"{e['date_text']} · {e['type'].replace('_', ' ')}<br>{hide.text(e['description'])[:140]}"
                        f"<br>{e['source_ref']}")
    start, end = day_to_date(events[0]["day_from"]), day_to_date(max(e["day_to"] or e["day_from"] for e in events))
    names = [lane_names[a["agency_id"]] for a in reversed(lanes)]
    figure = go.Figure([
        go.Scatter(x=[start] * len(names), y=names, mode="markers", marker={"opacity": 0}, hoverinfo="skip"),  # every lane
        go.Scatter(x=x, y=y, mode="markers", hovertext=text, hoverinfo="text",
                   marker={"color": colour, "symbol": symbol, "size": size, "line": {"color": "#000000", "width": 1}})])
    figure.update_layout(height=60 + 24 * len(lanes), margin={"l": 10, "r": 10, "t": 10, "b": 30}, showlegend=False,
                         xaxis={"range": [start - MARGIN, end + MARGIN]}, yaxis={"categoryorder": "array", "categoryarray": names})
    st.plotly_chart(figure, width="stretch", key="walk_strip")


def prompts_here(event: dict) -> None:
    here = [p for p in prompts() if p["event_id"] == event["event_id"]]
    st.subheader("Questions for the group")
    for p in here:
        text, remove = st.columns([9, 1], vertical_alignment="center")
        text.info(hide.text(p["text"]), icon="❓")
        if remove.button("Delete", key=f"walk_delete_{p['prompt_id']}"):
            delete_prompt(state.store(), case, p["prompt_id"])
            st.rerun()
    with st.form("walk_prompt_form", clear_on_submit=True):
        text = st.text_area("Add a question at this step", key="walk_prompt_text",
                            placeholder="e.g. What would you have wanted to know before this decision?")
        if st.form_submit_button("Save the question"):
            if text.strip():
                save_prompt(state.store(), case, event, text)
                st.toast("Saved with the case: it will be here at this step next time.")
                st.rerun()
            else:
                st.warning("Write a question first.")


@st.fragment(run_every=speed if st.session_state["walk_playing"] else None)
def walk() -> None:
    if st.session_state["walk_playing"]:
        play_on()
    controls()
    step = st.session_state["walk_step"]
    event = events[step - 1]
    current_event(event, step)
    if event["type"] in DECISION_TYPES:
        knowledge_panel(event)
    strip(step, event)
    graph_column, chronology_column = st.columns([3, 2])
    with graph_column:
        network_view.draw(case, version, Filters(day_to=event["day_from"]), False, not reveal, height=460)
    with chronology_column:
        st.caption(f"The chronology so far ({step} rows, latest first)")
        st.dataframe([{"step": i + 1, "date": e["date_text"], "agency": hide.text(", ".join(e["agencies"])),
                       "type": e["type"].replace("_", " "), "what": hide.text(e["description"]), "row": e["source_ref"]}
                      for i, e in reversed(list(enumerate(events[:step])))],
                     hide_index=True, width="stretch", height=460)
    network_view.legend()
    prompts_here(event)


walk()
with st.expander("Every question in this case"):
    steps_of = {e["event_id"]: i + 1 for i, e in enumerate(events)}
    for p in prompts():
        at = steps_of.get(p["event_id"])
        where = f"Step {at}" if at else f"{p['source_ref']} (no longer in the chronology)"
        st.button(f"{where}: {hide.text(p['text'])}", key=f"walk_goto_{p['prompt_id']}", type="tertiary",
                  on_click=go_to, args=(at or 1,), disabled=at is None)
    st.caption("Each question comes back at its step, and Play pauses there.")
