"""Who knew what: concern events and decisions against agencies, as known on a chosen day.

A blank cell means there is no record that the agency knew. The panel's hindsight control
(T16 L3865): set the day to a decision and see only what each agency could have known then.
"""

from __future__ import annotations

import streamlit as st

from graph.knowledge import MODES, knowledge_matrix, unknown_to_deciders
from loaders.dates import day_number, day_to_date, format_day
from ui import state

ROUTE_WORDS = {"recorded": "recorded it", "took_part": "took part", "received": "was sent it",
               "conveyed": "sent in a message", "inferred": "message (inferred)", "meeting": "put to a meeting",
               "pooled": "shared at a meeting", "responded": "responded to it"}

case = state.case_id()
hide = state.pseudonymiser(case)
st.header("Who knew what, and when")


@st.cache_data(show_spinner="Working out who knew what…", max_entries=16)
def matrix(case: str, version: float, day: int | None, mode: str):
    return knowledge_matrix(state.store(), case, day=day, mode=mode)


version = state.version(case)
full = matrix(case, version, None, "lenient")
if not full.rows:
    st.info("This case has no concern events or decisions yet.")
    st.stop()
first, last = min(r["day_from"] for r in full.rows), max(r["day_to"] or r["day_from"] for r in full.rows)
left, right = st.columns([2, 1])
on = left.date_input("As known on", value=day_to_date(last), min_value=day_to_date(first), max_value=day_to_date(last),
                     format="DD/MM/YYYY", key="knowledge_day")
mode = right.radio("Knowledge", MODES, horizontal=True, key="knowledge_mode",
                   help="lenient: every route, including what was probably shared at meetings and in messages; "
                        "strict: only what the chronology itself evidences.")
day = day_number(on)
shown = matrix(case, version, day, mode)
names = {a["agency_id"]: a["name"] for a in shown.agencies}


def label(row: dict) -> str:
    return " · ".join(x for x in (row.get("date_text") or format_day(row["day_from"]), ", ".join(row["recorders"]),
                                  row["type"].replace("_", " "), ", ".join(row["concerns"] or [])) if x)


table = [{"": "⚑ decision" if row["is_decision"] else "", "event": label(row), "row": row["source_ref"],
          **{names[a]: f"{format_day(c['from_day'])} {ROUTE_WORDS.get(c['route'], c['route'])}" if c else ""
             for a, c in row["cells"].items()}}
         for row in shown.rows]
st.caption(f"{len(shown.rows)} concern events and decisions up to {format_day(day)} ({mode}). "
           "A blank cell: no record that the agency knew.")
st.dataframe(table, hide_index=True, width="stretch", height=min(38 * (len(table) + 1), 640))

decisions = [r for r in shown.rows if r["is_decision"]]
if decisions:
    st.subheader("At a decision: what the people deciding did not have")
    chosen = st.selectbox("Decision", decisions, index=len(decisions) - 1, key="knowledge_decision",
                          format_func=lambda r: f"{label(r)} ({r['source_ref']})")
    missing = unknown_to_deciders(shown, chosen)
    deciders = ", ".join(names.get(a, a) for a in dict.fromkeys(chosen["deciders"] or []))
    st.write(hide.text(chosen.get("description") or ""))
    if missing:
        st.warning(f"{len(missing)} earlier concern{'s' if len(missing) != 1 else ''} never reached "
                   f"the people deciding ({deciders}):")
        st.dataframe([{"row": r["source_ref"], "event": label(r), "what": hide.text(r.get("description")),
                       "known to": ", ".join(names[a] for a, c in r["cells"].items() if c and c["from_day"] <= chosen["day_from"])
                       or "nobody"} for r in missing], hide_index=True, width="stretch")
    else:
        st.success(f"Every earlier concern had reached someone deciding ({deciders}).")
