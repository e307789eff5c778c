"""The timeline's data and figure (graph/timeline.py, ui/timeline_figure.py), without a store or a browser.

One lane per agency ordered by sector; a mark per event in each recorder's lane, shaped by
the kind of event and coloured by its most serious concern; child seen as a ring (true), a
hollow mark (false) or nothing (blank: the record does not say); uncertain dates as bars;
referrals and sharings as connectors between lanes; findings' evidence highlighted and a
chosen finding's rows in focus. The rows here are chronology() rows written by hand.
"""

from __future__ import annotations

import pytest

from graph.model import EVENT_TYPES
from graph.timeline import GROUP_OF, TYPE_GROUPS, build_timeline, concern_weight, evidence_for
from loaders.dates import parse_date
from ui.timeline_figure import COLOURS, GL_FROM, figure

AGENCIES = [
    {"agency_id": "gp", "name": "Brookside Surgery", "sector": "health_gp"},
    {"agency_id": "csc", "name": "Northshire Children's Social Care", "sector": "children_social_care"},
    {"agency_id": "police", "name": "Northshire Police", "sector": "police"},
    {"agency_id": "housing", "name": "Riverside Housing", "sector": "housing", "records_to_day": None},
]


def event(row: int, date: str, agency: str = "gp", **values) -> dict:
    when = parse_date(date)
    return {"event_id": f"ev-{row}", "seq": str(row - 1), "day_from": when.day_from, "day_to": when.day_to,
            "date_text": date, "precision": when.precision, "type": "contact", "concerns": [], "tag_evidence": [],
            "description": "Seen at home.", "outcome": "", "child_seen": None, "seen_alone": None,
            "source_ref": f"chronology.csv:{row}", "agency_ids": [agency],
            "agencies": [next(a["name"] for a in AGENCIES if a["agency_id"] == agency)], "about": [], "saw": [],
            "shared_with": [], "referred_to": [], "attended": [], **values}


def marks_of(timeline, event_id: str):
    return [m for m in timeline.marks if m.event_id == event_id]


def trace(fig, name: str):
    return next(t for t in fig.data if t.name == name)


def test_every_event_type_in_the_model_has_exactly_one_shape_group():
    """The shape mapping is kept in one place and covers graph.model.EVENT_TYPES."""
    assert set(GROUP_OF) == set(EVENT_TYPES)
    assert sum(len(types) for types in TYPE_GROUPS.values()) == len(EVENT_TYPES)
    assert GROUP_OF["strategy_discussion"] == "meeting", "a meeting that decides is drawn as a meeting"
    assert GROUP_OF["case_closure"] == "decision"
    assert GROUP_OF["information_shared"] == "referral or sharing"


def test_the_colour_is_the_weight_of_the_most_serious_concern():
    assert concern_weight(["non_attendance", "neglect", "domestic_abuse"]) == "high"
    assert concern_weight(["non_attendance", "neglect"]) == "medium"
    assert concern_weight(["non_attendance"]) == "low"
    assert concern_weight([]) == "none"


def test_one_lane_per_agency_ordered_by_sector_even_an_agency_with_no_events():
    timeline = build_timeline([event(2, "03/01/2022")], AGENCIES)

    assert [a["name"] for a in timeline.lanes] == ["Northshire Children's Social Care", "Northshire Police",
                                                   "Brookside Surgery", "Riverside Housing"]
    assert list(figure(timeline).layout.yaxis.ticktext) == [a["name"] for a in timeline.lanes]


def test_an_event_recorded_by_two_agencies_is_a_mark_in_each_lane():
    merged = event(2, "03/01/2022", agency_ids=["csc", "police"], agencies=["Northshire Children's Social Care",
                                                                           "Northshire Police"])
    assert [m.lane for m in marks_of(build_timeline([merged], AGENCIES), "ev-2")] == [0, 1]


def test_a_month_is_drawn_as_a_bar_across_the_month_with_its_mark_in_the_middle():
    """An uncertain date is a range, not a point: 'March 2020' spans 1 to 31 March."""
    timeline = build_timeline([event(4, "March 2020", agency="housing")], AGENCIES)
    fig = figure(timeline)

    bar = trace(fig, "uncertain dates (none)")
    assert list(bar.x) == ["2020-03-01", "2020-03-31", None]
    assert list(bar.y) == [3, 3, None]
    assert list(trace(fig, "events (none concern)").x) == ["2020-03-16"]


def test_a_single_day_has_no_bar():
    fig = figure(build_timeline([event(2, "03/01/2022")], AGENCIES))
    assert not [t for t in fig.data if t.name and t.name.startswith("uncertain dates")]


def test_referrals_and_sharings_connect_the_recorders_lane_to_each_recipients_lane_on_the_day():
    referral = event(5, "09/03/2020", type="referral", referred_to=["csc"], shared_with=["police", "gp"])
    timeline = build_timeline([referral], AGENCIES)

    assert [(k.kind, k.from_lane, k.to_lane) for k in timeline.links] == [("referral", 2, 0), ("sharing", 2, 1)], \
        "no connector from a lane to itself"
    fig = figure(timeline)
    assert list(trace(fig, "referral").x) == ["2020-03-09", "2020-03-09", None]
    assert list(trace(fig, "referral").y) == [2, 0, None]
    assert "Referred to Northshire Children&#x27;s" not in trace(fig, "referral (arrival)").hovertext[0]
    assert "Referred to Northshire Children's Social Care" in trace(fig, "referral (arrival)").hovertext[0]
    assert list(trace(fig, "referral (arrival)").marker.symbol) == ["arrow-up"]


@pytest.mark.parametrize("seen, symbol, ring", [(True, "circle", "#000000"), (False, "circle-open", COLOURS["none"]),
                                                (None, "circle", COLOURS["none"])])
def test_child_seen_is_a_ring_child_not_seen_a_hollow_mark_and_blank_neither(seen, symbol, ring):
    """Blank is unknown, never 'no': it has a mark of its own (no ring, filled)."""
    marks = trace(figure(build_timeline([event(2, "03/01/2022", child_seen=seen)], AGENCIES)), "events (none concern)")

    assert marks.marker.symbol[0] == symbol
    assert marks.marker.line.color[0] == ring
    assert marks.marker.line.width[0] == (0 if seen is None else 2.5)


def test_the_shape_is_the_kind_of_event_and_the_colour_the_concern():
    fig = figure(build_timeline([event(2, "03/01/2022", type="case_closure", concerns=["neglect"])], AGENCIES))
    marks = trace(fig, "events (medium concern)")

    assert (marks.marker.symbol[0], marks.marker.color) == ("diamond", COLOURS["medium"])


def test_the_rows_a_finding_rests_on_are_highlighted_but_not_its_context_nor_a_dismissed_findings():
    findings = [{"detector": "sibling_not_assessed", "status": "open",
                 "evidence": [{"event_id": "ev-2", "role": "trigger"}, {"event_id": "ev-4", "role": "context"}]},
                {"detector": "sibling_not_assessed", "status": "dismissed",
                 "evidence": [{"event_id": "ev-3", "role": "trigger"}]}]
    events = [event(2, "03/01/2022"), event(3, "04/01/2022"), event(4, "05/01/2022")]
    timeline = build_timeline(events, AGENCIES, evidence_for(findings))

    assert [m.evidence for m in timeline.marks] == [True, False, False]
    assert "Evidence for: Sibling not assessed" in timeline.marks[0].hover
    assert len(trace(figure(timeline), "evidence").x) == 1


def test_focus_rings_the_chosen_rows_dims_the_rest_and_spans_their_dates():
    events = [event(2, "03/01/2022"), event(3, "March 2022", agency="csc"), event(4, "01/09/2022")]
    evidence = {"ev-4": ["Sibling not assessed"]}
    timeline = build_timeline(events, AGENCIES, evidence, focus_events=["ev-2", "ev-3"])

    assert timeline.focus_days == (parse_date("03/01/2022").day_from, parse_date("31/03/2022").day_from)
    fig = figure(timeline, x_range=timeline.focus_days)
    assert list(fig.layout.xaxis.range) == ["2021-12-27", "2022-04-07"], "a week either side: marks are drawn whole"
    assert len(trace(fig, "focus").x) == 2
    assert not [t for t in fig.data if t.name == "evidence"], "other findings' halos would drown the focus"
    assert list(trace(fig, "events (none concern)").marker.opacity) == [1.0, 1.0, 0.3]


def test_without_a_focus_the_axis_shows_every_event_with_a_margin():
    fig = figure(build_timeline([event(2, "03/01/2022"), event(3, "01/09/2022")], AGENCIES))
    assert list(fig.layout.xaxis.range) == ["2021-12-27", "2022-09-08"]


def test_hover_shows_date_agency_type_text_and_source_ref_through_the_pseudonymiser():
    row = event(2, "?03/01/2022", type="home_visit", description="Kayleigh <upset> & tearful", about=["M"])
    [mark] = build_timeline([row], AGENCIES, text=lambda s: s.replace("Kayleigh", "Mother"),
                            label={"M": "Mother"}.get).marks

    assert "Kayleigh" not in mark.hover
    assert "Mother &lt;upset&gt; &amp; tearful" in mark.hover, "chronology text is escaped for plotly's HTML"
    for shown in ("?03/01/2022", "Brookside Surgery", "home visit", "about: Mother", "chronology.csv:2"):
        assert shown in mark.hover


def test_a_large_case_is_drawn_with_webgl_one_trace_per_concern_weight():
    events = [event(i, "03/01/2022", concerns=[["neglect"], ["domestic_abuse"], []][i % 3])
              for i in range(2, GL_FROM + 3)]
    fig = figure(build_timeline(events, AGENCIES))

    data = [t for t in fig.data if t.x != (None,)]
    assert {t.type for t in data} == {"scattergl"}
    assert len([t for t in data if t.name.startswith("events")]) == 3
