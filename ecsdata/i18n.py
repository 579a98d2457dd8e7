"""Interface languages. Strings are English msgids marked with _() (or N_() where a label is
defined before the language is known), translated from gettext catalogues
(locales/<locale>/LC_MESSAGES/messages.po, read with Babel); dates and numbers are written in
each language's style by Babel. The language of a script run is set once, in app.py, with
use_language(); data text (titles, summaries, quotes) is never translated."""

from __future__ import annotations

import datetime as dt
import re
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_skeleton
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LANGUAGES = ("en", "ja", "zh-Hans", "zh-Hant")
DEFAULT_LANGUAGE = "en"
# Each language's own name, as the language switch shows it.
LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}
# Catalogue folder and Babel locale of each language.
CATALOGUE_LOCALES = {"ja": "ja", "zh-Hans": "zh_Hans", "zh-Hant": "zh_Hant"}
BABEL_LOCALES = {"en": "en_GB", "ja": "ja_JP", "zh-Hans": "zh_Hans_CN", "zh-Hant": "zh_Hant_TW"}
# The island names that follow each language when a link does not choose them (`names`).
NAMES_FOR_LANGUAGE = {"en": "en", "ja": "ja", "zh-Hans": "zh", "zh-Hant": "tw"}
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalogue_path(lang: str) -> Path:
    return LOCALES_DIR / CATALOGUE_LOCALES[lang] / "LC_MESSAGES" / "messages.po"


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """msgid -> translation for a language (English: none); fuzzy or empty entries are left out."""
    if lang not in CATALOGUE_LOCALES:
        return {}
    with catalogue_path(lang).open("rb") as handle:
        po = read_po(handle, locale=CATALOGUE_LOCALES[lang])
    return {message.id: message.string for message in po
            if message.id and message.string and not message.fuzzy and isinstance(message.id, str)}


def language_from_locale(locale: str | None) -> str:
    """The interface language for a browser's language tag (st.context.locale): Japanese,
    traditional Chinese for Taiwan, Hong Kong and Macau or an explicit Hant script, simplified
    Chinese for other Chinese, else English."""
    tag = (locale or "").replace("_", "-").lower()
    if tag.startswith("ja"):
        return "ja"
    if tag.startswith("zh"):
        return "zh-Hant" if any(part in tag.split("-") for part in ("hant", "tw", "hk", "mo")) else "zh-Hans"
    return DEFAULT_LANGUAGE


class Translator:
    """The interface strings, dates and numbers of one language."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE):
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self.messages = catalogue(self.lang)
        self.locale = Locale.parse(BABEL_LOCALES[self.lang])

    def __call__(self, message: str, **values) -> str:
        text = self.messages.get(message, message)
        return text.format(**values) if values else text

    def date(self, value: dt.date, precision: str = "day") -> str:
        """A date to the precision the source gives (day, month or year)."""
        return _formatted_date(self.lang, value, {"year": "y", "month": "yMMM"}.get(precision, "yMMMd"))

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)


@lru_cache(maxsize=16384)
def _formatted_date(lang: str, value: dt.date, skeleton: str) -> str:
    """Babel's formatting costs ~0.1 ms a date, and pages write the same dates at every rerun."""
    return format_skeleton(skeleton, value, locale=translator(lang).locale)


@lru_cache(maxsize=None)
def translator(lang: str) -> Translator:
    """One Translator per language, built once (every script run asks for one)."""
    return Translator(lang)


_CURRENT: ContextVar[Translator] = ContextVar("translator", default=translator(DEFAULT_LANGUAGE))


def use_language(lang: str) -> None:
    """Set the language of this script run (each session's script runs in its own thread)."""
    _CURRENT.set(translator(lang))


def current() -> Translator:
    return _CURRENT.get()


def _(message: str, **values) -> str:
    """The interface string `message` (an English msgid) in the current language."""
    return _CURRENT.get()(message, **values)


def translated(labels: dict[str, str]) -> dict[str, str]:
    """A label mapping (values are msgids) in the current language: a widget's format_func is
    called outside the script run too (AppTest), so it must not translate when called."""
    return {key: _(label) for key, label in labels.items()}


def N_(message: str) -> str:
    """Mark a string for the catalogues where it is defined; translate it with _() where shown."""
    return message
