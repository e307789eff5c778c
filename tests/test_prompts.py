"""Walk-through prompts (graph/prompts.py): a trainer's questions, saved with the case.

A trainer prepares a session once and runs it many times, and a case is reloaded when a
chronology is corrected: the prompts must be in the store, and survive the reload as the
findings' triage does.
"""

from __future__ import annotations

import pytest

from graph.chronology import chronology
from graph.prompts import delete_prompt, list_prompts, save_prompt
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE


@pytest.fixture
def lark(store, case_id):
    case, _ = load_case([EXAMPLE], case_id)
    write_case(store, case)
    return case


def row(store, case_id: str, source_ref: str) -> dict:
    return next(r for r in chronology(store, case_id) if r["source_ref"] == source_ref)


def test_a_prompt_is_saved_at_its_event_and_listed_in_chronology_order(store, case_id, lark):
    later = save_prompt(store, case_id, row(store, case_id, "chronology.csv:36"), "What did social care not have here?")
    earlier = save_prompt(store, case_id, row(store, case_id, "chronology.csv:3"), " Who else should hear this? ")

    listed = list_prompts(store, case_id)

    assert [p["prompt_id"] for p in listed] == [earlier["prompt_id"], later["prompt_id"]]
    assert (listed[0]["source_ref"], listed[0]["text"]) == ("chronology.csv:3", "Who else should hear this?")


def test_a_prompt_survives_a_reload_of_the_case(store, case_id, lark):
    saved = save_prompt(store, case_id, row(store, case_id, "chronology.csv:36"), "What would you have asked?")

    write_case(store, lark)

    assert list_prompts(store, case_id) == [saved]
    assert row(store, case_id, "chronology.csv:36")["event_id"] == saved["event_id"], "it still names its event"


def test_a_deleted_prompt_is_gone_and_stays_gone_after_a_reload(store, case_id, lark):
    saved = save_prompt(store, case_id, row(store, case_id, "chronology.csv:36"), "Delete me")

    assert delete_prompt(store, case_id, saved["prompt_id"])
    assert not delete_prompt(store, case_id, saved["prompt_id"])
    write_case(store, lark)
    assert list_prompts(store, case_id) == []


def test_a_prompt_needs_some_text(store, case_id, lark):
    with pytest.raises(ValueError):
        save_prompt(store, case_id, row(store, case_id, "chronology.csv:36"), "   ")
