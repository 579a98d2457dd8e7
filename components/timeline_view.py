"""Timeline figures (pure builders) and the event detail panel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.figures import figure, hover_date, iso_dates, typed_array
from components.events import country_badges, event_dates, source_links
from components.paging import lazy_expander
from components.quotes import OWN_LANGUAGES, language_name, render_quote_card
from components.text import caption_markdown, escape_markdown, plotly_text, safe_link
from components.theme import COUNTRY_COLOURS, EVENT_TYPE_LABELS, SHARED_COLOUR, TOPIC_COLOURS
from ecsdata.schema import EVENT_TYPES
from ecsdata.dataset import SourceRef
from ecsdata.i18n import N_, _

MECHANISM_STATE_LABELS = {"proposed": N_("proposed"), "agreed": N_("agreed"), "signed": N_("signed"),
                          "established": N_("established"), "first_used": N_("first used"), "meeting": N_("meeting"),
                          "suspended": N_("suspended"), "resumed": N_("resumed")}
MECHANISM_STATE_SYMBOLS = {"proposed": "circle-open", "agreed": "diamond", "signed": "diamond-wide",
                           "established": "star", "first_used": "star-triangle-up", "meeting": "circle",
                           "suspended": "x", "resumed": "triangle-up"}


COUNTRY_ORDER = ("CN", "TW", "JP", "KR", "US")
QUOTES_PER_SIDE = 4  # in an open event's panel; the rest of each side's quotes one click away
LANE_SPREAD = 0.32  # how far apart, within a lane, the dots of one event's countries sit


class TimelinePoints(NamedTuple):
    """The points of the timeline chart as parallel arrays, one entry per point: `row` is the
    event's position in the events frame they were built from (what a click on it returns), `x` its date in milliseconds
    since 1970 (plotly reads numbers on a date axis so), `y` its lane, `key` the country or
    topic colouring it, `hover` its title made safe for plotly."""
    row: np.ndarray
    event_id: np.ndarray
    x: np.ndarray
    y: np.ndarray
    key: np.ndarray
    hover: np.ndarray

    def of_rows(self, keep: np.ndarray) -> "TimelinePoints":
        """The points of the events a boolean array over the events frame keeps."""
        kept = keep[self.row]
        return TimelinePoints(*(column[kept] for column in self))


def timeline_points(events: pd.DataFrame, colour_by: str) -> TimelinePoints:
    """One point per event and country (an event involving China and Japan shows a China dot
    and a Japan dot, side by side in its lane), or per event and first topic. Built once per
    data set and colouring (cached_timeline_points); a filter then keeps its events' points."""
    lanes = {t: len(EVENT_TYPES) - 1 - i for i, t in enumerate(EVENT_TYPES)}
    lane = np.array([lanes.get(kind, 0) for kind in events["type"]], dtype=float)
    if colour_by == "topic":
        row = np.arange(len(events))
        key = np.array([topics[0] if topics else "other" for topics in events["topics"]], dtype=object)
        y = lane
    else:
        row = np.repeat(np.arange(len(events)), [len(countries) for countries in events["countries"]])
        key = np.array([c for countries in events["countries"] for c in countries], dtype=object)
        rank = {c: i for i, c in enumerate(COUNTRY_ORDER)}
        y = lane[row] + (np.array([rank.get(c, 2) for c in key], dtype=float) - 2) * LANE_SPREAD / 2
    x = events["date"].to_numpy(dtype="datetime64[ms]").astype("int64").astype(float)
    titles = np.array([plotly_text(t) for t in events["title"]], dtype=object)
    order = np.argsort(key, kind="stable")  # grouped by key, each group in the events' order
    return TimelinePoints(row[order], events["event_id"].to_numpy(dtype=object)[row][order], x[row][order],
                          y[order], key[order], titles[row][order])


@st.cache_resource(max_entries=8, show_spinner=False)
def cached_timeline_points(data_version: str, colour_by: str, _events: pd.DataFrame) -> TimelinePoints:
    """timeline_points of a loaded data set's events (shared, read-only), by data version."""
    return timeline_points(_events, colour_by)


def build_timeline_figure(points: TimelinePoints, colour_by: str, labels: dict[str, str],
                          selected: str | None, height: int = 440) -> go.Figure:
    """One lane per event type; a dot per involved country in its colour, or coloured by first topic.
    A point's customdata is its event's row in the events frame (clicked_event maps it back)."""
    palette = TOPIC_COLOURS if colour_by == "topic" else COUNTRY_COLOURS
    traces = []
    for key in dict.fromkeys(points.key.tolist()):  # the points come grouped by key, in key order
        group = points.key == key
        traces.append({
            "type": "scatter", "x": typed_array(points.x[group], "f8"), "y": typed_array(points.y[group]),
            "mode": "markers", "name": plotly_text(labels.get(key, key)),
            "marker": {"size": 9, "color": palette.get(key, SHARED_COLOUR), "opacity": 0.85},
            # Each point's event as its row number (an id string per point slowed the browser's
            # drawing of the chart by about a tenth of the page's load, bench/page_load.py).
            "customdata": typed_array(points.row[group], "i4"), "hovertext": points.hover[group].tolist(),
            "hovertemplate": hover_date() + "<br><b>%{hovertext}</b><extra></extra>",
        })
    chosen = points.event_id == selected
    if selected and chosen.any():
        traces.append({"type": "scatter", "x": typed_array(points.x[chosen][:1], "f8"),
                       "y": [float(points.y[chosen].mean())], "mode": "markers", "name": _("Selected event"),
                       "customdata": [int(points.row[chosen][0])], "hoverinfo": "skip",
                       "marker": {"size": 22, "color": "rgba(0,0,0,0)", "line": {"color": "#111", "width": 3}}})
    return figure(traces, {
        "height": height, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "hovermode": "closest",
        "clickmode": "event+select", "legend": {"orientation": "h", "y": 1.1, "x": 0},
        "yaxis": {"tickvals": [len(EVENT_TYPES) - 1 - i for i in range(len(EVENT_TYPES))],
                  "ticktext": [_(EVENT_TYPE_LABELS[t]) for t in EVENT_TYPES], "range": [-0.6, len(EVENT_TYPES) - 0.4],
                  "title": {"text": None}, "zeroline": False, "showgrid": True, "fixedrange": True},
        "xaxis": {"type": "date", "title": {"text": None}, "rangeselector": {
            "x": 0, "y": -0.12, "yanchor": "top", "buttons": [
                {"count": 10, "step": "year", "stepmode": "backward", "label": _("10 years")},
                {"count": 30, "step": "year", "stepmode": "backward", "label": _("30 years")},
                {"step": "all", "label": _("All")}]}}})


def clicked_event(selection, events: pd.DataFrame) -> str | None:
    """The id of the event whose point was clicked (a plotly selection state of the timeline
    figure built from `events`), if any."""
    for point in (getattr(selection, "selection", None) or {}).get("points") or []:
        row = point.get("customdata")
        if isinstance(row, (int, float)) and 0 <= row < len(events) and row == int(row):
            return str(events["event_id"].iloc[int(row)])
    return None


def year_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per year and type (a table twin of the small chart), counted by numpy."""
    labels = {t: _(label) for t, label in EVENT_TYPE_LABELS.items()}
    if events.empty:
        return pd.DataFrame(columns=[_("year"), *labels.values()])
    kind_index = {t: i for i, t in enumerate(EVENT_TYPES)}
    kinds = np.array([kind_index[t] for t in events["type"].tolist()])
    years, year_index = np.unique(events["date"].to_numpy(dtype="datetime64[Y]").astype(int) + 1970,
                                  return_inverse=True)
    counts = np.zeros((len(years), len(EVENT_TYPES)), dtype=int)
    np.add.at(counts, (year_index, kinds), 1)
    present = counts.sum(axis=0) > 0
    return pd.DataFrame({_("year"): years.tolist(),
                         **{labels[t]: counts[:, i].tolist() for i, t in enumerate(EVENT_TYPES) if present[i]}})


def build_year_figure(counts: pd.DataFrame) -> go.Figure:
    values = counts.to_numpy().T.tolist()  # a column of years, then one per event type
    traces = [{"type": "bar", "x": values[0], "y": column, "name": kind}
              for kind, column in zip(counts.columns[1:], values[1:])]
    return figure(traces, {"barmode": "stack", "height": 280, "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
                           "legend": {"orientation": "h", "y": 1.15}, "xaxis": {"title": {"text": None}},
                           "yaxis": {"title": {"text": _("events")}}})


def build_mechanism_figure(mechanisms: pd.DataFrame) -> go.Figure:
    """Each confidence-building mechanism on its own line, a marker per dated state."""
    lines: dict[str, dict[str, list]] = {}
    for date, name, state, note in sorted(zip(iso_dates(mechanisms["date"]), mechanisms["mechanism_name"].tolist(),
                                              mechanisms["state"].tolist(), mechanisms["note"].tolist()),
                                          key=lambda row: row[0]):
        line = lines.get(name) or lines.setdefault(name, {"x": [], "state": [], "note": []})
        line["x"].append(date)
        line["state"].append(state)
        line["note"].append(note)
    traces = [{
        "type": "scatter", "x": line["x"], "y": [plotly_text(name)] * len(line["x"]),
        "mode": "lines+markers", "line": {"color": "#9aa5ad", "width": 1}, "showlegend": False,
        "marker": {"symbol": [MECHANISM_STATE_SYMBOLS.get(s, "circle") for s in line["state"]],
                   "size": 12, "color": "#0b5d75"},
        "hovertext": [plotly_text(f"{_(MECHANISM_STATE_LABELS.get(s, s))}: {n}") for s, n in zip(line["state"], line["note"])],
        "hovertemplate": hover_date() + "<br>%{hovertext}<extra></extra>"} for name, line in lines.items()]
    return figure(traces, {"height": 90 + 55 * max(len(traces), 1), "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
                           "yaxis": {"title": {"text": None}, "automargin": True}, "xaxis": {"title": {"text": None}}})


def quotes_by_side(event_id: str, quotes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The quotes said at an event, grouped by the speaker's country (each side's account), in
    order of date. A handful of rows: sorted and grouped in plain Python, not by pandas."""
    dates, ids = quotes["date"].tolist(), quotes["quote_id"].tolist()
    events, countries = quotes["event_id"].tolist(), quotes["country"].tolist()
    sides: dict[str, list[int]] = {}
    for position in sorted(range(len(quotes)), key=lambda i: (dates[i], ids[i])):
        if events[position] == event_id:
            sides.setdefault(countries[position], []).append(position)
    return {country: quotes.iloc[sides[country]] for country in sorted(sides)}


def readouts_by_government(source_ids, sources: Mapping[str, SourceRef]) -> dict[str, list[SourceRef]]:
    """Each government's own pages among an event's sources, its own language first."""
    readouts: dict[str, list[SourceRef]] = {}
    for source in map(sources.__getitem__, source_ids):
        if source.government:
            readouts.setdefault(source.government, []).append(source)
    for government, pages in readouts.items():
        own = OWN_LANGUAGES.get(government, ())
        pages.sort(key=lambda s: s.language not in own)
    order = {country: index for index, country in enumerate(COUNTRY_ORDER)}
    return {g: readouts[g] for g in sorted(readouts, key=lambda g: order.get(g, len(order)))}


def readouts_markdown(readouts: dict[str, list[SourceRef]], countries: dict[str, str]) -> str:
    """One line per government: its readouts, each linked and named by its language."""
    lines = []
    for government, pages in readouts.items():
        links = " · ".join(f"{safe_link(page.label, page.url)} ({escape_markdown(language_name(page.language))})"
                           for page in pages)
        lines.append(f"- {country_badges([government])} {escape_markdown(countries.get(government, government))}: {links}")
    return "\n".join(lines)


def render_event_detail(event: pd.Series, quotes: pd.DataFrame, official_names: Mapping[str, str],
                        sources: Mapping[str, SourceRef], feature_labels: Mapping[str, str], countries: dict[str, str],
                        event_titles: dict[str, str], view_params) -> None:
    """official_names: English name by official id; feature_labels: label by feature id in the
    chosen naming convention (Dataset.feature_labels)."""
    with st.container(border=True):
        st.markdown(f"{country_badges(event['countries'])} **{escape_markdown(event_dates(event))}** · "
                    f"{escape_markdown(_(EVENT_TYPE_LABELS.get(event['type'], event['type'])))}")
        st.subheader(event["title"])
        # The summary, note, readouts and sources in one markdown: each element is a message.
        text = [escape_markdown(event["summary"])]
        if event["notes"]:
            text.append(caption_markdown(_("Note:") + " " + escape_markdown(event["notes"])))
        if readouts := readouts_by_government(event["source_ids"], sources):
            text += [_("**Government readouts**, each in the language it was published in"),
                     readouts_markdown(readouts, countries)]
        text.append(caption_markdown(_("All sources:") + " " + source_links(event["source_ids"], sources)))
        st.markdown("\n\n".join(text))
        if event["participants"]:
            st.markdown("**" + _("Participants") + "**")
            links = st.container(horizontal=True, gap="small")  # one row that wraps: fewer elements than columns
            for person in event["participants"]:
                links.page_link("app_pages/officials.py", label=official_names[person], icon=":material/person:",
                                query_params=view_params(official=person))
        if event["features"]:
            st.markdown("**" + _("On the map") + "**")
            links = st.container(horizontal=True, gap="small")
            for feature in event["features"]:
                links.page_link("app_pages/map.py", label=feature_labels[feature], icon=":material/location_on:",
                                query_params=view_params(feature=feature))
        sides = quotes_by_side(event["event_id"], quotes)
        if sides:
            st.markdown(_("**What each side said** (quotes and reported statements, by the speaker's country)"))
            # Side by side; one side (a country filter) needs no columns.
            for column, (country, said) in zip(st.columns(len(sides)) if len(sides) > 1 else [st.container()],
                                               sides.items()):
                with column:
                    st.markdown(f"{country_badges([country])} **{escape_markdown(countries.get(country, country))}**")
                    for _index, quote in said.head(QUOTES_PER_SIDE).iterrows():
                        render_quote_card(quote, sources, event_titles, view_params, event_link=False)
                    if len(said) > QUOTES_PER_SIDE and (
                            more := lazy_expander(_("{count} more from this side", count=len(said) - QUOTES_PER_SIDE),
                                                  key=f"more-{country}")):
                        with more:
                            for _index, quote in said.iloc[QUOTES_PER_SIDE:].iterrows():
                                render_quote_card(quote, sources, event_titles, view_params, event_link=False)
        else:
            st.caption(_("No quotes recorded for this event under the current filters."))
