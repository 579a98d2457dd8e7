"""Filters that apply a ViewState to the loaded frames. Pure: frames in, frames out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
import pandas as pd

from ecsdata.view import ViewState

_NAME_COLUMNS = {"en": "name_en", "ja": "name_ja", "zh": "name_zh", "tw": "name_zh_tw"}


def _text(value: object) -> str:
    if isinstance(value, tuple):
        return " ".join(value)
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def text_match(frame: pd.DataFrame, columns: Iterable[str], q: str) -> pd.Series:
    """Rows where the search text appears (case-insensitive) in any of the columns."""
    if not q:
        return pd.Series(True, index=frame.index)
    needle = q.casefold()
    mask = pd.Series(False, index=frame.index)
    for column in columns:
        mask |= frame[column].map(lambda v: needle in _text(v).casefold())
    return mask


def overlaps(values: pd.Series, wanted: Iterable[str]) -> pd.Series:
    """Rows whose tuple of values shares at least one item with `wanted` (all if none)."""
    wanted = set(wanted)
    if not wanted:
        return pd.Series(True, index=values.index)
    return pd.Series([not wanted.isdisjoint(items) for items in values], index=values.index, dtype=bool)


def contains(values: pd.Series, item: str) -> pd.Series:
    """Rows whose tuple of values holds `item`. Always a boolean mask: a mask built with
    Series.map is of object dtype when there are no rows, and frame[mask] then selects no
    columns instead of no rows (found by the load test)."""
    return pd.Series([item in items for items in values], index=values.index, dtype=bool)


def involving(frame: pd.DataFrame, feature_id: str) -> pd.DataFrame:
    """The events or quotes whose features include `feature_id`."""
    return rows_where(frame, contains(frame["features"], feature_id))


def in_dates(start: pd.Series, date_from: dt.date | None, date_to: dt.date | None,
             end: pd.Series | None = None) -> pd.Series:
    """Rows whose date (or date span) meets the range; open ends are unbounded."""
    end = start if end is None else end.fillna(start)
    mask = pd.Series(True, index=start.index)
    if date_from:
        mask &= end >= pd.Timestamp(date_from)
    if date_to:
        mask &= start <= pd.Timestamp(date_to)
    return mask


def in_countries(values: pd.Series, wanted: Iterable[str]) -> pd.Series:
    """Rows whose single country code is one of `wanted` (all if none)."""
    wanted = list(wanted)
    return values.isin(wanted) if wanted else pd.Series(True, index=values.index)


def rows_where(frame: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    """The rows a mask keeps, in order; the frame itself when it keeps them all (frames are
    read-only). Taken by position: a boolean index on text columns costs several times more
    (pandas' path for it copies Arrow strings slowly, bench/rerun.py at 100x)."""
    keep = mask.to_numpy(dtype=bool)
    return frame if keep.all() else frame.iloc[np.flatnonzero(keep)]


def all_of(index: pd.Index, masks: list[pd.Series]) -> pd.Series:
    """Rows every mask keeps (all rows when there is none). The masks below skip the filters
    that are not set: on the few rows of an open event, pandas' steps cost more than the rows."""
    if not masks:
        return pd.Series(True, index=index)
    combined = masks[0]
    for mask in masks[1:]:
        combined = combined & mask
    return combined


# Each filter comes as a mask (for counts, which need no copy of the rows) and a frame.
def events_mask(events: pd.DataFrame, view: ViewState) -> pd.Series:
    masks = []
    if view.countries:
        masks.append(overlaps(events["countries"], view.countries))
    if view.topics:
        masks.append(overlaps(events["topics"], view.topics))
    if view.date_from or view.date_to:
        masks.append(in_dates(events["date"], view.date_from, view.date_to, events["end_date"]))
    if view.q:
        masks.append(text_match(events, ("event_id", "title", "summary", "participants", "features", "notes"), view.q))
    return all_of(events.index, masks)


def filter_events(events: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(events, events_mask(events, view))


def quotes_with_speakers(quotes: pd.DataFrame, officials: pd.DataFrame) -> pd.DataFrame:
    """Quotes with the speaker's English and native names and country attached."""
    speakers = officials[["official_id", "name_en", "name_native", "country"]]
    return quotes.merge(speakers, on="official_id", how="left", validate="many_to_one")


def quotes_mask(quotes: pd.DataFrame, view: ViewState) -> pd.Series:
    """Quotes (already joined with speakers) under the shared filters."""
    masks = []
    if view.countries:
        masks.append(in_countries(quotes["country"], view.countries))
    if view.topics:
        masks.append(overlaps(quotes["topics"], view.topics))
    if view.date_from or view.date_to:
        masks.append(in_dates(quotes["date"], view.date_from, view.date_to))
    if view.q:
        masks.append(text_match(quotes, ("text", "text_original", "name_en", "name_native", "notes"), view.q))
    return all_of(quotes.index, masks)


def filter_quotes(quotes: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(quotes, quotes_mask(quotes, view))


def officials_mask(officials: pd.DataFrame, view: ViewState) -> pd.Series:
    return (in_countries(officials["country"], view.countries)
            & text_match(officials, ("official_id", "name_en", "name_native"), view.q))


def filter_officials(officials: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(officials, officials_mask(officials, view))


def features_mask(features: pd.DataFrame, view: ViewState) -> pd.Series:
    """Features administered or claimed by a chosen country, matching the search text."""
    parties = pd.Series([(admin, *claims) for admin, claims in zip(features["administered_by"], features["claimed_by"])],
                        index=features.index, dtype=object)
    searched = ("feature_id", *_NAME_COLUMNS.values(), "name_ja_romaji", "description")
    return overlaps(parties, view.countries) & text_match(features, searched, view.q)


def filter_features(features: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(features, features_mask(features, view))


def text_mask(frame: pd.DataFrame, view: ViewState) -> pd.Series:
    """Any table under the search box alone (for files without countries or topics)."""
    return text_match(frame, [c for c in frame.columns if c != "geometry"], view.q)


def filter_by_text(frame: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(frame, text_mask(frame, view))


def mechanisms_mask(mechanisms: pd.DataFrame, view: ViewState) -> pd.Series:
    return in_dates(mechanisms["date"], view.date_from, view.date_to) & text_match(
        mechanisms, ("mechanism_name", "state", "note"), view.q)


def filter_mechanisms(mechanisms: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(mechanisms, mechanisms_mask(mechanisms, view))


def activity_mask(activity: pd.DataFrame, view: ViewState) -> pd.Series:
    return (in_dates(activity["period_start"], view.date_from, view.date_to, activity["period_end"])
            & text_match(activity, ("series_label", "counted_by", "notes"), view.q))


def filter_activity(activity: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    return rows_where(activity, activity_mask(activity, view))


def label_column(names: str) -> str:
    """The features column holding names in the chosen naming convention."""
    return _NAME_COLUMNS.get(names, "name_en")


# Where a place for orientation or a gas field has no name in the chosen convention, the name in a
# related script serves; a disputed feature never borrows another government's name (English does).
_BORROWED_NAMES = {"tw": ("name_zh_tw", "name_zh", "name_ja"), "zh": ("name_zh", "name_zh_tw", "name_ja"),
                   "ja": ("name_ja", "name_zh_tw", "name_zh")}
_UNDISPUTED_KINDS = ("reference_place", "gas_field")


def feature_label(feature, names: str) -> str:
    """A feature's name in the chosen naming convention (a row or a mapping of its columns)."""
    columns = _BORROWED_NAMES.get(names, ()) if feature["kind"] in _UNDISPUTED_KINDS else (label_column(names),)
    return next((feature[c] for c in columns if feature[c]), feature["name_en"])


def feature_labels(features: pd.DataFrame, names: str) -> list[str]:
    """feature_label for every row, from column lists (the map draws them at every rerun)."""
    columns = ["kind", "name_en", "name_ja", "name_zh", "name_zh_tw"]
    return [feature_label(dict(zip(columns, row)), names) for row in zip(*(features[c].tolist() for c in columns))]


def latest_offices(offices: pd.DataFrame) -> dict[str, str]:
    """Each official's most recent office (by start date), in one pass for the gallery."""
    newest = offices.sort_values("start_date").drop_duplicates("official_id", keep="last")
    return dict(zip(newest["official_id"], newest["office"]))


def official_labels(officials: pd.DataFrame) -> dict[str, str]:
    """'Name Native name (country)' by official id, in alphabetical order of the label."""
    labels = {oid: " ".join(f"{en} {native} ({country})".split())
              for oid, en, native, country in zip(officials["official_id"], officials["name_en"],
                                                  officials["name_native"], officials["country"])}
    return dict(sorted(labels.items(), key=lambda item: item[1]))
