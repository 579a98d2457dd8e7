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

from components.figures import figure, typed_array
from components.text import plotly_text
from components.theme import NEUTRAL_COLOUR, country_colour
from ecsdata.queries import feature_label, feature_labels
from ecsdata.i18n import N_, _, current
from ecsdata.view import PRESENTATION

LAND_FILL = "#efe9dc"
LAND_LINE = "#a89f8c"
WATER = "#dcebf3"
SELECTED = "#111111"
JOINT_FILL = "rgba(120,120,120,0.12)"
OVERLAP_FILL = "rgba(160,60,160,0.14)"

# Each view: (west, east, south, north).
VIEWS = {
    "region": (118.5, 131.5, 22.5, 34.5),
    "senkaku": (123.15, 124.85, 25.35, 26.2),
    "uotsuri": (123.43, 123.62, 25.70, 25.80),
}
# Labels are English msgids: show them through _().
VIEW_LABELS = {"region": N_("East China Sea"), "senkaku": N_("Senkaku / Diaoyu / Tiaoyutai group"),
               "uotsuri": N_("Uotsuri / Diaoyu and nearby rocks"),
               "feature": N_("Selected feature")}
KIND_SYMBOLS = {"islet": "triangle-up", "rock": "diamond", "gas_field": "square", "reference_place": "circle"}
KIND_LABELS = {"islet": N_("Disputed islets"), "rock": N_("Rocks and reefs"), "gas_field": N_("Gas-field structures"),
               "reference_place": N_("Places for orientation")}
LAYERS = {
    "territorial": N_("12 nm around the islets (computed)"),
    "contiguous": N_("24 nm around the islets (computed)"),
    "baseline": N_("China's baselines (1996, 2012)"),
    "adiz": N_("Air defence identification zones"),
    "joint_development_zone": N_("2008 joint development block"),
    "median_line": N_("Median line Japan claims (computed)"),
    "claim_line": N_("Claim lines"),
}
DEFAULT_LAYERS = PRESENTATION["layers"][1]
LAYER_OF_KIND = {"adiz_overlap": "adiz"}  # computed areas shown with the layer they come from


@dataclass(frozen=True)
class MapOptions:
    names: str = "en"
    selected: str | None = None
    view: str = "region"
    layers: tuple[str, ...] = DEFAULT_LAYERS


def view_bounds(options: MapOptions, features: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    if options.view == "feature" and options.selected in set(features["feature_id"]):
        point = features.loc[features["feature_id"] == options.selected, "geometry"].iloc[0]
        return point.x - 0.35, point.x + 0.35, point.y - 0.22, point.y + 0.22
    return VIEWS.get(options.view, VIEWS["region"])


def zone_label(zone: pd.Series, countries: dict[str, str]) -> str:
    """Legend text that says whose line or claim a zone is."""
    owners = _(" and ").join(countries.get(c, c) for c in zone["owner"])
    return f"{_(zone['name'])} ({owners})"


def _land_trace(outline) -> dict:
    xs, ys = outline
    return {"type": "scatter", "x": typed_array(xs), "y": typed_array(ys), "mode": "lines", "fill": "toself", "fillcolor": LAND_FILL,
            "line": {"color": LAND_LINE, "width": 0.7}, "hoverinfo": "skip",
            "name": _("Land (Natural Earth)"), "showlegend": False}


def _zone_traces(zones: gpd.GeoDataFrame, computed: gpd.GeoDataFrame, layers, countries, outlines) -> list[dict]:
    traces = []
    for _index, zone in zones.iterrows():
        if LAYER_OF_KIND.get(zone["kind"], zone["kind"]) not in layers:
            continue
        colour = country_colour(zone["owner"])
        xs, ys = (typed_array(a) for a in outlines[zone["zone_id"]])
        dash = {"adiz": "dash", "joint_development_zone": "solid", "median_line": "dot",
                "baseline": "solid", "adiz_overlap": "dot"}.get(zone["kind"], "dashdot")
        filled = zone["kind"] in ("joint_development_zone", "adiz_overlap")
        traces.append({
            "type": "scatter", "x": xs, "y": ys, "mode": "lines", "line": {"color": colour, "width": 2, "dash": dash},
            "name": plotly_text(zone_label(zone, countries)), "hoveron": "points", "hoverinfo": "text",
            "text": plotly_text(zone_label(zone, countries)), "legendgroup": zone["zone_id"],
            "fill": "toself" if filled else "none",
            "fillcolor": JOINT_FILL if zone["kind"] == "joint_development_zone" else OVERLAP_FILL})
    for _index, zone in computed.iterrows():
        layer = "territorial" if zone["nautical_miles"] == 12 else "contiguous"
        if layer not in layers:
            continue
        xs, ys = (typed_array(a) for a in outlines[zone["zone_id"]])
        traces.append({
            "type": "scatter", "x": xs, "y": ys, "mode": "lines",
            "line": {"color": NEUTRAL_COLOUR, "width": 1.2, "dash": "solid" if layer == "territorial" else "longdash"},
            "name": _("{zone}: geometric guide, not an official limit", zone=_(zone["name"])), "hoverinfo": "skip",
            "legendgroup": zone["zone_id"]})
    return traces


def feature_hovers(features: pd.DataFrame) -> list[str]:
    """Every feature's hover: all its names, whichever convention labels the map (the four
    templates translated once, not once a feature)."""
    templates = [_("Japanese: {name}"), _("Chinese (PRC): {name}"), _("Chinese (Taiwan): {name}"), _("English: {name}")]
    return ["<br>".join([f"<b>{plotly_text(en)}</b>", *(plotly_text(t.format(name=n))
                                                        for t, n in zip(templates, (ja, zh, tw, en)))])
            for en, ja, zh, tw in zip(features["name_en"], features["name_ja"], features["name_zh"],
                                      features["name_zh_tw"])]


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


MAX_LABELS = 60  # a map this size cannot show more names; the rest are in hovers and the table


def _feature_traces(features: gpd.GeoDataFrame, options: MapOptions, labelled: set[str],
                    bounds, plot_height_px: float) -> list[dict]:
    """Markers by kind; labels only where they fit (every name is also in the hover and table).
    Column lists, not rows: building a pandas row per feature cost most of the map's time."""
    ids = features["feature_id"].tolist()
    xs, ys = features.geometry.x.tolist(), features.geometry.y.tolist()
    labels = feature_labels(features, options.names)
    hovers = feature_hovers(features)
    areas = features["area_km2"].fillna(0).tolist()
    priority = sorted((i for i, f in enumerate(ids) if f in labelled),
                      key=lambda i: (ids[i] != options.selected, -areas[i]))[:MAX_LABELS]
    positions = dict(zip((ids[i] for i in priority), place_labels(
        [(xs[i], ys[i]) for i in priority], [labels[i] for i in priority], bounds, plot_height_px)))
    by_kind: dict[str, list[int]] = {}
    for i, kind in enumerate(features["kind"]):
        by_kind.setdefault(kind, []).append(i)
    administered = features["administered_by"].tolist()
    traces = []
    for kind, rows in by_kind.items():
        spots = [positions.get(ids[i]) for i in rows]
        traces.append({
            "type": "scatter", "x": [xs[i] for i in rows], "y": [ys[i] for i in rows], "mode": "markers+text",
            "marker": {"symbol": KIND_SYMBOLS.get(kind, "circle"), "size": 11,
                       "color": [country_colour("CN" if kind == "gas_field" else administered[i]) for i in rows],
                       "line": {"color": "white", "width": 1}},
            "text": [plotly_text(labels[i]) if spot else "" for i, spot in zip(rows, spots)],
            "textposition": [spot or "top center" for spot in spots], "textfont": {"size": 11, "color": "#222"},
            "customdata": [ids[i] for i in rows], "hovertext": [hovers[i] for i in rows],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "name": _(KIND_LABELS.get(kind, kind))})
    return traces


def build_map_figure(outlines, features: gpd.GeoDataFrame, zones: gpd.GeoDataFrame,
                     computed: gpd.GeoDataFrame, countries: dict[str, str], options: MapOptions,
                     height: int = 720) -> go.Figure:
    """The whole map as a figure: land, the chosen line and zone layers, features, selection.
    outlines: x/y paths of "land" and of each zone by id (Dataset.outlines)."""
    bounds = west, east, south, north = view_bounds(options, features)
    region = options.view == "region"
    # At the regional view the eight islets are one cluster: name the group, not each islet.
    labelled = set(features.loc[(features["group"] != "senkaku") | (not region), "feature_id"])
    plot_height_px = height - LEGEND_PX
    traces = [_land_trace(outlines["land"]), *_zone_traces(zones, computed, options.layers, countries, outlines),
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
            "hoverinfo": "skip", "name": plotly_text(_("Selected: {name}", name=feature_label(chosen, options.names))),
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
        _("kind"): [_(KIND_LABELS.get(k, k)) for k in features["kind"]],
        _("English"): features["name_en"], _("Japanese"): features["name_ja"],
        _("Chinese (PRC)"): features["name_zh"], _("Chinese (Taiwan)"): features["name_zh_tw"],
        _("latitude"): features.geometry.y.round(4), _("longitude"): features.geometry.x.round(4),
        _("administered by"): features["administered_by"].map(lambda c: countries.get(c, "")),
        _("claimed by"): features["claimed_by"].map(lambda cs: _(", ").join(countries.get(c, c) for c in cs)),
        _("certainty"): [_(c) for c in features["certainty"]],
    })


ZONE_KIND_LABELS = {"adiz": N_("Air defence identification zone"), "joint_development_zone": N_("Joint development zone"),
                    "median_line": N_("Median line"), "claim_line": N_("Claim line"),
                    "baseline": N_("Territorial sea baseline"), "adiz_overlap": N_("Where ADIZs overlap")}


def zone_table(zones: gpd.GeoDataFrame, countries: dict[str, str]) -> pd.DataFrame:
    """The table twin of the map's lines and zones: what each is, whose, and whether it is drawn
    from published points or computed here."""
    return pd.DataFrame({
        _("line or zone"): [_(name) for name in zones["name"]],
        _("kind"): [_(ZONE_KIND_LABELS.get(k, k)) for k in zones["kind"]],
        _("whose"): [_(" and ").join(countries.get(c, c) for c in owners) for owners in zones["owner"]],
        _("drawn from"): [_("computed here") if z.startswith("computed-") else _("published points")
                          for z in zones["zone_id"]],
        _("certainty"): [_(c) for c in zones["certainty"]],
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


# The map and its table twins depend on the data, the language and the map's own options, never
# on the shared filters: built once for each, not at every rerun (shared and read-only).
@st.cache_resource(max_entries=64, show_spinner=False)
def _map_figure(data_version: str, lang: str, options: MapOptions, _dataset) -> go.Figure:
    return build_map_figure(_dataset.outlines, _dataset.features, _dataset.drawn_zones, _dataset.computed_zones,
                            _dataset.country_names, options)


@st.cache_resource(max_entries=8, show_spinner=False)
def _map_tables(data_version: str, lang: str, _dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    return feature_table(_dataset.features, _dataset.country_names), zone_table(_dataset.drawn_zones, _dataset.country_names)


def map_figure(dataset, options: MapOptions) -> go.Figure:
    """build_map_figure for a loaded data set (ecsdata.dataset.Dataset) in this run's language."""
    return _map_figure(dataset.version, current().lang, options, dataset)


def map_tables(dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """feature_table and zone_table for a loaded data set in this run's language."""
    return _map_tables(dataset.version, current().lang, dataset)


def render_map(fig: go.Figure, key: str, on_select) -> None:
    st.plotly_chart(fig, key=key, on_select=on_select, selection_mode="points",
                    width="stretch", config={"scrollZoom": True, "displaylogo": False,
                                              "modeBarButtonsToRemove": ["lasso2d", "select2d"]})
