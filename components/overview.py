"""Live counts of what is in the data, for the overview page."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ecsdata import queries
from ecsdata.dataset import Dataset
from ecsdata.view import ViewState


@dataclass(frozen=True)
class Count:
    label: str
    total: int
    matching: int


def build_counts(dataset: Dataset, view: ViewState) -> list[Count]:
    """How many rows each kind has, and how many match the current filters."""
    quotes = dataset.quotes_with_speakers
    return [
        Count("Map features", len(dataset.features), len(queries.filter_features(dataset.features, view))),
        Count("Events", len(dataset.events), len(queries.filter_events(dataset.events, view))),
        Count("Officials", len(dataset.officials), len(queries.filter_officials(dataset.officials, view))),
        Count("Quotes", len(dataset.quotes), len(queries.filter_quotes(quotes, view))),
        Count("Sources", len(dataset.sources), len(queries.filter_by_text(dataset.sources, view))),
    ]


def render_counts(counts: list[Count]) -> None:
    for column, count in zip(st.columns(len(counts)), counts):
        filtered = count.matching != count.total
        column.metric(count.label, f"{count.matching:,}" if filtered else f"{count.total:,}",
                      delta=f"of {count.total:,}" if filtered else None, delta_color="off",
                      border=True)
