"""/map : the islets, gas fields and reference places, with the lines and zones around them."""

import streamlit as st

from components import frame, url_state
from components.feature_panel import render_feature_panel, render_structures
from components.text import escape_markdown
from components.map_view import LAYERS, VIEW_LABELS, MapOptions, map_figure, map_tables, render_map, selected_point
from components.tables import render_twin_table
from ecsdata import queries
from ecsdata.i18n import _, translated

context = frame.page_context()
dataset, view = context.dataset, context.view
countries = dataset.country_names
features = dataset.features
labels = dataset.feature_labels(view.names)


def choose_clicked_feature() -> None:
    clicked = selected_point(st.session_state.get("map_chart"))
    if clicked in labels:
        url_state.set_parameter("feature", clicked)


st.title(_("Map of the disputed islands and the lines around them"))
st.caption(_("Land from Natural Earth (generalised outlines); every feature and line from data/ with its "
             "source. Lines say whose line or claim they are. Click a marker, or choose a feature below; "
             "scroll or pinch to zoom."))

controls = st.columns([2, 3, 2])
with controls[0]:
    url_state.mirrored(st.selectbox, "feature", _("Feature"), [None, *labels],
                       format_func=lambda f: labels.get(f, "—"), placeholder=_("Choose a feature"))
with controls[1]:
    url_state.mirrored(st.pills, "layers", _("Layers"), list(LAYERS), selection_mode="multi",
                       format_func=translated(LAYERS).get)
with controls[2]:
    url_state.mirrored(st.segmented_control, "zoom", _("Zoom"), list(VIEW_LABELS),
                       format_func=translated(VIEW_LABELS).get)

options = MapOptions(names=view.names, selected=st.session_state.get("feature"),
                     view=st.session_state.get("zoom") or "region",
                     layers=tuple(st.session_state.get("layers") or ()))
figure = map_figure(dataset, options)

left, right = st.columns([3, 2], gap="medium")
with left:
    render_map(figure, key="map_chart", on_select=choose_clicked_feature)
with right:
    if options.selected in labels:
        involving = queries.involving(dataset.events, options.selected)
        mentioning = queries.involving(dataset.quotes_with_speakers, options.selected)
        render_feature_panel(features[features["feature_id"] == options.selected].iloc[0], countries,
                             dataset.islet_distances.get(options.selected, {}), dataset.source_refs,
                             queries.filter_events(involving, view), queries.filter_quotes(mentioning, view),
                             dataset.topic_labels, dataset.event_titles, context.link_params, view.names)
    else:
        st.info(_("Click a marker on the map, or choose a feature above, to see all its names, its "
                  "status, the events that involve it and the quotes that mention it."))
        st.markdown("**" + _("Lines and zones shown") + "**")
        for _index, zone in dataset.drawn_zones.iterrows():
            st.caption(escape_markdown(f"{_(zone['name'])}: {_(zone['description'])}"))
        render_structures(queries.filter_by_text(dataset.structures, view), dataset.source_refs)

features_table, zones_table = map_tables(dataset)
st.subheader(_("The same features as a table"))
st.dataframe(features_table, hide_index=True, width="stretch")
st.subheader(_("The lines and zones as a table"))
render_twin_table(zones_table)
