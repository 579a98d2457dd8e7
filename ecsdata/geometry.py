"""Zones computed from the features: the 12-nautical-mile territorial sea breadth and the
24-nautical-mile contiguous zone breadth around the Senkaku / Diaoyu features, buffered
in metres in an azimuthal equidistant projection centred on the group, not in degrees."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
import shapely.ops

from ecsdata.i18n import N_

NAUTICAL_MILE_M = 1852.0
WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class Breadth:
    zone_id: str
    name: str
    nautical_miles: float
    description: str


BREADTHS = (
    Breadth("computed-12nm", N_("12 nautical miles from the islets (territorial sea breadth)"), 12,
            N_("The breadth UNCLOS allows for a territorial sea, drawn around the islet points. "
               "Japan and China each claim a territorial sea around the islands; this circle is a "
               "geometric guide, not either government's published limit, which runs from baselines.")),
    Breadth("computed-24nm", N_("24 nautical miles from the islets (contiguous zone breadth)"), 24,
            N_("The breadth UNCLOS allows for a contiguous zone, drawn around the islet points. "
               "Japan Coast Guard counts Chinese ships 'in the contiguous zone' against its own "
               "limit; this circle is a geometric guide, not an official limit.")),
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


# A point well inside each government's own side: an open ADIZ line (its outer limit, as
# China and South Korea publish theirs) encloses the part of the region on this point's side.
HOME_POINTS = {"CN": (121.47, 31.23), "KR": (126.53, 33.38), "JP": (127.68, 26.21), "TW": (121.50, 25.03)}


def _extend_to_box(line: shapely.LineString, box: shapely.Polygon) -> shapely.LineString:
    """The line with its first and last segments prolonged until they leave the box."""
    coords = np.asarray(line.coords)
    reach = 4 * max(box.bounds[2] - box.bounds[0], box.bounds[3] - box.bounds[1])

    def beyond(end, previous):
        direction = end - previous
        return end + direction / np.hypot(*direction) * reach
    return shapely.LineString([beyond(coords[0], coords[1]), *coords, beyond(coords[-1], coords[-2])])


def adiz_area(geometry, owner: str, box: shapely.Polygon):
    """The airspace an ADIZ covers inside the box: a polygon as it is, an open outer line as
    the part of the box on its owner's side."""
    if geometry.geom_type == "Polygon":
        return geometry.intersection(box)
    home = shapely.Point(HOME_POINTS[owner])
    pieces = shapely.ops.split(box, _extend_to_box(geometry, box)).geoms
    return next(piece for piece in pieces if piece.contains(home))


def adiz_overlaps(zones: gpd.GeoDataFrame, bounds) -> gpd.GeoDataFrame:
    """Where two ADIZs of different governments overlap, one row per pair, shaped like zones.geojson."""
    box = shapely.box(*bounds)
    adiz = zones[(zones["kind"] == "adiz") & zones["owner"].map(lambda o: len(o) == 1 and o[0] in HOME_POINTS)]
    areas = [(row["zone_id"], row["owner"][0], adiz_area(row.geometry, row["owner"][0], box)) for _, row in adiz.iterrows()]
    rows = []
    for i, (id_a, owner_a, area_a) in enumerate(areas):
        for id_b, owner_b, area_b in areas[i + 1:]:
            shared = area_a.intersection(area_b)
            if owner_a == owner_b or shared.is_empty or shared.geom_type not in ("Polygon", "MultiPolygon"):
                continue
            rows.append({"zone_id": f"computed-overlap-{id_a}-{id_b}", "kind": "adiz_overlap",
                         "name": N_("Where two ADIZs overlap (computed here)"),
                         "owner": (owner_a, owner_b),
                         "description": N_("Computed by this dashboard from the two governments' published limits: "
                                           "airspace that both include in their air defence identification zones."),
                         "source_ids": (), "certainty": "confirmed", "notes": "", "geometry": shared})
    return gpd.GeoDataFrame(rows, columns=["zone_id", "kind", "name", "owner", "description", "source_ids",
                                           "certainty", "notes", "geometry"], geometry="geometry", crs=WGS84)
