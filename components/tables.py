"""Tables: small table twins as markdown, data files as searchable grids with downloads of
exactly the rows shown."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.text import frame_markdown
from ecsdata.export import to_csv_text, to_geojson_text
from ecsdata.i18n import _, current
from ecsdata.schema import CURATOR_NOTES, FileSpec


def render_file_table(frame: pd.DataFrame, text: pd.DataFrame, spec: FileSpec, total: int, key: str) -> None:
    """A file's filtered rows as a table (`text`: the whole file as text, Dataset.text_table),
    with CSV (and GeoJSON) downloads of those rows, written only when clicked."""
    number = current().number
    st.caption(_("{shown} of {total} rows of data/{file} match the filters.", shown=number(len(frame)),
                 total=number(total), file=spec.file))
    shown = text.loc[frame.index].drop(columns=[CURATOR_NOTES.name], errors="ignore")  # curators' remarks stay in the files
    st.dataframe(shown, hide_index=True, width="stretch", height=360,
                 column_config={"url": st.column_config.LinkColumn("url")})
    stem = spec.file.rsplit(".", 1)[0]
    left, right, _spare = st.columns([1, 1, 3])
    left.download_button(_("Download CSV"), lambda: to_csv_text(frame, spec), file_name=f"{stem}-filtered.csv",
                         mime="text/csv", key=f"csv-{key}", width="stretch", on_click="ignore")
    if spec.geometry:
        right.download_button(_("Download GeoJSON"), lambda: to_geojson_text(frame, spec),
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
