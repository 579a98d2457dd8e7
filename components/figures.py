"""Plotly figures built from plain dicts. Going through plotly's graph objects validates
every property again at every rerun, which cost tens of milliseconds a chart here
(bench/rerun.py); the builders write dicts, and tests/unit/test_builders.py validates what
each builder returns, so a misspelt property still fails a test."""

from __future__ import annotations

import base64

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ecsdata.i18n import N_, _


# st.plotly_chart serialises each figure with plotly.io.to_json: orjson writes a long figure
# (the timeline's points at 100x) several times faster than the json module.
pio.json.config.default_engine = "orjson"


class PlainFigure(go.Figure):
    """A figure that stays the dict it was built from. st.plotly_chart only calls to_dict()
    on a figure and serialises the result; a real go.Figure would build its property tree
    and deep-copy it back at every rerun (about 3 ms a chart here)."""

    def __init__(self, spec: dict):  # no graph-object tree: nothing reads one
        self._spec = spec

    def to_dict(self) -> dict:
        return self._spec


# How hovers write a date (d3 time format); each catalogue gives its language's form.
HOVER_DATE = N_("%d %b %Y")


def hover_date(axis: str = "x") -> str:
    """The hovertemplate part that writes a trace's date in the interface language."""
    return "%{" + axis + "|" + _(HOVER_DATE) + "}"


def figure(traces, layout: dict) -> go.Figure:
    """A figure from trace dicts (each with its "type") and a layout dict, unvalidated."""
    return PlainFigure({"data": list(traces), "layout": layout})


def typed_array(values, dtype: str = "f4") -> dict:
    """Numbers as plotly's base64 typed array (NaN makes a gap in a line): a long path such
    as the coastline then costs one string copy to send, not a float-by-float encoding.
    "f8" for values that need double precision (dates as milliseconds since 1970)."""
    array = np.asarray(values, dtype="<" + dtype)
    return {"dtype": dtype, "bdata": base64.b64encode(array.tobytes()).decode("ascii")}


def iso_dates(values) -> list[str | None]:
    """Timestamps as ISO strings (None for a missing one), the form plotly reads for a date
    axis; converted by numpy in one go, not a timestamp object at a time."""
    seconds = np.asarray(pd.Series(values, dtype="datetime64[ns]"), dtype="datetime64[s]")
    return [None if text == "NaT" else text for text in np.datetime_as_string(seconds).tolist()]
