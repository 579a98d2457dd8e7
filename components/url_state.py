"""URL binding. Streamlit's bind="query-params" writes a widget's *displayed* text into the
URL, and writing st.query_params by hand after a page switch lands on the wrong path. So
each shared parameter is held by a hidden bound widget whose options are the ids (the URL
contract), and the visible widget that people use shows names and mirrors it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

CONTAINER_KEY = "url-bindings"


def shown_key(key: str) -> str:
    """The session-state key of the visible widget that mirrors a bound parameter."""
    return f"{key}__shown"


def render_binding(key: str, options: Sequence[str], multi: bool = False, default=None) -> None:
    """The hidden widget that owns URL parameter `key` (call inside bindings())."""
    if multi:
        st.multiselect(key, list(options), default=list(default) if default else None, key=key,
                       bind="query-params")
    else:
        choices = list(options) if default is not None else [None, *options]
        st.selectbox(key, choices, key=key, bind="query-params",
                     index=choices.index(default) if default is not None else 0)


def render_id_binding(key: str) -> None:
    """The hidden widget that owns an id-valued URL parameter (a selected event, official…):
    a text box, not a list of every id, which would be sent at every rerun and grows with
    the data. The caller checks the value against the known ids."""
    st.text_input(key, key=key, bind="query-params")


def bindings():
    """The hidden container that holds every bound parameter widget (theme.PAGE_CSS hides it)."""
    return st.container(key=CONTAINER_KEY)


def set_parameter(key: str, value) -> None:
    """Change a bound parameter from a callback (e.g. a click on a chart)."""
    st.session_state[key] = value


def _copy_to_bound(key: str) -> None:
    st.session_state[key] = st.session_state[shown_key(key)]


def mirrored(widget: Callable, key: str, label: str, options: Sequence, **kwargs):
    """Draw a visible widget showing the bound parameter `key`; changing it updates the URL."""
    st.session_state[shown_key(key)] = st.session_state.get(key)
    return widget(label, options, key=shown_key(key), on_change=_copy_to_bound, args=(key,), **kwargs)
