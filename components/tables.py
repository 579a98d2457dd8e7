"""Tables: small table twins as markdown, data files as searchable grids with downloads of
exactly the rows shown."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from components.paging import page_slice
from components.text import frame_markdown
from ecsdata.export import to_csv_text, to_geojson_text
from ecsdata.i18n import _, current
from ecsdata.schema import CURATOR_NOTES, FileSpec


GRID_ROWS = 2000  # rows a grid holds at once; longer files are shown a page at a time


def render_file_table(table: pd.DataFrame, keep: pd.Series, text: pd.DataFrame, spec: FileSpec, key: str) -> None:
    """The rows of a file's frame that `keep` (a mask over it) keeps, as a table of text
    (`text`: the whole file as text, Dataset.text_table), a page of GRID_ROWS at a time, with
    CSV (and GeoJSON) downloads of all those rows, written only when clicked."""
    number = current().number
    positions = np.flatnonzero(keep.to_numpy(dtype=bool))
    st.caption(_("{shown} of {total} rows of data/{file} match the filters.", shown=number(len(positions)),
                 total=number(len(table)), file=spec.file))
    page = page_slice(len(positions), GRID_ROWS, key=f"grid-page-{key}")
    if page.stop - page.start < len(positions):
        st.caption(_("The table shows rows {first}–{last}; the downloads hold all {count}.",
                     first=number(page.start + 1), last=number(page.stop), count=number(len(positions))))
    shown = text.iloc[positions[page]].drop(columns=[CURATOR_NOTES.name], errors="ignore")  # curators' remarks stay in the files
    st.dataframe(shown, hide_index=True, width="stretch", height=360,
                 column_config={"url": st.column_config.LinkColumn("url")})
    stem = spec.file.rsplit(".", 1)[0]
    left, right, _spare = st.columns([1, 1, 3])
    left.download_button(_("Download CSV"), lambda: to_csv_text(table.iloc[positions], spec),
                         file_name=f"{stem}-filtered.csv", mime="text/csv", key=f"csv-{key}", width="stretch",
                         on_click="ignore")
    if spec.geometry:
        right.download_button(_("Download GeoJSON"), lambda: to_geojson_text(table.iloc[positions], spec),
                              file_name=f"{stem}-filtered.geojson", mime="application/geo+json",
                              key=f"geojson-{key}", width="stretch", on_click="ignore")


MARKDOWN_ROWS = 100  # up to this many rows a twin is a plain table; beyond, a scrolling grid


def render_twin_table(frame: pd.DataFrame) -> None:
    """A chart's table twin: a plain markdown table (light, a real HTML table for screen
    readers) while it is short, a scrolling grid when it is long."""
    if len(frame) <= MARKDOWN_ROWS:
        st.markdown(frame_markdown(frame))
    else:
        st.dataframe(frame, hide_index=True, width="stretch", height=360)
