"""Plotly figures built from plain dicts. Going through plotly's graph objects validates
every property again at every rerun, which cost tens of milliseconds a chart here
(bench/rerun.py); the builders write dicts, and tests/unit/test_builders.py validates what
each builder returns, so a misspelt property still fails a test."""

from __future__ import annotations

import base64

import numpy as np
import plotly.graph_objects as go


def figure(traces, layout: dict) -> go.Figure:
    """A figure from trace dicts (each with its "type") and a layout dict, unvalidated."""
    return go.Figure({"data": list(traces), "layout": layout}, _validate=False)


def typed_array(values) -> dict:
    """Numbers as plotly's base64 typed array (NaN makes a gap in a line): a long path such
    as the coastline then costs one string copy to send, not a float-by-float encoding."""
    array = np.asarray(values, dtype="<f4")
    return {"dtype": "f4", "bdata": base64.b64encode(array.tobytes()).decode("ascii")}


def iso_dates(values) -> list[str]:
    """Timestamps as ISO strings, the form plotly reads for a date axis."""
    return [None if v is None or v != v else v.isoformat() for v in values]
