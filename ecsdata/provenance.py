"""Checks of the record's provenance that go beyond one cell: wording that speaks of how
rows were researched, placeholder titles, officials named in events but not listed as
participants. Pure functions over rows of strings, used by tests and curators."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Reader-facing text says what sources say, never how we looked for them.
SEARCH_PROCESS_WORDING = re.compile(
    r"stored (?:cop(?:y|ies)|pages?|text)|not found (?:again|in)|found again|not available to us|"
    r"\bexcerpts?\b|not shown|not captured|\b(?:our|this|the) search\b|search(?:ed)? (?:the )?(?:stored|corpus|pages)|"
    r"was not read|(?:page|pages|text) read\b|not seen in|in this task|we could not|"
    r"could not be (?:read|found)|title approximate|not in our cop", re.IGNORECASE)
PLACEHOLDER_TITLE = re.compile(r"^\s*\[|\]\s*$|title not|placeholder|untitled|^n/?a$", re.IGNORECASE)

# Columns that never reach readers, hold no prose, or hold a speaker's own words (quotes).
NOT_READER_TEXT = {"curator_notes", "text", "text_original", "url", "source_id", "source_ids", "original_source_id", "event_id",
                   "official_id", "quote_id", "feature_id", "zone_id", "mechanism_id", "series_id"}


def search_process_wording(file: str, rows: Iterable[Mapping[str, str]]) -> list[str]:
    """'file row N column: words' for every reader-facing cell that speaks of our searching."""
    found = []
    for number, row in enumerate(rows, start=2):
        for column, value in row.items():
            if column in NOT_READER_TEXT or column.startswith("_") or not isinstance(value, str):
                continue
            if match := SEARCH_PROCESS_WORDING.search(value):
                found.append(f"{file} row {number} {column}: …{value[max(0, match.start() - 30):match.end() + 30]}…")
    return found


def placeholder_titles(sources: Iterable[Mapping[str, str]]) -> list[str]:
    """Source ids whose title is a stand-in rather than the page's own title (blank is fine)."""
    return [row["source_id"] for row in sources if row["title"] and PLACEHOLDER_TITLE.search(row["title"])]


def name_pattern(name_en: str, family: str | None = None) -> re.Pattern:
    """A name as it is written in prose: 'Nobuo Kishi' or 'Kishi Nobuo', and the family name
    alone when it names no other official, as whole words."""
    parts = name_en.split()
    forms = {name_en, " ".join(reversed(parts))} if len(parts) == 2 else {name_en}
    if family:
        forms.add(family)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms)) + r")\b")


def family_names(officials: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """The family name (the first part of the id, capitalised) of each Japanese, Korean or US
    official whose family name no other official shares and is in their English name. Chinese
    family names alone are left out: Wang, Li or Hong name many people (and Hong Kong)."""
    officials = list(officials)
    families = [row["official_id"].split("-")[0].capitalize() for row in officials]
    return {row["official_id"]: family for row, family in zip(officials, families)
            if row["country"] not in ("CN", "TW") and families.count(family) == 1 and re.search(rf"\b{re.escape(family)}\b", row["name_en"])}


def named_officials(events: Iterable[Mapping[str, str]], officials: Iterable[Mapping[str, str]]) -> list[tuple[str, str, bool]]:
    """(event_id, official_id, is_participant) for every official an event's title or summary
    names (full name, or a family name no other official shares)."""
    officials = list(officials)
    family = family_names(officials)
    patterns = [(row["official_id"], name_pattern(row["name_en"], family.get(row["official_id"]))) for row in officials]
    found = []
    for event in events:
        text = f"{event['title']} {event['summary']}"
        participants = set(filter(None, event["participants"].split(";")))
        found += [(event["event_id"], official_id, official_id in participants)
                  for official_id, pattern in patterns if pattern.search(text)]
    return found
