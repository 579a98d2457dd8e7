"""The same-UI floor for bench/page_load.py: the dashboard's interface with no data. The
bench records, from the real app, the element tree each page draws (every container, column,
expander, tab and popover, and every element and widget in it, sidebar included, in order)
and writes it to the JSON file named by FLOOR_LAYOUT; this app draws the same tree under the
same top navigation with constant placeholder content: a line of text for each markdown, a
three-bar chart for each plotly chart (with the same
selection mode and mode-bar settings), a three-row grid for each data grid, a widget with two
options for each widget. A page load's ratio to this floor is what the dashboard's data and
code cost over what Streamlit needs to show the same interface.

Layout file: {"<url path>?<query>": [{"path": [...], "kind": "...", ...}, ...]}, one entry
per element or block in the order the app sent them (bench/page_load.py: record_layout)."""

import datetime as dt
import json
import os
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

CHART = {"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [1, 3, 2]}], "layout": {"height": 300}}
GRID = pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"], "value": [1, 2, 3]})
LAYOUTS = json.loads(open(os.environ["FLOOR_LAYOUT"], encoding="utf-8").read()) if os.environ.get("FLOOR_LAYOUT") else {}


def draw_element(parent, entry: dict, key: str) -> None:
    """A placeholder of the same kind as the element the app drew."""
    kind = entry["kind"]
    if kind == "markdown":
        {"CAPTION": parent.caption, "DIVIDER": lambda _text: parent.divider(),
         "CODE": parent.code}.get(entry.get("style"), parent.markdown)("Some **text** in a line.")
    elif kind == "heading":
        getattr(parent, {"h1": "title", "h2": "header"}.get(entry.get("style"), "subheader"))("A heading")
    elif kind == "html":
        parent.html(entry.get("body", ""))  # the app's own stylesheet: part of the interface, not data
    elif kind == "alert":
        getattr(parent, {"ERROR": "error", "WARNING": "warning", "SUCCESS": "success"}.get(entry.get("style"), "info"))(
            "A note.")
    elif kind == "plotly_chart":
        selection = entry.get("selection") or []
        parent.plotly_chart(CHART, key=key, config=entry.get("config"), on_select="rerun" if selection else "ignore",
                            **({"selection_mode": selection} if selection else {}))
    elif kind in ("dataframe", "arrow_data_frame"):
        parent.dataframe(GRID)
    elif kind == "metric":
        parent.metric("Count", 100)
    elif kind == "button":
        parent.button("Button", key=key)
    elif kind == "download_button":
        parent.download_button("Download", "a,b\n", file_name="a.csv", key=key)
    elif kind == "page_link":
        parent.page_link(PAGES[0], label="A link", icon=":material/link:")
    elif kind == "button_group":
        widget = parent.pills if entry.get("style") == "PILLS" else parent.segmented_control
        widget("Choice", ["a", "b", "c"], key=key)
    elif kind == "selectbox":
        parent.selectbox("Choose", ["a", "b"], key=key)
    elif kind == "multiselect":
        parent.multiselect("Choose some", ["a", "b"], key=key)
    elif kind == "date_input":
        parent.date_input("Date", value=None, min_value=dt.date(1890, 1, 1), key=key)
    elif kind == "text_input":
        parent.text_input("Text", key=key)
    elif kind == "number_input":
        parent.number_input("Number", 1, 10, key=key)
    else:
        parent.markdown(f"An element ({kind}).")


def draw_children(parent, children: dict, entries: dict, path: tuple) -> None:
    for child in children.get(path, []):
        entry, key = entries[child], "k" + "-".join(map(str, child))
        kind = entry["kind"]
        grandchildren = children.get(child, [])
        if kind != "block":
            draw_element(parent, entry, key)
        elif grandchildren and all(entries[c].get("block") == "column" for c in grandchildren):
            columns = parent.columns([entries[c].get("weight") or 1 for c in grandchildren])
            for column, grandchild in zip(columns, grandchildren):
                draw_children(column, children, entries, grandchild)
        elif entry["block"] == "tab_container":
            tabs = parent.tabs([entries[c].get("label") or "Tab" for c in grandchildren] or ["Tab"])
            for tab, grandchild in zip(tabs, grandchildren):
                draw_children(tab, children, entries, grandchild)
        elif entry["block"] == "expandable":
            draw_children(parent.expander("A section", expanded=entry.get("expanded", False)), children, entries, child)
        elif entry["block"] == "popover":
            draw_children(parent.popover("A menu", icon=":material/link:"), children, entries, child)
        else:
            draw_children(parent.container(border=entry.get("border", False), horizontal=entry.get("horizontal", False)),
                          children, entries, child)


def draw_recorded() -> None:
    """The tree the app drew for this page and query (main area and sidebar)."""
    query = urlencode({k: st.query_params.get_all(k) for k in st.query_params}, doseq=True)
    layout = LAYOUTS.get(f"/{page.url_path}" + (f"?{query}" if query else ""), [])
    entries = {tuple(e["path"]): e for e in layout}
    children: dict[tuple, list[tuple]] = {}
    for path in entries:
        children.setdefault(path[:-1], []).append(path)
    draw_children(st, children, entries, (0,))
    draw_children(st.sidebar, children, entries, (1,))


# One function draws every page (Streamlit tells pages apart by their url paths).
PAGES = [
    st.Page(draw_recorded, title="Overview", icon=":material/home:", default=True),
    st.Page(draw_recorded, title="Map", icon=":material/map:", url_path="map"),
    st.Page(draw_recorded, title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page(draw_recorded, title="Officials", icon=":material/format_quote:", url_path="officials"),
    st.Page(draw_recorded, title="Activity", icon=":material/monitoring:", url_path="activity"),
    st.Page(draw_recorded, title="Data & sources", icon=":material/table_view:", url_path="data"),
]
st.set_page_config(page_title="Floor", layout="wide")
page = st.navigation(PAGES, position="top")
page.run()
