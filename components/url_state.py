"""The URL holds the whole view, owned without widgets. On a session's first run, and
whenever the address changes from outside (a link into another page, back and forward), the
view is read from st.query_params into plain session-state keys; after the page is drawn,
app.py writes the view back with one st.query_params call when it changed. Visible widgets
mirror those keys, so the state outlives the widgets of pages that are not shown, and the
URL holds ids, never the labels the widgets display."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ecsdata.i18n import LANGUAGES
from ecsdata.schema import NAME_CONVENTIONS
from ecsdata.view import KnownIds, ViewState, parse_presentation, parse_query

WRITTEN_KEY = "_url_written"  # the query the address bar holds, as we last read or wrote it
NOTES_KEY = "_link_notes"  # what the last link from outside had that was ignored

Query = dict[str, list[str]]


def current_query() -> Query:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def came_from_outside(query: Query, written: Query | None) -> bool:
    """Whether the address holds a view this session did not write: the first run, or a link
    or back/forward since. An empty address after a run is a click in the top navigation,
    which drops the query: the view is kept and written back."""
    return written is None or (bool(query) and query != written)


def language_for_run(query: Query, written: Query | None, session_lang: str | None, browser_lang: str) -> str:
    """The interface language of this run: a link's `lang` when the address came from outside,
    the browser's on a first visit without one, else the session's (the language switch)."""
    if came_from_outside(query, written):
        requested = (query.get("lang") or [None])[0]
        if requested in LANGUAGES:
            return requested
        if written is None:
            return browser_lang
    return session_lang or browser_lang


def state_of(view: ViewState, names_chosen: bool) -> dict[str, object]:
    """The session-state keys that hold a view ('names' is None while the island names follow
    the language)."""
    return {"country": list(view.countries), "topic": list(view.topics), "from": view.date_from,
            "to": view.date_to, "q": view.q, "names": view.names if names_chosen else None, "lang": view.lang,
            "feature": view.feature, "event": view.event, "official": view.official, "compare": view.compare,
            "quote": view.quote}


def sync_from_url(query: Query, known: KnownIds, lang: str) -> None:
    """Read the view from the address (query: current_query()) when it came from outside (call
    before any widget); `lang`: this run's language (language_for_run), used where the link names none."""
    written = st.session_state.get(WRITTEN_KEY)
    if not came_from_outside(query, written):
        return
    view, notes = parse_query(query, known, default_lang=lang)
    names_chosen = (query.get("names") or [None])[0] in NAME_CONVENTIONS
    st.session_state.update(state_of(view, names_chosen))
    # Presentation choices a link leaves out keep their current value (their default at first).
    st.session_state.update(parse_presentation(query, keep_defaults=written is None))
    st.session_state[NOTES_KEY] = notes  # our own links have none: a link between pages clears old notes
    st.session_state[WRITTEN_KEY] = query


def write_url(query: Query) -> None:
    """Put the view in the address bar with one call, only when it changed."""
    if query != current_query():
        st.query_params.from_dict(query)
    st.session_state[WRITTEN_KEY] = query


def set_parameter(key: str, value) -> None:
    """Change a view key from a callback (e.g. a click on a chart)."""
    st.session_state[key] = value


def shown_key(key: str) -> str:
    """The session-state key of the visible widget that mirrors a view key."""
    return f"{key}__shown"


def _copy_to_view(key: str) -> None:
    st.session_state[key] = st.session_state[shown_key(key)]


def mirrored(widget: Callable, key: str, label: str, *args, shown=None, **kwargs):
    """Draw a visible widget showing view key `key` (or `shown` while the key is unset);
    changing it changes the view."""
    value = st.session_state.get(key)
    value = shown if value is None and shown is not None else value
    if shown_key(key) not in st.session_state or st.session_state[shown_key(key)] != value:
        st.session_state[shown_key(key)] = value  # a write costs the widget more than a read: only on change
    return widget(label, *args, key=shown_key(key), on_change=_copy_to_view, args=(key,), **kwargs)


def link_notes() -> list[str]:
    return st.session_state.get(NOTES_KEY) or []


def dismiss_link_notes() -> None:
    st.session_state[NOTES_KEY] = []

