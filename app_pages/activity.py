"""/activity : coast guard presence and air scrambles, year by year, with each figure's source."""

import pandas as pd
import streamlit as st

from components import frame, url_state
from components.activity_view import (MEASURE_NOTES, MEASURES, UNIT_LABELS, build_series_figure, measure_of,
                                     series_markdown)
from components.paging import current_page, lazy_expander
from components.text import escape_markdown
from ecsdata import queries
from ecsdata.i18n import N_, _, translated

# Turning points marked on every chart (event ids from data/events.csv).
KEY_EVENTS = {
    "ev-2012-09-11-purchase-completed": N_("Japan buys three islands"),
    "ev-2013-11-23-china-ecs-adiz": N_("China's ADIZ"),
    "ev-2021-01-22-china-coast-guard-law-adopted": N_("China Coast Guard Law"),
}
# Within a measure, the series readers ask for first.
SERIES_ORDER = ("jcg_contiguous_zone_days", "jcg_contiguous_zone_ships", "jcg_territorial_sea_days",
                "mod_territorial_sea_days_4m", "jcg_territorial_sea_ships", "mod_territorial_sea_ships_4m",
                "jcg_territorial_sea_cases", "jcg_territorial_sea_case_ships", "jcg_territorial_sea_fishing_boat_cases",
                "jsdf_scrambles_china", "jsdf_scrambles_total", "ccg_diaoyu_patrol_days_claimed")
CHARTS_PER_PAGE = 8

context = frame.page_context()
dataset, view = context.dataset, context.view
activity = queries.filter_activity(dataset.activity, view)
event_dates = dataset.event_dates
markers = pd.DataFrame([{"date": event_dates[e], "label": _(label)}
                        for e, label in KEY_EVENTS.items() if e in event_dates], columns=["date", "label"])

st.title(_("Activity around the islands"))
st.markdown(_(
    "How often Chinese government ships were seen near the Senkaku / Diaoyu islands and how often "
    "Japan's air force scrambled against Chinese aircraft. **These are Japan's counts** (Japan Coast "
    "Guard; Joint Staff, Ministry of Defense), except the measure that is China's own. Ships, cases and "
    "days are separate series; fiscal years run April to March; a running count is never shown as a "
    "full year; hatched bars are uncertain (the table says why)."
))
st.warning(_("Most figures are transcribed from news reports of the official releases; some come from "
             "official publications (a Ministry of Defense data file, a government white paper). Each row's "
             "note says which, where press and official figures differ, and where a figure is uncertain."),
           icon=":material/info:")

url_state.mirrored(st.segmented_control, "measure", _("Measure"), list(MEASURES),
                   format_func=translated(MEASURES).get)
measure = st.session_state.get("measure") or "contiguous"
st.caption(_(MEASURE_NOTES[measure]))

chosen = activity[activity["series_id"].map(measure_of) == measure]
# One time axis for the charts of a measure, so they can be read against each other.
x_range = (chosen["period_start"].min() - pd.Timedelta(days=120), chosen["period_end"].max() + pd.Timedelta(days=120))
visible = markers[markers["date"].between(*x_range)] if not chosen.empty else markers.iloc[:0]
order = {series_id: i for i, series_id in enumerate(SERIES_ORDER)}
series_ids = sorted(chosen["series_id"].unique(), key=lambda s: (order.get(s, len(order)), s))
if not series_ids:
    st.info(_("No figure of this measure falls within the filters."))
by_series = dict(tuple(chosen.groupby("series_id", sort=False)))
for series_id in current_page(pd.DataFrame({"series_id": series_ids}), CHARTS_PER_PAGE, key="activity_page")["series_id"]:
    rows = by_series[series_id].sort_values("period_start")
    first = rows.iloc[0]
    st.subheader(first["series_label"])
    st.caption(_("Counted by {counter} · unit: {unit} · {count} figures", counter=escape_markdown(first["counted_by"]),
                 unit=_(UNIT_LABELS.get(first["unit"], first["unit"])), count=len(rows)))
    st.plotly_chart(build_series_figure(rows, visible, x_range), width="stretch", key=f"chart-{series_id}",
                    config={"displaylogo": False})
    if table := lazy_expander(_("Table and sources"), key=f"table-{series_id}"):  # a measure can have seven
        table.markdown(series_markdown(rows, dataset.source_refs))
