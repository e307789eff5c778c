"""Jigsaw's front end (Streamlit): the loaded cases and what each holds.

All data comes through graph/ (named queries in cypher/views/); the app writes no Cypher.
"""

from __future__ import annotations

import streamlit as st

from graph.cases import case_summaries
from graph.store import StoreError, open_store
from loaders.dates import format_day

st.set_page_config(page_title="Jigsaw", layout="wide")
st.title("Jigsaw")
st.caption("Multi-agency safeguarding chronologies: who knew what, and when?")


@st.cache_resource
def store():
    return open_store()


try:
    cases = case_summaries(store())
except StoreError as e:
    st.error(f"Cannot open the case store: {e}")
    st.stop()

if not cases:
    st.info("No case loaded — load a chronology with `jigsaw load FILES --case ID`, or run `jigsaw demo`.")
else:
    st.subheader("Cases")
    st.dataframe(
        [{"case": c["case_id"], "title": c["title"],
          "review period": " – ".join(format_day(d) for d in (c["period_from"], c["period_to"]) if d is not None),
          "events": c["events"], "people": c["people"], "agencies": c["agencies"]} for c in cases],
        hide_index=True,
    )
