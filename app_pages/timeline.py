"""/timeline : meetings, agreements and incidents on a zoomable chart and in a list."""

import numpy as np
import pandas as pd
import streamlit as st

from components import frame, url_state
from components.events import render_event_card
from components.paging import lazy_expander, page_slice
from components.tables import render_twin_table
from components.timeline_view import (MECHANISM_STATE_LABELS, build_mechanism_figure, build_timeline_figure,
                                      build_year_figure, cached_timeline_points, clicked_event, render_event_detail,
                                      year_counts)
from ecsdata import queries
from ecsdata.i18n import N_, _, current, translated

PAGE_SIZE = 10
COLOUR_CHOICES = {"country": N_("Country"), "topic": N_("Topic")}
context = frame.page_context()
dataset, view = context.dataset, context.view
# The filter as positions in the newest-first list: the chart, the counts and the page of cards
# each take only what they draw (copying every matching row's text cost most of a rerun at 100x).
every_event = dataset.events_newest_first
shown = queries.events_mask(every_event, view).to_numpy()
positions = np.flatnonzero(shown)


def choose_clicked_event() -> None:
    if clicked := clicked_event(st.session_state.get("timeline_chart"), every_event):
        url_state.set_parameter("event", clicked)


number = current().number
st.title(_("Timeline of meetings, agreements and incidents"))
st.caption(_("{shown} of {total} events match the filters. Click a point or an event below to open it; "
             "drag across the chart to zoom in time (double-click to zoom out), or choose a span under it.",
             shown=number(len(positions)), total=number(len(every_event))))

selected = view.event
if selected:
    quotes = queries.filter_quotes(dataset.quotes_of("event_id", selected), view)
    render_event_detail(dataset.events[dataset.events["event_id"] == selected].iloc[0], quotes,
                        dataset.official_names, dataset.source_refs, dataset.feature_labels(view.names),
                        dataset.country_names, dataset.event_titles, context.link_params)
    st.button(_("Close this event"), on_click=url_state.set_parameter, args=("event", None))

with st.container(horizontal=True, vertical_alignment="bottom"):
    url_state.mirrored(st.segmented_control, "colour", _("Colour by"), list(COLOUR_CHOICES),
                       format_func=translated(COLOUR_CHOICES).get)
colour_by = st.session_state.get("colour") or "country"
colour_labels = dataset.country_names if colour_by == "country" else dataset.topic_labels
points = cached_timeline_points(dataset.version, colour_by, every_event).of_rows(shown)
st.plotly_chart(build_timeline_figure(points, colour_by, colour_labels, selected),
                key="timeline_chart", on_select=choose_clicked_event, selection_mode="points", width="stretch",
                config={"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]})

st.subheader(_("Events, newest first"))
page = positions[page_slice(len(positions), PAGE_SIZE, key="timeline_page")]
for _index, event in every_event.iloc[page].iterrows():
    render_event_card(event, dataset.source_refs, dataset.topic_labels)
    st.button(_("Open this event"), key=f"open-{event['event_id']}", icon=":material/open_in_full:",
              on_click=url_state.set_parameter, args=("event", event["event_id"]))
if not len(positions):
    st.info(_("No event matches the filters. Clear them in the sidebar to see all events."))

left, right = st.columns(2, gap="large")
with left:
    st.subheader(_("Confidence-building mechanisms"))
    mechanisms = queries.filter_mechanisms(dataset.mechanisms, view)
    if mechanisms.empty:
        st.info(_("No mechanism state falls within the filters."))
    else:
        st.plotly_chart(build_mechanism_figure(mechanisms), width="stretch", config={"displaylogo": False})
        if mechanism_table := lazy_expander(_("Table of the mechanisms"), key="mechanism_table"):
            table = mechanisms.sort_values("date")
            with mechanism_table:
                render_twin_table(pd.DataFrame({
                    _("mechanism"): table["mechanism_name"],
                    _("state"): [_(MECHANISM_STATE_LABELS.get(s, s)) for s in table["state"]],
                    _("date"): table["date"].dt.strftime("%Y-%m-%d"), _("note"): table["note"]}))
with right:
    st.subheader(_("Events per year, by type"))
    counts = year_counts(every_event[["date", "type"]].iloc[positions])
    st.plotly_chart(build_year_figure(counts), width="stretch", config={"displaylogo": False})
    if year_table := lazy_expander(_("Table of events per year"), key="year_table"):
        kinds = list(counts.columns[1:])
        with year_table:
            render_twin_table(pd.DataFrame({
                _("year"): counts.iloc[:, 0], _("events"): counts[kinds].sum(axis=1),
                _("by type"): [_(", ").join(f"{kind} {n}" for kind, n in zip(kinds, row) if n)
                               for row in counts[kinds].itertuples(index=False)]}))
