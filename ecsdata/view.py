"""The URL contract: one set of query parameters, the same on every page, that holds the
whole view. parse_query turns raw parameters into a ViewState plus notes about anything
ignored; to_query does the reverse, so a link reproduces the view exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ecsdata.i18n import DEFAULT_LANGUAGE, LANGUAGES, NAMES_FOR_LANGUAGE, _
from ecsdata.schema import NAME_CONVENTIONS
from ecsdata.validation import parse_date

MAX_QUERY_LENGTH = 200
EARLIEST_DATE = dt.date(1890, 1, 1)  # the date filters run from here to today
DEFAULT_NAMES = "en"

# Parameters that select one id, and the vocabulary each must come from.
SELECTIONS = {"feature": "features", "event": "events", "official": "officials",
              "compare": "officials", "quote": "quotes"}
MULTI = {"country": "countries", "topic": "topics"}
# Presentation parameters of single pages: name -> (allowed values, default, several allowed).
PRESENTATION = {
    "layers": (("territorial", "contiguous", "baseline", "adiz", "joint_development_zone",
                "median_line", "claim_line"),
               ("territorial", "contiguous", "adiz", "joint_development_zone", "median_line"), True),
    "zoom": (("region", "senkaku", "uotsuri", "feature"), "region", False),
    "colour": (("country", "topic"), "country", False),
    "measure": (("contiguous", "territorial", "scrambles", "china"), "contiguous", False),
}
KNOWN_PARAMETERS = (*MULTI, "from", "to", "q", *SELECTIONS, "names", "lang", *PRESENTATION)
# Which page each presentation parameter belongs to (by the page's url path).
PAGE_PRESENTATION = {"map": ("layers", "zoom"), "timeline": ("colour",), "activity": ("measure",)}


@dataclass(frozen=True)
class ViewState:
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    feature: str | None = None
    event: str | None = None
    official: str | None = None
    compare: str | None = None
    quote: str | None = None
    names: str = DEFAULT_NAMES  # island labels: the language's own unless a link chose them
    lang: str = DEFAULT_LANGUAGE  # interface language

    @property
    def has_filters(self) -> bool:
        return bool(self.countries or self.topics or self.date_from or self.date_to or self.q)


@dataclass(frozen=True)
class KnownIds:
    """The values a link may name; anything else is ignored with a note."""
    countries: frozenset[str] = field(default_factory=frozenset)
    topics: frozenset[str] = field(default_factory=frozenset)
    features: frozenset[str] = field(default_factory=frozenset)
    events: frozenset[str] = field(default_factory=frozenset)
    officials: frozenset[str] = field(default_factory=frozenset)
    quotes: frozenset[str] = field(default_factory=frozenset)


def shorten(value: str, limit: int = 40) -> str:
    """A value safe to quote back in a note: one line, at most `limit` characters."""
    flat = " ".join(str(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _as_lists(params: Mapping[str, str | Sequence[str]]) -> dict[str, list[str]]:
    return {k: [v] if isinstance(v, str) else list(v) for k, v in params.items()}


def parse_query(params: Mapping[str, str | Sequence[str]], known: KnownIds,
                today: dt.date | None = None, default_lang: str = DEFAULT_LANGUAGE) -> tuple[ViewState, list[str]]:
    """A ViewState from URL parameters (each a string or list of strings) and a note for
    every value that was ignored (in the current interface language). Never raises. Without
    `lang` the view is in default_lang (the browser's, on a first visit)."""
    today = today or dt.date.today()
    params = _as_lists(params)
    notes: list[str] = []
    values: dict[str, object] = {}

    def single(name: str) -> str | None:
        items = params.get(name) or []
        if len(items) > 1:
            notes.append(_("'{name}' was given {count} times; the first value was used.", name=name, count=len(items)))
        return items[0] if items else None

    for name in params:
        if name not in KNOWN_PARAMETERS:
            notes.append(_("Ignored unknown link parameter '{name}'.", name=shorten(name)))
    for name, vocabulary in MULTI.items():
        allowed = getattr(known, vocabulary)
        kept: list[str] = []
        for item in params.get(name) or []:
            if item in allowed and item not in kept:
                kept.append(item)
            elif item not in allowed:
                notes.append(_("Ignored unknown {name} '{value}'.", name=name, value=shorten(item)))
        values["countries" if name == "country" else "topics"] = tuple(kept)
    for name, attribute in (("from", "date_from"), ("to", "date_to")):
        raw = single(name)
        if raw is None or raw == "":
            continue
        parsed = parse_date(raw)
        if parsed is None:
            notes.append(_("Ignored '{name}={value}': dates are written YYYY-MM-DD.", name=name, value=shorten(raw)))
        elif not EARLIEST_DATE <= parsed <= today:
            notes.append(_("Ignored '{name}={value}': dates run from {earliest} to today.", name=name,
                           value=shorten(raw), earliest=EARLIEST_DATE.isoformat()))
        else:
            values[attribute] = parsed
    if values.get("date_from") and values.get("date_to") and values["date_to"] < values["date_from"]:
        notes.append(_("Ignored 'to': it was before 'from'."))
        values.pop("date_to")
    q = single("q")
    if q:
        q = " ".join(q.split())
        if len(q) > MAX_QUERY_LENGTH:
            notes.append(_("The search text was cut to {count} characters.", count=MAX_QUERY_LENGTH))
            q = q[:MAX_QUERY_LENGTH]
        values["q"] = q
    for name, vocabulary in SELECTIONS.items():
        raw = single(name)
        if raw is None or raw == "":
            continue
        if raw in getattr(known, vocabulary):
            values[name] = raw
        else:
            notes.append(_("Ignored unknown {name} '{value}'.", name=name, value=shorten(raw)))
    for name, (allowed, _default, _multi) in PRESENTATION.items():
        for item in params.get(name) or []:
            if item and item not in allowed:
                notes.append(_("Ignored unknown {name} '{value}'.", name=name, value=shorten(item)))
    lang = single("lang")
    if lang and lang not in LANGUAGES:
        notes.append(_("Ignored lang='{value}': use one of {choices}.", value=shorten(lang), choices=", ".join(LANGUAGES)))
    values["lang"] = lang if lang in LANGUAGES else (default_lang if default_lang in LANGUAGES else DEFAULT_LANGUAGE)
    values["names"] = NAMES_FOR_LANGUAGE[values["lang"]]
    names = single("names")
    if names:
        if names in NAME_CONVENTIONS:
            values["names"] = names
        else:
            notes.append(_("Ignored names='{value}': use one of {choices}.", value=shorten(names),
                           choices=", ".join(NAME_CONVENTIONS)))
    return ViewState(**values), notes


def to_query(view: ViewState) -> dict[str, list[str]]:
    """URL parameters for a view; defaults are left out so links stay short."""
    query: dict[str, list[str]] = {}
    if view.countries:
        query["country"] = list(view.countries)
    if view.topics:
        query["topic"] = list(view.topics)
    if view.date_from:
        query["from"] = [view.date_from.isoformat()]
    if view.date_to:
        query["to"] = [view.date_to.isoformat()]
    if view.q:
        query["q"] = [view.q]
    for name in SELECTIONS:
        if getattr(view, name):
            query[name] = [getattr(view, name)]
    if view.names != NAMES_FOR_LANGUAGE.get(view.lang, DEFAULT_NAMES):
        query["names"] = [view.names]
    if view.lang != DEFAULT_LANGUAGE:
        query["lang"] = [view.lang]
    return query


def parse_presentation(params: Mapping[str, str | Sequence[str]], keep_defaults: bool = True) -> dict[str, object]:
    """The page presentation choices a link gives (map layers as a list, the others as one
    value), unknown values left out (parse_query notes them); a choice the link leaves out is
    its default, or left out too when keep_defaults is false."""
    params = _as_lists(params)
    values: dict[str, object] = {}
    for name, (allowed, default, multi) in PRESENTATION.items():
        given = [item for item in params.get(name) or [] if item in allowed]  # "" (none chosen) is left out
        if multi and name in params:
            values[name] = list(dict.fromkeys(given))
        elif given:
            values[name] = given[0]
        elif keep_defaults:
            values[name] = list(default) if multi else default
    return values


def presentation_query(state: Mapping[str, object], page_path: str) -> dict[str, list[str]]:
    """URL parameters for the choices of the page at `page_path` that differ from their defaults."""
    query = {}
    for name in PAGE_PRESENTATION.get(page_path, ()):
        _allowed, default, multi = PRESENTATION[name]
        value = state.get(name)
        if multi and value is not None and sorted(value) != sorted(default):
            query[name] = list(value) or [""]  # "layers=" keeps "none chosen" apart from the default
        elif not multi and value and value != default:
            query[name] = [value]
    return query


def page_query(view: ViewState, state: Mapping[str, object], page_path: str) -> dict[str, list[str]]:
    """The whole view of a page as URL parameters: shared filters, selections, its own choices."""
    return {**to_query(view), **presentation_query(state, page_path)}
