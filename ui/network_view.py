"""The network drawing shared by the Network and Walk-through pages, cached per case version.

Nodes are placed once for the whole case (graph/network.py `layout`), so that they keep
their places while filters narrow the network or a walk-through steps through it.
"""

from __future__ import annotations

import networkx as nx
import streamlit as st

from graph.network import ADULT_COLOUR, CHILD_COLOUR, SECTOR_GROUPS, Filters, layout, network, to_html
from ui import state

HEIGHT = 600


@st.cache_data(show_spinner="Reading the network…", max_entries=64)
def graph(case: str, version: float, filters: Filters, practitioners: bool = False) -> nx.DiGraph:
    return network(state.store(), case, filters, practitioners)


@st.cache_data(max_entries=8)
def positions(case: str, version: float, practitioners: bool) -> dict[str, tuple[float, float]]:
    return layout(graph(case, version, Filters(), practitioners))


@st.cache_data(show_spinner="Drawing the network…", max_entries=64)
def html(case: str, version: float, filters: Filters, practitioners: bool, hide: bool, height: int = HEIGHT) -> str:
    return to_html(graph(case, version, filters, practitioners), state.pseudonymiser(case, hide),
                   positions(case, version, practitioners), height)


def draw(case: str, version: float, filters: Filters, practitioners: bool, hide: bool, height: int = HEIGHT) -> None:
    """Embed the pyvis page (st.iframe replaces st.components.v1.html, deprecated in this Streamlit).

    The page is built by pyvis from case data, which its template JSON-escapes; vis-network
    shows tooltips as plain text, so a name or note in the data cannot become markup."""
    st.iframe(html(case, version, filters, practitioners, hide, height), height=height + 40)


def legend() -> None:
    """What the shapes, colours and lines mean (shape tells the kind, so colour is never alone)."""
    def swatch(symbol: str, colour: str) -> str:
        return f'<span style="color:{colour};-webkit-text-stroke:1px #000;font-size:1.1em">{symbol}</span>'

    kinds = [f"{swatch('●', CHILD_COLOUR)} child", f"{swatch('◆', ADULT_COLOUR)} adult", f"{swatch('⬢', '#DDDDDD')} household",
             f"{swatch('▲', '#999999')} practitioner"]
    sectors = [f"{swatch('■', colour)} {name}" for name, (colour, _) in SECTOR_GROUPS.items()]
    st.markdown(" &nbsp; ".join(kinds) + " &nbsp; · &nbsp; agencies by sector: " + " &nbsp; ".join(sectors),
                unsafe_allow_html=True)
    st.caption("Grey lines: contacts, numbered by the events the agency recorded about the person. Dark arrows: "
               "events shared with or referred to another agency, numbered. Black arrow: parent of; dashed: "
               "siblings; dotted: partners; thin grey: lives in the household. Size: how many events are involved. "
               "Hover over a node or line for details; drag to pan, scroll to zoom.")
