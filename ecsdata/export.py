"""Write filtered frames back out in the files' own formats, for downloads."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
from shapely.geometry import mapping

from ecsdata.schema import DATE, LIST, NUMBER, FileSpec


def cell_text(value: object, kind: str) -> str:
    """One typed value as it is written in the data files."""
    if kind == LIST:
        return ";".join(value)
    if value is None or (not isinstance(value, (str, tuple)) and pd.isna(value)):
        return ""
    if kind == DATE:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if kind == NUMBER:
        return f"{value:g}"
    return str(value)


def file_rows(frame: pd.DataFrame, spec: FileSpec) -> list[dict[str, str]]:
    return [{c.name: cell_text(row[c.name], c.kind) for c in spec.columns} for _, row in frame.iterrows()]


def to_csv_text(frame: pd.DataFrame, spec: FileSpec) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(spec.column_names), lineterminator="\n")
    writer.writeheader()
    writer.writerows(file_rows(frame, spec))
    return out.getvalue()


def to_geojson_text(frame, spec: FileSpec) -> str:
    features = []
    numbers = {c.name for c in spec.columns if c.kind == NUMBER}
    for (_, row), properties in zip(frame.iterrows(), file_rows(frame, spec)):
        props = {k: (float(v) if k in numbers and v else (None if k in numbers else v)) for k, v in properties.items()}
        features.append({"type": "Feature", "properties": props, "geometry": mapping(row.geometry)})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def display_frame(frame: pd.DataFrame, spec: FileSpec) -> pd.DataFrame:
    """The frame for on-screen tables: lists joined, dates as text, geometry dropped."""
    return pd.DataFrame(file_rows(frame, spec), columns=list(spec.column_names))
