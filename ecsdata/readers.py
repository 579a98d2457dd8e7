"""Read one data file into rows of strings, reporting structural problems (encoding,
field counts, header, JSON shape, geometry) instead of raising."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from shapely import get_coordinates
from shapely.geometry import shape
from shapely.validation import explain_validity

from ecsdata.problems import Problem
from ecsdata.schema import FileSpec, REGION_BOUNDS

Row = dict[str, str]

_WGS84_NAMES = {
    "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326",
    "urn:ogc:def:crs:EPSG::4326", "OGC:CRS84",
}


def read_text(path: Path, file: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or a problem saying why it cannot be read as UTF-8."""
    if not path.exists():
        return None, [Problem(file, None, None, "file is missing")]
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, [Problem(file, line, None, f"not valid UTF-8 (byte {err.start}, line {line}); save the file as UTF-8")]
    if not text.strip():
        return None, [Problem(file, None, None, "file is empty")]
    return text, []


def read_csv_rows(path: Path, spec: FileSpec) -> tuple[list[Row], list[Problem]]:
    """Rows as dicts of stripped strings; row numbers count the header as row 1."""
    text, problems = read_text(path, spec.file)
    if text is None:
        return [], problems
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as err:
        return [], [Problem(spec.file, None, None, f"not a readable CSV file: {err}")]
    header = [h.strip() for h in records[0]]
    for name in spec.column_names:
        if name not in header:
            problems.append(Problem(spec.file, 1, name, "required column is missing from the header"))
    for name in header:
        if name not in spec.column_names:
            problems.append(Problem(spec.file, 1, name or "(blank)", "unknown column; document it in data/README.md and the schema, or remove it"))
    if len(set(header)) != len(header):
        problems.append(Problem(spec.file, 1, None, "the header repeats a column name"))
    if problems:
        return [], problems
    rows: list[Row] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            problems.append(Problem(spec.file, number, None, "blank row; delete it"))
            continue
        if len(record) != len(header):
            problems.append(Problem(spec.file, number, None, f"has {len(record)} fields but the header has {len(header)}; check quoting and commas"))
            continue
        rows.append({name: cell.strip() for name, cell in zip(header, record)} | {"_row": str(number)})
    if not rows and not problems:
        problems.append(Problem(spec.file, None, None, "file has a header but no rows"))
    return rows, problems


def _property_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return "" if isinstance(value, float) and math.isnan(value) else repr(value)
    if isinstance(value, str):
        return value.strip()
    return json.dumps(value, ensure_ascii=False)


def read_geojson_rows(path: Path, spec: FileSpec, check_region: bool = True) -> tuple[list[Row], list, list[Problem]]:
    """Properties as string rows plus shapely geometries (same order); EPSG:4326 only."""
    file = spec.file
    text, problems = read_text(path, file)
    if text is None:
        return [], [], problems
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        return [], [], [Problem(file, None, None, f"not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}")]
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        return [], [], [Problem(file, None, None, "must be a GeoJSON FeatureCollection with a 'features' list")]
    crs = doc.get("crs")
    if crs is not None:
        name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else None
        if name not in _WGS84_NAMES:
            return [], [], [Problem(file, None, "crs", f"coordinates must be WGS 84 longitude/latitude (EPSG:4326), found {name!r}")]
    if not doc["features"]:
        return [], [], [Problem(file, None, None, "has no features")]
    rows, geometries = [], []
    west, south, east, north = REGION_BOUNDS
    for number, feature in enumerate(doc["features"], start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(Problem(file, number, None, "is not a GeoJSON Feature"))
            continue
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            problems.append(Problem(file, number, "properties", "must be an object"))
            continue
        unknown = [k for k in properties if spec.columns and k not in spec.column_names]
        for key in unknown:
            problems.append(Problem(file, number, key, "unknown property; document it in data/README.md and the schema, or remove it"))
        try:
            geometry = shape(feature.get("geometry"))
        except Exception as err:  # shapely raises several types for malformed input
            problems.append(Problem(file, number, "geometry", f"unreadable geometry: {err}"))
            continue
        if geometry.geom_type not in spec.geometry:
            problems.append(Problem(file, number, "geometry", f"{geometry.geom_type} is not allowed here (expected {', '.join(spec.geometry)})"))
            continue
        if geometry.is_empty:
            problems.append(Problem(file, number, "geometry", "geometry is empty"))
            continue
        coords = [tuple(xy) for xy in get_coordinates(geometry)]
        bad = [(x, y) for x, y in coords if not (-180 <= x <= 180 and -90 <= y <= 90)]
        if bad:
            x, y = bad[0]
            problems.append(Problem(file, number, "geometry", f"coordinate ({x}, {y}) is out of range; GeoJSON is [longitude, latitude]"))
            continue
        if check_region:
            outside = [(x, y) for x, y in coords if not (west <= x <= east and south <= y <= north)]
            if outside:
                x, y = outside[0]
                problems.append(Problem(file, number, "geometry", f"coordinate (lon {x}, lat {y}) lies outside the East China Sea box {REGION_BOUNDS}; swapped or mistyped?"))
                continue
        if not geometry.is_valid:
            problems.append(Problem(file, number, "geometry", f"invalid geometry: {explain_validity(geometry)}"))
            continue
        rows.append({k: _property_text(v) for k, v in properties.items()} | {"_row": str(number)})
        geometries.append(geometry)
    return rows, geometries, problems
