"""The store contract: what every store (embedded FalkorDB, Neo4j) must do, tested the same way.

It always runs against the embedded store; it runs against Neo4j too when
JIGSAW_TEST_NEO4J_URI is set (credentials in NEO4J_USERNAME / NEO4J_PASSWORD).
"""

from __future__ import annotations

import os

import pytest

from graph.store import ReadOnlyViolation, StoreError
from graph.write import case_batch, write_case
from loaders.case import Agency, Case, Event, Person
from tests.conftest import counts

NEO4J_URI = os.environ.get("JIGSAW_TEST_NEO4J_URI")


@pytest.fixture(params=["embedded", "neo4j"])
def any_store(request, store):
    if request.param == "embedded":
        yield store
        return
    if not NEO4J_URI:
        pytest.skip("no Neo4j server: set JIGSAW_TEST_NEO4J_URI to run the contract against one")
    from graph.neo4j_store import Neo4jStore

    with Neo4jStore(NEO4J_URI) as neo:
        yield neo


def small_case(case_id: str, description: str = "Home visit; mother and baby seen") -> Case:
    return Case(
        case_id=case_id, title="A fictional contract case",
        people=[Person("M", "Jade Lark", "mother", False, pseudonym="Mother"),
                Person("C1", "Poppy Lark", "child", True, pseudonym="Child 1", dob_day=19000)],
        agencies=[Agency("ag-hv", "Health Visiting", "health_visiting"),
                  Agency("ag-csc", "Children's Social Care", "children_social_care")],
        events=[Event("ev-1", 19010, 19010, "20/01/2022", "day", "home_visit", description, "chron.csv:2",
                      ["ag-hv"], child_seen=True, about=["M", "C1"], saw=["C1"], shared_with=["ag-csc"],
                      concerns=["neglect"], extra={"risk_rating": "amber"})],
    )


def test_a_written_case_reads_back_with_every_node_and_edge(any_store, case_id):
    write_case(any_store, small_case(case_id))

    assert counts(any_store, case_id) == {
        ":Adult": 1, ":Agency": 2, ":Case": 1, ":Child": 1, ":Event": 1, ":Person": 2,
        "-ABOUT-": 2, "-RECORDED-": 1, "-SAW-": 1, "-SHARED_WITH-": 1,
    }
    [event] = any_store.run("MATCH (e:Event {case_id: $case_id}) RETURN e.concerns AS concerns, "
                            "e.x_risk_rating AS risk, e.child_seen AS seen", case_id=case_id)
    assert event == {"concerns": ["neglect"], "risk": "amber", "seen": True}
    assert case_id in any_store.case_ids()


def test_replacing_a_case_leaves_only_the_new_version(any_store, case_id):
    write_case(any_store, small_case(case_id, "first version"))
    write_case(any_store, small_case(case_id, "second version"))

    rows = any_store.run("MATCH (e:Event {case_id: $case_id}) RETURN e.description AS d", case_id=case_id)
    assert rows == [{"d": "second version"}]


def test_a_failure_part_way_through_a_write_leaves_the_previous_version(any_store, case_id):
    write_case(any_store, small_case(case_id, "the version a reviewer has"))
    batch = case_batch(small_case(case_id, "a version that never lands"))
    broken = batch[:3] + [("THIS IS NOT CYPHER", {})] + batch[3:]

    with pytest.raises(StoreError):
        any_store.replace_case(case_id, broken)

    rows = any_store.run("MATCH (e:Event {case_id: $case_id}) RETURN e.description AS d", case_id=case_id)
    assert rows == [{"d": "the version a reviewer has"}]


def test_read_only_queries_cannot_write_whatever_their_text(any_store, case_id):
    write_case(any_store, small_case(case_id))

    for text in ("CREATE (x:Event {case_id: $case_id})",
                 "MATCH (e:Event {case_id: $case_id}) SET e.description = 'changed'",
                 "MATCH (n {case_id: $case_id}) DETACH DELETE n"):
        with pytest.raises(ReadOnlyViolation):
            any_store.run(text, case_id=case_id, read_only=True)

    assert counts(any_store, case_id)[":Event"] == 1


def test_deleting_a_case_removes_it_and_only_it(any_store, case_id):
    write_case(any_store, small_case(case_id))
    write_case(any_store, small_case(case_id + "-other"))

    assert any_store.delete_case(case_id) is True
    assert any_store.delete_case(case_id) is False
    assert case_id not in any_store.case_ids()
    assert counts(any_store, case_id + "-other")[":Event"] == 1


def test_parameters_carry_values_never_built_into_query_text(any_store, case_id):
    hostile = "x'}) DETACH DELETE n //"
    write_case(any_store, small_case(case_id, hostile))

    rows = any_store.run("MATCH (e:Event {case_id: $case_id, description: $d}) RETURN count(e) AS n",
                         {"d": hostile}, case_id=case_id)
    assert rows == [{"n": 1}]
