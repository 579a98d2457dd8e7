"""Officials: profile facts, counterparts, quote timelines and the side-by-side comparison."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.figures import figure, hover_date, iso_dates
from components.text import plotly_text
from components.theme import COUNTRY_COLOURS, SHARED_COLOUR, TOPIC_COLOURS
from ecsdata.i18n import N_, _


def offices_of(official_id: str, offices: pd.DataFrame) -> pd.DataFrame:
    rows = offices[offices["official_id"] == official_id].sort_values("start_date", ascending=False)
    return pd.DataFrame({"office": rows["office"],
                         "from": rows["start_date"].dt.strftime("%Y-%m-%d"),
                         "to": rows["end_date"].dt.strftime("%Y-%m-%d").fillna(""),
                         "notes": rows["notes"]})  # column names are keys here; the page shows no headers


def counterparts(official_id: str, events: pd.DataFrame, officials: pd.DataFrame) -> pd.DataFrame:
    """People of another country who took part in the same events, with how often and when last."""
    country = dict(zip(officials["official_id"].tolist(), officials["country"].tolist()))
    names = dict(zip(officials["official_id"].tolist(), officials["name_en"].tolist()))
    meetings: Counter[str] = Counter()
    last: dict[str, str] = {}
    for date, participants in zip(iso_dates(events["date"]), events["participants"].tolist()):
        if official_id not in participants:
            continue
        for other in participants:
            if other != official_id and country.get(other) != country.get(official_id):
                meetings[other] += 1
                last[other] = max(last.get(other, ""), date[:10])
    met = pd.DataFrame({"official_id": list(meetings), "name": [names.get(o, o) for o in meetings],
                        "meetings": list(meetings.values()), "last": [last[o] for o in meetings]},
                       columns=["official_id", "name", "meetings", "last"])
    return met.sort_values(["meetings", "last"], ascending=False)


@st.cache_resource(max_entries=256, show_spinner=False)
def official_record(data_version: str, official_id: str, _dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """offices_of and counterparts of one official in a loaded data set: they do not depend on
    the filters, so they are built once per official, not at every rerun (shared, read-only)."""
    return (offices_of(official_id, _dataset.offices),
            counterparts(official_id, _dataset.events, _dataset.officials))


def topic_counts(quotes: pd.DataFrame, topics: dict[str, str]) -> pd.DataFrame:
    """Quotes per topic, most first (a quote counts once for each of its topics)."""
    counts = Counter(topic for row in quotes["topics"].tolist() for topic in row).most_common()
    return pd.DataFrame({"topic": [topics.get(t, t) for t, _ in counts], "quotes": [n for _, n in counts],
                         "topic_id": [t for t, _ in counts]})


def build_topic_figure(counts: pd.DataFrame) -> go.Figure:
    bars = {"type": "bar", "x": counts["quotes"].tolist(), "y": [plotly_text(t) for t in counts["topic"]],
            "orientation": "h",
            "marker": {"color": [TOPIC_COLOURS.get(t, SHARED_COLOUR) for t in counts["topic_id"]]}}
    return figure([bars], {"height": 60 + 24 * len(counts), "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
                           "yaxis": {"autorange": "reversed", "title": {"text": None}},
                           "xaxis": {"title": {"text": _("quotes")}}})


def build_quote_timeline(quotes: pd.DataFrame, country: str) -> go.Figure:
    """When the official spoke: one mark per quote, quotes and reported statements apart."""
    traces = []
    for kind, label in (("quote", N_("Quote")), ("paraphrase", N_("Reported"))):
        rows = quotes[quotes["kind"] == kind]
        traces.append({
            "type": "scatter", "x": iso_dates(rows["date"]), "y": [_(label)] * len(rows), "mode": "markers",
            "name": _(label), "marker": {"size": 11, "color": COUNTRY_COLOURS.get(country, SHARED_COLOUR),
                                      "symbol": "circle" if kind == "quote" else "circle-open"},
            "hovertext": [plotly_text(t[:120]) for t in rows["text"]],
            "hovertemplate": hover_date() + "<br>%{hovertext}<extra></extra>"})
    return figure(traces, {"height": 170, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "showlegend": False,
                           "yaxis": {"title": {"text": None}}, "xaxis": {"title": {"text": None}, "type": "date"}})


def aligned_quotes(quotes: pd.DataFrame, first: str, second: str) -> list[tuple[str, pd.DataFrame, pd.DataFrame]]:
    """Events at which both officials have quotes, newest first: (event_id, first's, second's)."""
    with_event = quotes[quotes["event_id"] != ""]
    a = with_event[with_event["official_id"] == first]
    b = with_event[with_event["official_id"] == second]
    shared = set(a["event_id"]) & set(b["event_id"])
    dates = with_event.groupby("event_id")["date"].min()
    order = sorted(shared, key=lambda e: dates[e], reverse=True)
    return [(e, a[a["event_id"] == e], b[b["event_id"] == e]) for e in order]
