"""Findings: what the detectors raised, with the rows that evidence it, for the panel to triage.

Each finding is a claim someone may have to defend in a report, so it opens onto its
evidence: the chronology rows it rests on, and what was looked for and not found.
"""

from __future__ import annotations

from collections import Counter

import streamlit as st

from graph.catalogue import catalogue
from graph.chronology import events_by_id
from graph.findings import STATUSES, list_findings, triage
from loaders.dates import format_day
from ui import state

SEVERITY_BADGE = {"high": "🔺 high", "medium": "◆ medium", "low": "▽ low"}  # shape as well as colour
ACTION = {"accept": "accepted", "dismiss": "dismissed", "reopen": "open"}

case = state.case_id()
hide = state.pseudonymiser(case)
st.header("Findings")


@st.cache_data(show_spinner="Reading findings…", max_entries=16)
def findings(case: str, version: float, status: str | None) -> list[dict]:
    return list_findings(state.store(), case, status=status)


@st.cache_data(max_entries=16)
def evidence_events(case: str, version: float, ids: tuple[str, ...]) -> dict[str, dict]:
    return events_by_id(state.store(), case, list(ids))


titles = {d.id: d.title for d in catalogue()}
version = state.version(case)
left, middle, right = st.columns(3)
status = left.selectbox("Status", ["all that hold"] + list(STATUSES), key="findings_status")
rows = findings(case, version, None if status == "all that hold" else status)
detectors = sorted({f["detector"] for f in rows})
chosen = middle.multiselect("Detectors", detectors, format_func=lambda d: titles.get(d, d), key="findings_detectors")
severities = right.multiselect("Severity", ["high", "medium", "low"], key="findings_severity")
shown = [f for f in rows if (not chosen or f["detector"] in chosen) and (not severities or f["severity"] in severities)]

if not rows:
    st.info("No findings for this case" + ("" if status == "all that hold" else f" with status {status}") + ".")
    st.stop()


def agency_pairs(f: dict) -> list[tuple[str, str]]:
    """Who held it → who is recorded as not having it: the pairs a partnership learns from."""
    held = {r["agency"] for r in f["evidence"] if r.get("event_id") and r["role"] in ("trigger", "holder") and r.get("agency")}
    missing = {r.get("agency") or r.get("agency_id") for r in f["evidence"] if r["role"] == "expected_missing"}
    return [(h, m) for h in sorted(held) for m in sorted(x for x in missing if x) if h != m]


with st.expander("Counts by detector and by agency pair"):
    by_detector = Counter(f["detector"] for f in shown)
    st.dataframe([{"detector": titles.get(d, d), "id": d, "findings": n} for d, n in by_detector.most_common()],
                 hide_index=True)
    pairs = Counter(p for f in shown for p in agency_pairs(f))
    st.dataframe([{"held by": h, "no record it reached": m, "findings": n} for (h, m), n in pairs.most_common()],
                 hide_index=True)

ids = tuple(sorted({r["event_id"] for f in shown for r in f["evidence"] if r.get("event_id")}))
texts = evidence_events(case, version, ids)


def evidence_table(f: dict) -> list[dict]:
    table = []
    for r in f["evidence"]:
        if r["role"] == "expected_missing":
            span = " – ".join(format_day(d) for d in dict.fromkeys((r.get("day_from"), r.get("day_to"))) if d is not None)
            table.append({"row": "looked for, not found", "role": "expected missing", "agency": r.get("agency") or "",
                          "date": span, "what": hide.text(r.get("note"))})
        elif r.get("event_id"):
            e = texts.get(r["event_id"], {})
            table.append({"row": r.get("source_ref") or "", "role": r["role"].replace("_", " "),
                          "agency": r.get("agency") or "", "date": e.get("date_text") or "",
                          "what": hide.text(" — ".join(x for x in (r.get("note"), e.get("description")) if x))})
        else:
            who = hide.label(r["person_id"]) if r.get("person_id") else r.get("agency") or ""
            table.append({"row": "", "role": r["role"].replace("_", " "), "agency": who, "date": "",
                          "what": hide.text(r.get("note"))})
    return table


def triage_form(f: dict) -> None:
    with st.form(f"triage-{f['finding_key']}"):
        action = st.radio("Decision", list(ACTION), horizontal=True, key=f"action-{f['finding_key']}",
                          index=["accepted", "dismissed", "open"].index(f["status"]) if f["status"] in ACTION.values() else 2)
        note = st.text_area("Note (why)", value=f["note"], key=f"note-{f['finding_key']}")
        if st.form_submit_button("Save"):
            triage(state.store(), case, f["finding_key"], ACTION[action], note)
            findings.clear()
            st.toast(f"Saved: {ACTION[action]}")
            st.rerun()


st.caption(f"{len(shown)} of {len(rows)} findings shown. Summaries say 'no record that…': an absence in the "
           "chronologies, which may be missing data (see the data-quality listing).")
for detector in sorted({f["detector"] for f in shown}, key=lambda d: titles.get(d, d)):
    group = [f for f in shown if f["detector"] == detector]
    st.subheader(f"{titles.get(detector, detector)} ({len(group)})")
    for f in group:
        badges = [SEVERITY_BADGE.get(f["severity"], f["severity"])]
        badges += ["possible"] * (f["confidence"] != "definite") + ["dates uncertain"] * f["date_uncertain"]
        badges += [f["status"]]
        with st.expander(f"{' · '.join(badges)} — {hide.text(f['summary'])}"):
            st.write(hide.text(f["summary"]))
            st.caption(f"{f['detector']} ({f['variant']}), knowledge mode {f['knowledge_mode']}, key {f['finding_key']}")
            st.dataframe(evidence_table(f), hide_index=True, width="stretch")
            if st.button("Show on the timeline", key=f"focus-{f['finding_key']}"):
                st.session_state["focus_finding"] = f["finding_key"]
                st.session_state["focus_events"] = [r["event_id"] for r in f["evidence"] if r.get("event_id")]
                st.toast("Open the Timeline page: this finding's rows are highlighted there.")
            triage_form(f)
