"""/ : what the dashboard covers, live counts, the latest events and links into the pages."""

import streamlit as st

from components import frame
from components.events import render_event_card
from components.overview import build_counts, coverage_text, render_counts
from ecsdata import queries
from ecsdata.i18n import _

context = frame.page_context()
dataset, view = context.dataset, context.view

st.title(_("East China Sea disputes"))
st.markdown(_(
    "One place for the disputes between China, Japan and Taiwan over the islands that Japan "
    "calls the **Senkaku**, China the **Diaoyu** and Taiwan the **Tiaoyutai**, and over the "
    "sea and air around them: a map of the features and the lines drawn around them, a "
    "timeline of meetings, agreements and incidents, and what each official said. Every row "
    "names its source; each government's position is shown as that government's position."
))
st.caption(_("It began with one story: on 27 December 2021 the defence ministers of China and "
             "Japan, Wei Fenghe and Nobuo Kishi, held video talks and agreed to set up a defence "
             "hotline. Open it in the timeline, then compare what each side said."))

render_counts(build_counts(dataset, view))
st.caption(coverage_text(dataset.events))

left, right = st.columns([3, 2], gap="large")
with left:
    events = queries.filter_events(dataset.events_newest_first, view)
    st.subheader(_("Latest events matching your filters") if view.has_filters else _("Latest events"))
    if events.empty:
        st.info(_("No event matches the filters. Clear them in the sidebar to see all events."))
    for _index, event in events.head(6).iterrows():
        render_event_card(event, dataset.source_refs, dataset.topic_labels,
                          link=context.link_params(event=event["event_id"]))
with right:
    st.subheader(_("Explore"))
    keep = context.link_params()
    st.page_link("app_pages/map.py", label=_("Map of the islands and the lines around them"), icon=":material/map:", query_params=keep)
    st.page_link("app_pages/timeline.py", label=_("Timeline of meetings, agreements and incidents"), icon=":material/timeline:", query_params=keep)
    st.page_link("app_pages/officials.py", label=_("What each official said, side by side"), icon=":material/format_quote:", query_params=keep)
    st.page_link("app_pages/activity.py", label=_("Coast guard and air activity, year by year"), icon=":material/monitoring:", query_params=keep)
    st.page_link("app_pages/data.py", label=_("All data, sources and method"), icon=":material/table_view:", query_params=keep)
    st.subheader(_("How to read it"))
    st.markdown(_(
        "- Filters in the sidebar apply to every page and travel with the link.\n"
        "- **Quote** means the source published these exact words; **reported** means the "
        "source paraphrased the speaker.\n"
        "- Names: choose Japanese, Chinese (PRC), Chinese (Taiwan) or English labels; every "
        "detail panel shows all of them."
    ))
