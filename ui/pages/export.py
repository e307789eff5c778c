"""Export: the findings, the merged chronology and the network as files to take away.

What is downloaded follows the sidebar's names toggle: with names hidden, every text and
every person in the files is pseudonymised, as on screen (graph/export.py).
"""

from __future__ import annotations

import streamlit as st

from graph.export import case_rows, chronology_csv, chronology_xlsx, findings_for_export
from graph.findings import list_findings
from graph.network import Filters
from graph.render import findings_csv
from ui import network_view, state

PREVIEW_ROWS = 10

case = state.case_id()
hidden = state.names_hidden()
version = state.version(case)
st.header("Export")
if hidden:
    st.info("Names are hidden (sidebar), so these files are pseudonymised: people appear by role and pseudonym "
            "(Mother, Child 1), and names and aliases from the people sheet are replaced in every text.")
else:
    st.warning("Names are shown (sidebar), so these files contain names as the agencies recorded them. "
               "Turn 'Show names' off for a pseudonymised copy to share.")
suffix = "-pseudonymised" if hidden else ""


@st.cache_data(show_spinner="Preparing the chronology…", max_entries=8)
def chronology_files(case: str, version: float, hidden: bool) -> tuple[list[dict], str, bytes]:
    hide = state.pseudonymiser(case)
    rows = case_rows(state.store(), case, hide.text, hide.label)
    return rows, chronology_csv(rows), chronology_xlsx(rows)


hide = state.pseudonymiser(case)
findings = findings_for_export(list_findings(state.store(), case), hide.text, hide.label)
st.subheader("Findings")
st.caption(f"{len(findings)} findings that hold (open, accepted or dismissed), one row each, with your triage "
           "decision and note, and the chronology rows each rests on (source_ref and role).")
st.download_button("Download the findings (CSV)", findings_csv(findings), file_name=f"{case}-findings{suffix}.csv",
                   mime="text/csv", key="export_findings_csv", disabled=not findings)

rows, as_csv, as_xlsx = chronology_files(case, version, hidden)
st.subheader("Merged chronology")
st.caption(f"{len(rows)} events in time order, every agency's records merged. Beside each row: the concerns, "
           "the tags Jigsaw inferred with the words they came from, and its source_ref (file:row). "
           "Child seen is blank where the record does not say.")
left, right, _ = st.columns([1, 1, 2])
left.download_button("Download the chronology (Excel)", as_xlsx, file_name=f"{case}-chronology{suffix}.xlsx",
                     mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     key="export_chronology_xlsx", disabled=not rows)
right.download_button("Download the chronology (CSV)", as_csv, file_name=f"{case}-chronology{suffix}.csv",
                      mime="text/csv", key="export_chronology_csv", disabled=not rows)
if rows:
    st.caption(f"The first {min(PREVIEW_ROWS, len(rows))} rows:")
    st.dataframe(rows[:PREVIEW_ROWS], hide_index=True, width="stretch")

st.subheader("Network")
st.caption("The whole case's network as the Network page draws it, as a web page that opens in any browser "
           "without Jigsaw (the drawing library is inside the file). Names follow the sidebar toggle.")
st.download_button("Download the network (HTML)", network_view.html(case, version, Filters(), False, hidden),
                   file_name=f"{case}-network{suffix}.html", mime="text/html", key="export_network_html")
st.caption("For a picture: open the HTML file and use the browser's screenshot or print to PDF.")
