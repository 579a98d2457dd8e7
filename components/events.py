"""Event cards and lists, shared by the overview and the timeline."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from components.text import caption_markdown, escape_markdown, safe_link
from components.theme import COUNTRY_BADGES, EVENT_TYPE_LABELS
from ecsdata.dataset import SourceRef
from ecsdata.i18n import _, current


def format_date(date: pd.Timestamp, precision: str = "day") -> str:
    """A date written to the precision the source gives (day, month or year)."""
    if pd.isna(date):
        return ""
    return current().date(date, precision)


def event_dates(event: pd.Series) -> str:
    start = format_date(event["date"], event["date_precision"])
    if pd.isna(event["end_date"]):
        return start
    return f"{start} – {format_date(event['end_date'], event['date_precision'])}"


def country_badges(codes) -> str:
    """Markdown badges for validated country codes (never free text)."""
    return " ".join(f":{COUNTRY_BADGES.get(c, 'gray')}-badge[{escape_markdown(c)}]" for c in codes)


def source_links(source_ids, sources: Mapping[str, SourceRef]) -> str:
    """Markdown links to sources (Dataset.source_refs)."""
    return " · ".join(safe_link(s.label, s.url) for s in map(sources.__getitem__, source_ids))


def render_event_card(event: pd.Series, sources: Mapping[str, SourceRef], topics: dict[str, str],
                      link: dict[str, list[str]] | None = None, show_summary: bool = True) -> None:
    with st.container(border=True):
        kind = _(EVENT_TYPE_LABELS.get(event["type"], event["type"]))
        uncertain = " · :orange-badge[" + _("uncertain") + "]" if event["certainty"] == "uncertain" else ""
        # One markdown per card: each element is a message to the browser.
        text = [f"{country_badges(event['countries'])} **{escape_markdown(event_dates(event))}** · "
                f"{escape_markdown(kind)}{uncertain}", f"**{escape_markdown(event['title'])}**"]
        if show_summary:
            text.append(escape_markdown(event["summary"]))
        text.append(caption_markdown(
            _("Topics:") + " " + escape_markdown(_(", ").join(topics.get(t, t) for t in event["topics"])) +
            "  \n" + _("Sources:") + " " + source_links(event["source_ids"], sources)))
        st.markdown("\n\n".join(text))
        if link is not None:
            st.page_link("app_pages/timeline.py", label=_("Open in the timeline"), icon=":material/timeline:", query_params=link)
