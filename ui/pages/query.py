"""Query: a read-only Cypher console for analysts, with Jigsaw's own queries to start from."""

from __future__ import annotations

import json
import re

import streamlit as st

from graph import queries
from graph.catalogue import catalogue
from graph.model import cypher_vocabulary
from graph.store import StoreError
from ui import state

case = state.case_id()
st.header("Query")
st.caption("Read-only: the database refuses any write. `$case_id` is the chosen case.")

saved = [n for n in queries.all_names() if n.startswith(("views/", "detectors/"))]
start = st.selectbox("Start from a saved query", ["(blank)"] + saved, key="saved_query")
text = st.text_area("Cypher", value="" if start == "(blank)" else queries.query(start), height=260,
                    key=f"cypher-{start}")
names = sorted(set(re.findall(r"\$(\w+)", text)) - {"case_id"})
detector_defaults = {k: v for d in catalogue() if start == d.query_name for k, v in d.defaults().items()}
defaults = {**cypher_vocabulary(), "mode": "lenient", **detector_defaults}
params = {}
for name in names:
    value = st.text_input(f"${name}", value=json.dumps(defaults[name]) if name in defaults else "",
                          key=f"p-{start}-{name}", help="JSON: numbers, \"text\", [lists], null")
    try:
        params[name] = json.loads(value) if value.strip() else None
    except json.JSONDecodeError:
        params[name] = value
if st.button("Run", type="primary") and text.strip():
    try:
        rows = state.store().run(text, params, case_id=case, read_only=True)
    except StoreError as e:
        st.error(str(e))
    else:
        st.write(f"{len(rows)} rows")
        st.dataframe(rows, width="stretch")
