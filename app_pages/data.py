"""/data : every data file as a filtered, downloadable table; sources; method; version."""

import streamlit as st

from components import frame
from components.tables import render_file_table
from ecsdata import queries, schema

context = frame.page_context()
dataset, view = context.dataset, context.view
quotes = dataset.quotes_with_speakers
filtered_quotes = queries.filter_quotes(quotes, view)
officials = queries.filter_officials(dataset.officials, view)

st.title("Data, sources and method")
st.markdown(f"Data version **`{dataset.version}`** (a hash of every file in data/). "
            "Name it when you cite the dashboard, so others can find the same data.")

TABLES = [
    ("Events", schema.EVENTS, queries.filter_events(dataset.events, view)),
    ("Quotes", schema.QUOTES, dataset.quotes[dataset.quotes["quote_id"].isin(filtered_quotes["quote_id"])]),
    ("Officials", schema.OFFICIALS, officials),
    ("Offices", schema.OFFICES, dataset.offices[dataset.offices["official_id"].isin(officials["official_id"])]),
    ("Map features", schema.FEATURES, queries.filter_features(dataset.features, view)),
    ("Lines and zones", schema.ZONES, queries.filter_by_text(dataset.zones, view)),
    ("Mechanisms", schema.MECHANISMS, queries.filter_mechanisms(dataset.mechanisms, view)),
    ("Activity", schema.ACTIVITY, queries.filter_activity(dataset.activity, view)),
    ("Sources", schema.SOURCES, queries.filter_by_text(dataset.sources, view)),
    ("Topics", schema.TOPICS, queries.filter_by_text(dataset.topics, view)),
    ("Countries", schema.COUNTRIES, queries.filter_by_text(dataset.countries, view)),
]
# Only the open tab is drawn (on_change="rerun" makes the tabs lazy): eleven tables at once are slow.
tabs = st.tabs([label for label, _, _ in TABLES], key="data_tab", on_change="rerun")
for tab, (label, spec, rows) in zip(tabs, TABLES):
    if tab.open:
        with tab:
            render_file_table(rows, dataset.text_table(spec.file), spec, len(dataset.table(spec.file)),
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
