"""Jigsaw's front end (Streamlit): `streamlit run app.py`, `jigsaw app` or `make demo`.

Every page reads through graph/ (named queries in cypher/views/); the app writes no Cypher.
The sidebar's case picker and names toggle apply to every page (ui/state.py).
"""

from __future__ import annotations

import streamlit as st

from ui import state

st.set_page_config(page_title="Jigsaw", layout="wide")
st.sidebar.title("Jigsaw")
st.sidebar.caption("Multi-agency safeguarding chronologies: who knew what, and when?")

PAGES = [
    st.Page("ui/pages/cases.py", title="Cases", icon=":material/folder_open:", default=True),
    st.Page("ui/pages/network.py", title="Network", icon=":material/hub:"),
    st.Page("ui/pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("ui/pages/knowledge.py", title="Who knew what", icon=":material/grid_on:"),
    st.Page("ui/pages/findings.py", title="Findings", icon=":material/flag:"),
    st.Page("ui/pages/walkthrough.py", title="Walk-through", icon=":material/school:"),
    st.Page("ui/pages/query.py", title="Query", icon=":material/terminal:"),
    st.Page("ui/pages/export.py", title="Export", icon=":material/download:"),
]
TRAINING_PAGES = ("walkthrough",)  # projected to a room: names hidden whatever the sidebar says
page = st.navigation(PAGES)
state.sidebar(names_always_hidden=page.url_path in TRAINING_PAGES)
page.run()
