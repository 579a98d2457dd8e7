"""/data : every data file as a filtered, downloadable table; sources; method; version."""

import streamlit as st

from components import frame
from components.tables import render_file_table
from ecsdata import queries, schema

context = frame.page_context()
dataset, view = context.dataset, context.view

st.title("Data, sources and method")
st.markdown(f"Data version **`{dataset.version}`** (a hash of every file in data/). "
            "Name it when you cite the dashboard, so others can find the same data.")


def quotes_shown():
    kept = queries.filter_quotes(dataset.quotes_with_speakers, view)["quote_id"]
    return dataset.quotes[dataset.quotes["quote_id"].isin(kept)]


def offices_shown():
    kept = queries.filter_officials(dataset.officials, view)["official_id"]
    return dataset.offices[dataset.offices["official_id"].isin(kept)]


# Each tab's rows under the filters, computed only for the open tab.
TABLES = [
    ("Events", schema.EVENTS, lambda: queries.filter_events(dataset.events, view)),
    ("Quotes", schema.QUOTES, quotes_shown),
    ("Officials", schema.OFFICIALS, lambda: queries.filter_officials(dataset.officials, view)),
    ("Offices", schema.OFFICES, offices_shown),
    ("Map features", schema.FEATURES, lambda: queries.filter_features(dataset.features, view)),
    ("Lines and zones", schema.ZONES, lambda: queries.filter_by_text(dataset.zones, view)),
    ("Gas structures", schema.STRUCTURES, lambda: queries.filter_by_text(dataset.structures, view)),
    ("Mechanisms", schema.MECHANISMS, lambda: queries.filter_mechanisms(dataset.mechanisms, view)),
    ("Activity", schema.ACTIVITY, lambda: queries.filter_activity(dataset.activity, view)),
    ("Sources", schema.SOURCES, lambda: queries.filter_by_text(dataset.sources, view)),
    ("Topics", schema.TOPICS, lambda: queries.filter_by_text(dataset.topics, view)),
    ("Countries", schema.COUNTRIES, lambda: queries.filter_by_text(dataset.countries, view)),
]
# Only the open tab is drawn (on_change="rerun" makes the tabs lazy): eleven tables at once are slow.
tabs = st.tabs([label for label, _, _ in TABLES], key="data_tab", on_change="rerun")
for tab, (label, spec, rows) in zip(tabs, TABLES):
    if tab.open:
        with tab:
            render_file_table(rows(), dataset.text_table(spec.file), spec, len(dataset.table(spec.file)),
                              key=spec.file)

st.header("Method")
st.markdown(
    "- **Sources.** Every row cites one or more entries of data/sources.csv: the publisher, "
    "title, address, publication date and the date we read it. We prefer each government's "
    "own readout and the original news agency over copies.\n"
    "- **Quotes** are copied exactly as the source publishes them, short and attributed. When "
    "a source reports what someone said without quotation marks, we keep its wording but mark "
    "it *reported*, never as a quote. Titles and summaries are written by us.\n"
    "- **Uncertain** rows are kept and marked, with a note saying what could not be confirmed.\n"
    "- **Counts** of ships and aircraft are Japan's official counts and are labelled as such.\n"
    "- The data dictionary (data/README.md) describes every file and column."
)
st.header("Naming policy")
st.markdown(
    "The islands have three names: **Senkaku** (Japan), **Diaoyu** (People's Republic of China) "
    "and **Tiaoyutai** (Taiwan). The dashboard shows all of them in every detail panel and lets "
    "you choose which labels the map and lists use; the default English labels join the "
    "Japanese and Chinese names. Administration is stated as a fact (Japan administers the "
    "islands); sovereignty is stated as each government's claim. Each line or zone on the map "
    "says whose line or claim it is."
)
