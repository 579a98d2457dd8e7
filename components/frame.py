"""The frame every page lives in: the cached dataset, the shared filters bound to the URL,
notes about ignored link parameters, the share link and the data-error page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pandas as pd
import streamlit as st

from components.text import escape_markdown
from components import transport, url_state
from components.theme import NAME_CONVENTION_LABELS
from ecsdata.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, _, translated
from ecsdata.dataset import Dataset, files_fingerprint, load_dataset
from ecsdata import paths
from ecsdata.problems import DataError
from ecsdata.view import (EARLIEST_DATE, MAX_QUERY_LENGTH, SELECTIONS, KnownIds, ViewState,
                          parse_query, to_query)

_CONTEXT_KEY = "_page_context"


@dataclass(frozen=True)
class PageContext:
    dataset: Dataset
    view: ViewState
    known: KnownIds

    def link_params(self, **selection: str | None) -> dict[str, list[str]]:
        """Parameters for a link into another page that keeps this view's filters."""
        return link_params(self.view, **selection)


@st.cache_resource(show_spinner=False)
def tune_server_sockets() -> int:
    """Once per server process (see components/transport.py): no ~40 ms wait per rerun."""
    return transport.disable_nagle()


@st.cache_resource(show_spinner="Loading data…", max_entries=2)
def _load(data_dir: str, fingerprint: str) -> Dataset:
    """Shared by all sessions and treated as read-only; the fingerprint key reloads edits."""
    return load_dataset(Path(data_dir))


def get_dataset(data_dir: Path | None = None) -> Dataset:
    data_dir = data_dir or paths.DATA_DIR  # read at call time so tests can point elsewhere
    return _load(str(data_dir), files_fingerprint(data_dir))


def render_data_error(error: DataError) -> None:
    st.title(_("The data files have problems"))
    st.error(_("The dashboard cannot start: {count} problem(s) were found in data/. "
               "Fix them (run `python -m ecsdata` to check) and reload.", count=len(error.problems)))
    st.dataframe(pd.DataFrame([{_("file"): f"data/{p.file}", _("row"): p.row, _("column"): p.column,
                                _("problem"): p.message} for p in error.problems]),
                 hide_index=True, width="stretch")


def render_link_notes() -> None:
    notes = url_state.link_notes()
    if notes:
        with st.container(border=True):
            st.markdown("**" + _("Part of the link was ignored") + "**")
            for note in notes[:8]:
                st.caption(escape_markdown(note))
            if len(notes) > 8:
                st.caption(_("…and {count} more.", count=len(notes) - 8))
            st.button(_("Dismiss"), key="_dismiss_notes", on_click=url_state.dismiss_link_notes)


def _clear_filters() -> None:
    st.session_state["country"] = []
    st.session_state["topic"] = []
    st.session_state["from"] = None
    st.session_state["to"] = None
    st.session_state["q"] = ""


def render_language_switch(lang: str) -> None:
    """The interface language, each named in itself; the label is in every language."""
    url_state.mirrored(st.selectbox, "lang", "Language · 言語 · 语言 · 語言", list(LANGUAGES),
                       format_func=LANGUAGE_NAMES.get, shown=lang)


def render_filters(dataset: Dataset, view: ViewState) -> None:
    """The shared filters people see, identical on every page; each mirrors a view key."""
    countries, topics = dataset.country_names, dataset.topic_labels
    url_state.mirrored(st.multiselect, "country", _("Countries"), list(countries),
                       format_func=lambda c: f"{c} · {countries[c]}", placeholder=_("All countries"))
    url_state.mirrored(st.multiselect, "topic", _("Topics"), list(topics),
                       format_func=topics.get, placeholder=_("All topics"))
    left, right = st.columns(2)
    with left:
        url_state.mirrored(st.date_input, "from", _("From"), min_value=EARLIEST_DATE, max_value=dt.date.today(),
                           format="YYYY-MM-DD")
    with right:
        url_state.mirrored(st.date_input, "to", _("To"), min_value=EARLIEST_DATE, max_value=dt.date.today(),
                           format="YYYY-MM-DD")
    url_state.mirrored(st.text_input, "q", _("Search"), max_chars=MAX_QUERY_LENGTH,
                       placeholder=_("Words in titles, summaries, quotes…"))
    url_state.mirrored(st.selectbox, "names", _("Island names"), list(NAME_CONVENTION_LABELS),
                       format_func=translated(NAME_CONVENTION_LABELS).get, shown=view.names,
                       help=_("Which naming convention labels the islands on every page. "
                              "Each detail panel always shows all names."))
    st.button(_("Clear filters"), on_click=_clear_filters, width="stretch")


def current_view(known: KnownIds) -> ViewState:
    """The view as session state holds it now (the URL is written from it after the page)."""
    state = st.session_state
    raw = {
        "country": list(state.get("country") or []),
        "topic": list(state.get("topic") or []),
        "from": [state["from"].isoformat()] if state.get("from") else [],
        "to": [state["to"].isoformat()] if state.get("to") else [],
        "q": [state.get("q") or ""],
        "names": [state["names"]] if state.get("names") else [],  # none: the language's own
        "lang": [state.get("lang") or DEFAULT_LANGUAGE],
    }
    for name in SELECTIONS:
        raw[name] = [state[name]] if state.get(name) else []
    return parse_query(raw, known)[0]  # unknown ids are dropped here (and noted on arrival)


def set_context(context: PageContext) -> None:
    st.session_state[_CONTEXT_KEY] = context


def page_context() -> PageContext:
    """What app.py prepared for this run: the dataset, the view and the known ids."""
    return st.session_state[_CONTEXT_KEY]


def share_url(query: dict[str, list[str]], page_path: str, base: str | None) -> str:
    """The absolute link that reproduces this view on this page (query: view.page_query)."""
    parts = urlsplit(base or "http://localhost:8501/")
    root = f"{parts.scheme}://{parts.netloc}"
    query = urlencode(query, doseq=True)
    return f"{root}/{page_path}" + (f"?{query}" if query else "")


def render_share(query: dict[str, list[str]], page_path: str) -> None:
    share = st.popover(_("Copy link"), icon=":material/link:", width="stretch", help=_("A link to exactly this view"),
                       key="share", on_change="rerun")
    if share.open:  # built only when opened: not every rerun of every page needs it
        with share:
            st.caption(_("Copy this link (button at its right) and send it: it opens this page with "
                         "the same filters, selection and language."))
            st.code(share_url(query, page_path, st.context.url), language=None, wrap_lines=True)


def link_params(view: ViewState, **selection: str | None) -> dict[str, list[str]]:
    """Query parameters for a link into another page that keeps the current filters."""
    keep = ViewState(countries=view.countries, topics=view.topics, date_from=view.date_from,
                     date_to=view.date_to, q=view.q, names=view.names, lang=view.lang)
    query = to_query(keep)
    for name, value in selection.items():
        if value:
            query[name] = [value]
    return query
