"""The timeline's plotly figure, drawn from graph/timeline.py's plain data (no Streamlit here).

Colours are Okabe–Ito (colour-blind safe) and never carry meaning alone: the kind of event
is a shape, child seen a ring or a hollow mark, a connector's kind its dash as well as its
colour. Traces are one per concern weight and one per connector kind, never one per event,
and above GL_FROM marks they are WebGL, so a 2,000-event case stays responsive.
"""

from __future__ import annotations

import plotly.graph_objects as go

from graph.timeline import LINK_KINDS, OTHER, WEIGHTS, Timeline
from loaders.dates import day_to_date

GL_FROM = 600
SHAPES = {"contact or visit": "circle", "referral or sharing": "triangle-right", "meeting": "square",
          "decision": "diamond", "incident": "star", "assessment, enquiry or plan": "hexagon",
          OTHER: "triangle-up"}
COLOURS = {"high": "#D55E00", "medium": "#E69F00", "low": "#56B4E9", "none": "#999999"}  # Okabe–Ito
WEIGHT_WORDS = {"high": "high", "medium": "medium", "low": "low", "none": "no concern tagged"}
LINK_STYLE = {"referral": ("#0072B2", "solid", "referral →"), "sharing": ("#CC79A7", "dot", "information shared →")}
EVIDENCE = "#F0E442"  # Okabe–Ito yellow, as a halo behind the mark
SEEN_RING = "#000000"
STAGGER = (0.0, -0.22, 0.22, -0.33, 0.33)  # marks on the same day in one lane sit side by side vertically
EDGE_DAYS = 7
ROW_PX, BASE_PX, MIN_PX = 40, 90, 580  # MIN_PX: room for the legend beside the lanes


def iso(day: int) -> str:
    return day_to_date(day).isoformat()


def day_range(first: int, last: int) -> list[str]:
    """The date axis from `first` to `last`, with a margin so that a mark on either day is drawn whole."""
    return [iso(first - EDGE_DAYS), iso(last + EDGE_DAYS)]


def figure(t: Timeline, x_range: tuple[int, int] | None = None) -> go.Figure:
    """The swim-lane figure; `x_range` (days) zooms the date axis."""
    fig = go.Figure()
    scatter = go.Scattergl if len(t.marks) > GL_FROM else go.Scatter
    y = _staggered(t)
    _records_periods(fig, t)
    _bars(fig, scatter, t, y)
    _links(fig, scatter, t)
    _halos(fig, scatter, t, y)
    _marks(fig, scatter, t, y)
    _legend(fig)
    fig.update_layout(
        height=max(BASE_PX + ROW_PX * len(t.lanes), MIN_PX), margin=dict(l=10, r=10, t=30, b=10),
        plot_bgcolor="white", hovermode="closest", hoverlabel=dict(align="left", font_size=12),
        legend=dict(font_size=11, tracegroupgap=0, groupclick="togglegroup", itemclick="toggle"),
        xaxis=dict(type="date", showgrid=True, gridcolor="#eeeeee", tickformat="%d %b %Y", showline=True,
                   linecolor="#888888",
                   range=day_range(*(x_range or (t.first_day, t.last_day))) if t.first_day is not None else None),
        yaxis=dict(tickmode="array", tickvals=list(range(len(t.lanes))), ticktext=[a["name"] for a in t.lanes],
                   autorange=False, range=[len(t.lanes) - 0.5, -0.5], showgrid=True, gridcolor="#dddddd",
                   zeroline=False, fixedrange=True),
    )
    return fig


def _bars(fig: go.Figure, scatter, t: Timeline, y: dict[int, float]) -> None:
    """Uncertain dates: a bar from day_from to day_to in the concern's colour, behind the mark."""
    for weight in WEIGHTS:
        bars = [m for m in t.marks if m.weight == weight and m.is_range]
        if bars:
            fig.add_trace(scatter(x=_gapped([(iso(m.day_from), iso(m.day_to)) for m in bars]),
                                  y=_gapped([(y[id(m)], y[id(m)]) for m in bars]), mode="lines",
                                  line=dict(color=COLOURS[weight], width=6), opacity=0.45, hoverinfo="skip",
                                  legendgroup=weight, showlegend=False, name=f"uncertain dates ({weight})"))


def _links(fig: go.Figure, scatter, t: Timeline) -> None:
    """Connectors between lanes, with an arrowhead (and the hover) where they arrive."""
    for kind in LINK_KINDS:
        links = [link for link in t.links if link.kind == kind]
        if not links:
            continue
        colour, dash, _ = LINK_STYLE[kind]
        fig.add_trace(scatter(x=_gapped([(iso(k.day), iso(k.day)) for k in links]),
                              y=_gapped([(k.from_lane, k.to_lane) for k in links]), mode="lines",
                              line=dict(color=colour, width=1.5, dash=dash), hoverinfo="skip", legendgroup=kind,
                              showlegend=False, name=kind))
        fig.add_trace(scatter(x=[iso(k.day) for k in links], y=[k.to_lane for k in links], mode="markers",
                              marker=dict(color=colour, size=9, symbol=["arrow-down" if k.to_lane > k.from_lane
                                                                        else "arrow-up" for k in links]),
                              hovertext=[k.hover for k in links], hoverinfo="text", legendgroup=kind,
                              showlegend=False, name=f"{kind} (arrival)"))


def _halos(fig: go.Figure, scatter, t: Timeline, y: dict[int, float]) -> None:
    """Findings' evidence behind its marks; in focus, only the chosen finding's rows (the rest would drown them)."""
    in_focus = any(m.focus for m in t.marks)
    for name, chosen, size, opacity, ring in (
            ("evidence", [m for m in t.marks if m.evidence and not in_focus], 20, 0.5, 0),
            ("focus", [m for m in t.marks if m.focus], 28, 0.9, 3)):
        if chosen:
            fig.add_trace(scatter(x=[iso(m.day) for m in chosen], y=[y[id(m)] for m in chosen], mode="markers",
                                  marker=dict(size=size, color=EVIDENCE, opacity=opacity,
                                              line=dict(color=SEEN_RING, width=ring)),
                                  hoverinfo="skip", legendgroup=name, showlegend=False, name=name))


def _marks(fig: go.Figure, scatter, t: Timeline, y: dict[int, float]) -> None:
    """One trace per concern weight, the most serious drawn last (on top); in focus the rest are dimmed."""
    in_focus = any(m.focus for m in t.marks)
    for weight in reversed(WEIGHTS):
        marks = [m for m in t.marks if m.weight == weight]
        if marks:
            fig.add_trace(scatter(
                x=[iso(m.day) for m in marks], y=[y[id(m)] for m in marks], mode="markers",
                marker=dict(size=11, color=COLOURS[weight],
                            symbol=[SHAPES[m.group] + ("-open" if m.child_seen is False else "") for m in marks],
                            opacity=[1.0 if m.focus or not in_focus else 0.3 for m in marks],
                            line=dict(color=[SEEN_RING if m.child_seen else COLOURS[weight] for m in marks],
                                      width=[2.5 if m.child_seen is not None else 0 for m in marks])),
                hovertext=[m.hover for m in marks], hoverinfo="text", customdata=[m.event_id for m in marks],
                legendgroup=weight, showlegend=False, name=f"events ({weight} concern)"))


def _staggered(t: Timeline) -> dict[int, float]:
    """Each mark's y: its lane, moved a little up or down when others share its day and lane."""
    seen: dict[tuple[int, int], int] = {}
    y = {}
    for m in t.marks:
        n = seen.get((m.lane, m.day), 0)
        seen[(m.lane, m.day)] = n + 1
        y[id(m)] = m.lane + STAGGER[n % len(STAGGER)]
    return y


def _gapped(pairs: list[tuple]) -> list:
    """Segments as one line trace: a, b, None, a, b, None, …"""
    return [v for a, b in pairs for v in (a, b, None)]


def _records_periods(fig: go.Figure, t: Timeline) -> None:
    """Grey out, in an agency's lane, the time outside the period its records cover."""
    if t.first_day is None:
        return
    for lane, a in enumerate(t.lanes):
        gaps = []
        if a.get("records_from_day") is not None and a["records_from_day"] > t.first_day:
            gaps.append((t.first_day - 30, a["records_from_day"]))
        if a.get("records_to_day") is not None and a["records_to_day"] < t.last_day:
            gaps.append((a["records_to_day"] + 1, t.last_day + 30))
        for start, end in gaps:
            fig.add_shape(type="rect", x0=iso(start), x1=iso(end), y0=lane - 0.45, y1=lane + 0.45,
                          fillcolor="#bbbbbb", opacity=0.35, line_width=0, layer="below")


def _legend(fig: go.Figure) -> None:
    """Legend-only entries (no data): what each shape, colour and mark means."""
    def entry(name: str, group: str, title: str | None = None, **style) -> None:
        fig.add_trace(go.Scatter(x=[None], y=[None], name=name, legendgroup=group, showlegend=True,
                                 legendgrouptitle_text=title, **style))

    for i, (group, shape) in enumerate(SHAPES.items()):
        entry(group, "kind", "Shape: kind of event" if i == 0 else None, mode="markers",
              marker=dict(symbol=shape, size=10, color="#555555"))
    for i, weight in enumerate(WEIGHTS):
        entry(WEIGHT_WORDS[weight], weight, "Colour: most serious<br>concern (Okabe–Ito,<br>colour-blind safe)"
              if i == 0 else None, mode="markers", marker=dict(symbol="circle", size=10, color=COLOURS[weight]))
    entry("ring: child seen", "seen", "Child seen", mode="markers",
          marker=dict(symbol="circle", size=10, color="#cccccc", line=dict(color=SEEN_RING, width=2.5)))
    entry("hollow: child not seen", "seen", mode="markers",
          marker=dict(symbol="circle-open", size=10, color="#555555", line=dict(width=2.5)))
    entry("plain: not recorded", "seen", mode="markers", marker=dict(symbol="circle", size=10, color="#cccccc"))
    entry("bar: date uncertain", "bars", "Dates and links", mode="lines",
          line=dict(color="#999999", width=6))
    for kind in LINK_KINDS:
        colour, dash, words = LINK_STYLE[kind]
        entry(words, kind, mode="lines", line=dict(color=colour, width=1.5, dash=dash))
    entry("halo: a finding rests on it", "evidence", "Findings", mode="markers",
          marker=dict(symbol="circle", size=14, color=EVIDENCE))
    entry("ringed halo: in focus", "focus", mode="markers",
          marker=dict(symbol="circle", size=14, color=EVIDENCE, line=dict(color=SEEN_RING, width=2)))
