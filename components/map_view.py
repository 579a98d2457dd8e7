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

from components.figures import figure, typed_array
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
    "uotsuri": (123.43, 123.62, 25.70, 25.80),
}
VIEW_LABELS = {"region": "East China Sea", "senkaku": "Senkaku / Diaoyu / Tiaoyutai group",
               "uotsuri": "Uotsuri / Diaoyu and nearby rocks",
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


def _path(geometries) -> tuple[dict, dict]:
    """One x/y path for many rings as typed arrays, rings separated by NaN gaps (one trace
    draws them all)."""
    xs: list = []
    ys: list = []
    for geometry in geometries:
        for ring in _rings(geometry):
            xs += [x for x, _ in ring] + [math.nan]
            ys += [y for _, y in ring] + [math.nan]
    return typed_array(xs), typed_array(ys)


def view_bounds(options: MapOptions, features: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    if options.view == "feature" and options.selected in set(features["feature_id"]):
        point = features.loc[features["feature_id"] == options.selected, "geometry"].iloc[0]
        return point.x - 0.35, point.x + 0.35, point.y - 0.22, point.y + 0.22
    return VIEWS.get(options.view, VIEWS["region"])


def zone_label(zone: pd.Series, countries: dict[str, str]) -> str:
    """Legend text that says whose line or claim a zone is."""
    owners = " and ".join(countries.get(c, c) for c in zone["owner"])
    return f"{zone['name']} ({owners})"


def _land_trace(land: gpd.GeoDataFrame) -> dict:
    xs, ys = _path(land.geometry)
    return {"type": "scatter", "x": xs, "y": ys, "mode": "lines", "fill": "toself", "fillcolor": LAND_FILL,
            "line": {"color": LAND_LINE, "width": 0.7}, "hoverinfo": "skip",
            "name": "Land (Natural Earth)", "showlegend": False}


def _zone_traces(zones: gpd.GeoDataFrame, computed: gpd.GeoDataFrame, layers, countries) -> list[dict]:
    traces = []
    for _, zone in zones.iterrows():
        if zone["kind"] not in layers:
            continue
        colour = country_colour(zone["owner"])
        xs, ys = _path([zone.geometry])
        dash = {"adiz": "dash", "joint_development_zone": "solid", "median_line": "dot",
                "baseline": "solid"}.get(zone["kind"], "dashdot")
        traces.append({
            "type": "scatter", "x": xs, "y": ys, "mode": "lines", "line": {"color": colour, "width": 2, "dash": dash},
            "name": plotly_text(zone_label(zone, countries)), "hoveron": "points", "hoverinfo": "text",
            "text": plotly_text(zone_label(zone, countries)), "legendgroup": zone["zone_id"],
            "fill": "toself" if zone["kind"] == "joint_development_zone" else "none",
            "fillcolor": "rgba(120,120,120,0.12)"})
    for _, zone in computed.iterrows():
        layer = "territorial" if zone["nautical_miles"] == 12 else "contiguous"
        if layer not in layers:
            continue
        xs, ys = _path([zone.geometry])
        traces.append({
            "type": "scatter", "x": xs, "y": ys, "mode": "lines",
            "line": {"color": NEUTRAL_COLOUR, "width": 1.2, "dash": "solid" if layer == "territorial" else "longdash"},
            "name": f"{zone['name']}: geometric guide, not an official limit", "hoverinfo": "skip",
            "legendgroup": zone["zone_id"]})
    return traces


def _hover(feature: pd.Series) -> str:
    parts = [f"<b>{plotly_text(feature['name_en'])}</b>", f"Japanese: {feature['name_ja']}", f"Chinese (PRC): {feature['name_zh']}",
             f"Chinese (Taiwan): {feature['name_zh_tw']}", f"English: {feature['name_en']}"]
    return "<br>".join([parts[0], *(plotly_text(p) for p in parts[1:])])


LEGEND_PX = 170  # room the legend under the map takes from the figure height
PLOT_WIDTH_PX = 460  # the narrowest the map column usually is on a desktop; labels are placed for it
LABEL_POSITIONS = ("top center", "bottom center", "middle right", "middle left")
CHAR_WIDTH_PX, LABEL_HEIGHT_PX, MARKER_PX = 6.5, 14, 12


def _label_box(x: float, y: float, width: float, position: str) -> tuple[float, float, float, float]:
    """The pixel box (left, bottom, right, top) a label takes at a position around its point."""
    half = MARKER_PX / 2 + 2
    if position == "top center":
        return x - width / 2, y + half, x + width / 2, y + half + LABEL_HEIGHT_PX
    if position == "bottom center":
        return x - width / 2, y - half - LABEL_HEIGHT_PX, x + width / 2, y - half
    if position == "middle right":
        return x + half, y - LABEL_HEIGHT_PX / 2, x + half + width, y + LABEL_HEIGHT_PX / 2
    return x - half - width, y - LABEL_HEIGHT_PX / 2, x - half, y + LABEL_HEIGHT_PX / 2


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def pixels_per_degree(bounds: tuple[float, float, float, float], plot_height_px: float,
                      plot_width_px: float = PLOT_WIDTH_PX) -> tuple[float, float]:
    """Pixels per degree of longitude and latitude: the axes keep true shape at the mid
    latitude, so whichever of height or width is shorter for the view sets the scale."""
    west, east, south, north = bounds
    shrink = math.cos(math.radians((south + north) / 2))
    per_degree_y = min(plot_height_px / (north - south), plot_width_px / ((east - west) * shrink))
    return per_degree_y * shrink, per_degree_y


def place_labels(points: list[tuple[float, float]], texts: list[str], bounds: tuple[float, float, float, float],
                 plot_height_px: float) -> list[str | None]:
    """A position for each label (or None to leave it out) so no two labels or markers
    overlap at this view; points come in priority order, the first placed first."""
    west, _, south, _ = bounds
    per_degree_x, per_degree_y = pixels_per_degree(bounds, plot_height_px)
    pixels = [((x - west) * per_degree_x, (y - south) * per_degree_y) for x, y in points]
    taken = [(px - MARKER_PX / 2, py - MARKER_PX / 2, px + MARKER_PX / 2, py + MARKER_PX / 2) for px, py in pixels]
    placed: list[str | None] = []
    for (px, py), text in zip(pixels, texts):
        width = CHAR_WIDTH_PX * len(text)
        choice = None
        for position in LABEL_POSITIONS:
            box = _label_box(px, py, width, position)
            own = (px - MARKER_PX / 2, py - MARKER_PX / 2, px + MARKER_PX / 2, py + MARKER_PX / 2)
            if not any(_overlaps(box, other) for other in taken if other != own):
                choice = position
                taken.append(box)
                break
        placed.append(choice)
    return placed


def _feature_traces(features: gpd.GeoDataFrame, options: MapOptions, labelled: set[str],
                    bounds, plot_height_px: float) -> list[dict]:
    """Markers by kind; labels only where they fit (every name is also in the hover and table)."""
    order = features.assign(_first=features["feature_id"] != options.selected,
                            _size=features["area_km2"].fillna(0)).sort_values(["_first", "_size"], ascending=[True, False])
    candidates = order[order["feature_id"].isin(labelled)]
    names = [feature_label(f, options.names) for _, f in candidates.iterrows()]
    positions = dict(zip(candidates["feature_id"], place_labels(
        list(zip(candidates.geometry.x, candidates.geometry.y)), names, bounds, plot_height_px)))
    traces = []
    for kind, group in features.groupby("kind", sort=False):
        spots = [positions.get(f) for f in group["feature_id"]]
        colours = [country_colour(f["administered_by"]) if kind != "gas_field" else country_colour("CN")
                   for _, f in group.iterrows()]
        traces.append({
            "type": "scatter", "x": group.geometry.x.tolist(), "y": group.geometry.y.tolist(), "mode": "markers+text",
            "marker": {"symbol": KIND_SYMBOLS.get(kind, "circle"), "size": 11, "color": colours,
                       "line": {"color": "white", "width": 1}},
            "text": [plotly_text(feature_label(f, options.names)) if spot else "" for spot, (_, f) in zip(spots, group.iterrows())],
            "textposition": [spot or "top center" for spot in spots], "textfont": {"size": 11, "color": "#222"},
            "customdata": list(group["feature_id"]), "hovertext": [_hover(f) for _, f in group.iterrows()],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "name": KIND_LABELS.get(kind, kind)})
    return traces


def build_map_figure(land: gpd.GeoDataFrame, features: gpd.GeoDataFrame, zones: gpd.GeoDataFrame,
                     computed: gpd.GeoDataFrame, countries: dict[str, str], options: MapOptions,
                     height: int = 720) -> go.Figure:
    """The whole map as a figure: land, the chosen line and zone layers, features, selection."""
    bounds = west, east, south, north = view_bounds(options, features)
    region = options.view == "region"
    # At the regional view the eight islets are one cluster: name the group, not each islet.
    labelled = set(features.loc[(features["group"] != "senkaku") | (not region), "feature_id"])
    plot_height_px = height - LEGEND_PX
    traces = [_land_trace(land), *_zone_traces(zones, computed, options.layers, countries),
              *_feature_traces(features, options, labelled, bounds, plot_height_px)]
    annotations = []
    if region:
        senkaku = features[features["group"] == "senkaku"]
        if len(senkaku):
            name = {"ja": "尖閣諸島", "zh": "钓鱼岛及其附属岛屿", "tw": "釣魚臺列嶼"}.get(
                options.names, "Senkaku / Diaoyu / Tiaoyutai")
            annotations.append({"x": senkaku.geometry.x.mean(), "y": senkaku.geometry.y.max(), "text": name,
                                "showarrow": False, "yshift": 16, "font": {"size": 12, "color": "#222"},
                                "bgcolor": "rgba(255,255,255,0.75)"})
    if options.selected in set(features["feature_id"]):
        chosen = features[features["feature_id"] == options.selected].iloc[0]
        traces.append({
            "type": "scatter", "x": [chosen.geometry.x], "y": [chosen.geometry.y], "mode": "markers",
            "marker": {"size": 24, "color": "rgba(0,0,0,0)", "line": {"color": SELECTED, "width": 3}},
            "hoverinfo": "skip", "name": plotly_text(f"Selected: {feature_label(chosen, options.names)}"),
            "customdata": [chosen["feature_id"]]})
    mid_latitude = (south + north) / 2
    return figure(traces, {
        "height": height, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "plot_bgcolor": WATER,
        "dragmode": "pan", "hovermode": "closest", "clickmode": "event+select", "uirevision": options.view,
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.04, "x": 0, "font": {"size": 11}},
        "annotations": annotations,
        "xaxis": {"range": [west, east], "showgrid": True, "gridcolor": "rgba(255,255,255,0.7)",
                  "ticksuffix": "°E", "zeroline": False, "constrain": "domain"},
        "yaxis": {"range": [south, north], "showgrid": True, "gridcolor": "rgba(255,255,255,0.7)",
                  "ticksuffix": "°N", "zeroline": False, "scaleanchor": "x",
                  "scaleratio": 1 / math.cos(math.radians(mid_latitude))},
    })


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
