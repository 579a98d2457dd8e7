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
from ecsdata.dataset import Dataset, files_fingerprint, load_dataset
from ecsdata import paths
from ecsdata.problems import DataError
from ecsdata.schema import NAME_CONVENTIONS
from ecsdata.view import (DEFAULT_NAMES, EARLIEST_DATE, MAX_QUERY_LENGTH, SELECTIONS, KnownIds, ViewState,
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
def _load(data_dir: str, fingerprint: tuple) -> Dataset:
    """Shared by all sessions and treated as read-only; the fingerprint key reloads edits."""
    return load_dataset(Path(data_dir))


def get_dataset(data_dir: Path | None = None) -> Dataset:
    data_dir = data_dir or paths.DATA_DIR  # read at call time so tests can point elsewhere
    return _load(str(data_dir), files_fingerprint(data_dir))


def render_data_error(error: DataError) -> None:
    st.title("The data files have problems")
    st.error(f"The dashboard cannot start: {len(error.problems)} problem(s) were found in data/. "
             "Fix them (run `python -m ecsdata` to check) and reload.")
    st.dataframe(pd.DataFrame([{"file": f"data/{p.file}", "row": p.row, "column": p.column,
                                "problem": p.message} for p in error.problems]),
                 hide_index=True, width="stretch")


def render_link_notes() -> None:
    notes = url_state.link_notes()
    if notes:
        with st.container(border=True):
            st.markdown("**Part of the link was ignored**")
            for note in notes[:8]:
                st.caption(escape_markdown(note))
            if len(notes) > 8:
                st.caption(f"…and {len(notes) - 8} more.")
            st.button("Dismiss", key="_dismiss_notes", on_click=url_state.dismiss_link_notes)


def _clear_filters() -> None:
    st.session_state["country"] = []
    st.session_state["topic"] = []
    st.session_state["from"] = None
    st.session_state["to"] = None
    st.session_state["q"] = ""


def render_filters(dataset: Dataset) -> None:
    """The shared filters people see, identical on every page; each mirrors a view key."""
    countries, topics = dataset.country_names, dataset.topic_labels
    url_state.mirrored(st.multiselect, "country", "Countries", list(countries),
                       format_func=lambda c: f"{c} · {countries[c]}", placeholder="All countries")
    url_state.mirrored(st.multiselect, "topic", "Topics", list(topics),
                       format_func=topics.get, placeholder="All topics")
    left, right = st.columns(2)
    with left:
        url_state.mirrored(st.date_input, "from", "From", min_value=EARLIEST_DATE, max_value=dt.date.today(),
                           format="YYYY-MM-DD")
    with right:
        url_state.mirrored(st.date_input, "to", "To", min_value=EARLIEST_DATE, max_value=dt.date.today(),
                           format="YYYY-MM-DD")
    url_state.mirrored(st.text_input, "q", "Search", max_chars=MAX_QUERY_LENGTH,
                       placeholder="Words in titles, summaries, quotes…")
    url_state.mirrored(st.selectbox, "names", "Island names", list(NAME_CONVENTION_LABELS),
                       format_func=NAME_CONVENTION_LABELS.get,
                       help="Which naming convention labels the islands on every page. "
                            "Each detail panel always shows all names.")
    st.button("Clear filters", on_click=_clear_filters, width="stretch")


def current_view(known: KnownIds) -> ViewState:
    """The view as session state holds it now (the URL is written from it after the page)."""
    state = st.session_state
    raw = {
        "country": list(state.get("country") or []),
        "topic": list(state.get("topic") or []),
        "from": [state["from"].isoformat()] if state.get("from") else [],
        "to": [state["to"].isoformat()] if state.get("to") else [],
        "q": [state.get("q") or ""],
        "names": [state.get("names") or DEFAULT_NAMES],
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
    share = st.popover("Copy link", icon=":material/link:", width="stretch", help="A link to exactly this view",
                       key="share", on_change="rerun")
    if share.open:  # built only when opened: not every rerun of every page needs it
        with share:
            st.caption("Copy this link (button at its right) and send it: it opens this page with "
                       "the same filters and selection.")
            st.code(share_url(query, page_path, st.context.url), language=None, wrap_lines=True)


def link_params(view: ViewState, **selection: str | None) -> dict[str, list[str]]:
    """Query parameters for a link into another page that keeps the current filters."""
    keep = ViewState(countries=view.countries, topics=view.topics, date_from=view.date_from,
                     date_to=view.date_to, q=view.q, names=view.names)
    query = to_query(keep)
    for name, value in selection.items():
        if value:
            query[name] = [value]
    return query
