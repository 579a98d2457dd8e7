"""Activity series (Japan's and China's own counts): one chart per series, with the period
kind kept honest: part-year figures are drawn apart and labelled with their as-of date."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.text import plotly_text

FULL_PERIOD_COLOUR = "#0b5d75"
PART_PERIOD_COLOUR = "#9cc3cf"


def period_label(row: pd.Series) -> str:
    """2024, FY2023 (Apr 2023-Mar 2024), or 'to 29 Dec 2024' for a part-year figure."""
    start, end = row["period_start"], row["period_end"]
    if row["period_kind"] == "fiscal_year":
        return f"FY{start.year}"
    if row["period_kind"] == "calendar_year":
        return str(start.year)
    return f"{start:%d %b %Y} – {end:%d %b %Y}"


def series_table(rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The table twin of a series chart, with each value's source (sources indexed by source_id)."""
    return pd.DataFrame({
        "period": rows.apply(period_label, axis=1),
        "kind": rows["period_kind"].str.replace("_", " "),
        "value": rows["value"], "unit": rows["unit"],
        "as of": rows["as_of"].dt.strftime("%Y-%m-%d"),
        "source": rows["source_id"].map(sources["publisher"]),
        "link": rows["source_id"].map(sources["url"]),
        "notes": rows["notes"],
    })


def build_series_figure(rows: pd.DataFrame, markers: pd.DataFrame, x_range: tuple) -> go.Figure:
    """Bars at each period's midpoint; part-year bars paler; key events as dotted lines. Every
    chart gets the same x_range so series can be read against each other."""
    rows = rows.sort_values("period_start")
    middle = rows["period_start"] + (rows["period_end"] - rows["period_start"]) / 2
    full = rows["period_kind"].isin(["calendar_year", "fiscal_year"])
    fig = go.Figure()
    for mask, colour, name in ((full, FULL_PERIOD_COLOUR, "Full year"),
                               (~full, PART_PERIOD_COLOUR, "Part of a year (as of the date shown)")):
        if mask.any():
            part = rows[mask]
            fig.add_trace(go.Bar(
                x=middle[mask], y=part["value"], name=name, marker={"color": colour},
                width=[(e - s).total_seconds() * 1000 * 0.85 for s, e in zip(part["period_start"], part["period_end"])],
                hovertext=[plotly_text(f"{period_label(r)}: {r['value']:g} {r['unit']} (as of {r['as_of']:%Y-%m-%d})")
                           for _, r in part.iterrows()],
                hovertemplate="%{hovertext}<extra></extra>"))
    for _, event in markers.iterrows():
        fig.add_vline(x=event["date"].timestamp() * 1000, line={"dash": "dot", "color": "#D55E00", "width": 1})
        fig.add_annotation(x=event["date"], y=1, yref="paper", text=plotly_text(event["label"]), showarrow=False,
                           textangle=-90, xanchor="right", yanchor="top", font={"size": 10, "color": "#8a3b00"},
                           bgcolor="rgba(255,255,255,0.8)")
    fig.update_layout(height=300, margin={"l": 10, "r": 10, "t": 10, "b": 10}, barmode="overlay",
                      legend={"orientation": "h", "y": -0.15}, yaxis={"title": rows["unit"].iloc[0]},
                      xaxis={"type": "date", "title": None, "range": list(x_range)})
    return fig
