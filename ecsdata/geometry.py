"""Zones computed from the features: the 12-nautical-mile territorial sea breadth and the
24-nautical-mile contiguous zone breadth around the Senkaku / Diaoyu features, buffered
in metres in an azimuthal equidistant projection centred on the group, not in degrees."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

NAUTICAL_MILE_M = 1852.0
WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class Breadth:
    zone_id: str
    name: str
    nautical_miles: float
    description: str


BREADTHS = (
    Breadth("computed-12nm", "12 nautical miles from the islets (territorial sea breadth)", 12,
            "The breadth UNCLOS allows for a territorial sea, drawn around the islet points. "
            "Japan and China each claim a territorial sea around the islands; this circle is a "
            "geometric guide, not either government's published limit, which runs from baselines."),
    Breadth("computed-24nm", "24 nautical miles from the islets (contiguous zone breadth)", 24,
            "The breadth UNCLOS allows for a contiguous zone, drawn around the islet points. "
            "Japan Coast Guard counts Chinese ships 'in the contiguous zone' against its own "
            "limit; this circle is a geometric guide, not an official limit."),
)


def local_metric_crs(points: gpd.GeoSeries) -> str:
    """An azimuthal equidistant projection centred on the points: distances in metres are
    true from the centre and within a fraction of a percent across a few dozen km."""
    centre = points.to_crs(WGS84).union_all().centroid
    return f"+proj=aeqd +lat_0={centre.y:.6f} +lon_0={centre.x:.6f} +datum=WGS84 +units=m +no_defs"


def buffer_nautical_miles(points: gpd.GeoSeries, nautical_miles: float) -> gpd.GeoSeries:
    """The union of circles of the given radius around the points, back in EPSG:4326."""
    crs = local_metric_crs(points)
    merged = points.to_crs(crs).buffer(nautical_miles * NAUTICAL_MILE_M, resolution=32).union_all()
    return gpd.GeoSeries([merged], crs=crs).to_crs(WGS84)


def computed_zones(features: gpd.GeoDataFrame, group: str = "senkaku") -> gpd.GeoDataFrame:
    """The 12 and 24 nautical-mile zones around the features of a group."""
    points = features.loc[features["group"] == group, "geometry"]
    if points.empty:
        return gpd.GeoDataFrame({"zone_id": [], "name": [], "description": []}, geometry=[], crs=WGS84)
    rows = [{"zone_id": b.zone_id, "name": b.name, "description": b.description,
             "nautical_miles": b.nautical_miles,
             "geometry": buffer_nautical_miles(points, b.nautical_miles).iloc[0]} for b in BREADTHS]
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)


def outline_xy(geometries) -> tuple[np.ndarray, np.ndarray]:
    """The outer rings and lines of geometries as one x/y path with NaN gaps between parts
    (one plotly trace draws them all)."""
    parts = []
    for geometry in geometries:
        for part in getattr(geometry, "geoms", [geometry]):
            ring = part.exterior if part.geom_type == "Polygon" else part
            if part.geom_type in ("Polygon", "LineString", "LinearRing"):
                parts.append(shapely.get_coordinates(ring))
                parts.append(np.array([[np.nan, np.nan]]))
    path = np.concatenate(parts) if parts else np.empty((0, 2))
    return path[:, 0], path[:, 1]
