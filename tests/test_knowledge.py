"""Who knew what, and when: a hand-worked scenario with every route and a two-hop chain.

tests/scenarios/knowledge/routes/ (fictional): police attend a domestic incident (row 1) and
refer to children's social care, carrying it (row 2); social care writes to the health visitor,
carrying it again (row 3: the second hop); the GP sees the mother (row 4) and writes to the
mental health team without saying what the letter carried (row 5); a strategy discussion
attended by social care, police and the health visitor, the GP invited but absent (row 6); a
conference that tables the GP's concern, attended by the school (row 7); the health visitor
answers the letter (row 8); the mental health team replies to the strategy discussion (row 9);
the health visitor forwards the social worker's letter to the GP (row 10: conveys row 3, which
conveyed row 1).
"""

from __future__ import annotations

import pytest

from graph.knowledge import build_knowledge, knowledge_matrix
from graph.write import write_case
from loaders.dates import parse_date
from loaders.load import load_case
from tests.scenarios.harness import SCENARIOS

POL, CSC, HV, GP, AMH, SCH = ("ag-northshire-police", "ag-children-s-social-care", "ag-health-visiting",
                              "ag-brookside-surgery", "ag-riverside-cmht", "ag-oakfield-primary-school")

# (row, agency): (first day known, route) per mode; an absent pair means never known.
BOTH = {
    (1, POL): ("03/01/2022", "recorded"),
    (1, CSC): ("04/01/2022", "conveyed"),
    (1, HV): ("10/01/2022", "conveyed"),   # two hops: police -> social care -> health visitor
    (1, GP): ("07/02/2022", "conveyed"),   # row 10 encloses row 3, which carried row 1
    (2, POL): ("04/01/2022", "recorded"),
    (2, CSC): ("04/01/2022", "received"),
    (3, CSC): ("10/01/2022", "recorded"),
    (3, HV): ("10/01/2022", "received"),
    (3, GP): ("07/02/2022", "conveyed"),
    (4, GP): ("12/01/2022", "recorded"),
    (4, CSC): ("27/01/2022", "meeting"),   # tabled at the conference (row 7 conveys row 4)
    (4, SCH): ("27/01/2022", "meeting"),
    (5, GP): ("14/01/2022", "recorded"),
    (5, AMH): ("14/01/2022", "received"),
    (6, CSC): ("20/01/2022", "recorded"),
    (6, POL): ("20/01/2022", "took_part"),
    (6, HV): ("20/01/2022", "took_part"),
    (6, AMH): ("02/02/2022", "responded"),
    (7, CSC): ("27/01/2022", "recorded"),
    (7, SCH): ("27/01/2022", "took_part"),
}
LENIENT_ONLY = {
    (4, AMH): ("14/01/2022", "inferred"),  # the GP's letter named no rows; same person, same concern
    (2, HV): ("20/01/2022", "pooled"),     # what police knew was in the room at the strategy discussion
    (3, POL): ("20/01/2022", "pooled"),
    (1, SCH): ("27/01/2022", "pooled"),
    (2, SCH): ("27/01/2022", "pooled"),
    (3, SCH): ("27/01/2022", "pooled"),
    (6, SCH): ("27/01/2022", "pooled"),
}
EXPECTED = {"strict": BOTH, "lenient": {**BOTH, **LENIENT_ONLY}}


@pytest.fixture(scope="module")
def routes_case(store):
    case, report = load_case([SCENARIOS / "knowledge" / "routes"], "knowledge-routes")
    assert not report.rejected
    write_case(store, case)
    build_knowledge(store, "knowledge-routes")
    return {int(e.seq): e.event_id for e in case.events}


def known_cells(store, events, mode, day=None):
    matrix = knowledge_matrix(store, "knowledge-routes", day=day, mode=mode)
    row_of = {event_id: seq for seq, event_id in events.items()}
    return {(row_of[r["event_id"]], agency): (cell["from_day"], cell["route"])
            for r in matrix.rows for agency, cell in r["cells"].items() if cell}


@pytest.mark.parametrize("mode", ["strict", "lenient"])
def test_every_route_gives_the_first_day_known(store, routes_case, mode):
    expected = {key: (parse_date(day).day_from, route) for key, (day, route) in EXPECTED[mode].items()}
    known = {key: value for key, value in known_cells(store, routes_case, mode).items() if key[0] <= 7}

    assert known == expected


def test_invited_but_absent_is_not_knowledge(store, routes_case):
    for mode in ("strict", "lenient"):
        assert (6, GP) not in known_cells(store, routes_case, mode)


def test_the_matrix_at_a_day_shows_only_what_was_known_by_then(store, routes_case):
    cells = known_cells(store, routes_case, "lenient", day=parse_date("15/01/2022").day_from)

    assert (1, HV) in cells and (4, AMH) in cells
    assert (4, CSC) not in cells and (6, POL) not in cells
    assert all(day <= parse_date("15/01/2022").day_from for day, _ in cells.values())


def test_receipt_is_acknowledged_only_when_the_receiver_took_the_baton(store, routes_case):
    rows = store.run("MATCH (a:Agency)-[k:KNEW {mode: 'strict'}]->(e:Event {case_id: $case_id}) "
                     "WHERE k.route IN ['received', 'conveyed'] "
                     "RETURN a.agency_id AS agency, e.seq AS seq, k.acknowledged AS ack", case_id="knowledge-routes")
    acknowledged = {(r["agency"], int(r["seq"])): r["ack"] for r in rows}

    assert acknowledged[(HV, 3)] is True, "row 8 answers the letter"
    assert acknowledged[(AMH, 5)] is False, "nothing from the mental health team within two days"

