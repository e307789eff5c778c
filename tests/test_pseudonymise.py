"""Names hidden: every name and alias from the people sheet leaves the text, pseudonyms stay.

Checked against examples/lark-family's people sheet and chronology, the text a trainer would
project, so a miss here is a name on a screen in a training room.
"""

from __future__ import annotations

import csv
import re

import pytest

from graph.pseudonymise import SURNAME, Person, Pseudonymiser
from graph.write import write_case
from loaders.load import load_case
from tests.conftest import EXAMPLE

MOTHER = Person("M", "Kayleigh Lark", "Mother", "mother", ("mum", "Ms K", "Ms Lark"), None, False)
PARTNER = Person("P", "Dean Marsh", "Father", "father", ("Mr D", "Deano"), None, False)
BABY = Person("C2", "Riley Lark", "Child 2", "baby", ("baby Riley",), None, True)


@pytest.fixture
def hide():
    return Pseudonymiser([MOTHER, PARTNER, BABY])


def test_names_aliases_first_names_and_initials_become_pseudonyms(hide):
    text = "Kayleigh's partner Deano (DM) said Ms K and baby Riley were fine; KL declined."

    assert hide.text(text) == "Mother's partner Father (Father) said Mother and Child 2 were fine; Mother declined."


def test_a_surname_shared_by_the_family_becomes_a_neutral_family_name(hide):
    assert hide.text("The Lark family were visited.") == f"The {SURNAME} family were visited."


def test_words_that_merely_contain_a_name_are_left_alone(hide):
    assert hide.text("Skylark Nursery; Marshall Road; deanery") == "Skylark Nursery; Marshall Road; deanery"


def test_labels_show_pseudonyms_hidden_and_names_with_pseudonyms_shown(hide):
    shown = Pseudonymiser([MOTHER, PARTNER, BABY], hide=False)

    assert (hide.label("M"), shown.label("M")) == ("Mother", "Kayleigh Lark (Mother)")
    assert shown.text("Kayleigh seen") == "Kayleigh seen"


def test_no_name_or_alias_of_the_example_survives_in_its_chronology(store):
    """Every description and outcome of lark-family, hidden, holds no name or (non-role) alias."""
    case, _ = load_case([EXAMPLE], "pseudonymise-lark")
    write_case(store, case)
    hide = Pseudonymiser.for_case(store, "pseudonymise-lark")
    with open(EXAMPLE / "people.csv", encoding="utf-8") as f:
        people = list(csv.DictReader(f))
    with open(EXAMPLE / "chronology.csv", encoding="utf-8") as f:
        text = "\n".join(hide.text(r["Description"] + " " + r["Action / Outcome"]) for r in csv.DictReader(f))
    names = {w for p in people for w in p["name"].split()}
    aliases = {a.strip() for p in people for a in p["aliases"].split(";") if a.strip() and a.strip()[0].isupper()}

    leaked = sorted(n for n in names | aliases if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE))
    assert leaked == []


def test_initials_that_are_also_job_titles_are_left_alone():
    """Paula Cole's initials are PC, but "PC 2290" in a police log is a constable."""
    hide = Pseudonymiser([Person("M", "Paula Cole", "Mother", "mother", (), None, False)])

    assert hide.text("PC 2290 attended; P.C. said she was fine") == "PC 2290 attended; Mother said she was fine"
