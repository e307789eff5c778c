"""Seen alone and the child's views, read from the words when the column is blank.

"No record of when, or if, the child was ever seen alone" (O08 L331) is a finding, so a blank
Seen alone or Views recorded cell must stay unknown unless the row says so in words. Each table
row is a line as a practitioner might write it (all people fictional); the expected value is
True, False (the words say it did not happen) or None (the words do not say).
"""

from __future__ import annotations

import pytest

from loaders.lexicon import child_views_from_text, seen_alone_from_text
from tests.test_loader import case_folder, event, load_rows  # noqa: F401  (case_folder is a fixture)

SEEN_ALONE = [
    ("Home visit. C1 seen alone in her bedroom.", True, "seen alone"),
    ("Spoke to her alone about school.", True, "Spoke to her alone"),
    ("Amy seen on his own in the lounge.", True, "seen on his own"),
    ("SW spoke with Amy on her own without mum present.", True, "spoke with Amy on her own"),
    ("Visited at school, spoke to Amy without her parents present.", True,
     "spoke to Amy without her parents present"),
    ("Was able to see C1 alone.", True, "see C1 alone"),
    ("No concerns, C1 seen alone.", True, "seen alone"),
    # negation: the words say the child was not seen alone
    ("C1 was not seen alone.", False, "not seen alone"),
    ("Unable to see him alone as mum stayed in the room.", False, "Unable to see him alone"),
    ("C1 could not be seen alone as she was asleep.", False, "not be seen alone"),
    ("Mum would not allow SW to see C1 alone.", False, "not allow SW to see C1 alone"),
    ("Asked to see Amy alone but mum refused.", False, "Asked to see Amy alone but mum refused"),
    ("No opportunity to see C1 alone.", False, "No opportunity to see C1 alone"),
    ("Seen alone: no", False, "Seen alone: no"),
    # the words do not say the child was seen alone
    ("Mum seen alone for the routine enquiry.", None, None),
    ("Spoke to dad alone about the incident.", None, None),
    ("SW to see C1 alone at the next visit.", None, None),
    ("C1 left home alone while mum went out.", None, None),
    ("Mother and baby seen; baby asleep.", None, None),
    ("C1 seen alone; C2 not seen alone.", None, None),  # which child? left unknown
]


@pytest.mark.parametrize(("text", "value", "words"), SEEN_ALONE)
def test_seen_alone_from_text(text, value, words):
    assert seen_alone_from_text(text) == (None if value is None else (value, words))


VIEWS = [
    ("Wishes and feelings work completed with C1.", True, "Wishes and feelings"),
    ("C1 said she wants to live with nan.", True, "C1 said she wants"),
    ("She said she wants to go home.", True, "said she wants"),
    ("Child's views recorded in the assessment.", True, "Child's views"),
    ("Voice of the child captured in the report.", True, "Voice of the child"),
    ("Wishes and feelings not obtained.", False, "Wishes and feelings not obtained"),
    ("No child's views recorded.", False, "No child's views"),
    ("Unable to ascertain wishes and feelings.", False, "Unable to ascertain wishes and feelings"),
    ("The child's views were not sought.", False, "child's views were not sought"),
    ("Wishes & feelings: none recorded.", False, "Wishes & feelings: none"),
    ("Wishes and feelings work to be completed.", None, None),
    ("Mum said she wants more support.", None, None),
    ("Home visit, all well.", None, None),
]


@pytest.mark.parametrize(("text", "value", "words"), VIEWS)
def test_child_views_from_text(text, value, words):
    assert child_views_from_text(text) == (None if value is None else (value, words))


HEADER = ("Seq", "Date", "Agency", "People", "Description", "Child seen", "Seen alone")


def test_a_blank_seen_alone_cell_is_read_from_the_words_and_keeps_them(case_folder):
    case, _ = load_rows(case_folder, [
        ["1", "03/06/2021", "Childrens Social Care", "C1", "Visit; spoke to Amy alone in her room.", "", ""],
        ["2", "04/06/2021", "Childrens Social Care", "C1", "Visit; unable to see Amy alone.", "Y", ""],
        ["3", "05/06/2021", "Childrens Social Care", "C1", "Visit; spoke to Amy alone in her room.", "Y", "N"],
        ["4", "06/06/2021", "Midwifery", "M", "Antenatal check, seen alone, routine enquiry.", "", ""],
    ], header=HEADER)

    first, second = event(case, 1), event(case, 2)
    assert (first.seen_alone, first.child_seen, first.saw) == (True, True, ["C1"])
    assert "seen_alone:yes <- 'spoke to Amy alone'" in first.tag_evidence
    assert (second.seen_alone, second.child_seen) == (False, True)
    assert "seen_alone:no <- 'unable to see Amy alone'" in second.tag_evidence
    assert event(case, 3).seen_alone is False, "the column wins over the words"
    assert (event(case, 4).seen_alone, event(case, 4).saw) == (None, []), "the mother seen alone, not a child"


def test_a_blank_views_cell_is_read_from_the_words(case_folder):
    case, _ = load_rows(case_folder, [
        ["1", "03/06/2021", "Childrens Social Care", "C1", "Amy's wishes and feelings recorded.", "Y", ""],
        ["2", "04/06/2021", "Childrens Social Care", "C1", "Wishes and feelings not obtained.", "Y", ""],
        ["3", "05/06/2021", "Childrens Social Care", "C1", "Home visit.", "Y", "Y"],
        ["4", "06/06/2021", "Childrens Social Care", "C1", "Wishes and feelings work completed.", "Y", "N"],
    ], header=("Seq", "Date", "Agency", "People", "Description", "Child seen", "Views recorded"))

    assert [event(case, n).child_views for n in (1, 2, 3, 4)] == [True, False, True, False]
    assert "child_views:yes <- 'wishes and feelings'" in event(case, 1).tag_evidence
