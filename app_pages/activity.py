"""/activity : coast guard presence and air scrambles, year by year, with each figure's source."""

import pandas as pd
import streamlit as st

from components import frame
from components.activity_view import build_series_figure, series_table
from components.text import escape_markdown
from ecsdata import queries

# Turning points marked on every chart (event ids from data/events.csv).
KEY_EVENTS = {
    "ev-2012-09-11-purchase-completed": "Japan buys three islands",
    "ev-2013-11-23-china-ecs-adiz": "China's ADIZ",
    "ev-2021-01-22-china-coast-guard-law-adopted": "China Coast Guard Law",
}

# Japan's measures first, in the order readers ask for them; China's own count last.
SERIES_ORDER = ("jcg_contiguous_zone_days", "jcg_contiguous_zone_ships", "jcg_territorial_sea_days",
                "mod_territorial_sea_days_4m", "jcg_territorial_sea_cases", "jcg_territorial_sea_fishing_boat_cases",
                "jcg_territorial_sea_ships", "mod_territorial_sea_ships_4m", "jcg_territorial_sea_case_ships",
                "jsdf_scrambles_china", "jsdf_scrambles_total", "ccg_diaoyu_patrol_days_claimed")

context = frame.page_context()
dataset, view = context.dataset, context.view
activity = queries.filter_activity(dataset.activity, view)
events = dataset.events.set_index("event_id")
markers = pd.DataFrame([{"date": events.loc[e, "date"], "label": label}
                        for e, label in KEY_EVENTS.items() if e in events.index], columns=["date", "label"])

st.title("Activity around the islands")
st.markdown(
    "How often Chinese government ships were seen near the Senkaku / Diaoyu islands and how often "
    "Japan's air force scrambled against Chinese aircraft. **These are Japan's counts** (Japan Coast "
    "Guard; Joint Staff, Ministry of Defense), except where a series says it is China's own. Ships, "
    "cases and days are separate series; fiscal years run April to March; part-year figures are "
    "shown paler with their as-of date, never as a full year."
)
st.warning("Most figures here were transcribed from news reports of the official releases, because "
           "the Japan Coast Guard's and Joint Staff's own pages were not available to us; some come from "
           "official publications (a Ministry of Defense data file, a government white paper). Each row's "
           "note says which, where press and official figures differ, and where a figure is uncertain.",
           icon=":material/info:")

if activity.empty:
    st.info("No figure falls within the date filter.")
x_range = (activity["period_start"].min(), activity["period_end"].max())
visible = markers[markers["date"].between(*x_range)]
series = sorted(activity.groupby("series_id", sort=False),
                key=lambda item: SERIES_ORDER.index(item[0]) if item[0] in SERIES_ORDER else len(SERIES_ORDER))
for series_id, rows in series:
    first = rows.iloc[0]
    st.subheader(first["series_label"])
    st.caption(f"Counted by {escape_markdown(first['counted_by'])} · unit: {escape_markdown(first['unit'])} · "
               f"{len(rows)} figures")
    st.plotly_chart(build_series_figure(rows, visible, x_range), width="stretch", key=f"chart-{series_id}",
                    config={"displaylogo": False})
    with st.expander("Table and sources"):
        st.dataframe(series_table(rows.sort_values("period_start"), dataset.source_refs), hide_index=True,
                     width="stretch", column_config={"link": st.column_config.LinkColumn("link")})
