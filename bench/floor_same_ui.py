"""The same-UI floor for bench/page_load.py: the dashboard's frame and pages with no data.
Top navigation with the same six paths, the same sidebar widgets, and on each page the same
kinds and numbers of widgets, plotly charts and data grids as the real page draws (counted
with AppTest), filled with a few constant values. A page load's ratio to this floor is what
the dashboard costs over what Streamlit needs to show the same interface."""

import datetime as dt

import pandas as pd
import streamlit as st

CHART = {"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [1, 3, 2]}], "layout": {"height": 300}}
GRID = pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"], "value": [1, 2, 3]})


def chart(key: str) -> None:
    st.plotly_chart(CHART, key=key)


def cards(count: int, key: str, buttons: bool = False, links: bool = False) -> None:
    for index in range(count):
        with st.container(border=True):
            st.markdown("**A card** with a line of text.")
            st.caption("Sources: a source")
            if buttons:
                st.button("Open", key=f"{key}-{index}")
            if links:
                st.page_link(PAGES[2], label="Open in the timeline", icon=":material/timeline:")


def overview() -> None:
    st.title("Overview")
    for column in st.columns(5):
        column.metric("Count", 100)
    st.subheader("Latest")
    cards(5, "overview", links=True)
    st.subheader("Pages")
    for page in PAGES[1:]:
        st.page_link(page, label=page.title, icon=page.icon)


def map_page() -> None:
    st.title("Map")
    left, middle, right = st.columns([2, 3, 2])
    left.selectbox("Feature", ["a", "b"], key="feature")
    middle.pills("Layers", ["a", "b", "c"], selection_mode="multi", key="layers")
    right.segmented_control("Zoom", ["a", "b", "c"], key="zoom")
    main, side = st.columns([3, 2])
    with main:
        chart("map")
    with side:
        if st.query_params.get("feature"):
            st.subheader("A feature")
            st.markdown("| fact | value |\n| --- | --- |\n| a | b |")
            st.expander("Events involving it")
        else:
            st.info("Click a marker.")
            st.caption("A line: its description.")
    st.subheader("Table")
    st.dataframe(GRID)


def timeline() -> None:
    st.title("Timeline")
    st.segmented_control("Colour by", ["a", "b"], key="colour")
    chart("timeline")
    if st.query_params.get("event"):
        with st.container(border=True):
            st.subheader("An event")
            st.markdown("Summary.")
            cards(4, "said")
    st.number_input("Page", 1, 10, key="page")
    cards(10, "events", buttons=True)
    st.expander("Events per year")
    chart("years")
    st.expander("Mechanisms")
    chart("mechanisms")


def officials() -> None:
    st.title("Officials")
    left, right = st.columns(2)
    left.selectbox("Official", ["a", "b"], key="official")
    right.selectbox("Compare with", ["a", "b"], key="compare")
    if st.query_params.get("official"):
        st.subheader("An official")
        chart("topics")
        cards(6, "quotes")
    else:
        st.text_input("Find", key="find")
        st.number_input("Page", 1, 10, key="gallery")
        cards(18, "gallery", buttons=True)


def activity() -> None:
    st.title("Activity")
    st.warning("What the counts are.")
    st.segmented_control("Measure", ["a", "b"], key="measure")
    for index in range(2):
        st.subheader("A measure")
        chart(f"activity-{index}")
        st.expander("Table and sources")


def data() -> None:
    st.title("Data")
    tabs = st.tabs([f"Tab {i}" for i in range(12)])
    with tabs[0]:
        st.caption("Rows.")
        st.dataframe(GRID)
        st.download_button("Download CSV", "a,b\n", file_name="a.csv")
    st.header("Method")
    st.markdown("Text.")


PAGES = [
    st.Page(overview, title="Overview", icon=":material/home:", default=True),
    st.Page(map_page, title="Map", icon=":material/map:", url_path="map"),
    st.Page(timeline, title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page(officials, title="Officials", icon=":material/format_quote:", url_path="officials"),
    st.Page(activity, title="Activity", icon=":material/monitoring:", url_path="activity"),
    st.Page(data, title="Data & sources", icon=":material/table_view:", url_path="data"),
]
st.set_page_config(page_title="Floor", layout="wide")
page = st.navigation(PAGES, position="top")
with st.sidebar:
    st.header("Filters")
    st.multiselect("Countries", ["CN", "JP"], key="country")
    st.multiselect("Topics", ["a", "b"], key="topic")
    left, right = st.columns(2)
    left.date_input("From", value=None, min_value=dt.date(1890, 1, 1), key="from")
    right.date_input("To", value=None, min_value=dt.date(1890, 1, 1), key="to")
    st.text_input("Search", key="q")
    st.selectbox("Island names", ["en", "ja"], key="names")
    st.button("Clear filters")
    st.divider()
    st.popover("Copy link", icon=":material/link:")
    st.caption("Data version")
page.run()
