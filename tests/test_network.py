"""The network (graph/network.py) on the Lark example: what the Network and Walk-through pages draw.

Edges are aggregated in the store (cypher/views/network_*.cypher): one agency -> person
edge per pair counting the events the agency recorded about the person, one agency ->
agency edge per direction counting the events shared or referred. These tests recount
both from the merged chronology, row by row, and check that each filter narrows the
network the way the page says it does.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date

import pytest

from graph.chronology import chronology
from graph.knowledge import build_knowledge, knowledge_matrix
from graph.model import SECTORS
from graph.network import SECTOR_COLOUR, Filters, agency_node, layout, network, person_node, to_html
from graph.pseudonymise import Pseudonymiser
from graph.write import write_case
from loaders.dates import day_number
from loaders.load import load_case
from tests.conftest import EXAMPLE

CASE = "network-example"
CSC = "ag-northshire-children-s-social-care"
HOUSING = "ag-riverside-housing"


@pytest.fixture(scope="module")
def lark(store):
    case, _ = load_case([EXAMPLE], CASE)
    write_case(store, case)
    build_knowledge(store, CASE)
    return chronology(store, CASE)


def contacts(graph) -> dict[tuple[str, str], int]:
    return {(a, b): d["count"] for a, b, d in graph.edges(data=True) if d["kind"] == "contact"}


def flows(graph) -> dict[tuple[str, str], tuple[int, int]]:
    return {(a, b): (d["shared"], d["referred"]) for a, b, d in graph.edges(data=True) if d["kind"] == "flow"}


def recount_contacts(rows) -> Counter:
    return Counter((agency_node(a), person_node(p)) for r in rows for a in r["agency_ids"] for p in set(r["about"]))


def recount_flows(rows) -> dict[tuple[str, str], tuple[int, int]]:
    counts: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        for a in r["agency_ids"]:
            for kind, targets in ((0, r["shared_with"]), (1, r["referred_to"])):
                for b in set(targets) - {a}:
                    counts.setdefault((agency_node(a), agency_node(b)), [0, 0])[kind] += 1
    return {k: tuple(v) for k, v in counts.items()}


def between(rows, first: int, last: int) -> list[dict]:
    return [r for r in rows if r["day_from"] <= last and (r["day_to"] or r["day_from"]) >= first]


def test_each_agency_person_edge_counts_the_events_the_agency_recorded_about_the_person(store, lark):
    """The merged chronology's recorders and people (the People column, names found in the
    text, agency aliases such as HV resolved), counted row by row."""
    graph = network(store, CASE)

    assert contacts(graph) == recount_contacts(lark)
    [row_107] = [r["event_id"] for r in lark if r["source_ref"] == "chronology.csv:107"]
    assert [p for p in ("M", "P", "C1", "C2", "GM")
            if row_107 in graph.edges[agency_node(CSC), person_node(p)]["event_ids"]] == ["M", "P", "C1", "C2", "GM"], \
        "a record about the whole family is a contact with each of them"


def test_each_flow_counts_the_events_shared_and_referred_from_one_agency_to_another(store, lark):
    """Seq 4: the GP's e-referral to community midwifery is the one referral between them."""
    graph = network(store, CASE)

    assert flows(graph) == recount_flows(lark)
    assert flows(graph)[(agency_node("ag-brookside-surgery"), agency_node("ag-riverside-community-midwifery"))] == (0, 1)


def test_a_node_lists_the_events_behind_its_edges(store, lark):
    graph = network(store, CASE)
    about_child_1 = sorted(r["event_id"] for r in lark if "C1" in r["about"] and r["agency_ids"])

    assert graph.nodes[person_node("C1")]["events"] == about_child_1
    assert graph.nodes["household:H1"]["events"] == sorted(
        {e for p in ("M", "P", "C1", "C2") for e in graph.nodes[person_node(p)]["events"]})


def test_the_family_is_drawn_with_its_households_and_relations(store, lark):
    graph = network(store, CASE)
    family = {(a, b): d["kind"] for a, b, d in graph.edges(data=True) if d["kind"] in ("parent", "sibling", "partner")}

    assert family == {("person:M", "person:C1"): "parent", ("person:M", "person:C2"): "parent",
                      ("person:P", "person:C1"): "parent", ("person:P", "person:C2"): "parent",
                      ("person:GM", "person:M"): "parent", ("person:C1", "person:C2"): "sibling",
                      ("person:M", "person:P"): "partner"}
    assert graph.edges["person:P", "person:C1"]["detail"] == "partner_of_parent"
    assert sorted(a for a, b in graph.in_edges("household:H1")) == ["person:C1", "person:C2", "person:M", "person:P"]
    assert [a for a, b in graph.in_edges("household:H2")] == ["person:GM"]


def test_a_narrower_date_range_draws_fewer_edges_and_only_the_events_in_it(store, lark):
    first, last = day_number(date(2020, 1, 1)), day_number(date(2020, 6, 30))
    whole, half = network(store, CASE), network(store, CASE, Filters(day_from=first, day_to=last))

    assert contacts(half) == recount_contacts(between(lark, first, last))
    assert flows(half) == recount_flows(between(lark, first, last))
    assert half.number_of_edges() < whole.number_of_edges()
    assert agency_node("ag-riverside-royal-infirmary") in whole and agency_node("ag-riverside-royal-infirmary") not in half


def test_a_partnership_is_drawn_only_once_it_has_begun(store, lark):
    """people.csv: the mother's partnership with P began in 01/2020."""
    before = network(store, CASE, Filters(day_to=day_number(date(2019, 12, 31))))

    assert not before.has_edge("person:M", "person:P")
    assert network(store, CASE, Filters(day_to=day_number(date(2020, 1, 31)))).has_edge("person:M", "person:P")


def test_the_agency_people_and_type_filters_keep_only_their_events(store, lark):
    graph = network(store, CASE, Filters(agency_ids=(CSC,), person_ids=("C1",), types=("home_visit",)))
    chosen = [r for r in lark if r["type"] == "home_visit" and "C1" in r["about"]]

    assert contacts(graph) == {(agency_node(CSC), person_node("C1")): sum(CSC in r["agency_ids"] for r in chosen)}
    assert {n for n, d in graph.nodes(data=True) if d["kind"] in ("child", "adult")} == {person_node("C1")}
    assert all(CSC in (a.split(":", 1)[1], b.split(":", 1)[1]) for a, b in flows(graph))


def test_known_by_keeps_only_the_events_that_agency_knew_by_that_day(store, lark):
    """Social care's view on 29/09/2020 (Seq 35, its assessment ended): fewer contacts, and
    every concern event left is one the knowledge matrix says social care knew by then."""
    day = day_number(date(2020, 9, 29))
    whole = network(store, CASE, Filters(day_to=day))
    known = network(store, CASE, Filters(day_to=day, known_by=CSC, known_on=day))
    matrix = knowledge_matrix(store, CASE, day=day)
    concern_events = {r["event_id"]: r for r in matrix.rows if r["concerns"]}
    drawn = {e for _, _, d in known.edges(data=True) for e in d.get("event_ids", ())}

    assert sum(contacts(known).values()) < sum(contacts(whole).values())
    assert {e for e in drawn if e in concern_events} == {e for e, r in concern_events.items() if r["cells"][CSC]}
    assert agency_node(HOUSING) in whole and agency_node(HOUSING) not in known, "social care knew nothing housing recorded"


def test_strict_knowledge_leaves_out_what_only_meetings_and_uncarried_messages_passed_on(store, lark):
    """Strict: what housing recorded and what was sent to it; lenient adds what was probably
    said at the meetings it was part of."""
    lenient = contacts(network(store, CASE, Filters(known_by=HOUSING)))
    strict = contacts(network(store, CASE, Filters(known_by=HOUSING, mode="strict")))

    assert all(n <= lenient[edge] for edge, n in strict.items())
    assert 0 < sum(strict.values()) < sum(lenient.values())


def test_practitioners_are_drawn_only_on_request_next_to_their_agency(store, lark):
    with open(EXAMPLE / "chronology.csv", encoding="utf-8") as f:
        by_gp1 = [r for r in csv.DictReader(f) if r["Agency"] == "Brookside Surgery" and r["Practitioner"] == "GP1"]
    plain, staffed = network(store, CASE), network(store, CASE, practitioners=True)

    assert not [n for n in plain if n.startswith("practitioner:")]
    assert staffed.edges["practitioner:ag-brookside-surgery/gp1", agency_node("ag-brookside-surgery")]["count"] == len(by_gp1)


def test_the_layout_places_every_node_and_keeps_a_household_together(store, lark):
    graph = network(store, CASE)
    positions = layout(graph)

    def distance(a, b):
        (ax, ay), (bx, by) = positions[a], positions[b]
        return ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5

    assert set(positions) == set(graph)
    assert layout(graph) == positions, "the same graph is placed the same way"
    assert max(distance("household:H1", p) for p in ("person:M", "person:P", "person:C1")) < \
        min(distance("household:H1", a) for a in graph if a.startswith("agency:"))


def drawn_nodes(html: str) -> list[dict]:
    return json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html).group(1))


def test_the_html_labels_people_as_the_pseudonymiser_says(store, lark):
    graph = network(store, CASE)
    hidden = {n["id"]: n for n in drawn_nodes(to_html(graph, Pseudonymiser.for_case(store, CASE, hide=True)))}
    shown = {n["id"]: n for n in drawn_nodes(to_html(graph, Pseudonymiser.for_case(store, CASE, hide=False)))}

    assert hidden["person:M"]["label"] == "Mother"
    assert shown["person:M"]["label"] == "Kayleigh Lark (Mother)"
    assert "Lark" not in json.dumps(list(hidden.values()))
    assert hidden["person:C1"]["shape"] != hidden[agency_node(CSC)]["shape"] != hidden["person:M"]["shape"]


def test_every_sector_has_a_colour():
    assert set(SECTORS) <= set(SECTOR_COLOUR)
