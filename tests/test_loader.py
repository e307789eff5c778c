"""How a chronology row becomes an event: people, agencies, tags and links, read from real files.

Every case here is fictional: the Wren family (mother Tess Wren, her partner Colin Barr,
children Amy and baby Jo).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders.load import load_case

PEOPLE = [
    ["id", "name", "aliases", "role", "dob", "sex", "household", "parent of", "partner of", "sibling of"],
    ["M", "Tess Wren", "mum; mother; Ms W", "mother", "01/02/1995", "F", "H1", "C1 (birth); C2 (birth)", "P (from 03/2021)", ""],
    ["P", "Colin Barr", "mother's partner; Mr B", "mothers_partner", "", "M", "H1", "C2 (partner_of_parent)", "", ""],
    ["C1", "Amy Wren", "Amy", "child", "10/10/2016", "F", "H1", "", "", "C2 (half)"],
    ["C2", "Jo Wren", "baby", "baby", "05/05/2021", "M", "H1", "", "", ""],
]


def write(folder: Path, name: str, rows: list[list[str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / name, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return folder / name


@pytest.fixture
def case_folder(tmp_path):
    folder = tmp_path / "wren"
    write(folder, "people.csv", PEOPLE)
    (folder / "case.yaml").write_text("# FICTIONAL\ntitle: Wren family\nsubjects: [C2]\n"
                                      "review_period: {from: 01/01/2021, to: 31/12/2021}\n")
    return folder


def load_rows(folder, rows, header=("Seq", "Date", "Agency", "Description", "Action / Outcome", "Child seen",
                                    "Conveys", "Shared with")):
    write(folder, "chronology.csv", [list(header), *rows])
    return load_case([folder], "wren")


def event(case, seq):
    return next(e for e in case.events if e.seq == str(seq))


def test_people_are_linked_by_the_names_chronologies_use(case_folder):
    case, report = load_rows(case_folder, [
        ["1", "03/06/2021", "Health Visiting", "Home visit. Mum and baby seen; Mr B in the kitchen.", "", "Y", "", ""],
    ])

    assert set(event(case, 1).about) == {"M", "C2", "P"}
    assert event(case, 1).saw == ["C2"], "only children are 'seen'; the child seen column says Y"
    assert report.unknown_people == []


def test_someone_named_but_not_in_the_people_sheet_is_reported(case_folder):
    _, report = load_rows(case_folder, [
        ["1", "03/06/2021", "Northshire Police", "Police called; mum's new boyfriend Mr Kaye present.", "", "", "", ""],
    ])

    assert any("Mr Kaye" in p and "chronology.csv:2" in p for p in report.unknown_people)


def test_blank_child_seen_means_the_record_does_not_say(case_folder):
    case, _ = load_rows(case_folder, [
        ["1", "03/06/2021", "Health Visiting", "Telephone call to mum.", "", "", "", ""],
        ["2", "04/06/2021", "Health Visiting", "Home visit, Amy seen.", "", "N", "", ""],
    ])

    assert event(case, 1).child_seen is None
    assert event(case, 2).child_seen is False


def test_a_referral_named_only_in_the_text_gets_its_recipient_with_the_words_that_said_so(case_folder):
    case, _ = load_rows(case_folder, [
        ["1", "03/06/2021", "Children's Social Care", "Strategy discussion held.", "", "", "", ""],
        ["2", "10/06/2021", "Oakfield Primary School", "Amy disclosed that Mr B hits mum. Referral to CSC made.",
         "", "", "", ""],
    ])

    referral = event(case, 2)
    csc = next(a for a in case.agencies if a.sector == "children_social_care")
    assert referral.referred_to == [csc.agency_id]
    assert any(t.startswith("referred_to:children_social_care") and "CSC" in t for t in referral.tag_evidence)


def test_spellings_of_one_agency_become_one_agency(case_folder):
    case, report = load_rows(case_folder, [
        ["1", "03/06/2021", "Health Visiting", "Home visit.", "", "", "", ""],
        ["2", "04/06/2021", "HV", "Home visit.", "", "", "", ""],
        ["3", "05/06/2021", "Oakfield Primary School", "Amy in school.", "", "", "", ""],
        ["4", "06/06/2021", "Hilltop Primary School", "Amy in school.", "", "", "", ""],
    ])

    assert event(case, 1).agency_ids == event(case, 2).agency_ids
    assert event(case, 3).agency_ids != event(case, 4).agency_ids
    assert any("'Health Visiting'" in w and "'HV'" in w for w in report.warnings)


def test_conveys_and_shared_with_link_rows_and_agencies(case_folder):
    case, _ = load_rows(case_folder, [
        ["1", "03/06/2021", "Northshire Police", "Domestic incident at the home; mum assaulted.", "", "", "", ""],
        ["2", "04/06/2021", "Northshire Police", "Notification sent.", "", "", "1", "Health Visiting; Oakfield Primary School"],
        ["3", "05/06/2021", "Northshire Police", "Follow-up.", "", "", "9", ""],
    ])

    assert event(case, 2).conveys == [event(case, 1).event_id]
    assert len(event(case, 2).shared_with) == 2
    assert event(case, 3).conveys == []


def test_inferred_tags_keep_their_evidence_and_explicit_columns_win(case_folder):
    case, report = load_rows(case_folder, [
        ["1", "03/06/2021", "Brookside Surgery", "Jo WNB for 8 week check. No concerns re neglect.", "", "", "", ""],
        ["2", "04/06/2021", "Brookside Surgery", "Jo WNB again.", "domestic_abuse", "", "", ""],
    ], header=("Seq", "Date", "Agency", "Description", "Concerns", "Child seen", "Conveys", "Shared with"))

    first, second = event(case, 1), event(case, 2)
    assert first.type == "missed_appointment"
    assert "type:missed_appointment <- 'WNB'" in first.tag_evidence
    assert "neglect" not in first.concerns, "negated"
    assert second.concerns == ["domestic_abuse"], "the Concerns column wins over the text"
    assert report.inferred_tags >= 1


def test_a_file_with_no_agency_column_takes_the_agency_given_or_its_name(tmp_path):
    write(tmp_path, "brookside_surgery.csv", [["Date", "Description"], ["03/06/2021", "Seen by GP."]])

    named, report = load_case([tmp_path / "brookside_surgery.csv"], "gp")
    given, _ = load_case([tmp_path / "brookside_surgery.csv"], "gp", agency="Riverside Surgery")

    assert named.agencies[0].name == "brookside surgery"
    assert any("from the file name" in w for w in report.warnings)
    assert given.agencies[0].name == "Riverside Surgery"


def test_source_refs_point_back_to_the_spreadsheet_row(case_folder):
    case, _ = load_rows(case_folder, [
        ["1", "03/06/2021", "Health Visiting", "Home visit.", "", "", "", ""],
        ["2", "March 2021", "Health Visiting", "Home visit.", "", "", "", ""],
    ])

    assert [e.source_ref for e in case.events] == ["chronology.csv:3", "chronology.csv:2"], "ordered by date"
    assert event(case, 2).precision == "month" and event(case, 2).day_to > event(case, 2).day_from


def test_relations_and_households_come_from_the_people_sheet(case_folder):
    case, _ = load_rows(case_folder, [["1", "03/06/2021", "Health Visiting", "Home visit.", "", "", "", ""]])

    kinds = {(r.type, r.from_id, r.to_id, r.kind) for r in case.relations}
    assert ("PARENT_OF", "P", "C2", "partner_of_parent") in kinds
    assert ("SIBLING_OF", "C1", "C2", "half") in kinds
    partner = next(r for r in case.relations if r.type == "PARTNER_OF")
    assert partner.from_day is not None and partner.to_day is None
    assert {p.person_id: p.is_child for p in case.people} == {"M": False, "P": False, "C1": True, "C2": True}
    assert {p.pseudonym for p in case.people} >= {"Child 1", "Child 2", "Mother"}


def test_views_reporter_and_gestation_columns_are_read_and_blank_stays_unknown(case_folder):
    """ADD-6 columns: whether the child's views were recorded, who raised a concern when it was
    not a professional, and the gestation at booking (for the estimated date of birth)."""
    case, report = load_rows(case_folder, [
        ["1", "03/06/2021", "Childrens Social Care", "Amy seen at school.", "Y", "Y", "", ""],
        ["2", "04/06/2021", "Childrens Social Care", "Call from nan worried about the baby.", "", "", "Grandmother", ""],
        ["3", "05/06/2021", "Midwifery", "Booking appointment.", "", "", "", "12+3"],
        ["4", "06/06/2021", "Midwifery", "Booking appointment.", "", "", "", "about 3 months"],
    ], header=("Seq", "Date", "Agency", "Description", "Child seen", "Views recorded", "Reported by", "Gestation"))

    assert (event(case, 1).child_views, event(case, 2).child_views) == (True, None)
    assert (event(case, 2).reporter_role, event(case, 1).reporter_role) == ("grandmother", "")
    assert (event(case, 3).gestation_weeks, event(case, 4).gestation_weeks) == (12, None)
    assert any("chronology.csv:5" in w and "gestation" in w for w in report.warnings)
