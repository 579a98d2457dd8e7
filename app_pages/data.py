"""/data : every data file as a filtered, downloadable table; sources; method; version."""

import streamlit as st

from components import frame
from components.tables import render_file_table
from ecsdata import queries, schema
from ecsdata.i18n import N_, _

context = frame.page_context()
dataset, view = context.dataset, context.view

st.title(_("Data, sources and method"))
st.markdown(_("Data version **`{version}`** (a hash of every file in data/). "
              "Name it when you cite the dashboard, so others can find the same data.", version=dataset.version))


def quotes_shown():
    return queries.quotes_mask(dataset.quotes_with_speakers, view)  # the same rows, in the same order, as quotes.csv


def offices_shown():
    kept = dataset.officials.loc[queries.officials_mask(dataset.officials, view), "official_id"]
    return dataset.offices["official_id"].isin(kept)


# Which rows of each tab's file the filters keep (a mask), computed only for the open tab.
TABLES = [
    (N_("Events"), schema.EVENTS, lambda: queries.events_mask(dataset.events, view)),
    (N_("Quotes"), schema.QUOTES, quotes_shown),
    (N_("Officials"), schema.OFFICIALS, lambda: queries.officials_mask(dataset.officials, view)),
    (N_("Offices"), schema.OFFICES, offices_shown),
    (N_("Map features"), schema.FEATURES, lambda: queries.features_mask(dataset.features, view)),
    (N_("Lines and zones"), schema.ZONES, lambda: queries.text_mask(dataset.zones, view)),
    (N_("Gas structures"), schema.STRUCTURES, lambda: queries.text_mask(dataset.structures, view)),
    (N_("Mechanisms"), schema.MECHANISMS, lambda: queries.mechanisms_mask(dataset.mechanisms, view)),
    (N_("Activity"), schema.ACTIVITY, lambda: queries.activity_mask(dataset.activity, view)),
    (N_("Sources"), schema.SOURCES, lambda: queries.text_mask(dataset.sources, view)),
    (N_("Topics"), schema.TOPICS, lambda: queries.text_mask(dataset.topics, view)),
    (N_("Countries"), schema.COUNTRIES, lambda: queries.text_mask(dataset.countries, view)),
]
# Only the open tab is drawn (on_change="rerun" makes the tabs lazy): eleven tables at once are slow.
tabs = st.tabs([_(label) for label, _spec, _rows in TABLES], key="data_tab", on_change="rerun")
for tab, (label, spec, rows) in zip(tabs, TABLES):
    if tab.open:
        with tab:
            render_file_table(dataset.table(spec.file), rows(), dataset.text_table(spec.file), spec, key=spec.file)

st.header(_("Method"))
st.markdown(_(
    "- **Sources.** Every row cites one or more entries of data/sources.csv: the publisher, "
    "title, address, publication date and the date we read it. We prefer each government's "
    "own readout and the original news agency over copies.\n"
    "- **Quotes** are copied exactly as the source publishes them, short and attributed. When "
    "a source reports what someone said without quotation marks, we keep its wording but mark "
    "it *reported*, never as a quote. Where a government published the speaker's words in their "
    "own language, the card shows them first. Titles and summaries are written by us.\n"
    "- **Uncertain** rows are kept and marked, with a note saying what could not be confirmed.\n"
    "- **Counts** of ships and aircraft are Japan's official counts and are labelled as such.\n"
    "- **Computed lines** (the 12 and 24 nautical-mile circles, the median line Japan claims, where "
    "air defence zones overlap) are computed by the dashboard and labelled as such.\n"
    "- The data dictionary (data/README.md) describes every file and column.\n"
    "- The interface is translated; data text (titles, summaries, notes, quotes) is shown as curated."
))
st.header(_("Naming policy"))
st.markdown(_(
    "The islands have three names: **Senkaku** (Japan), **Diaoyu** (People's Republic of China) "
    "and **Tiaoyutai** (Taiwan). The dashboard shows all of them in every detail panel and lets "
    "you choose which labels the map and lists use; by default the labels follow the interface "
    "language (English joins the Japanese and Chinese names). Administration is stated as a fact "
    "(Japan administers the islands); sovereignty is stated as each government's claim. Each line "
    "or zone on the map says whose line or claim it is."
))
