"""The map, drawn with plain plotly x/y traces in longitude/latitude from shipped files,
so land, lines and features appear with no internet (plotly's geo and tile maps fetch
their base maps online). build_map_figure is pure; render_map is the thin streamlit part."""

from __future__ import annotations

import math
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from shapely.geometry import LineString, MultiPolygon, Polygon

from components.text import plotly_text
from components.theme import NEUTRAL_COLOUR, country_colour
from ecsdata.queries import feature_label
from ecsdata.view import PRESENTATION

LAND_FILL = "#efe9dc"
LAND_LINE = "#a89f8c"
WATER = "#dcebf3"
SELECTED = "#111111"

# Each view: (west, east, south, north).
VIEWS = {
    "region": (118.5, 131.5, 22.5, 34.5),
    "senkaku": (123.15, 124.85, 25.35, 26.2),
}
VIEW_LABELS = {"region": "East China Sea", "senkaku": "Senkaku / Diaoyu / Tiaoyutai group",
               "feature": "Selected feature"}
KIND_SYMBOLS = {"islet": "triangle-up", "rock": "diamond", "gas_field": "square", "reference_place": "circle"}
KIND_LABELS = {"islet": "Disputed islets", "rock": "Rocks and reefs", "gas_field": "Gas-field structures",
               "reference_place": "Places for orientation"}
LAYERS = {
    "territorial": "12 nm around the islets (computed)",
    "contiguous": "24 nm around the islets (computed)",
    "baseline": "China's 2012 baselines",
    "adiz": "Air defence identification zones",
    "joint_development_zone": "2008 joint development block",
    "median_line": "Median line",
    "claim_line": "Claim lines",
}
DEFAULT_LAYERS = PRESENTATION["layers"][1]


@dataclass(frozen=True)
class MapOptions:
    names: str = "en"
    selected: str | None = None
    view: str = "region"
    layers: tuple[str, ...] = DEFAULT_LAYERS


def _rings(geometry) -> list[list[tuple[float, float]]]:
    if isinstance(geometry, Polygon):
        return [list(geometry.exterior.coords)]
    if isinstance(geometry, MultiPolygon):
        return [list(p.exterior.coords) for p in geometry.geoms]
    if isinstance(geometry, LineString):
        return [list(geometry.coords)]
    return []


def _path(geometries) -> tuple[list, list]:
    """One x/y path for many rings, separated by None gaps (one trace draws them all)."""
    xs: list = []
    ys: list = []
    for geometry in geometries:
        for ring in _rings(geometry):
            xs += [x for x, _ in ring] + [None]
            ys += [y for _, y in ring] + [None]
    return xs, ys


def view_bounds(options: MapOptions, features: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    if options.view == "feature" and options.selected in set(features["feature_id"]):
        point = features.loc[features["feature_id"] == options.selected, "geometry"].iloc[0]
        return point.x - 0.35, point.x + 0.35, point.y - 0.22, point.y + 0.22
    return VIEWS.get(options.view, VIEWS["region"])


def zone_label(zone: pd.Series, countries: dict[str, str]) -> str:
    """Legend text that says whose line or claim a zone is."""
    owners = " and ".join(countries.get(c, c) for c in zone["owner"])
    return f"{zone['name']} ({owners})"


def _land_trace(land: gpd.GeoDataFrame) -> go.Scatter:
    xs, ys = _path(land.geometry)
    return go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=LAND_FILL,
                      line={"color": LAND_LINE, "width": 0.7}, hoverinfo="skip",
                      name="Land (Natural Earth)", showlegend=False)


def _zone_traces(zones: gpd.GeoDataFrame, computed: gpd.GeoDataFrame, layers, countries) -> list[go.Scatter]:
    traces = []
    for _, zone in zones.iterrows():
        if zone["kind"] not in layers:
            continue
        colour = country_colour(zone["owner"])
        xs, ys = _path([zone.geometry])
        dash = {"adiz": "dash", "joint_development_zone": "solid", "median_line": "dot",
                "baseline": "solid"}.get(zone["kind"], "dashdot")
        traces.append(go.Scatter(
            x=xs, y=ys, mode="lines", line={"color": colour, "width": 2, "dash": dash},
            name=plotly_text(zone_label(zone, countries)), hoveron="points", hoverinfo="text",
            text=[plotly_text(zone_label(zone, countries))] * len(xs), legendgroup=zone["zone_id"],
            fill="toself" if zone["kind"] == "joint_development_zone" else None,
            fillcolor="rgba(120,120,120,0.12)"))
    for _, zone in computed.iterrows():
        layer = "territorial" if zone["nautical_miles"] == 12 else "contiguous"
        if layer not in layers:
            continue
        xs, ys = _path([zone.geometry])
        traces.append(go.Scatter(
            x=xs, y=ys, mode="lines", line={"color": NEUTRAL_COLOUR, "width": 1.2,
                                            "dash": "solid" if layer == "territorial" else "longdash"},
            name=f"{zone['name']}: geometric guide, not an official limit", hoverinfo="skip",
            legendgroup=zone["zone_id"]))
    return traces


def _hover(feature: pd.Series) -> str:
    parts = [f"Japanese: {feature['name_ja']}", f"Chinese (PRC): {feature['name_zh']}",
             f"Chinese (Taiwan): {feature['name_zh_tw']}", f"English: {feature['name_en']}"]
    return "<br>".join(plotly_text(p) for p in parts)


def _feature_traces(features: gpd.GeoDataFrame, options: MapOptions, show_labels: bool) -> list[go.Scatter]:
    traces = []
    for kind, group in features.groupby("kind", sort=False):
        labels = [plotly_text(feature_label(f, options.names)) for _, f in group.iterrows()]
        label_this = show_labels or kind in ("reference_place",)
        colours = [country_colour(f["administered_by"]) if kind != "gas_field" else country_colour("CN")
                   for _, f in group.iterrows()]
        traces.append(go.Scatter(
            x=group.geometry.x, y=group.geometry.y, mode="markers+text" if label_this else "markers",
            marker={"symbol": KIND_SYMBOLS.get(kind, "circle"), "size": 11, "color": colours,
                    "line": {"color": "white", "width": 1}},
            text=labels, textposition="top center", textfont={"size": 11, "color": "#222"},
            customdata=list(group["feature_id"]), hovertext=[_hover(f) for _, f in group.iterrows()],
            hovertemplate="<b>%{text}</b><br>%{hovertext}<extra></extra>",
            name=KIND_LABELS.get(kind, kind)))
    return traces


def build_map_figure(land: gpd.GeoDataFrame, features: gpd.GeoDataFrame, zones: gpd.GeoDataFrame,
                     computed: gpd.GeoDataFrame, countries: dict[str, str], options: MapOptions,
                     height: int = 620) -> go.Figure:
    """The whole map as a figure: land, the chosen line and zone layers, features, selection."""
    west, east, south, north = view_bounds(options, features)
    show_labels = options.view != "region"
    fig = go.Figure([_land_trace(land), *_zone_traces(zones, computed, options.layers, countries),
                     *_feature_traces(features, options, show_labels)])
    if not show_labels:
        senkaku = features[features["group"] == "senkaku"]
        if len(senkaku):
            name = {"ja": "尖閣諸島", "zh": "钓鱼岛及其附属岛屿", "tw": "釣魚臺列嶼"}.get(
                options.names, "Senkaku / Diaoyu / Tiaoyutai")
            fig.add_annotation(x=senkaku.geometry.x.mean(), y=senkaku.geometry.y.max(), text=name,
                               showarrow=False, yshift=16, font={"size": 12, "color": "#222"},
                               bgcolor="rgba(255,255,255,0.75)")
    if options.selected in set(features["feature_id"]):
        chosen = features[features["feature_id"] == options.selected].iloc[0]
        fig.add_trace(go.Scatter(
            x=[chosen.geometry.x], y=[chosen.geometry.y], mode="markers",
            marker={"size": 24, "color": "rgba(0,0,0,0)", "line": {"color": SELECTED, "width": 3}},
            hoverinfo="skip", name=plotly_text(f"Selected: {feature_label(chosen, options.names)}"),
            customdata=[chosen["feature_id"]]))
    mid_latitude = (south + north) / 2
    fig.update_layout(
        height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10}, plot_bgcolor=WATER,
        dragmode="pan", hovermode="closest", clickmode="event+select", uirevision=options.view,
        legend={"orientation": "h", "yanchor": "top", "y": -0.04, "x": 0, "font": {"size": 11}},
        xaxis={"range": [west, east], "showgrid": True, "gridcolor": "rgba(255,255,255,0.7)",
               "ticksuffix": "°E", "zeroline": False, "constrain": "domain"},
        yaxis={"range": [south, north], "showgrid": True, "gridcolor": "rgba(255,255,255,0.7)",
               "ticksuffix": "°N", "zeroline": False, "scaleanchor": "x",
               "scaleratio": 1 / math.cos(math.radians(mid_latitude))},
    )
    return fig


def feature_table(features: gpd.GeoDataFrame, countries: dict[str, str]) -> pd.DataFrame:
    """The table twin of the map: every feature with all names, position and status."""
    return pd.DataFrame({
        "id": features["feature_id"],
        "kind": features["kind"].map(KIND_LABELS),
        "English": features["name_en"], "Japanese": features["name_ja"],
        "Chinese (PRC)": features["name_zh"], "Chinese (Taiwan)": features["name_zh_tw"],
        "latitude": features.geometry.y.round(4), "longitude": features.geometry.x.round(4),
        "administered by": features["administered_by"].map(lambda c: countries.get(c, "")),
        "claimed by": features["claimed_by"].map(lambda cs: ", ".join(countries.get(c, c) for c in cs)),
        "certainty": features["certainty"],
    })


def degrees_minutes(value: float, positive: str, negative: str) -> str:
    """25.7433 -> 25°44.6'N: decimal degrees as degrees and decimal minutes."""
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes = (value - degrees) * 60
    return f"{degrees}°{minutes:04.1f}'{hemisphere}"


def selected_point(event_state) -> str | None:
    """The feature id of the first clicked point in a plotly selection, if any."""
    points = (getattr(event_state, "selection", None) or {}).get("points") or []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list):
            data = data[0] if data else None
        if data:
            return str(data)
    return None


def render_map(fig: go.Figure, key: str, on_select) -> None:
    st.plotly_chart(fig, key=key, on_select=on_select, selection_mode="points",
                    width="stretch", config={"scrollZoom": True, "displaylogo": False,
                                              "modeBarButtonsToRemove": ["lasso2d", "select2d"]})
