"""Live counts of what is in the data, for the overview page."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ecsdata import queries
from ecsdata.dataset import Dataset
from ecsdata.i18n import _, current
from ecsdata.view import ViewState


@dataclass(frozen=True)
class Count:
    label: str
    total: int
    matching: int


def build_counts(dataset: Dataset, view: ViewState) -> list[Count]:
    """How many rows each kind has, and how many match the current filters."""
    return [
        Count(_("Map features"), len(dataset.features), int(queries.features_mask(dataset.features, view).sum())),
        Count(_("Events"), len(dataset.events), int(queries.events_mask(dataset.events, view).sum())),
        Count(_("Officials"), len(dataset.officials), int(queries.officials_mask(dataset.officials, view).sum())),
        Count(_("Quotes"), len(dataset.quotes), int(queries.quotes_mask(dataset.quotes_with_speakers, view).sum())),
        Count(_("Sources"), len(dataset.sources), int(queries.text_mask(dataset.sources, view).sum())),
    ]


def coverage_text(events) -> str:
    """The period the record covers: its first and latest event."""
    if events.empty:
        return _("The record has no events yet.")
    first, latest = events["date"].min(), events["date"].max()
    return _("The record runs from {first} to its latest event on {latest}; later events are not yet in it.",
             first=current().date(first), latest=current().date(latest))


def render_counts(counts: list[Count]) -> None:
    for column, count in zip(st.columns(len(counts)), counts):
        filtered = count.matching != count.total
        number = current().number
        column.metric(count.label, number(count.matching) if filtered else number(count.total),
                      delta=_("of {total}", total=number(count.total)) if filtered else None, delta_color="off",
                      border=True)
