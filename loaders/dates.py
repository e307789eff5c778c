"""Turn the dates people type into chronologies into day ranges the graph can reason on.

Chronologies are typed by social workers, police and health staff, so one column holds
"12/03/2012", "Mar-12", "mid March 2012", "?12/03/2012" and "Sep 2011 - Feb 2012" side by
side. A single day would invent certainty the record lacks, so every date becomes an
inclusive range of days since 1970-01-01 plus a precision word (DESIGN.md "Time"):
detectors ask whether something *possibly* or *certainly* fell inside a window, and
integer days keep the Cypher free of engine-specific temporal functions.

Reading is always UK day-first: "03/04/2012" is 3 April, never 4 March. Text that cannot
be read raises DateError naming the text, so a loader reports the row rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from graph.model import PRECISIONS

EPOCH = date(1970, 1, 1)

# Two-digit years 00-69 are the 2000s and 70-99 the 1900s: chronology events reach back
# to parents' own childhoods in the 1970s at the earliest, so "65" is read as 2065:
# dates from the 1960s must be typed with four digits.
TWO_DIGIT_YEAR_PIVOT = 70

# A four-digit year outside these is a typo ("12/03/1012"), not history.
FIRST_YEAR, LAST_YEAR = 1900, 2099

# "early/mid/late March": days 1-10, 11-20 and 21 to the month's end ("end of" = late).
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}

# "early/mid/late 2012": four-month thirds from January, May, September, with precision
# "term", which this module uses for any named part of a year.
PART_OF_YEAR_START = {"early": 1, "mid": 5, "late": 9}

# English school terms vary by authority and with Easter, so these are fixed
# approximations wide enough to hold any authority's term: (month, day) to (month, day).
SCHOOL_TERMS = {"spring": ((1, 1), (4, 10)), "summer": ((4, 11), (7, 23)), "autumn": ((9, 1), (12, 20))}

# Plain seasons (precision "term") are the Met Office's meteorological seasons. "Winter 2012"
# is taken as the winter that *ends* in 2012 (Dec 2011-Feb 2012): a note written in
# January about "this winter" names the year it is in. Month 0 is the December before.
SEASON_START_MONTH = {"winter": 0, "spring": 3, "summer": 6, "autumn": 9}

# "approx"/"circa"/"about" widen the range each side by a margin that grows with how
# coarse the underlying date is: a fortnight around a day, a month around a month, term
# or span, half a year around a year. Wide enough to hold what the writer meant, narrow
# enough that a detector's window still means something.
APPROX_MARGIN_DAYS = {"day": 14, "part_month": 14, "month": 31, "term": 31, "span": 31, "year": 183}

# Chronolator's "?" mark says the writer doubts a date they did type: a lighter hedge
# than "approx", so half its margin (a week around a day).
UNCERTAIN_MARGIN_DAYS = {precision: margin // 2 for precision, margin in APPROX_MARGIN_DAYS.items()}

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_MONTHS = {key: n for n, name in enumerate(_MONTH_NAMES, 1) for key in (name, name[:3])} | {"sept": 9}


@dataclass(frozen=True)
class DayRange:
    day_from: int
    day_to: int
    precision: str  # one of graph.model.PRECISIONS

    def __post_init__(self) -> None:
        # Other modules build ranges too; a bad one would silently corrupt detector windows.
        if self.precision not in PRECISIONS or self.day_to < self.day_from:
            raise ValueError(f"invalid day range {self}")


class DateError(ValueError):
    """A date that cannot be read; the message is one short reason naming the text."""


def parse_date(value: str | date | None) -> DayRange:
    """Read one chronology date cell: text, an Excel date/datetime, or a bare year number."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        day = day_number(value)
        return DayRange(day, day, "day")
    text = "" if value is None else str(value)  # an Excel cell holding 2012 is a number
    if not text.strip():
        raise DateError("missing date")
    try:
        found = _parse_hedged(_normalise(text))
    except DateError as error:
        raise DateError(f"{error} {_quote(text)}") from None
    if found is None:
        raise DateError(f"unparseable date {_quote(text)}")
    return found


def day_number(d: date) -> int:
    return (d - EPOCH).days


def day_to_date(day: int) -> date:
    return EPOCH + timedelta(days=day)


def format_day(day: int) -> str:
    d = day_to_date(day)
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"  # strftime pads years < 1000 per platform


def format_range(r: DayRange) -> str:
    if r.day_from == r.day_to:
        return format_day(r.day_from)
    return f"{format_day(r.day_from)}–{format_day(r.day_to)}"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"'{text[:39]}…'" if len(text) > 40 else f"'{text}'"


_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* ")
# A time after the date: "14:30", "2.30pm", "3pm", "1430hrs", "@ 14:30", ISO "T14:30:00".
_TIME = re.compile(r"(?: ?(?:@|at) ?| |(?<=\d)t)(?:\d{1,2}[:.]\d{2}(?::\d{2})? ?(?:am|pm|hrs?|hours)?"
                   r"|\d{1,2} ?(?:am|pm)|\d{4} ?(?:hrs?|hours))$")


def _normalise(text: str) -> str:
    """Reduce typing habits to one spelling so the patterns below stay few."""
    text = text.strip().lower()
    text = re.sub(r"[\u2012-\u2015\u2212]", "-", text)  # en/em dashes and minus signs
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\s+", " ", text.replace(",", " ")).strip()
    text = re.sub(r"\.+(?= |$)", "", text)  # "Mar. 2012", "approx.", a trailing full stop
    text = re.sub(r" ?/ ?", "/", text)
    text = _WEEKDAY.sub("", text)
    text = _TIME.sub("", text)
    return re.sub(r"^(?:\?\?|xx)[/.-]", "", text)  # "??/03/2012": day unknown, so the month


_UNCERTAIN = re.compile(r"^\? ?| ?\(?\?\)?$")
_APPROX = re.compile(r"^(?:approx(?:imately)?|circa|ca|c|about|around|roughly|est(?:imated)?)\b\.? ?"
                     r"| ?\(?(?:approx(?:imately)?|circa|roughly)\)?$")
_HEDGES = ((_UNCERTAIN, "uncertain", UNCERTAIN_MARGIN_DAYS),
           (_APPROX, "approximate", APPROX_MARGIN_DAYS))


def _parse_hedged(text: str) -> DayRange | None:
    """A "?" or "approx" hedges the whole date, so read it without the mark, then widen."""
    for mark, precision, margins in _HEDGES:
        bare = mark.sub("", text).strip()
        if bare != text:
            inner = _parse_point(bare) or _parse_span(bare)
            if inner is None:
                return None
            margin = margins[inner.precision]
            return DayRange(inner.day_from - margin, inner.day_to + margin, precision)
    return _parse_point(text) or _parse_span(text)


_SPAN_SEPARATOR = re.compile(r" ?(?:-|\bto\b|\buntil\b|\btill\b|\band\b) ?")


def _parse_span(text: str) -> DayRange | None:
    """Try each separator as the split: "12-3-2012" must stay one day, found earlier."""
    text = re.sub(r"^(?:between|from) ", "", text)
    for separator in _SPAN_SEPARATOR.finditer(text):
        left, right = text[:separator.start()], text[separator.end():]
        end = _parse_point(right)
        if end is None:
            continue
        start = _parse_point(left) or _parse_point(_complete(left, end))
        if start is None:
            continue
        if end.day_to < start.day_from:
            raise DateError("span ends before it starts")
        return DayRange(start.day_from, end.day_to, "span")
    return None


def _complete(left: str, end: DayRange) -> str:
    """ "12-15/03/2012" and "March-April 2012" leave the month or year to the span's end."""
    d = day_to_date(end.day_from)
    if left.isdigit() and len(left) <= 2:
        return f"{left}/{d.month}/{d.year}"
    if left in _MONTHS:
        return f"{left} {d.year}"
    return left


def _parse_point(text: str) -> DayRange | None:
    """The first pattern in _POINTS (at the end) whose reader accepts the text."""
    for pattern, read in _POINTS:
        match = pattern.fullmatch(text)
        if match and (found := read(*match.groups())) is not None:
            return found
    return None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError("year out of range")
    return year


def _month_number(text: str) -> int | None:
    """A month as typed, "03" or "mar"; None for a word that is not a month."""
    number = int(text) if text.isdigit() else _MONTHS.get(text)
    if number is not None and not 1 <= number <= 12:
        raise DateError("impossible date")
    return number


def _day(day: str, month: str, year: str) -> DayRange | None:
    number = _month_number(month)
    if number is None:
        return None
    y = _year(year)
    try:
        found = day_number(date(y, number, int(day)))
    except ValueError:
        raise DateError("impossible date") from None
    return DayRange(found, found, "day")


def _months(year: int, first_month: int, count: int, precision: str) -> DayRange:
    """Whole months from first_month; months outside 1-12 run into the adjacent years."""
    def first_day(month: int) -> int:
        return day_number(date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1))
    return DayRange(first_day(first_month), first_day(first_month + count) - 1, precision)


def _month(month: str, year: str) -> DayRange | None:
    number = _month_number(month)
    return None if number is None else _months(_year(year), number, 1, "month")


def _term(name: str, year: str) -> DayRange:
    (m1, d1), (m2, d2) = SCHOOL_TERMS[name]
    y = _year(year)
    return DayRange(day_number(date(y, m1, d1)), day_number(date(y, m2, d2)), "term")


_QUALIFIERS = {"early": "early", "beginning of": "early", "start of": "early", "mid": "mid",
               "middle of": "mid", "late": "late", "end of": "late"}


def _part(qualifier: str, rest: str) -> DayRange | None:
    """Only a month or a year can be split into early, mid and late."""
    whole, part = _parse_point(rest), _QUALIFIERS[qualifier]
    if whole and whole.precision == "month":
        first, last = PART_OF_MONTH[part]
        return DayRange(whole.day_from + first - 1, min(whole.day_from + last - 1, whole.day_to),
                        "part_month")
    if whole and whole.precision == "year":
        return _months(day_to_date(whole.day_from).year, PART_OF_YEAR_START[part], 4, "term")
    return None


def _week(rest: str) -> DayRange | None:
    """ "w/c 12/03/2012" (week commencing) is the seven days from that day."""
    start = _parse_point(rest)
    if start and start.precision == "day":
        return DayRange(start.day_from, start.day_from + 6, "span")
    return None


_Y = r"(\d{4}|\d{2})"
_POINTS = tuple((re.compile(pattern), read) for pattern, read in (
    (r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})", lambda y, m, d: _day(d, m, y)),  # 2012-03-12
    (rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-]{_Y}", _day),  # 12/03/2012, 12.3.12
    (rf"(\d{{1,2}})[ /.-]?([a-z]+)[ /.-]?{_Y}", _day),  # 12 Mar 2012, 12-Mar-12
    (rf"([a-z]+)[ /.-]?{_Y}", _month),  # March 2012, Mar-12
    (r"(\d{1,2})[/.-](\d{4})", _month),  # 03/2012
    (r"(\d{4})", lambda y: _months(_year(y), 1, 12, "year")),  # 2012
    (rf"(spring|summer|autumn) term {_Y}", _term),
    (rf"(winter|spring|summer|autumn) {_Y}",
     lambda name, y: _months(_year(y), SEASON_START_MONTH[name], 3, "term")),
    # "middle of" before "mid", or "middle of March" would be read as "mid" + "dle of March"
    (r"(?:the )?(early|beginning of|start of|middle of|mid|late|end of)[ -]?(?:the )?(.+)", _part),
    (r"(?:w/c|w/b|wc|week commencing|week beginning) (.+)", _week),
))
