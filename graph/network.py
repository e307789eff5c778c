"""The case as a network: the family, the agencies, who recorded what about whom, and who told whom.

Read through cypher/views/network_*.cypher, which aggregate in the store: one edge per
agency and person with the number of contacts, one per pair of agencies and direction with
the number of events shared or referred. A 2,000-event case is a few dozen nodes and edges,
so the browser draws it at once. Every edge and node keeps the ids of the events behind it,
so the page can list them for a chosen node.

`network()` builds a networkx graph; `layout()` places it once (spring layout, households
pulled together) so that nodes keep their places while filters change or a walk-through
steps on; `to_html()` draws it with pyvis, with physics off: the layout is already settled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import networkx as nx
from pyvis.network import Network

from graph.pseudonymise import Pseudonymiser
from graph.store import Store

# Okabe–Ito, a palette that stays distinct under the common colour-vision deficiencies;
# the kind of node is also told by its shape, so colour is never the only cue.
SECTOR_GROUPS = {
    "Social care": ("#0072B2", ("children_social_care", "early_help", "adult_social_care")),
    "Police and justice": ("#D55E00", ("police", "probation", "youth_justice")),
    "Health": ("#009E73", ("health_gp", "health_visiting", "midwifery", "hospital_acute", "ambulance", "dental")),
    "Mental health and substance misuse": ("#CC79A7", ("mental_health_adult", "camhs", "substance_misuse")),
    "Education": ("#F0E442", ("education",)),
    "Housing": ("#56B4E9", ("housing",)),
    "Voluntary and other": ("#999999", ("voluntary", "other")),
}
SECTOR_COLOUR = {s: colour for colour, sectors in SECTOR_GROUPS.values() for s in sectors}
SECTOR_GROUP_ORDER = {s: i for i, (_, sectors) in enumerate(SECTOR_GROUPS.values()) for s in sectors}
OTHER_COLOUR = SECTOR_GROUPS["Voluntary and other"][0]
CHILD_COLOUR, ADULT_COLOUR, HOUSEHOLD_COLOUR, FLOW_COLOUR = "#E69F00", "#FFFFFF", "#DDDDDD", "#555555"
SHAPES = {"child": "dot", "adult": "diamond", "agency": "square", "household": "hexagon", "practitioner": "triangle"}
KINDS = {"child": "Child", "adult": "Adult", "agency": "Agency", "household": "Household",
         "practitioner": "Practitioner"}
FAMILY = {"parent": "parent of", "sibling": "sibling of", "partner": "partner of", "member": "lives in"}
FAMILY_DASHES = {"parent": False, "sibling": [8, 6], "partner": [2, 5]}


@dataclass(frozen=True)
class Filters:
    """What the network shows; None is no filter. Tuples, so that a Filters is a cache key."""

    day_from: int | None = None
    day_to: int | None = None
    agency_ids: tuple[str, ...] | None = None
    person_ids: tuple[str, ...] | None = None
    types: tuple[str, ...] | None = None
    known_by: str | None = None  # only events this agency knew...
    known_on: int | None = None  # ...by this day (None: by the end)
    mode: str = "lenient"  # which knowledge: lenient or strict (graph/knowledge.py)

    def params(self) -> dict:
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v for f in fields(self)}


def agency_node(agency_id: str) -> str:
    return f"agency:{agency_id}"


def person_node(person_id: str) -> str:
    return f"person:{person_id}"


def network(store: Store, case_id: str, filters: Filters = Filters(), practitioners: bool = False) -> nx.DiGraph:
    """The family, and the agencies with a contact or flow that passes the filters.

    People are always drawn (the family is the frame: a person with no contacts in range is
    news too), unless `filters.person_ids` chooses some; agencies only when they have an edge.
    Node attribute `events` is the sorted ids of the events behind the node's edges.
    """
    params = filters.params()
    graph = nx.DiGraph()
    _add_family(graph, store.named("views/network_people", params, case_id=case_id))
    agencies = {a["agency_id"]: a for a in case_agencies(store, case_id)}
    for row in store.named("views/network_contacts", params, case_id=case_id):
        _add_agency(graph, agencies[row["agency_id"]])
        graph.add_edge(agency_node(row["agency_id"]), person_node(row["person_id"]), kind="contact",
                       count=row["contacts"], event_ids=sorted(row["event_ids"]))
    for row in store.named("views/network_flows", params, case_id=case_id):
        source, target = agency_node(row["from_id"]), agency_node(row["to_id"])
        _add_agency(graph, agencies[row["from_id"]])
        _add_agency(graph, agencies[row["to_id"]])
        if not graph.has_edge(source, target):
            graph.add_edge(source, target, kind="flow", shared=0, referred=0, event_ids=[])
        edge = graph.edges[source, target]
        edge[row["kind"]] += row["events"]
        edge["event_ids"] = sorted(set(edge["event_ids"]) | set(row["event_ids"]))
        edge["count"] = len(edge["event_ids"])
    if practitioners:
        for row in store.named("views/network_practitioners", params, case_id=case_id):
            node = f"practitioner:{row['practitioner_id']}"
            graph.add_node(node, kind="practitioner", code=row["code"], role=row["role"] or "",
                           agency_id=row["agency_id"], sector=agencies[row["agency_id"]]["sector"])
            _add_agency(graph, agencies[row["agency_id"]])
            graph.add_edge(node, agency_node(row["agency_id"]), kind="works_for", count=row["events"],
                           event_ids=sorted(row["event_ids"]))
    _count_events(graph)
    return graph


def case_agencies(store: Store, case_id: str) -> list[dict]:
    """Every agency of the case (id, name, sector), in the order the network's ring draws them."""
    rows = store.named("views/agencies", case_id=case_id)
    return sorted(rows, key=lambda a: (SECTOR_GROUP_ORDER.get(a["sector"], len(SECTOR_GROUPS)), a["name"]))


def _add_family(graph: nx.DiGraph, people: list[dict]) -> None:
    shown = {p["person_id"] for p in people}
    for p in people:
        graph.add_node(person_node(p["person_id"]), kind="child" if p["is_child"] else "adult",
                       person_id=p["person_id"], role=p["role"] or "")
    for p in people:
        me = person_node(p["person_id"])
        for household in p["households"]:
            graph.add_node(f"household:{household}", kind="household")
            graph.add_edge(me, f"household:{household}", kind="member")
        links = [("parent", c["person_id"], c["kind"]) for c in p["parent_of"]]
        links += [("sibling", s, None) for s in p["sibling_of"]] + [("partner", q, None) for q in p["partner_of"]]
        for kind, other, detail in links:
            if other in shown:
                graph.add_edge(me, person_node(other), kind=kind, detail=detail or "")


def _add_agency(graph: nx.DiGraph, agency: dict) -> None:
    node = agency_node(agency["agency_id"])
    if node not in graph:
        graph.add_node(node, kind="agency", agency_id=agency["agency_id"], name=agency["name"],
                       sector=agency["sector"] or "other")


def _count_events(graph: nx.DiGraph) -> None:
    """Each node's events: those behind its edges (a household: its members')."""
    for node in graph:
        ids = {i for _, _, d in graph.in_edges(node, data=True) for i in d.get("event_ids", ())}
        ids |= {i for _, _, d in graph.out_edges(node, data=True) for i in d.get("event_ids", ())}
        graph.nodes[node]["events"] = ids
    for node, data in graph.nodes(data=True):
        if data["kind"] == "household":
            data["events"] = set().union(*(graph.nodes[m]["events"] for m, _ in graph.in_edges(node)))
    for _, data in graph.nodes(data=True):
        data["events"] = sorted(data["events"])


def layout(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Positions in pixels, the same for the same graph.

    Each household is a small circle of its members (adults above, children below) around
    its household node, the households side by side in the middle; the agencies on a ring
    around them grouped by sector, each agency's practitioners just outside it. Contacts
    run inwards, flows across the ring.
    """
    positions: dict[str, tuple[float, float]] = {}
    groups = _households(graph)
    sizes = [50 + 15 * len(members) for _, members in groups]
    spread = 0.0 if len(groups) < 2 else max(sum(2 * s + 80 for s in sizes) / (2 * math.pi), max(sizes) + 40)
    for i, ((household, members), size) in enumerate(zip(groups, sizes)):
        cx, cy = _on_circle(spread, i, len(groups), start=math.pi)
        if household:
            positions[household] = (cx, cy)
        for j, person in enumerate(members):
            x, y = _on_circle(size if len(members) > 1 or household else 0, j, len(members))
            positions[person] = (cx + x, cy + y)
    agencies = sorted((n for n, d in graph.nodes(data=True) if d["kind"] == "agency"), key=lambda n: _ring_order(graph, n))
    ring = max(spread + max(sizes, default=0) + 220, len(agencies) * 170 / (2 * math.pi))
    for i, node in enumerate(agencies):
        positions[node] = _on_circle(ring, i, len(agencies))
        angle = -math.pi / 2 + 2 * math.pi * i / len(agencies)
        staff = sorted(n for n, _ in graph.in_edges(node) if graph.nodes[n]["kind"] == "practitioner")
        for j, practitioner in enumerate(staff):  # fanned out, alternately nearer and further
            radius = ring + 110 + 60 * (j % 2)
            turn = angle + (j - (len(staff) - 1) / 2) * 90 / radius
            positions[practitioner] = (radius * math.cos(turn), radius * math.sin(turn))
    return {n: (round(x), round(y)) for n, (x, y) in positions.items()}


def _households(graph: nx.DiGraph) -> list[tuple[str | None, list[str]]]:
    """(household node, its people: adults first) in household order; the unhoused together."""
    people = [n for n, d in graph.nodes(data=True) if d["kind"] in ("child", "adult")]
    people.sort(key=lambda n: (graph.nodes[n]["kind"] != "adult", n))
    groups: dict[str | None, list[str]] = {h: [] for h in sorted(n for n, d in graph.nodes(data=True)
                                                                 if d["kind"] == "household")}
    for person in people:
        homes = [h for _, h, d in graph.out_edges(person, data=True) if d["kind"] == "member"]
        groups.setdefault(min(homes) if homes else None, []).append(person)
    return [(h, members) for h, members in groups.items() if members or h]


def _on_circle(radius: float, i: int, n: int, start: float = -math.pi / 2) -> tuple[float, float]:
    angle = start + 2 * math.pi * i / max(n, 1)
    return radius * math.cos(angle), radius * math.sin(angle)


def _ring_order(graph: nx.DiGraph, node: str) -> tuple[int, str]:
    return SECTOR_GROUP_ORDER.get(graph.nodes[node]["sector"], len(SECTOR_GROUPS)), graph.nodes[node]["name"]


def label(graph: nx.DiGraph, node: str, people: Pseudonymiser) -> str:
    """What a node is called on the page, names hidden or shown as `people` says."""
    data = graph.nodes[node]
    if data["kind"] in ("child", "adult"):
        return people.label(data["person_id"])
    if data["kind"] == "household":  # by its first adult: a household id may be an address
        members = sorted((graph.nodes[m]["kind"] != "adult", m) for m, _ in graph.in_edges(node))
        return f"Household of {people.label(graph.nodes[members[0][1]]['person_id'])}" if members else "Household"
    if data["kind"] == "practitioner":
        return people.text(" ".join(x for x in (data["code"], f"({data['role']})" if data["role"] else "") if x))
    return people.text(data["name"])


def to_html(graph: nx.DiGraph, people: Pseudonymiser, positions: dict[str, tuple[float, float]] | None = None,
            height: int = 620) -> str:
    """The graph as a self-contained HTML page (vis-network inlined: no internet needed)."""
    positions = positions or layout(graph)
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    net.options = _OPTIONS
    names = {n: label(graph, n, people) for n in graph}
    for node, data in graph.nodes(data=True):
        x, y = positions.get(node, (0, 0))
        net.add_node(node, label=names[node], title=_node_title(data, names[node]), shape=SHAPES[data["kind"]],
                     size=_size(data), color=_node_colour(data), x=x, y=y, borderWidth=2)
    for a, b, data in graph.edges(data=True):
        net.add_edge(a, b, **_edge_style(data, names[a], names[b]))
    return net.generate_html()


_OPTIONS = {
    "physics": {"enabled": False},  # positions come from layout(): nothing moves
    "interaction": {"hover": True, "navigationButtons": True, "tooltipDelay": 100},
    "edges": {"smooth": {"type": "curvedCW", "roundness": 0.12}, "font": {"size": 11, "strokeWidth": 3}},
    "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#FFFFFF"}},
}


def _size(data: dict) -> float:
    if data["kind"] == "household":
        return 10
    if data["kind"] == "practitioner":
        return min(8 + math.sqrt(len(data["events"])), 20)
    return min(12 + 3 * math.sqrt(len(data["events"])), 48)


def _node_colour(data: dict) -> dict:
    fill = {"child": CHILD_COLOUR, "adult": ADULT_COLOUR, "household": HOUSEHOLD_COLOUR}.get(data["kind"])
    fill = fill or SECTOR_COLOUR.get(data.get("sector"), OTHER_COLOUR)
    return {"background": fill, "border": "#000000", "highlight": {"background": fill, "border": "#000000"}}


def _node_title(data: dict, name: str) -> str:
    n = len(data["events"])
    what = {"agency": f"{n} event{'s' * (n != 1)} recorded, shared or received",
            "practitioner": f"{n} event{'s' * (n != 1)} conducted",
            "household": f"{n} event{'s' * (n != 1)} recorded about its members"}.get(
        data["kind"], f"{n} event{'s' * (n != 1)} recorded about them")
    return f"{name} ({KINDS[data['kind']].lower()}{', ' + data['role'] if data.get('role') else ''}): {what}"


def _edge_style(data: dict, source: str, target: str) -> dict:
    kind = data["kind"]
    if kind == "contact":
        n = data["count"]
        return {"label": str(n), "width": 1 + math.log2(n) * 1.5, "arrows": "", "color": {"color": "#777777", "opacity": 0.6},
                "title": f"{source} recorded {n} event{'s' * (n != 1)} about {target}"}
    if kind == "flow":
        parts = [f"{data['shared']} shared"] * bool(data["shared"]) + [f"{data['referred']} referred"] * bool(data["referred"])
        return {"label": str(data["count"]), "width": 1 + math.log2(data["count"]) * 1.5, "arrows": "to",
                "color": {"color": FLOW_COLOUR},
                "title": f"{source} → {target}: {', '.join(parts)}"}
    if kind == "works_for":
        return {"arrows": "", "color": {"color": "#BBBBBB"}, "title": f"{source} works for {target}"}
    if kind == "member":
        return {"arrows": "", "color": {"color": "#BBBBBB"}, "title": f"{source} lives in {target}"}
    detail = f" ({data['detail'].replace('_', ' ')})" if data.get("detail") else ""
    return {"arrows": "to" if kind == "parent" else "", "width": 2, "color": {"color": "#000000"},
            "dashes": FAMILY_DASHES[kind], "title": f"{source} is {FAMILY[kind]} {target}{detail}"}
