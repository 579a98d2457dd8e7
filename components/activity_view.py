"""Activity series (Japan's and China's own counts): one chart per series, with the period
kind kept honest: part-year figures are drawn apart and labelled with their as-of date,
uncertain figures are hatched, and each chart has a table twin with every figure's source."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from components.figures import figure
from components.text import escape_markdown, markdown_table, plotly_text, safe_link
from ecsdata.dataset import SourceRef
from ecsdata.i18n import N_, _, current

# Measures a reader chooses between (the `measure` URL parameter), each a set of series.
MEASURES = {
    "contiguous": N_("Contiguous zone"),
    "territorial": N_("Territorial sea"),
    "scrambles": N_("Air scrambles"),
    "china": N_("China's own count"),
}
MEASURE_NOTES = {
    "contiguous": N_("The belt from 12 to 24 nautical miles around the islands. Japan counts the days on "
                     "which Chinese government ships were there and how many ships (cumulative)."),
    "territorial": N_("Within 12 nautical miles of the islands, waters Japan administers and China also "
                      "claims. Japan counts entries by days, ships and cases; Japan calls them intrusions."),
    "scrambles": N_("Japan's Air Self-Defense Force scrambles per fiscal year (April to March), against "
                    "Chinese aircraft and in total."),
    "china": N_("What China's own coast guard says about its patrols; not a Japanese count."),
}
UNIT_LABELS = {"days": N_("days"), "ships": N_("ships"), "cases": N_("cases"), "scrambles": N_("scrambles")}
CERTAINTY_LABELS = {"confirmed": N_("confirmed"), "uncertain": N_("uncertain")}
# Bars by period kind: whole years, complete shorter periods, and running counts so far.
# A running count is drawn narrower and on top, so where the full year is known both show.
PERIOD_STYLES = (
    (("calendar_year", "fiscal_year"), "#0b5d75", N_("Full year")),
    (("four_months", "month"), "#3f8fa6", N_("Complete shorter period (four months or a month)")),
    (("partial_year",), "#a9cdd8", N_("Running count so far (as of the date shown)")),
)
BAR_WIDTH = {"partial_year": 0.4}  # share of the period a bar spans; 0.85 otherwise
UNCERTAIN_PATTERN = "/"


def measure_of(series_id: str) -> str:
    """The measure a series belongs to, from the words in its id."""
    if "scrambles" in series_id:
        return "scrambles"
    if series_id.startswith("ccg_"):
        return "china"
    return "contiguous" if "contiguous" in series_id else "territorial"


def period_label(kind: str, start: pd.Timestamp, end: pd.Timestamp) -> str:
    """2024, FY2023 (Apr 2023-Mar 2024), or '01 Jan 2024 – 29 Dec 2024' for a part-year figure."""
    if kind == "fiscal_year":
        return _("FY{year}", year=start.year)
    if kind == "calendar_year":
        return str(start.year)
    return f"{current().date(start)} – {current().date(end)}"


def period_labels(rows: pd.DataFrame) -> list[str]:
    return [period_label(*args) for args in zip(rows["period_kind"], rows["period_start"], rows["period_end"])]


def series_markdown(rows: pd.DataFrame, sources: Mapping[str, SourceRef]) -> str:
    """The table twin as a markdown table (light to send, read as a real table by screen
    readers), every cell escaped, each figure's source a link."""
    cells = []
    for label, value, unit, as_of, certainty, source_id, notes in zip(
            period_labels(rows), rows["value"], rows["unit"], rows["as_of"], rows["certainty"],
            rows["source_id"], rows["notes"]):
        source = sources[source_id]
        cells.append((escape_markdown(label), f"{current().number(value)} {escape_markdown(_(UNIT_LABELS.get(unit, unit)))}",
                       f"{as_of:%Y-%m-%d}", escape_markdown(_(CERTAINTY_LABELS.get(certainty, certainty))),
                       safe_link(source.publisher, source.url), escape_markdown(notes)))
    return markdown_table([_("period"), _("value"), _("as of"), _("certainty"), _("source"), _("notes")], cells,
                          frozenset({1}))


def build_series_figure(rows: pd.DataFrame, markers: pd.DataFrame, x_range: tuple) -> go.Figure:
    """Bars at each period's midpoint, shaded by period kind, uncertain figures hatched; key
    events as dotted lines. Every chart gets the same x_range so series can be read
    against each other."""
    # Plain lists: a chart has a few dozen bars, and pandas costs more per step than they do.
    columns = ("period_start", "period_end", "period_kind", "value", "unit", "as_of", "certainty")
    ordered = sorted(zip(*(rows[c].tolist() for c in columns)), key=lambda row: row[0])
    starts, ends, kinds, values, units, as_ofs, certainties = (list(c) for c in zip(*ordered)) if ordered \
        else ([] for _ in columns)
    middle = [(s + (e - s) / 2).isoformat() for s, e in zip(starts, ends)]
    widths = [(e - s).total_seconds() * 1000 * BAR_WIDTH.get(k, 0.85) for s, e, k in zip(starts, ends, kinds)]
    hover = [plotly_text(_("{period}: {value} {unit} (as of {date})", period=period_label(k, s, e), value=format(v, "g"),
                           unit=_(UNIT_LABELS.get(u, u)), date=a.strftime("%Y-%m-%d"))
                         + (_(", uncertain") if c == "uncertain" else ""))
             for k, s, e, v, u, a, c in zip(kinds, starts, ends, values, units, as_ofs, certainties)]
    traces = []
    for period_kinds, colour, name in PERIOD_STYLES:
        for uncertain in (False, True):  # apart, so the legend explains the hatching
            index = [i for i, kind in enumerate(kinds)
                     if kind in period_kinds and (certainties[i] == "uncertain") == uncertain]
            if index:
                traces.append({
                    "type": "bar", "name": _("{period}, uncertain", period=_(name)) if uncertain else _(name),
                    "x": [middle[i] for i in index], "y": [values[i] for i in index],
                    "width": [widths[i] for i in index], "hovertext": [hover[i] for i in index],
                    "marker": {"color": colour, "pattern": {"shape": UNCERTAIN_PATTERN if uncertain else ""}},
                    "hovertemplate": "%{hovertext}<extra></extra>"})
    dates = [d.isoformat() for d in markers["date"]]
    shapes = [{"type": "line", "x0": d, "x1": d, "y0": 0, "y1": 1, "xref": "x", "yref": "paper",
               "line": {"dash": "dot", "color": "#D55E00", "width": 1}} for d in dates]
    annotations = [{"x": d, "y": 1, "yref": "paper", "text": plotly_text(label), "showarrow": False,
                    "textangle": -90, "xanchor": "right", "yanchor": "top",
                    "font": {"size": 10, "color": "#8a3b00"}, "bgcolor": "rgba(255,255,255,0.8)"}
                   for d, label in zip(dates, markers["label"])]
    return figure(traces, {
        "height": 300, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "barmode": "overlay",
        "legend": {"orientation": "h", "y": -0.15}, "showlegend": True, "yaxis": {"title": {"text": _(UNIT_LABELS.get(units[0], units[0])) if units else None}},
        "xaxis": {"type": "date", "title": {"text": None}, "range": [d.isoformat() for d in x_range]},
        "shapes": shapes, "annotations": annotations})
