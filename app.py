"""East China Sea disputes dashboard: the frame. Loads and validates the data, reads the view
from the URL, draws the shared filters, runs the page the URL names and writes the view back
to the URL."""

import streamlit as st

from components import frame, url_state
from components.theme import PAGE_CSS
from ecsdata.i18n import _, language_from_locale, use_language
from ecsdata.problems import DataError
from ecsdata.view import page_query

st.html(PAGE_CSS)
frame.tune_server_sockets()

# The language first: every string after this is in it (a link's lang, the switch, the browser's).
query = url_state.current_query()
lang = url_state.language_for_run(query, st.session_state.get(url_state.WRITTEN_KEY), st.session_state.get("lang"),
                                  language_from_locale(st.context.locale))
use_language(lang)
st.set_page_config(page_title=_("East China Sea disputes"), page_icon="assets/favicon.png", layout="wide",
                   initial_sidebar_state="auto")

PAGES = [
    st.Page("app_pages/overview.py", title=_("Overview"), icon=":material/home:", default=True),
    st.Page("app_pages/map.py", title=_("Map"), icon=":material/map:", url_path="map"),
    st.Page("app_pages/timeline.py", title=_("Timeline"), icon=":material/timeline:", url_path="timeline"),
    st.Page("app_pages/officials.py", title=_("Officials"), icon=":material/format_quote:", url_path="officials"),
    st.Page("app_pages/activity.py", title=_("Activity"), icon=":material/monitoring:", url_path="activity"),
    st.Page("app_pages/data.py", title=_("Data & sources"), icon=":material/table_view:", url_path="data"),
]
page = st.navigation(PAGES, position="top")

try:
    dataset = frame.get_dataset()
except DataError as error:
    frame.render_data_error(error)
    st.stop()

known = dataset.known_ids
url_state.sync_from_url(query, known, lang)
view = frame.current_view(known)
with st.sidebar:
    frame.render_language_switch(view.lang)
    st.header(_("Filters"))
    st.caption(_("They apply on every page and are kept in the link."))
    frame.render_filters(dataset, view)
    st.divider()
    frame.render_share(page_query(view, st.session_state, page.url_path), page.url_path)
    st.caption(_("Data version `{version}`", version=dataset.version))
frame.render_link_notes()
frame.set_context(frame.PageContext(dataset, view, known))
page.run()
# One write of the whole view, after the page has drawn.
url_state.write_url(page_query(view, st.session_state, page.url_path))
