"""How chronology dates are read: each line of the tables below is a date as practitioners
type it, and the day range and precision it becomes in the graph."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.model import PRECISIONS
from loaders.dates import (
    APPROX_MARGIN_DAYS,
    UNCERTAIN_MARGIN_DAYS,
    DateError,
    DayRange,
    day_number,
    day_to_date,
    format_day,
    format_range,
    parse_date,
)

READS = [
    # A single day, UK day-first, however it is typed
    ("12/03/2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12/3/2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("03/04/2012", date(2012, 4, 3), date(2012, 4, 3), "day"),  # 3 April, never 4 March
    ("12.3.12", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12.03.2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12-3-2012", date(2012, 3, 12), date(2012, 3, 12), "day"),  # hyphens, yet not a span
    ("12-Mar-12", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12 Mar 2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12 March, 2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12th March 2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("1st Feb 2013", date(2013, 2, 1), date(2013, 2, 1), "day"),
    ("Monday 12th March 2012", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("2012-03-12", date(2012, 3, 12), date(2012, 3, 12), "day"),  # ISO, not a span
    ("29/02/2012", date(2012, 2, 29), date(2012, 2, 29), "day"),
    ("  12 / 03 / 2012. ", date(2012, 3, 12), date(2012, 3, 12), "day"),
    # A time of day is kept elsewhere; the date is still one day
    ("12/03/2012 14:30", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12/03/2012 2.30pm", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("12/03/12 @ 1430hrs", date(2012, 3, 12), date(2012, 3, 12), "day"),
    ("2012-03-12T14:30:00", date(2012, 3, 12), date(2012, 3, 12), "day"),
    # Two-digit years: 70-99 are the 1900s, 00-69 the 2000s
    ("12/03/99", date(1999, 3, 12), date(1999, 3, 12), "day"),
    ("01/01/70", date(1970, 1, 1), date(1970, 1, 1), "day"),
    ("31/12/69", date(2069, 12, 31), date(2069, 12, 31), "day"),
    # A month is the whole month
    ("March 2012", date(2012, 3, 1), date(2012, 3, 31), "month"),
    ("Mar-12", date(2012, 3, 1), date(2012, 3, 31), "month"),
    ("Mar 2012", date(2012, 3, 1), date(2012, 3, 31), "month"),
    ("03/2012", date(2012, 3, 1), date(2012, 3, 31), "month"),
    ("Feb 2012", date(2012, 2, 1), date(2012, 2, 29), "month"),
    ("Sept 2011", date(2011, 9, 1), date(2011, 9, 30), "month"),
    ("??/03/2012", date(2012, 3, 1), date(2012, 3, 31), "month"),  # day not known
    # Early 1-10, mid 11-20, late or end 21 to the month's end
    ("early March 2012", date(2012, 3, 1), date(2012, 3, 10), "part_month"),
    ("beginning of April 2012", date(2012, 4, 1), date(2012, 4, 10), "part_month"),
    ("mid March 2012", date(2012, 3, 11), date(2012, 3, 20), "part_month"),
    ("mid-Feb 2013", date(2013, 2, 11), date(2013, 2, 20), "part_month"),
    ("late February 2012", date(2012, 2, 21), date(2012, 2, 29), "part_month"),
    ("end of March 2012", date(2012, 3, 21), date(2012, 3, 31), "part_month"),
    # School terms (fixed approximations), seasons and thirds of a year
    ("Spring term 2012", date(2012, 1, 1), date(2012, 4, 10), "term"),
    ("Summer term 2012", date(2012, 4, 11), date(2012, 7, 23), "term"),
    ("Autumn term 2011", date(2011, 9, 1), date(2011, 12, 20), "term"),
    ("Summer 2012", date(2012, 6, 1), date(2012, 8, 31), "term"),
    ("Winter 2012", date(2011, 12, 1), date(2012, 2, 29), "term"),
    ("late 2012", date(2012, 9, 1), date(2012, 12, 31), "term"),
    # A year is the whole year
    ("2012", date(2012, 1, 1), date(2012, 12, 31), "year"),
    # Approximate: 14 days around a day, 31 around a month, 183 around a year
    ("approx 12/03/2012", date(2012, 2, 27), date(2012, 3, 26), "approximate"),
    ("about 12/03/2012", date(2012, 2, 27), date(2012, 3, 26), "approximate"),
    ("approx. March 2012", date(2012, 1, 30), date(2012, 5, 1), "approximate"),
    ("c. March 2012", date(2012, 1, 30), date(2012, 5, 1), "approximate"),
    ("around March 2012", date(2012, 1, 30), date(2012, 5, 1), "approximate"),
    ("March 2012 (approx)", date(2012, 1, 30), date(2012, 5, 1), "approximate"),
    ("circa 2012", date(2011, 7, 2), date(2013, 7, 2), "approximate"),
    # Chronolator's "?" mark: 7 days around a day, 15 around a month
    ("?12/03/2012", date(2012, 3, 5), date(2012, 3, 19), "uncertain"),
    ("12/03/2012?", date(2012, 3, 5), date(2012, 3, 19), "uncertain"),
    ("?March 2012", date(2012, 2, 15), date(2012, 4, 15), "uncertain"),
    # Spans run from the start of the first date to the end of the last
    ("Feb 2020 - Apr 2020", date(2020, 2, 1), date(2020, 4, 30), "span"),
    ("Sep 2011\u2013Feb 2012", date(2011, 9, 1), date(2012, 2, 29), "span"),  # en dash
    ("Sep 2011 \u2014 Feb 2012", date(2011, 9, 1), date(2012, 2, 29), "span"),  # em dash
    ("Sep 2011-Feb 2012", date(2011, 9, 1), date(2012, 2, 29), "span"),
    ("2006-2011", date(2006, 1, 1), date(2011, 12, 31), "span"),
    ("12/03/2012 to 15/03/2012", date(2012, 3, 12), date(2012, 3, 15), "span"),
    ("12/03/2012 - 15/03/2012", date(2012, 3, 12), date(2012, 3, 15), "span"),
    ("between 12/03/2012 and 15/03/2012", date(2012, 3, 12), date(2012, 3, 15), "span"),
    ("from 12.03.12 until 15.03.12", date(2012, 3, 12), date(2012, 3, 15), "span"),
    ("12-15/03/2012", date(2012, 3, 12), date(2012, 3, 15), "span"),
    ("12th-15th March 2012", date(2012, 3, 12), date(2012, 3, 15), "span"),
    ("March-April 2012", date(2012, 3, 1), date(2012, 4, 30), "span"),
    ("w/c 12/03/2012", date(2012, 3, 12), date(2012, 3, 18), "span"),  # week commencing
]


@pytest.mark.parametrize(("text", "first", "last", "precision"), READS)
def test_reads_what_practitioners_type(text, first, last, precision):
    assert parse_date(text) == DayRange(day_number(first), day_number(last), precision)
    assert precision in PRECISIONS


REJECTS = [
    ("31/02/2012", "impossible date"),
    ("13/13/2012", "impossible date"),
    ("2012-13-01", "impossible date"),
    ("12/03/1012", "year out of range"),
    ("15/03/2012 - 12/03/2012", "span ends before it starts"),
    ("unknown", "unparseable date"),
    ("see above", "unparseable date"),
    ("N/K", "unparseable date"),
    ("n/a", "unparseable date"),
    ("TBC", "unparseable date"),
    ("12/03", "unparseable date"),  # no year: we will not guess one
    ("March", "unparseable date"),
    ("?", "unparseable date"),
]


@pytest.mark.parametrize(("text", "reason"), REJECTS)
def test_rejects_what_is_not_a_date_and_names_it(text, reason):
    with pytest.raises(DateError) as raised:
        parse_date(text)
    assert str(raised.value) == f"{reason} '{text}'"


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_a_blank_cell_is_a_missing_date(blank):
    with pytest.raises(DateError, match="^missing date$"):
        parse_date(blank)


def test_a_long_rejected_text_is_cut_short_in_the_message():
    text = "Not known - see the police log for the incident in question"
    with pytest.raises(DateError) as raised:
        parse_date(text)
    assert str(raised.value) == f"unparseable date '{text[:39]}…'"


@pytest.mark.parametrize("base", ["12/03/2012", "mid March 2012", "March 2012",
                                  "Spring term 2012", "2012", "Feb 2020 - Apr 2020"])
def test_hedges_widen_by_the_documented_margins(base):
    exact = parse_date(base)
    for hedged, precision, margins in ((f"approx {base}", "approximate", APPROX_MARGIN_DAYS),
                                       (f"?{base}", "uncertain", UNCERTAIN_MARGIN_DAYS)):
        margin = margins[exact.precision]
        assert parse_date(hedged) == DayRange(exact.day_from - margin, exact.day_to + margin,
                                              precision)


def test_excel_cells_arrive_as_dates_and_the_time_is_dropped():
    day = day_number(date(2012, 3, 12))
    expected = DayRange(day, day, "day")
    assert parse_date(date(2012, 3, 12)) == expected
    assert parse_date(datetime(2012, 3, 12)) == expected
    assert parse_date(datetime(2012, 3, 12, 14, 30)) == expected


def test_days_count_from_1970_and_display_uk_style():
    assert day_number(date(1970, 1, 1)) == 0
    assert day_to_date(day_number(date(2012, 3, 12))) == date(2012, 3, 12)
    assert format_day(day_number(date(2012, 3, 12))) == "12/03/2012"
    assert format_range(parse_date("12/03/2012")) == "12/03/2012"
    assert format_range(parse_date("March 2012")) == "01/03/2012–31/03/2012"


DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31))


@given(DATES)
def test_every_typed_day_reads_back_as_itself(d):
    day = day_number(d)
    assert parse_date(d.strftime("%d/%m/%Y")) == DayRange(day, day, "day")


@given(st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2040, 12, 31, 23, 59)))
def test_every_excel_datetime_reads_as_its_day(moment):
    day = day_number(moment.date())
    assert parse_date(moment) == DayRange(day, day, "day")
