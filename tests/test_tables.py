"""How a chronology file becomes raw grids: every row kept, each with a ref a reviewer can
follow back to the file ("x.csv:5", "x.xlsx#Sheet:5", "x.docx#table2:row5"; header = row 1),
and a one-line FileError, naming the file and what to do, for a file that cannot be read.

Most cases use the broken-input corpus in tests/data/broken (see its README.md)."""

import csv
import datetime as dt
import io
import pathlib

import docx
import openpyxl
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from openpyxl.styles import Font

from loaders.tables import FileError, RawTable, read_tables

BROKEN = pathlib.Path(__file__).parent / "data" / "broken"
HEADER = ["Date", "Agency", "Description", "Action / Outcome", "Child seen"]


def only_table(path: pathlib.Path) -> RawTable:
    (table,) = read_tables(path)
    return table


def cells_by_ref(table: RawTable) -> dict:
    return {row.ref: row.cells for row in table.rows}


def write(tmp_path: pathlib.Path, name: str, data: bytes | str) -> pathlib.Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- CSV: rows and refs ------------------------------------------------------------------


def test_every_csv_row_comes_back_numbered_as_a_spreadsheet_shows_it():
    table = only_table(BROKEN / "missing_date.csv")
    assert (table.file, table.part, table.warnings) == ("missing_date.csv", None, [])
    assert [row.ref for row in table.rows] == [f"missing_date.csv:{n}" for n in range(1, 7)]
    assert table.rows[0].cells == HEADER
    assert table.rows[3].cells[:2] == ["", "Police"]  # the blank date is kept, not dropped


def test_a_quoted_cell_with_line_breaks_is_one_row_and_later_refs_count_records():
    rows = cells_by_ref(only_table(BROKEN / "multiline.csv"))
    assert list(rows) == [f"multiline.csv:{n}" for n in range(1, 6)]
    assert rows["multiline.csv:3"][2] == (
        "Jade Lark attended with low mood.\nSaid she is not sleeping.\nPrescribed sertraline."
    )
    assert rows["multiline.csv:4"][1] == "Police"  # physical line 6 of the file, record 4


def test_a_line_break_in_a_header_cell_does_not_shift_the_data_refs(tmp_path):
    path = write(tmp_path, "chron.csv", 'Date,"Child\nseen"\r\n01/02/2012,Yes\r\n')
    rows = cells_by_ref(only_table(path))
    assert rows == {"chron.csv:1": ["Date", "Child\nseen"], "chron.csv:2": ["01/02/2012", "Yes"]}


def test_blank_lines_are_kept_as_empty_rows_so_refs_match_the_file(tmp_path):
    path = write(tmp_path, "gaps.csv", "Date,Agency\n01/02/2012,GP\n\n03/02/2012,Police\n")
    assert cells_by_ref(only_table(path)) == {
        "gaps.csv:1": ["Date", "Agency"],
        "gaps.csv:2": ["01/02/2012", "GP"],
        "gaps.csv:3": [],
        "gaps.csv:4": ["03/02/2012", "Police"],
    }


def test_the_reader_does_not_judge_headers_or_columns():
    duplicate = only_table(BROKEN / "duplicate_headers.csv")
    assert duplicate.rows[0].cells[2:4] == ["Description", "Description"]
    extra = only_table(BROKEN / "extra_columns.csv")
    assert extra.rows[0].cells[-1] == "Worker phone"
    assert extra.rows[1].cells[-1] == "07700 900101"
    assert duplicate.warnings == extra.warnings == []


def test_a_header_only_file_is_one_row():
    assert [row.ref for row in only_table(BROKEN / "header_only.csv").rows] == ["header_only.csv:1"]


def test_a_ten_thousand_character_cell_loads_intact():
    cell = cells_by_ref(only_table(BROKEN / "long_cell.csv"))["long_cell.csv:3"][2]
    assert len(cell) == 10_296
    assert cell.startswith("Long assessment narrative.") and cell.endswith("in detail.")


def test_a_cell_beyond_the_csv_module_default_limit_still_loads(tmp_path):
    narrative = "x" * 200_000  # csv's default field_size_limit is 131,072
    path = write(tmp_path, "huge.csv", f"Date,Description\n01/02/2012,{narrative}\n")
    assert only_table(path).rows[1].cells[1] == narrative


# --- CSV: encodings ----------------------------------------------------------------------


def test_windows_1252_is_detected_and_named_in_a_warning():
    table = only_table(BROKEN / "cp1252.csv")
    assert table.warnings == ["cp1252.csv: not UTF-8; encoding guessed as cp1252"]
    text = " ".join(" ".join(row.cells) for row in table.rows)
    for expected in ["café", "“I’m managing fine”", "£9.65", "Renée", "‘it’s over now’"]:
        assert expected in text


def test_a_short_cp1252_file_is_not_mistaken_for_a_cousin_encoding(tmp_path):
    # charset-normalizer alone guesses cp1006 (Urdu) for these bytes, turning é into another letter
    path = write(tmp_path, "short.csv", "Name,Place\r\nRenée,café\r\n".encode("cp1252"))
    table = only_table(path)
    assert table.rows[1].cells == ["Renée", "café"]
    assert table.warnings == ["short.csv: not UTF-8; encoding guessed as cp1252"]


def test_utf16_with_a_byte_order_mark_is_read_and_named():
    table = only_table(BROKEN / "utf16.csv")
    assert table.warnings == ["utf16.csv: encoding is UTF-16 (byte-order mark)"]
    assert table.rows[0].cells == HEADER
    assert table.rows[2].cells[3] == "Prescription charge of £9.65 waived"


def test_a_utf8_byte_order_mark_is_stripped_silently():
    table = only_table(BROKEN / "bom.csv")
    assert table.rows[0].cells[0] == "Date"
    assert table.warnings == []


def test_bytes_that_are_no_known_encoding_still_load_with_a_warning(tmp_path):
    path = write(tmp_path, "junk.csv", b"Date,Note\r\n01/02/2012,\x81\x8d\x8f\x90\x9d\xff\r\n")
    table = only_table(path)
    assert len(table.rows) == 2 and table.rows[1].cells[0] == "01/02/2012"
    assert len(table.warnings) == 1 and table.warnings[0].startswith("junk.csv: not UTF-8")


# --- CSV: delimiters ---------------------------------------------------------------------


def test_semicolons_are_detected_even_with_commas_in_the_text():
    table = only_table(BROKEN / "semicolon.csv")
    assert table.rows[0].cells == HEADER
    description = table.rows[2].cells[2]
    assert description == "Jade Lark attended with low mood, poor sleep; prescribed sertraline."


@pytest.mark.parametrize("delimiter", ["\t", "|", ";", ","])
def test_tab_pipe_semicolon_and_comma_are_all_detected(tmp_path, delimiter):
    rows = [["Date", "Agency", "Description"], ["01/02/2012", "GP", "Seen, well; 'fine' | ok"]]
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter).writerows(rows)
    assert [row.cells for row in only_table(write(tmp_path, "x.tsv", buf.getvalue())).rows] == rows


def test_a_title_line_above_a_tab_delimited_table_does_not_mislead_detection(tmp_path):
    # csv.Sniffer reads this file as comma-delimited
    text = (
        "Chronology: Poppy Lark\r\n"
        "Date\tAgency\tDescription\r\n"
        "07/11/2012\tGP\tweight 9kg, no concerns;\r\n"
    )
    table = only_table(write(tmp_path, "titled.txt", text))
    assert table.rows[2].cells == ["07/11/2012", "GP", "weight 9kg, no concerns;"]


def test_a_file_without_any_delimiter_is_one_column(tmp_path):
    table = only_table(write(tmp_path, "one.csv", "Description\nSeen at home\n"))
    assert [row.cells for row in table.rows] == [["Description"], ["Seen at home"]]


# --- CSV: unreadable ---------------------------------------------------------------------


def test_an_empty_file_is_a_file_error():
    with pytest.raises(FileError) as error:
        read_tables(BROKEN / "empty.csv")
    assert str(error.value) == "empty.csv: the file is empty"


def test_a_file_of_only_whitespace_is_empty_too(tmp_path):
    with pytest.raises(FileError, match=r"^blank\.csv: the file is empty$"):
        read_tables(write(tmp_path, "blank.csv", " \r\n\t\r\n"))


# --- XLSX --------------------------------------------------------------------------------


def test_every_sheet_becomes_a_table_with_excel_row_numbers():
    chronology, notes = read_tables(BROKEN / "formulas.xlsx")
    assert chronology.file == notes.file == "formulas.xlsx"
    assert (chronology.part, notes.part) == ("Chronology", "Notes")
    refs = [row.ref for row in chronology.rows]
    assert refs == [f"formulas.xlsx#Chronology:{n}" for n in range(1, 7)]
    assert chronology.rows[0].cells == HEADER + ["Days since previous"]
    assert notes.rows[0].ref == "formulas.xlsx#Notes:1"


def test_formulas_read_as_their_cached_values_and_dates_stay_datetimes():
    rows = cells_by_ref(read_tables(BROKEN / "formulas.xlsx")[0])
    assert rows["formulas.xlsx#Chronology:3"][0] == dt.datetime(2012, 10, 17)  # =A2+44
    days = [rows[f"formulas.xlsx#Chronology:{n}"][5] for n in (3, 4, 5)]
    assert days == [44, 19, 7]  # =A3-A2 ... as LibreOffice saved them


def test_a_formula_saved_without_its_result_keeps_its_text_with_a_warning():
    # openpyxl-written workbooks have no cached results at all; formulas.xlsx F6 was stripped of one
    chronology = read_tables(BROKEN / "formulas.xlsx")[0]
    assert cells_by_ref(chronology)["formulas.xlsx#Chronology:6"][5] == "=A6-A5"
    assert chronology.warnings == [
        "formulas.xlsx#Chronology:6: formula =A6-A5 has no cached value; kept the formula text"
    ]


def test_a_merged_date_applies_to_every_row_it_spans():
    rows = cells_by_ref(only_table(BROKEN / "merged.xlsx"))
    assert rows["merged.xlsx#Chronology:2"][0] == dt.datetime(2012, 9, 3)
    assert rows["merged.xlsx#Chronology:3"][0] == dt.datetime(2012, 9, 3)
    assert rows["merged.xlsx#Chronology:3"][1] == "GP"


def test_a_merged_xlsx_header_repeats_its_name_in_every_column(tmp_path):
    # Unlike Word tables (below): in a sheet a merge copies the top-left value everywhere
    wb = openpyxl.Workbook()
    wb.active.append(["Date", "Description", None])
    wb.active.merge_cells("B1:C1")
    wb.save(tmp_path / "wide.xlsx")
    header = only_table(tmp_path / "wide.xlsx").rows[0].cells
    assert header == ["Date", "Description", "Description"]


def test_interior_blank_rows_stay_and_trailing_empty_rows_and_columns_go(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chron"
    ws.append(["Date", "Agency"])
    ws.append([dt.datetime(2012, 2, 1), "GP"])
    ws.append([])
    ws.append(["03/02/2012", "Police"])
    ws["H40"].font = Font(bold=True)  # formatting stretches the used area to H40
    wb.save(tmp_path / "gaps.xlsx")
    assert cells_by_ref(only_table(tmp_path / "gaps.xlsx")) == {
        "gaps.xlsx#Chron:1": ["Date", "Agency"],
        "gaps.xlsx#Chron:2": [dt.datetime(2012, 2, 1), "GP"],
        "gaps.xlsx#Chron:3": [None, None],
        "gaps.xlsx#Chron:4": ["03/02/2012", "Police"],
    }


def test_a_password_protected_workbook_says_to_save_it_unprotected():
    with pytest.raises(FileError) as error:
        read_tables(BROKEN / "protected.xlsx")
    assert str(error.value) == (
        "protected.xlsx: the workbook is password-protected (or an old .xls); "
        "save it unprotected as .xlsx"
    )


def test_a_truncated_workbook_is_not_readable():
    with pytest.raises(FileError) as error:
        read_tables(BROKEN / "corrupt.xlsx")
    assert str(error.value).startswith("corrupt.xlsx: not a readable Excel workbook (")
    assert "\n" not in str(error.value)


def test_a_csv_renamed_to_xlsx_is_not_readable(tmp_path):
    with pytest.raises(FileError, match=r"^renamed\.xlsx: not a readable Excel workbook \(.+\)$"):
        read_tables(write(tmp_path, "renamed.xlsx", "Date,Agency\n"))


def test_a_zip_that_is_not_a_workbook_is_not_readable(tmp_path):
    buf = io.BytesIO()
    docx.Document().save(buf)  # a valid zip, but Word's
    with pytest.raises(FileError, match=r"^word\.xlsx: not a readable Excel workbook"):
        read_tables(write(tmp_path, "word.xlsx", buf.getvalue()))


# --- DOCX --------------------------------------------------------------------------------


def test_word_merges_keep_columns_aligned_and_repeat_vertical_merges():
    table = only_table(BROKEN / "merged_cells.docx")
    assert table.part == "table1"
    rows = cells_by_ref(table)
    # the "Description" header spans two grid columns: named once, the second position blank
    assert rows["merged_cells.docx#table1:row1"] == [
        "Date", "Agency", "Description", "", "Action / Outcome", "Child seen",
    ]
    assert {len(cells) for cells in rows.values()} == {6}
    # the date cell is merged down rows 2-3, the Police cell down rows 4-5
    assert rows["merged_cells.docx#table1:row2"][:2] == ["03/09/2012", "Health Visiting"]
    assert rows["merged_cells.docx#table1:row3"][:2] == ["03/09/2012", "GP"]
    assert rows["merged_cells.docx#table1:row4"][:2] == ["05/11/2012", "Police"]
    assert rows["merged_cells.docx#table1:row5"][:2] == ["06/11/2012", "Police"]
    # row 4's description is not merged across the two columns: same positions either way
    assert rows["merged_cells.docx#table1:row4"][2:5] == [
        "Called to address after neighbour reported shouting. Jade Lark said her partner had left.",
        "",
        "DASH risk assessment: standard risk",
    ]


def test_every_word_table_is_numbered_and_cell_paragraphs_join_with_newlines(tmp_path):
    document = docx.Document()
    document.add_table(rows=1, cols=2).cell(0, 0).text = "Key"
    chronology = document.add_table(rows=2, cols=2)
    chronology.cell(0, 0).text = "Date"
    chronology.cell(0, 1).text = "  Description  "
    chronology.cell(1, 0).text = "01/02/2012"
    cell = chronology.cell(1, 1)
    cell.text = "Home visit."
    cell.add_paragraph("Poppy seen asleep.")
    cell.add_paragraph("")
    document.save(tmp_path / "police.docx")
    key, table = read_tables(tmp_path / "police.docx")
    assert (key.part, table.part, table.file) == ("table1", "table2", "police.docx")
    assert cells_by_ref(table) == {
        "police.docx#table2:row1": ["Date", "Description"],
        "police.docx#table2:row2": ["01/02/2012", "Home visit.\nPoppy seen asleep."],
    }


def test_a_document_without_tables_gives_no_tables(tmp_path):
    docx.Document().save(tmp_path / "letter.docx")
    assert read_tables(tmp_path / "letter.docx") == []


def test_a_vertical_merge_with_no_top_cell_names_the_table(tmp_path):
    # Word never writes this; python-docx cannot resolve it, so the file is refused, not guessed
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0)._tc.vMerge = "continue"
    document.save(tmp_path / "odd.docx")
    expected = r"^odd\.docx#table1: the table's merged cells are malformed \("
    with pytest.raises(FileError, match=expected):
        read_tables(tmp_path / "odd.docx")


def test_a_truncated_document_is_not_readable():
    with pytest.raises(FileError) as error:
        read_tables(BROKEN / "corrupt.docx")
    assert str(error.value).startswith("corrupt.docx: not a readable Word document (")


def test_an_encrypted_or_old_word_file_says_to_save_it_unprotected(tmp_path):
    ole2 = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    with pytest.raises(FileError) as error:
        read_tables(write(tmp_path, "old.docx", ole2))
    assert str(error.value) == (
        "old.docx: the document is password-protected (or an old .doc); "
        "save it unprotected as .docx"
    )


# --- Any file ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["case.xls", "case.pdf", "case"])
def test_an_unsupported_file_type_names_the_types_that_work(tmp_path, name):
    expected = rf"^{name}: unsupported file type .*; save it as \.csv, \.xlsx or \.docx$"
    with pytest.raises(FileError, match=expected):
        read_tables(write(tmp_path, name, "Date\n"))


def test_a_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(FileError, match=r"^gone\.csv: cannot open the file \("):
        read_tables(tmp_path / "gone.csv")


def test_a_zero_byte_workbook_or_document_is_empty(tmp_path):
    for name in ("empty.xlsx", "empty.docx"):
        with pytest.raises(FileError, match=rf"^{name}: the file is empty$"):
            read_tables(write(tmp_path, name, b""))


# --- Properties --------------------------------------------------------------------------

OTHER_DELIMITERS = ";\t|"
cell_text = st.text(st.characters(exclude_characters=OTHER_DELIMITERS, exclude_categories=["Cs"]))


def round_trip(tmp_path, rows: list[list[str]]) -> RawTable:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    text = buf.getvalue()
    assume(text.strip(" \t\r\n\f\v"))  # a file of only whitespace is reported as empty
    assume(not text.startswith("\ufeff"))  # indistinguishable from a byte-order mark
    return only_table(write(tmp_path, "round.csv", text))


@given(st.lists(st.lists(cell_text, max_size=6), min_size=1, max_size=8))
def test_any_unicode_rows_written_by_the_csv_module_read_back_exactly(tmp_path_factory, rows):
    """Any text (line breaks, quotes, commas, NULs, emoji), ragged rows and empty rows alike,
    as long as no other candidate delimiter appears in the cells (then the file is ambiguous)."""
    table = round_trip(tmp_path_factory.mktemp("csv"), rows)
    assert [row.cells for row in table.rows] == rows
    assert [row.ref for row in table.rows] == [f"round.csv:{n}" for n in range(1, len(rows) + 1)]


@st.composite
def headed_tables(draw) -> list[list[str]]:
    """A header of plain names, then rows of the same width holding any single-line text."""
    width = draw(st.integers(min_value=2, max_value=6))
    line = st.text(st.characters(exclude_characters="\r\n", exclude_categories=["Cs"]))
    body = draw(st.lists(st.lists(line, min_size=width, max_size=width), min_size=1, max_size=8))
    return [[f"Column {n}" for n in range(1, width + 1)]] + body


@given(headed_tables())
def test_semicolons_tabs_and_pipes_in_cells_cannot_fool_detection(tmp_path_factory, rows):
    """The header has one cell per column under the true delimiter, so no other candidate can
    match it on as many records."""
    table = round_trip(tmp_path_factory.mktemp("csv"), rows)
    assert [row.cells for row in table.rows] == rows
