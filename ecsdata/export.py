"""Write filtered frames back out in the files' own formats, for tables and downloads."""

from __future__ import annotations

import json

import pandas as pd
from shapely.geometry import mapping

from ecsdata.schema import DATE, LIST, NUMBER, FileSpec


def column_text(values: pd.Series, kind: str) -> pd.Series:
    """A typed column as the text the data files hold (vectorised: tables can be large)."""
    if kind == LIST:
        return values.map(";".join)
    if kind == DATE:
        return values.dt.strftime("%Y-%m-%d").fillna("")
    if kind == NUMBER:
        return values.map(lambda v: "" if pd.isna(v) else f"{v:g}")
    return values.fillna("").astype(str)


def display_frame(frame: pd.DataFrame, spec: FileSpec) -> pd.DataFrame:
    """The frame as text, column by column as in the file; geometry dropped; index kept."""
    return pd.DataFrame({c.name: column_text(frame[c.name], c.kind) for c in spec.columns}, index=frame.index)


def to_csv_text(frame: pd.DataFrame, spec: FileSpec) -> str:
    return display_frame(frame, spec).to_csv(index=False, lineterminator="\n")


def to_geojson_text(frame, spec: FileSpec) -> str:
    numbers = {c.name for c in spec.columns if c.kind == NUMBER}
    features = []
    for geometry, properties in zip(frame.geometry, display_frame(frame, spec).to_dict("records")):
        props = {k: (float(v) if v else None) if k in numbers else v for k, v in properties.items()}
        features.append({"type": "Feature", "properties": props, "geometry": mapping(geometry)})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)
