"""Activity series (Japan's and China's own counts): one chart per series, with the period
kind kept honest: part-year figures are drawn apart and labelled with their as-of date."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from components.figures import figure, iso_dates
from components.text import plotly_text
from ecsdata.dataset import SourceRef

FULL_PERIOD_COLOUR = "#0b5d75"
PART_PERIOD_COLOUR = "#9cc3cf"


def period_label(kind: str, start: pd.Timestamp, end: pd.Timestamp) -> str:
    """2024, FY2023 (Apr 2023-Mar 2024), or '01 Jan 2024 – 29 Dec 2024' for a part-year figure."""
    if kind == "fiscal_year":
        return f"FY{start.year}"
    if kind == "calendar_year":
        return str(start.year)
    return f"{start:%d %b %Y} – {end:%d %b %Y}"


def period_labels(rows: pd.DataFrame) -> list[str]:
    return [period_label(*args) for args in zip(rows["period_kind"], rows["period_start"], rows["period_end"])]


def series_table(rows: pd.DataFrame, sources: Mapping[str, SourceRef]) -> pd.DataFrame:
    """The table twin of a series chart, with each value's source (Dataset.source_refs)."""
    return pd.DataFrame({
        "period": period_labels(rows),
        "kind": rows["period_kind"].str.replace("_", " "),
        "value": rows["value"], "unit": rows["unit"],
        "as of": rows["as_of"].dt.strftime("%Y-%m-%d"),
        "source": [sources[s].publisher for s in rows["source_id"]],
        "link": [sources[s].url for s in rows["source_id"]],
        "notes": rows["notes"],
    })


def build_series_figure(rows: pd.DataFrame, markers: pd.DataFrame, x_range: tuple) -> go.Figure:
    """Bars at each period's midpoint; part-year bars paler; key events as dotted lines. Every
    chart gets the same x_range so series can be read against each other."""
    rows = rows.sort_values("period_start")
    middle = rows["period_start"] + (rows["period_end"] - rows["period_start"]) / 2
    full = rows["period_kind"].isin(["calendar_year", "fiscal_year"])
    traces = []
    for mask, colour, name in ((full, FULL_PERIOD_COLOUR, "Full year"),
                               (~full, PART_PERIOD_COLOUR, "Part of a year (as of the date shown)")):
        if mask.any():
            part = rows[mask]
            traces.append({
                "type": "bar", "x": iso_dates(middle[mask]), "y": part["value"].tolist(), "name": name,
                "marker": {"color": colour},
                "width": [(e - s).total_seconds() * 1000 * 0.85 for s, e in zip(part["period_start"], part["period_end"])],
                "hovertext": [plotly_text(f"{label}: {value:g} {unit} (as of {as_of:%Y-%m-%d})") for label, value, unit, as_of
                              in zip(period_labels(part), part["value"], part["unit"], part["as_of"])],
                "hovertemplate": "%{hovertext}<extra></extra>"})
    dates = iso_dates(markers["date"])
    shapes = [{"type": "line", "x0": d, "x1": d, "y0": 0, "y1": 1, "xref": "x", "yref": "paper",
               "line": {"dash": "dot", "color": "#D55E00", "width": 1}} for d in dates]
    annotations = [{"x": d, "y": 1, "yref": "paper", "text": plotly_text(label), "showarrow": False,
                    "textangle": -90, "xanchor": "right", "yanchor": "top",
                    "font": {"size": 10, "color": "#8a3b00"}, "bgcolor": "rgba(255,255,255,0.8)"}
                   for d, label in zip(dates, markers["label"])]
    return figure(traces, {
        "height": 300, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "barmode": "overlay",
        "legend": {"orientation": "h", "y": -0.15}, "yaxis": {"title": {"text": rows["unit"].iloc[0]}},
        "xaxis": {"type": "date", "title": {"text": None}, "range": iso_dates(x_range)},
        "shapes": shapes, "annotations": annotations})
