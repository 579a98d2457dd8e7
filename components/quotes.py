"""Quote cards: the words exactly as published, who said them, when, where and the source.
A 'paraphrase' row is labelled as reported speech and never shown in quotation marks."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from components.events import country_badges, format_date
from components.text import caption_markdown, escape_markdown, highlight, safe_link
from ecsdata.dataset import SourceRef
from ecsdata.i18n import N_, _


LANGUAGE_NAMES = {"en": N_("English"), "ja": N_("Japanese"), "zh": N_("Chinese"), "zh-Hant": N_("Chinese, traditional"),
                  "ko": N_("Korean")}
# The languages each government publishes its own readouts in.
OWN_LANGUAGES = {"CN": ("zh",), "JP": ("ja",), "TW": ("zh-Hant", "zh"), "KR": ("ko",), "US": ("en",)}


def language_name(code: str) -> str:
    return _(LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def quote_markdown(quote: pd.Series, q: str = "") -> str:
    """The quote body, the speaker's own words first when we have them and the published
    text under them; in quotation marks if the source quoted it, else as reported speech."""
    texts = [(quote["text_original"], quote["original_language"])] if quote["text_original"] else []
    texts.append((quote["text"], quote["language"]))
    bodies = [highlight(text, q) for text, _ in texts]
    if quote["kind"] == "quote":
        bodies = [f"“{body}”" for body in bodies]
    if len(bodies) == 2:
        in_language = _("{language}:", language=language_name(texts[1][1]))
        bodies = [bodies[0], f"*{in_language}* {bodies[1]}"]
    if quote["kind"] != "quote":
        reported = _("Reported as:")
        bodies[0] = f"*{reported}* {bodies[0]}"
    return "\n\n".join(bodies)


def quote_source_lines(quote: pd.Series, sources: Mapping[str, SourceRef]) -> list[str]:
    """Where each wording comes from; a speaker's words cited only in another language say so."""
    source = sources[quote["source_id"]]
    if not quote["text_original"]:
        line = _("Source:") + " " + safe_link(source.label, source.url)
        own = OWN_LANGUAGES.get(quote["country"], (quote["language"],))
        if quote["language"] not in own:
            line += "  \n" + _(
                "In translation: {publisher} published these words in {language}; the original {original} "
                "wording is not cited here.", publisher=escape_markdown(source.publisher),
                language=language_name(quote["language"]), original=language_name(own[0]))
        return [line]
    original = sources.get(quote["original_source_id"], source)
    return [_("Original ({language}):", language=language_name(quote["original_language"])) + " "
            + safe_link(original.label, original.url),
            _("{language}:", language=language_name(quote["language"])) + " " + safe_link(source.label, source.url)]


def quote_link(params: dict[str, list[str]]) -> str:
    """The officials page with these link parameters, relative to the page it is on (every page
    sits at the same level, under any base path); ids only, every character encoded."""
    return "officials?" + urlencode(params, doseq=True)


def render_quote_card(quote: pd.Series, sources: Mapping[str, SourceRef], event_titles: dict[str, str],
                      view_params, q: str = "", show_speaker: bool = True, event_link: bool = True) -> None:
    """One quote with speaker, date, event and source links (sources: Dataset.source_refs);
    view_params(**sel) builds link params."""
    with st.container(border=True):
        # One markdown per card: each element is a message to the browser.
        if show_speaker:
            heading = (f"{country_badges([quote['country']])} **{escape_markdown(quote['name_en'])}** "
                       f"{escape_markdown(quote['name_native'])} · {escape_markdown(format_date(quote['date']))}")
        else:
            heading = f"**{escape_markdown(format_date(quote['date']))}**"
        notes = [_("Note:") + " " + escape_markdown(quote["notes"])] if quote["notes"] else []
        # The quote's permalink is a plain link in the same markdown (it opens in a new tab, as a link
        # to share does): one element fewer per card than a page link.
        permalink = quote_link(view_params(official=quote["official_id"], quote=quote["quote_id"]))
        st.markdown(f"{heading}\n\n{quote_markdown(quote, q)}\n\n"
                    + caption_markdown("  \n".join(notes + quote_source_lines(quote, sources)))
                    + f"\n\n:material/link: [{escape_markdown(_('Link to this quote'))}]({permalink})")
        if quote["event_id"] and event_link:  # not inside the event's own panel
            st.page_link("app_pages/timeline.py", label=_("Open the event"), icon=":material/timeline:",
                         help=event_titles.get(quote["event_id"], quote["event_id"]),
                         query_params=view_params(event=quote["event_id"]))
