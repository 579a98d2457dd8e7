"""Quote cards: the words exactly as published, who said them, when, where and the source.
A 'paraphrase' row is labelled as reported speech and never shown in quotation marks."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from components.events import country_badges, format_date
from components.text import escape_markdown, highlight, safe_link
from ecsdata.dataset import SourceRef


def quote_markdown(quote: pd.Series, q: str = "") -> str:
    """The quote body: in quotation marks if the source quoted it, else as reported speech."""
    body = highlight(quote["text"], q)
    if quote["kind"] == "quote":
        return f"“{body}”"
    return f"*Reported as:* {body}"


def render_quote_card(quote: pd.Series, sources: Mapping[str, SourceRef], event_titles: dict[str, str],
                      view_params, q: str = "", show_speaker: bool = True, event_link: bool = True) -> None:
    """One quote with speaker, date, event and source links (sources: Dataset.source_refs);
    view_params(**sel) builds link params."""
    source = sources[quote["source_id"]]
    with st.container(border=True):
        # One markdown and one caption per card: each element is a message to the browser.
        if show_speaker:
            heading = (f"{country_badges([quote['country']])} **{escape_markdown(quote['name_en'])}** "
                       f"{escape_markdown(quote['name_native'])} · {escape_markdown(format_date(quote['date']))}")
        else:
            heading = f"**{escape_markdown(format_date(quote['date']))}**"
        st.markdown(f"{heading}\n\n{quote_markdown(quote, q)}")
        notes = []
        if quote["text_original"]:
            notes.append(f"Original ({escape_markdown(quote['original_language'])}): " + highlight(quote["text_original"], q))
        if quote["notes"]:
            notes.append("Note: " + escape_markdown(quote["notes"]))
        notes.append("Source: " + safe_link(f"{source.publisher}: {source.title}", source.url))
        st.caption("  \n".join(notes))
        to_event = bool(quote["event_id"]) and event_link  # not inside the event's own panel
        links = st.container(horizontal=True, gap="small") if to_event else st  # a row only for two links
        links.page_link("app_pages/officials.py", label="Link to this quote", icon=":material/link:",
                        query_params=view_params(official=quote["official_id"], quote=quote["quote_id"]))
        if to_event:
            links.page_link("app_pages/timeline.py", label="Open the event", icon=":material/timeline:",
                            help=event_titles.get(quote["event_id"], quote["event_id"]),
                            query_params=view_params(event=quote["event_id"]))
