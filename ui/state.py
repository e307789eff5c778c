"""What every page shares: the store, the chosen case, and whether names are shown.

The sidebar holds the case picker and the names toggle so that they apply to every page.
Cached reads are keyed on the case's load time, so a reload (here or from the command line)
is seen at once.
"""

from __future__ import annotations

import streamlit as st

from graph.cases import case_summaries
from graph.chronology import chronology as case_chronology
from graph.network import case_agencies
from graph.pseudonymise import Pseudonymiser
from graph.store import Store, StoreError, open_store

NO_CASE = "No case loaded — upload a chronology on the Cases page, or run `jigsaw demo`."


@st.cache_resource
def store() -> Store:
    return open_store()


def cases() -> list[dict]:
    try:
        return case_summaries(store())
    except StoreError as e:
        st.error(f"Cannot open the case store: {e}")
        st.stop()


def sidebar(names_always_hidden: bool = False) -> None:
    """The case picker and the names toggle, shown on every page.

    `names_always_hidden`: the page hides names whatever the toggle says (the walk-through,
    which a trainer projects to a room; it has its own explicit reveal).
    """
    listed = cases()
    ids = sorted(c["case_id"] for c in listed)
    if ids:
        if st.session_state.get("case_id") not in ids:
            st.session_state["case_id"] = ids[0]
        chosen = st.sidebar.selectbox("Case", ids, key="case_id")
        st.sidebar.caption(title(next(c for c in listed if c["case_id"] == chosen), hide=names_always_hidden or None))
    else:
        st.session_state.pop("case_id", None)
    st.session_state.setdefault("show_names", False)
    st.sidebar.toggle("Show names", key="show_names", disabled=names_always_hidden,
                      help="Off: people appear by role and pseudonym (Mother, Child 1), and names in the "
                           "chronology text are replaced." + (" This page always hides them." * names_always_hidden))


def title(case: dict, hide: bool | None = None) -> str:
    """A case's title as the names toggle allows (titles often name the child)."""
    return pseudonymiser(case["case_id"], hide).text(case["title"]) if case["title"] else case["case_id"]


def case_id() -> str:
    """The chosen case, or an explanation of how to load one (and the page stops)."""
    chosen = st.session_state.get("case_id")
    if not chosen:
        st.info(NO_CASE)
        st.stop()
    return chosen


def version(case: str) -> float:
    """The case's load time: part of every cache key, so cached views follow reloads."""
    return next((c["loaded_at"] or 0.0 for c in cases() if c["case_id"] == case), 0.0)


def names_hidden() -> bool:
    return not st.session_state.get("show_names", False)


def pseudonymiser(case: str, hide: bool | None = None) -> Pseudonymiser:
    """Labels and text as the names toggle says, or as `hide` says when a page decides."""
    return _pseudonymiser(case, version(case), names_hidden() if hide is None else hide)


@st.cache_resource(max_entries=8)
def _pseudonymiser(case: str, version: float, hide: bool) -> Pseudonymiser:
    return Pseudonymiser.for_case(store(), case, hide=hide)


@st.cache_data(show_spinner="Reading the chronology…", max_entries=8)
def _chronology(case: str, version: float) -> list[dict]:
    return case_chronology(store(), case)


@st.cache_data(max_entries=8)
def _agencies(case: str, version: float) -> list[dict]:
    return case_agencies(store(), case)


def chronology(case: str) -> list[dict]:
    """The case's events in time order, cached until the case is reloaded."""
    return _chronology(case, version(case))


def agencies(case: str) -> list[dict]:
    """The case's agencies (id, name, sector) in the network's order, cached until a reload."""
    return _agencies(case, version(case))
