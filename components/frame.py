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
from ecsdata.view import DEFAULT_NAMES, PRESENTATION, SELECTIONS, KnownIds, ViewState, parse_query, to_query

EARLIEST = dt.date(1890, 1, 1)
_CONTEXT_KEY = "_page_context"
_NOTES_KEY = "_link_notes"


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


def read_link_notes(known: KnownIds) -> None:
    """On the first run of a session, note every link parameter that will be ignored."""
    if _NOTES_KEY not in st.session_state:
        raw = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
        st.session_state[_NOTES_KEY] = parse_query(raw, known)[1]


def render_link_notes() -> None:
    notes = st.session_state.get(_NOTES_KEY) or []
    if notes:
        with st.container(border=True):
            st.markdown("**Part of the link was ignored**")
            for note in notes[:8]:
                st.caption(escape_markdown(note))
            if len(notes) > 8:
                st.caption(f"…and {len(notes) - 8} more.")
            st.button("Dismiss", key="_dismiss_notes",
                      on_click=lambda: st.session_state.update({_NOTES_KEY: []}))


def _clear_filters() -> None:
    st.session_state["country"] = []
    st.session_state["topic"] = []
    st.session_state["from"] = None
    st.session_state["to"] = None
    st.session_state["q"] = ""


def render_bindings(known: KnownIds, page_defaults: dict[str, tuple[tuple[str, ...], object, bool]]) -> None:
    """Hidden widgets that own the URL parameters on every page. A selection naming an
    unknown id was noted and ignored on arrival; it is cleared here on the next run, so it
    also leaves the address bar."""
    for name, vocabulary in SELECTIONS.items():
        value = st.session_state.get(name)
        if value and value not in getattr(known, vocabulary):
            st.session_state[name] = ""
    with url_state.bindings():
        url_state.render_binding("country", sorted(known.countries), multi=True)
        url_state.render_binding("topic", sorted(known.topics), multi=True)
        url_state.render_binding("names", NAME_CONVENTIONS, default=DEFAULT_NAMES)
        for name in SELECTIONS:
            url_state.render_id_binding(name)
        for name, (options, default, multi) in page_defaults.items():
            url_state.render_binding(name, options, multi=multi, default=default)


def render_filters(dataset: Dataset) -> None:
    """The shared filters people see, identical on every page; each mirrors a URL parameter."""
    countries, topics = dataset.country_names, dataset.topic_labels
    url_state.mirrored(st.multiselect, "country", "Countries", list(countries),
                       format_func=lambda c: f"{c} · {countries[c]}", placeholder="All countries")
    url_state.mirrored(st.multiselect, "topic", "Topics", list(topics),
                       format_func=topics.get, placeholder="All topics")
    left, right = st.columns(2)
    left.date_input("From", value=None, key="from", bind="query-params",
                    min_value=EARLIEST, max_value=dt.date.today(), format="YYYY-MM-DD")
    right.date_input("To", value=None, key="to", bind="query-params",
                     min_value=EARLIEST, max_value=dt.date.today(), format="YYYY-MM-DD")
    st.text_input("Search", key="q", bind="query-params", max_chars=200,
                  placeholder="Words in titles, summaries, quotes…")
    url_state.mirrored(st.selectbox, "names", "Island names", list(NAME_CONVENTION_LABELS),
                       format_func=NAME_CONVENTION_LABELS.get,
                       help="Which naming convention labels the islands on every page. "
                            "Each detail panel always shows all names.")
    st.button("Clear filters", on_click=_clear_filters, width="stretch")


def current_view(known: KnownIds) -> ViewState:
    """The view as the bound widgets (and so the URL) hold it now."""
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


def presentation_params(state: dict) -> dict[str, list[str]]:
    """The page presentation choices (map layers, zoom, colour, measure) that differ from
    their defaults, as URL parameters."""
    params = {}
    for name, (_allowed, default, multi) in PRESENTATION.items():
        value = state.get(name)
        if multi and value is not None and sorted(value) != sorted(default):
            params[name] = list(value)
        elif not multi and value and value != default:
            params[name] = [value]
    return params


def share_url(view: ViewState, page_path: str, base: str | None, presentation: dict | None = None) -> str:
    """The absolute link that reproduces this view on this page."""
    parts = urlsplit(base or "http://localhost:8501/")
    root = f"{parts.scheme}://{parts.netloc}"
    query = urlencode({**to_query(view), **(presentation or {})}, doseq=True)
    return f"{root}/{page_path}" + (f"?{query}" if query else "")


def render_share(view: ViewState, page_path: str) -> None:
    share = st.popover("Copy link", icon=":material/link:", width="stretch", help="A link to exactly this view",
                       key="share", on_change="rerun")
    if share.open:  # built only when opened: not every rerun of every page needs it
        with share:
            st.caption("Copy this link (button at its right) and send it: it opens this page with "
                       "the same filters and selection.")
            st.code(share_url(view, page_path, st.context.url, presentation_params(st.session_state)),
                    language=None, wrap_lines=True)


def link_params(view: ViewState, **selection: str | None) -> dict[str, list[str]]:
    """Query parameters for a link into another page that keeps the current filters."""
    keep = ViewState(countries=view.countries, topics=view.topics, date_from=view.date_from,
                     date_to=view.date_to, q=view.q, names=view.names)
    query = to_query(keep)
    for name, value in selection.items():
        if value:
            query[name] = [value]
    return query
