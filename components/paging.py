"""Long lists shown a part at a time: a page of cards (the timeline's events, the officials
gallery), or a section built only while it is open. Drawing every card at every rerun grows
with the data (bench/rerun.py at 10x)."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from ecsdata.i18n import _


def page_count(rows: int, page_size: int) -> int:
    return max(1, math.ceil(rows / page_size))


def page_slice(rows: int, page_size: int, key: str) -> slice:
    """The part of `rows` rows on the page the reader chose in a page number box (drawn only
    when there is more than one page)."""
    pages = page_count(rows, page_size)
    number = st.number_input(_("Page (of {count})", count=pages), min_value=1, max_value=pages, value=1, step=1,
                             key=key, width=160) if pages > 1 else 1
    return slice((number - 1) * page_size, min(number * page_size, rows))


def current_page(frame: pd.DataFrame, page_size: int, key: str) -> pd.DataFrame:
    """The rows of the page the reader chose (page_slice)."""
    return frame.iloc[page_slice(len(frame), page_size, key)]


def lazy_expander(label: str, key: str):
    """An expander whose content is built only while it is open (opening it reruns the
    page): the expander when open, else None."""
    section = st.expander(label, key=key, on_change="rerun")
    return section if section.open else None
