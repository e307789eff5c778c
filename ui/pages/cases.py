"""Cases: choose a case, or upload an agency's files to create or replace one, and see what loaded."""

from __future__ import annotations

import re
import tempfile
from dataclasses import asdict
from pathlib import Path

import streamlit as st

from graph.analyse import analyse
from graph.write import write_case
from loaders.dates import format_day
from loaders.load import NothingLoadable, load_case
from ui import state

st.header("Cases")

listed = state.cases()
if listed:
    st.dataframe(
        [{"case": c["case_id"], "title": state.title(c),
          "review period": " – ".join(format_day(d) for d in (c["period_from"], c["period_to"]) if d is not None),
          "events": c["events"], "people": c["people"], "agencies": c["agencies"]} for c in listed],
        hide_index=True, width="stretch",
    )
else:
    st.info(state.NO_CASE)

st.subheader("Load a case")
st.caption("Chronologies (CSV, Excel, Word tables), a people sheet and case.yaml, several at once. "
           "Loading an existing case id replaces it in one step; the triage of its findings is kept.")
with st.form("load", clear_on_submit=False):
    uploads = st.file_uploader("Files", type=["csv", "xlsx", "docx", "yaml", "yml"], accept_multiple_files=True)
    new_id = st.text_input("Case id", value=st.session_state.get("case_id", ""),
                           help="Letters, digits and dashes, e.g. review-2026-01.")
    title = st.text_input("Title (optional)")
    submitted = st.form_submit_button("Load")


def show_report(report) -> None:
    st.write(f"**{report.rows_loaded} of {report.rows_read}** chronology rows loaded; "
             f"**{len(report.rejected)}** rejected; {report.inferred_tags} tags inferred from the text.")
    st.dataframe([{"file": f.file, "kind": f.kind, "rows": f.rows_read, "loaded": f.loaded, "rejected": f.rejected}
                  for f in report.files], hide_index=True)
    sections = [("Rejected rows", [f"{r.file} row {r.row}: {r.reason}" for r in report.rejected]),
                ("Unknown agencies (kept with sector 'other')", report.unknown_agencies),
                ("People mentioned but not in the people sheet", report.unknown_people),
                ("Merged: one event recorded by two agencies", report.merged_events),
                ("Possible duplicates (not merged; please check)", report.near_duplicates),
                ("Warnings", report.warnings)]
    for heading, lines in sections:
        if lines:
            with st.expander(f"{heading} ({len(lines)})", expanded=heading == "Rejected rows"):
                st.text("\n".join(lines))


if submitted:
    if not uploads:
        st.error("Choose at least one file to load.")
    elif not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", new_id or ""):
        st.error("Give a case id of letters, digits and dashes (e.g. review-2026-01).")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for upload in uploads:
                path = Path(tmp) / Path(upload.name).name
                path.write_bytes(upload.getvalue())
                paths.append(path)
            try:
                case, report = load_case(paths, new_id, title=title or None)
            except NothingLoadable as e:
                st.error("Nothing loadable: no row of these files could be loaded.")
                show_report(e.args[0])
                st.stop()
        with st.spinner(f"Writing {len(case.events)} events and running the detectors…"):
            write_case(state.store(), case)
            summary = analyse(state.store(), new_id)
        st.success(f"Loaded {new_id}: {summary.line()}")
        show_report(report)
        st.session_state["loaded_report"] = asdict(report)
