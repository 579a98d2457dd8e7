"""The detail panel of one map feature: every name, facts, claims, sources, and the
events and quotes that involve it."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from components.events import render_event_card, source_links
from components.map_view import KIND_LABELS, degrees_minutes
from components.paging import lazy_expander
from components.quotes import render_quote_card
from components.tables import render_twin_table
from components.text import escape_markdown
from ecsdata.dataset import SourceRef
from ecsdata.i18n import N_, _, current
from ecsdata.queries import feature_label


NO_NAME = N_("no name in our sources")


def feature_facts(feature: pd.Series, countries: dict[str, str], distances: dict[str, float]) -> pd.DataFrame:
    """Names and facts as a two-column table (all values as text); `distances`: km to the
    nearest coast of places around it (Dataset.islet_distances)."""
    def number(value, unit):
        return _("not given by our sources") if pd.isna(value) else f"{value:g} {unit}"
    rows = [
        (_("Japanese"), (feature["name_ja"] + (f" ({feature['name_ja_romaji']})" if feature["name_ja_romaji"] else ""))
         or _(NO_NAME)),
        (_("Chinese (PRC)"), feature["name_zh"] or _(NO_NAME)),
        (_("Chinese (Taiwan)"), feature["name_zh_tw"] or _(NO_NAME)),
        (_("English"), feature["name_en"]),
        (_("Kind"), _(KIND_LABELS.get(feature["kind"], feature["kind"]))),
        (_("Position"), f"{degrees_minutes(feature.geometry.y, 'N', 'S')} {degrees_minutes(feature.geometry.x, 'E', 'W')}"
                        f" ({feature.geometry.y:.4f}, {feature.geometry.x:.4f})"),
        (_("Area"), number(feature["area_km2"], "km²")),
        (_("Highest point"), number(feature["elevation_m"], "m")),
        (_("Administered by"), countries.get(feature["administered_by"], "—")),
        (_("Claimed by"), _(", ").join(countries.get(c, c) for c in feature["claimed_by"]) or "—"),
        (_("Certainty"), _(feature["certainty"])),
        *((_("Distance to {place}", place=_(place)),
           _("{km} km to the nearest coast (computed)", km=current().number(round(km)))) for place, km in distances.items()),
    ]
    return pd.DataFrame(rows, columns=[_("fact"), _("value")])


def render_feature_panel(feature: pd.Series, countries: dict[str, str], distances: dict[str, float],
                         sources: Mapping[str, SourceRef],
                         events: pd.DataFrame, quotes: pd.DataFrame, topics: dict[str, str],
                         event_titles: dict[str, str], view_params, names: str) -> None:
    """events, quotes: those that involve the feature and match the filters."""
    st.subheader(feature_label(feature, names))
    render_twin_table(feature_facts(feature, countries, distances))
    if distances:
        st.caption(_("Distances are computed on the WGS 84 ellipsoid from the islet's surveyed point to the "
                     "nearest point of the generalised coastline the map ships (Natural Earth), so they can differ "
                     "from published figures, which may measure from a port or a town."))
    st.markdown(escape_markdown(feature["description"]))
    if feature["notes"]:
        st.caption(_("Note:") + " " + escape_markdown(feature["notes"]))
    st.caption(_("Sources:") + " " + source_links(feature["source_ids"], sources))
    # Both lists are built only when opened: a dozen cards would double the panel's time.
    _latest_cards(_("Events involving it"), events, 8,
                  "feature_events", lambda event: render_event_card(
                      event, sources, topics, link=view_params(event=event["event_id"]), show_summary=False))
    _latest_cards(_("Quotes that mention it"), quotes, 6,
                  "feature_quotes", lambda quote: render_quote_card(quote, sources, event_titles, view_params))


SIDE_LABELS = {"china_side": N_("China's side of the median line Japan claims"),
               "japan_side": N_("Japan's side of the median line Japan claims"),
               "straddles": N_("Across the median line")}


STRUCTURES_SHOWN = 6  # the rest one click away, built only when opened


def render_structures(structures: pd.DataFrame, sources: Mapping[str, SourceRef]) -> None:
    """Gas-field structures whose positions are not published: what the sources say of where
    they lie relative to the median line (they are not on the map)."""
    st.markdown(_("**Gas-field structures known only by where they lie relative to the median line** "
                  "(no published position, so not on the map)"))
    _structure_notes(structures.head(STRUCTURES_SHOWN), sources)
    if len(structures) > STRUCTURES_SHOWN and (
            more := lazy_expander(_("{count} more structures", count=len(structures) - STRUCTURES_SHOWN),
                                  key="more_structures")):
        with more:
            _structure_notes(structures.iloc[STRUCTURES_SHOWN:], sources)


def _structure_notes(structures: pd.DataFrame, sources: Mapping[str, SourceRef]) -> None:
    for _index, row in structures.iterrows():
        names = " · ".join(escape_markdown(n) for n in (row["name_ja"], row["name_zh"]) if n)
        distance = "" if pd.isna(row["distance_km"]) else _(", about {km} km", km=format(row["distance_km"], "g"))
        st.markdown(f"**{escape_markdown(row['name_en'])}** {names}  \n"
                    f"{escape_markdown(_(SIDE_LABELS[row['side']]) + distance)}")
        st.caption(escape_markdown(row["position"])
                   + ("  \n" + _("Note:") + " " + escape_markdown(row["notes"]) if row["notes"] else "")
                   + "  \n" + _("Sources:") + " " + source_links(row["source_ids"], sources))


def _latest_cards(title: str, rows: pd.DataFrame, count: int, key: str, render_card) -> None:
    """The newest `count` rows as cards, in an expander built only when opened."""
    label = (_("{title}: {count} under the current filters", title=title, count=len(rows))
             + (_(", the latest {count} here", count=count) if len(rows) > count else ""))
    if section := lazy_expander(label, key=key):
        with section:
            for _index, row in rows.sort_values("date", ascending=False).head(count).iterrows():
                render_card(row)
